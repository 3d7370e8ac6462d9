#pragma once

#include <QString>

namespace nightshift {

// "History in days" of each workflow (0 = keep): the statements that delete, at most %1 at a time (fill in
// with arg()), the ended runs older than that (with their tasks, events and journal lines, ON DELETE CASCADE)
// and the journal lines outside any run. Bind the current time (ms). Shared by the dispatcher's
// minute-by-minute retention and the cleanup job, so both apply the same rule.
namespace HistoryRetention {
inline QString expiredRunsSql()
{
    return QStringLiteral("DELETE FROM runs WHERE id IN (SELECT r.id FROM runs r JOIN workflows w ON w.id = "
                          "r.workflow_id WHERE w.history_days > 0 AND r.status <> 'running' AND r.ended_at < "
                          "CAST(? AS BIGINT) - CAST(w.history_days AS BIGINT) * 86400000 LIMIT %1)");
}
inline QString expiredJournalSql()
{
    return QStringLiteral("DELETE FROM journal WHERE id IN (SELECT j.id FROM journal j JOIN workflows w ON w.id = "
                          "j.workflow_id WHERE j.run_id IS NULL AND w.history_days > 0 AND j.at < CAST(? AS BIGINT) - "
                          "CAST(w.history_days AS BIGINT) * 86400000 LIMIT %1)");
}
} // namespace HistoryRetention

} // namespace nightshift
