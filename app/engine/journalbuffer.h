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

    // Inserts the lines; on SQLite, once enough lines wait outside the search index, indexes them too (in the
    // caller's transaction, so lines and index commit together).
    static Status write(StatementCache &sql, const QList<JournalEntry> &entries);

    // SQLite: the journal search index (schema 8) is kept in bulk, never line by line, since FTS5 writes a new index
    // segment at each statement. This indexes the lines above the index's mark (`journal_search_state`), at most
    // `limit` of them, oldest first, and takes up to `limit` deleted lines out of it; both run in the caller's write
    // transaction. Any writer of journal may call it (none has to: searches read the lines above the mark with
    // LIKE). Nothing to do on PostgreSQL, whose trigram index is kept by the database. Returns the lines indexed.
    static Result<qint64> updateSearchIndex(StatementCache &sql, qint64 limit);
    // SQLite: the index made again from every line and merged once (as the upgrade back-fills it), e.g. after a bulk
    // load by plain SQL: several times faster than catching up, which merges as it goes. In a write transaction.
    static Status rebuildSearchIndex(StatementCache &sql);

    // How many lines write() lets wait outside the index: a search reads them with LIKE (about a millisecond for
    // this many), while indexing each transaction's few lines on its own cost nearly as much as line by line.
    static constexpr qint64 UnindexedLines = 2000;

private:
    QMutex m_mutex;
    QList<JournalEntry> m_entries;
};

} // namespace nightshift
