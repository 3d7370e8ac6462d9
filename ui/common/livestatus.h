#pragma once

#include "store/sqlsupport.h"
#include "store/workflowrepository.h"

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
    bool operator==(const WorkflowTimes &) const = default;
};

// A task of a long job that reports progress (tasks.progress_done / progress_total), running now.
struct JobProgress
{
    qint64 workflowId = 0;
    QString workflow; // label
    QString activity;
    qint64 done = 0;
    qint64 total = 0;
    bool operator==(const JobProgress &) const = default;
};

// The workflows directly in one folder (not in its subfolders), counted as the explorer's health roll-ups count.
struct FolderHealth
{
    int total = 0, running = 0, paused = 0, failed = 0;
    bool operator==(const FolderHealth &) const = default;
};

// What the list and the status bar show beside the snapshot: read with it on the same worker thread, in two
// small queries (one row per workflow, one per running task with progress).
struct LiveStatus
{
    QHash<qint64, WorkflowTimes> times; // by workflow id
    QList<JobProgress> progress;
    QHash<qint64, FolderHealth> folders; // by folder id: foldersOf() the snapshot, made by the loader's worker

    static Result<LiveStatus> load(const QSqlDatabase &db);
    // Any thread: one pass over 20,000 workflows that the GUI thread then need not make.
    static QHash<qint64, FolderHealth> foldersOf(const QList<WorkflowRecord> &workflows,
                                                 const QHash<qint64, WorkflowTimes> &times);
    bool operator==(const LiveStatus &) const = default;
};

} // namespace nightshift
