#pragma once

#include "statementcache.h"

#include "core/executionstatus.h"

#include <QList>
#include <QMutex>

namespace nightshift {

struct JournalEntry
{
    qint64 workflowId = 0;
    qint64 runId = 0; // 0: about the workflow as a whole
    qint64 taskId = 0;
    JournalLevel level = JournalLevel::Info;
    QString activity;
    QString message;
    qint64 at = 0;
};

// The engine's one journal writer: lines from any thread are collected here and written by the dispatcher,
// many per transaction, instead of one small transaction per line from each worker.
class JournalBuffer
{
public:
    void add(JournalEntry entry);
    QList<JournalEntry> take();
    void putBack(QList<JournalEntry> entries); // after a failed transaction, in front of newer lines

    static Status write(StatementCache &sql, const QList<JournalEntry> &entries);

private:
    QMutex m_mutex;
    QList<JournalEntry> m_entries;
};

} // namespace nightshift
