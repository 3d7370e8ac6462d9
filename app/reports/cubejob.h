#pragma once

#include "engine/job.h"

namespace nightshift::reports {

// Refreshes one cube's aggregate (CubeRefresher): "aggregate:<cube>" for the <aggregate> activity (its
// `mode` setting, default incremental) and the catalog's full-aggregate jobs (agg_messageCenter_full,
// agg_nmspropositionrcp_full). Parameter `mode` (full|incremental) overrides the default; `batch` fixes the
// fact ids per batch (default: adapted to ~150 ms a batch).
class CubeJob : public Job
{
public:
    CubeJob(QString cube, QString defaultMode) : m_cube(std::move(cube)), m_defaultMode(std::move(defaultMode)) {}

    bool safeToRerun() const override { return true; }
    Status run(JobContext &context) override;

    // Registers "aggregate:<cube>" for every built-in cube and the catalog's full-aggregate job names.
    static void registerAll(JobRegistry &jobs);

private:
    QString m_cube;
    QString m_defaultMode;
};

} // namespace nightshift::reports
