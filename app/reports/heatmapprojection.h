#pragma once

#include "core/schedulecalculator.h"
#include "store/sqlsupport.h"

namespace nightshift {

// A run the schedule of a started workflow will trigger (issue #7: "the projected runs of every scheduled
// workflow", so an administrator spreads start times).
struct ProjectedRun
{
    qint64 workflowId = 0;
    QString workflowName;
    QString workflowLabel;
    bool technical = false;
    QString activity; // the scheduler
    qint64 at = 0; // ms since the epoch
    qint64 durationMs = 0; // estimated: the median of the workflow's last 20 ended runs (0 without any)
};

// The fire times in [from, to) of the armed schedulers of the started workflows, as the engine will fire them:
// the armed task's wake_at first (now, when already due: the engine's catch-up runs once), then
// ScheduleCalculator::nextAfter with the schedule's fire count, like WorkflowRuntime. A continuous scheduler
// starts again after the estimated duration plus its pause. Paused workflows project nothing. At most
// `capPerScheduler` times per scheduler (a schedule every minute gives 10,080 in 7 days).
Result<QList<ProjectedRun>> projectRuns(const QSqlDatabase &db, qint64 from, qint64 to, qint64 now,
                                        const ScheduleZones &zones = {}, int capPerScheduler = 20000);

} // namespace nightshift
