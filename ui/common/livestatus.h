#pragma once

#include "store/sqlsupport.h"

#include <QHash>
#include <QList>

namespace nightshift {

// When a workflow last ran and runs next, as the engine keeps them in the workflows row and its armed tasks.
struct WorkflowTimes
{
    qint64 lastStart = 0; // 0: never started
    qint64 lastEnd = 0; // before lastStart while a run is going on
    QString lastStatus; // run status name ("succeeded", "failed", …); empty before the first end
    qint64 nextRun = 0; // 0: nothing armed
};

// A task of a long job that reports progress (tasks.progress_done / progress_total), running now.
struct JobProgress
{
    qint64 workflowId = 0;
    QString workflow; // label
    QString activity;
    qint64 done = 0;
    qint64 total = 0;
};

// What the list and the status bar show beside the snapshot: read with it on the same worker thread, in two
// small queries (one row per workflow, one per running task with progress).
struct LiveStatus
{
    QHash<qint64, WorkflowTimes> times; // by workflow id
    QList<JobProgress> progress;

    static Result<LiveStatus> load(const QSqlDatabase &db);
};

} // namespace nightshift
