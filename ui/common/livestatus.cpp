#include "livestatus.h"

using namespace Qt::StringLiterals;

namespace nightshift {

Result<LiveStatus> LiveStatus::load(const QSqlDatabase &db)
{
    LiveStatus status;
    // The armed tasks' wake_at is the truth for the next run (the row's next_run_at is only refreshed when a
    // scheduler re-arms); the partial index tasks_timers covers the subquery.
    auto times = execute(db,
                         u"SELECT w.id, w.last_start_at, w.last_end_at, w.last_status, "
                         "COALESCE((SELECT MIN(t.wake_at) FROM tasks t WHERE t.workflow_id = w.id "
                         "AND t.state = 'armed'), w.next_run_at) FROM workflows w"_s);
    if (!times)
        return std::unexpected(times.error());
    while (times->next())
        status.times.insert(times->value(0).toLongLong(),
                            {.lastStart = times->value(1).toLongLong(),
                             .lastEnd = times->value(2).toLongLong(),
                             .lastStatus = times->value(3).toString(),
                             .nextRun = times->value(4).toLongLong()});
    auto progress = execute(db,
                            u"SELECT t.workflow_id, w.label, t.activity, t.progress_done, t.progress_total "
                            "FROM tasks t JOIN workflows w ON w.id = t.workflow_id "
                            "WHERE t.state = 'running' AND t.progress_total > 0 ORDER BY t.id"_s);
    if (!progress)
        return std::unexpected(progress.error());
    while (progress->next())
        status.progress.append({.workflowId = progress->value(0).toLongLong(),
                                .workflow = progress->value(1).toString(),
                                .activity = progress->value(2).toString(),
                                .done = progress->value(3).toLongLong(),
                                .total = progress->value(4).toLongLong()});
    return status;
}

QHash<qint64, FolderHealth> LiveStatus::foldersOf(const QList<WorkflowRecord> &workflows,
                                                  const QHash<qint64, WorkflowTimes> &times)
{
    QHash<qint64, FolderHealth> folders;
    for (const WorkflowRecord &w : workflows) {
        const auto t = times.constFind(w.id);
        const bool running = t != times.cend() && t->lastStart > 0 && t->lastStart > t->lastEnd; // as the list's
        FolderHealth &f = folders[w.folderId];
        ++f.total;
        f.running += running ? 1 : 0;
        f.paused += w.state == WorkflowState::Paused ? 1 : 0;
        f.failed += w.failed ? 1 : 0;
    }
    return folders;
}

} // namespace nightshift
