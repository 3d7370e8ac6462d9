#include "journalbuffer.h"

using namespace Qt::StringLiterals;

namespace nightshift {

void JournalBuffer::add(JournalEntry entry)
{
    QMutexLocker lock(&m_mutex);
    m_entries.append(std::move(entry));
}

QList<JournalEntry> JournalBuffer::take()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_entries, {});
}

void JournalBuffer::putBack(QList<JournalEntry> entries)
{
    QMutexLocker lock(&m_mutex);
    entries.append(m_entries);
    m_entries = std::move(entries);
}

Status JournalBuffer::write(StatementCache &sql, const QList<JournalEntry> &entries)
{
    for (const JournalEntry &e : entries) {
        auto inserted = sql.run(
            u"INSERT INTO journal (workflow_id, run_id, task_id, at, level, activity, message) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            {e.workflowId, e.runId ? QVariant(e.runId) : QVariant(QMetaType::fromType<qint64>()),
             e.taskId ? QVariant(e.taskId) : QVariant(QMetaType::fromType<qint64>()), e.at, int(e.level),
             e.activity.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(e.activity), e.message});
        if (!inserted)
            return std::unexpected(inserted.error());
    }
    return {};
}

} // namespace nightshift
