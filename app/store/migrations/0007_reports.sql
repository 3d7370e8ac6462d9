-- Schema version 7: monitoring and reports (SPEC §9). One section per subject; keep each section's
-- statements inside it.

-- ==== Heat map ====

-- The heat map reads from runs what the collector has not stored yet; over runs_started it reads at most one
-- day before the day shown, and the runs that are still running or ran longer than a day from this small index.
CREATE INDEX runs_heatmap_long ON runs (started_at) WHERE ended_at IS NULL OR ended_at - started_at > 86400000;

-- ==== Cubes ====

-- One row per cube: when its aggregate (table cube_<name>, created by the refresh: derived data) was last
-- refreshed and up to which fact id it has counted, so an incremental refresh reads only the facts added
-- since; `definition` fingerprints the definition the aggregate was built from (refreshed_at NULL: never built).
-- A full refresh builds cube_<name>_build, then swaps it in.
CREATE TABLE cube_refreshes (
    cube TEXT PRIMARY KEY,
    refreshed_at @TS@,
    mode TEXT NOT NULL DEFAULT '',
    watermark @BIGINT@ NOT NULL DEFAULT 0,
    fact_count @BIGINT@ NOT NULL DEFAULT 0,
    definition TEXT NOT NULL DEFAULT ''
);
