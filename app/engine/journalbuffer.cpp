#include "journalbuffer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::Engine)
};
} // namespace

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
    qint64 last = 0;
    for (const JournalEntry &e : entries) {
        auto inserted = sql.run(
            u"INSERT INTO journal (workflow_id, run_id, task_id, at, level, activity, message) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            {e.workflowId, e.runId ? QVariant(e.runId) : QVariant(QMetaType::fromType<qint64>()),
             e.taskId ? QVariant(e.taskId) : QVariant(QMetaType::fromType<qint64>()), e.at, int(e.level),
             e.activity.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(e.activity), e.message});
        if (!inserted)
            return std::unexpected(inserted.error());
        last = (*inserted)->lastInsertId().toLongLong();
    }
    if (sql.isPostgres() || entries.isEmpty())
        return {};
    // Ids only grow, so the last line's id less the mark bounds the lines waiting outside the index.
    auto waiting = sql.scalar(u"SELECT ? - indexed_to FROM journal_search_state"_s, {last});
    if (!waiting)
        return std::unexpected(waiting.error());
    if (waiting->toLongLong() < UnindexedLines)
        return {};
    // A bounded share, so that a backlog (lines written by a bulk SQL insert) is caught up over several writes
    // instead of stalling one.
    auto indexed = updateSearchIndex(sql, 4 * UnindexedLines);
    if (!indexed)
        return std::unexpected(indexed.error());
    return {};
}

Result<qint64> JournalBuffer::updateSearchIndex(StatementCache &sql, qint64 limit)
{
    if (sql.isPostgres())
        return 0;
    auto state = sql.run(u"SELECT indexed_to, (SELECT MAX(id) FROM journal) FROM journal_search_state"_s);
    if (!state)
        return std::unexpected(state.error());
    if (!(*state)->next())
        return fail(Text::tr("the journal search index has lost its state: table journal_search_state has no row"));
    const qint64 from = (*state)->value(0).toLongLong();
    const qint64 newest = (*state)->value(1).isNull() ? from : (*state)->value(1).toLongLong();
    (*state)->finish();
    qint64 indexed = 0;
    if (newest > from) {
        // One statement for all the lines: FTS5 writes them as one segment.
        const qint64 to = newest - from > limit ? from + limit : newest;
        auto added = sql.run(u"INSERT INTO journal_search (rowid, message) SELECT id, message FROM journal "
                             "WHERE id > ? AND id <= ?"_s,
                             {from, to});
        if (!added)
            return std::unexpected(added.error());
        indexed = (*added)->numRowsAffected();
        if (auto marked = sql.run(u"UPDATE journal_search_state SET indexed_to = ?"_s, {to}); !marked)
            return std::unexpected(marked.error());
    }
    // Deleted lines leave the index oldest first, as many as lines enter it at most.
    auto upTo = sql.scalar(u"SELECT MAX(id) FROM (SELECT id FROM journal_search_deleted ORDER BY id LIMIT ?)"_s, {limit});
    if (!upTo)
        return std::unexpected(upTo.error());
    if (upTo->isNull())
        return indexed;
    auto removed = sql.run(u"INSERT INTO journal_search (journal_search, rowid, message) "
                           "SELECT 'delete', id, message FROM journal_search_deleted WHERE id <= ?"_s,
                           {*upTo});
    if (!removed)
        return std::unexpected(removed.error());
    if (auto done = sql.run(u"DELETE FROM journal_search_deleted WHERE id <= ?"_s, {*upTo}); !done)
        return std::unexpected(done.error());
    return indexed;
}

Status JournalBuffer::rebuildSearchIndex(StatementCache &sql)
{
    if (sql.isPostgres())
        return {};
    // A rebuild indexes the lines there are: deletions waiting to leave the index are void, and the mark moves to
    // the newest line.
    for (const QString &statement :
         {u"INSERT INTO journal_search (journal_search, rank) VALUES ('automerge', 0)"_s,
          u"INSERT INTO journal_search (journal_search) VALUES ('rebuild')"_s,
          u"INSERT INTO journal_search (journal_search) VALUES ('optimize')"_s,
          u"INSERT INTO journal_search (journal_search, rank) VALUES ('automerge', 4)"_s,
          u"DELETE FROM journal_search_deleted"_s,
          u"UPDATE journal_search_state SET indexed_to = COALESCE((SELECT MAX(id) FROM journal), indexed_to)"_s})
        if (auto done = sql.run(statement); !done)
            return std::unexpected(done.error());
    return {};
}

} // namespace nightshift
