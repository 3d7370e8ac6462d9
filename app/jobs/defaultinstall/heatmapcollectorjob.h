#pragma once

#include "engine/job.h"

namespace nightshift {

// collectDataHeatMapService (SPEC §3, §9): copies workflow runs into the heat-map store (docs/architecture.md,
// "The heat-map store"): heatmap_runs, one row per run, and heatmap_slots, one row per 5-minute slot each run
// was running in, so a day's 24×12 heat map is one indexed query. Incremental: it looks at the runs started
// since its last collection (job_watermarks "collectDataHeatMapService.runs", minus a look-back for runs
// committed late) and at the runs it left running; a still-running run gets the slots up to now, and its
// end when it ends. Runs crossing midnight are nothing special: slots are absolute times. Works in batches of
// `batch` runs (parameter, default 200), one short transaction each; every write is an upsert, so a rerun
// after an interruption converges to the same store. The transaction that stores a run's end also adds its slots
// to the rollups the heat map reads (heatmap_slot_workflows, heatmap_hour_workflows: schema 7).
class HeatMapCollectorJob : public Job
{
public:
    bool safeToRerun() const override { return true; }
    Status run(JobContext &context) override;

    // Adds the slots of the given runs, as stored and if ended, to the rollups, and their names to heatmap_names
    // (any run). Idempotent: a workflow's row keeps the longest duration seen.
    static Status rollUp(const QSqlDatabase &db, const QList<qint64> &runIds);

    static constexpr qint64 SlotMs = 5 * 60 * 1000;
    static constexpr qint64 LookBackMs = 5 * 60 * 1000;
    static constexpr auto WatermarkName = "collectDataHeatMapService.runs";
};

} // namespace nightshift
