-- Schema version 7: monitoring and reports (SPEC §9). One section per subject; keep each section's
-- statements inside it.

-- ==== Heat map ====

-- The heat map reads from runs what the collector has not stored yet; over runs_started it reads at most one
-- day before the day shown, and the runs that are still running or ran longer than a day from this small index.
CREATE INDEX runs_heatmap_long ON runs (started_at) WHERE ended_at IS NULL OR ended_at - started_at > 86400000;

-- The store's rollups (docs/architecture.md, "The heat-map store"), written by collectDataHeatMapService in the
-- transaction that stores a run's end: per 5-minute slot and per hour, one row per workflow that ran in it with
-- the longest of its ended runs there (for the minimum-duration filter): a day reads these rows (one per workflow
-- and slot, through the key, which covers the unfiltered query), a month or a year reads hours, and neither reads
-- a run. Runs left running stay out until they end.
CREATE TABLE heatmap_slot_workflows (
    slot_at @TS@ NOT NULL,
    workflow_id @ID@ NOT NULL,
    technical INTEGER NOT NULL,
    longest_ms @BIGINT@ NOT NULL,
    PRIMARY KEY (slot_at, workflow_id, technical)
);
CREATE TABLE heatmap_hour_workflows (
    hour_at @TS@ NOT NULL,
    workflow_id @ID@ NOT NULL,
    technical INTEGER NOT NULL,
    longest_ms @BIGINT@ NOT NULL,
    PRIMARY KEY (hour_at, workflow_id, technical)
);
-- Every name the store has seen for a workflow: the text filter picks workflows, not runs.
CREATE TABLE heatmap_names (
    workflow_id @ID@ NOT NULL,
    workflow_name TEXT NOT NULL,
    PRIMARY KEY (workflow_id, workflow_name)
);
-- What an instance collected before schema 7.
INSERT INTO heatmap_names (workflow_id, workflow_name) SELECT DISTINCT workflow_id, workflow_name FROM heatmap_runs;
INSERT INTO heatmap_slot_workflows (slot_at, workflow_id, technical, longest_ms)
SELECT s.slot_at, h.workflow_id, h.technical, MAX(h.duration_ms) FROM heatmap_slots s
JOIN heatmap_runs h ON h.run_id = s.run_id WHERE h.ended_at IS NOT NULL GROUP BY s.slot_at, h.workflow_id, h.technical;
INSERT INTO heatmap_hour_workflows (hour_at, workflow_id, technical, longest_ms)
SELECT slot_at / 3600000 * 3600000, workflow_id, technical, MAX(longest_ms) FROM heatmap_slot_workflows
GROUP BY slot_at / 3600000 * 3600000, workflow_id, technical;

-- ==== Cubes ====

-- One row per cube: when its aggregate (table cube_<name>, created by the refresh: derived data) was last
-- refreshed and up to which fact id it has counted, so an incremental refresh reads only the facts added
-- since; `definition` fingerprints the definition the aggregate was built from (refreshed_at NULL: never built);
-- `rollups` names the coarser copies built with it (cube_<name>_by_day, _by_month: "day,month"), which queries
-- read when they need no finer level. A full refresh builds cube_<name>_build (and each rollup's _build), then
-- swaps them in.
CREATE TABLE cube_refreshes (
    cube TEXT PRIMARY KEY,
    refreshed_at @TS@,
    mode TEXT NOT NULL DEFAULT '',
    watermark @BIGINT@ NOT NULL DEFAULT 0,
    fact_count @BIGINT@ NOT NULL DEFAULT 0,
    definition TEXT NOT NULL DEFAULT '',
    rollups TEXT NOT NULL DEFAULT ''
);
