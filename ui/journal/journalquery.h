#pragma once

#include "store/instance.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace nightshift {

// One line of the journal as the console shows it.
struct JournalLine
{
    qint64 id = 0;
    qint64 at = 0; // ms since the epoch, UTC
    int level = 0; // JournalLevel
    QString activity;
    std::optional<qint64> runId;
    QString workflow; // internal name; filled only for the whole instance's journal
    QString message;
};

// What the journal view shows: one workflow's lines or the whole instance's, narrowed by level and activity.
struct JournalFilter
{
    std::optional<qint64> workflowId; // nullopt: every workflow
    int minimumLevel = 0; // JournalLevel, "this level or above"
    QString activity; // empty: every activity
    std::optional<qint64> runId;

    bool operator==(const JournalFilter &) const = default;
};

// Reads the journal in pages by id ("keyset" paging on the primary key and journal_workflow (workflow_id, id)),
// never counting or loading the whole table. Every scan walks the ids in bounded ranges, so a filter that matches
// few lines of ten million still answers promptly to a cancellation. A text search of three characters or more
// reads only the lines the trigram index offers (schema 8: FTS5 on SQLite, pg_trgm on PostgreSQL), rechecked with
// the same LIKE/ILIKE as a scan, so both give the same lines; on SQLite the few newest lines, which the journal's
// writer has not indexed yet (above `journal_search_state.indexed_to`), are scanned. Runs on a worker thread: each
// call takes the calling thread's connection.
class JournalQuery
{
public:
    // How find() looks for text: through the trigram index where it can serve (the default), or by reading every
    // line of each range (what shorter texts always do; a way to compare the two).
    enum class TextSearch { Indexed, Scan };
    using Cancelled = std::function<bool()>; // polled between ranges
    using Progress = std::function<void(double fraction)>; // 0..1 of the ids scanned, from the scanning thread

    // A page of lines, oldest first, and how far the scan went: a page with fewer lines than asked reached the
    // end (or start) of the journal, and `scannedTo` is the id a next scan in the same direction continues from.
    struct Page
    {
        QList<JournalLine> lines;
        qint64 scannedTo = 0;
        bool reachedEnd = false;
    };

    JournalQuery(std::shared_ptr<Instance> instance, JournalFilter filter);

    // The lowest and highest ids of the journal (of the workflow), or nullopt when it is empty.
    Result<std::optional<std::pair<qint64, qint64>>> bounds() const;

    // Up to `limit` matching lines with an id below `beforeId` (the newest of them) or above `afterId` (the oldest).
    Result<Page> older(qint64 beforeId, int limit, const Cancelled &cancelled = {}) const;
    Result<Page> newer(qint64 afterId, int limit, const Cancelled &cancelled = {}) const;

    // The id of the next matching line, after (forward) or before `fromId`, whose message contains `text` (case
    // insensitive for ASCII, as LIKE is); nullopt when there is none or the search was cancelled.
    Result<std::optional<qint64>> find(const QString &text, qint64 fromId, bool forward,
                                       const Cancelled &cancelled = {}, const Progress &progress = {}) const;

    // Writes every matching line, oldest first, as tab-separated text (time in the operator's zone); returns the
    // number of lines written.
    Result<qint64> exportTo(QIODevice &out, const Cancelled &cancelled = {}, const Progress &progress = {}) const;

    static QString formatLine(const JournalLine &line); // one line of copied or exported text

    void setTextSearch(TextSearch how) { m_textSearch = how; }

    // True when a search for `text` can use the trigram index: it has three characters (code points) or more, as
    // every trigram tokenizer needs.
    static bool indexable(const QString &text);

private:
    Result<Page> scan(qint64 fromId, bool forward, int limit, const QString &text, const Cancelled &cancelled,
                      const Progress &progress) const;

    std::shared_ptr<Instance> m_instance;
    JournalFilter m_filter;
    TextSearch m_textSearch = TextSearch::Indexed;
};

} // namespace nightshift
