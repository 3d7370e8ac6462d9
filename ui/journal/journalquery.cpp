#include "journalquery.h"

#include "core/executionstatus.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::JournalQuery)
};

// A scan reads ids in ranges: the first one small (an unfiltered page is answered at once), the next ones larger
// while the page is not full, so a rare match among ten million lines costs a few dozen queries, and a cancellation
// is seen between two of them.
constexpr qint64 FirstRange = 4096;
constexpr qint64 LargestRange = 1 << 20;
constexpr int ExportPage = 5000;

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + escaped + u'%';
}

// The FTS5 query for `text` on the trigram index: each distinct trigram as a quoted string, ANDed. The index keeps
// no positions (detail='none'), so it cannot match a phrase: lines with every trigram are candidates, and the
// LIKE of the scan keeps those that contain the text. A few dozen trigrams are selective enough; more only cost
// reading more of the index.
constexpr int MaxTrigrams = 32;

QString matchExpression(const QString &text)
{
    const QList<uint> points = text.toUcs4();
    QStringList trigrams;
    for (qsizetype i = 0; i + 3 <= points.size() && trigrams.size() < MaxTrigrams; ++i) {
        QString trigram = QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData() + i), 3);
        trigram = u'"' + trigram.replace(u'"', u"\"\""_s) + u'"';
        if (!trigrams.contains(trigram))
            trigrams << trigram;
    }
    return trigrams.join(u" AND "_s);
}

} // namespace

bool JournalQuery::indexable(const QString &text)
{
    return text.toUcs4().size() >= 3;
}

JournalQuery::JournalQuery(std::shared_ptr<Instance> instance, JournalFilter filter)
    : m_instance(std::move(instance)), m_filter(std::move(filter))
{
}

Result<std::optional<std::pair<qint64, qint64>>> JournalQuery::bounds() const
{
    auto db = m_instance->database();
    if (!db)
        return std::unexpected(db.error());
    // One aggregate per query: SQLite answers a lone MIN or MAX from the end of an index, but MIN and MAX together
    // by scanning the whole table (seconds on ten million lines).
    auto q = m_filter.workflowId
        ? execute(*db,
                  u"SELECT (SELECT MIN(id) FROM journal WHERE workflow_id = ?), "
                  "(SELECT MAX(id) FROM journal WHERE workflow_id = ?)"_s,
                  {*m_filter.workflowId, *m_filter.workflowId})
        : execute(*db, u"SELECT (SELECT MIN(id) FROM journal), (SELECT MAX(id) FROM journal)"_s);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next() || q->value(0).isNull())
        return std::optional<std::pair<qint64, qint64>>{};
    return std::optional<std::pair<qint64, qint64>>{{q->value(0).toLongLong(), q->value(1).toLongLong()}};
}

Result<JournalQuery::Page> JournalQuery::older(qint64 beforeId, int limit, const Cancelled &cancelled) const
{
    return scan(beforeId, false, limit, {}, cancelled, {});
}

Result<JournalQuery::Page> JournalQuery::newer(qint64 afterId, int limit, const Cancelled &cancelled) const
{
    return scan(afterId, true, limit, {}, cancelled, {});
}

Result<std::optional<qint64>> JournalQuery::find(const QString &text, qint64 fromId, bool forward,
                                                 const Cancelled &cancelled, const Progress &progress) const
{
    auto found = scan(fromId, forward, 1, text, cancelled, progress);
    if (!found)
        return std::unexpected(found.error());
    if (found->lines.isEmpty())
        return std::optional<qint64>{};
    return std::optional<qint64>{found->lines.first().id};
}

Result<JournalQuery::Page> JournalQuery::scan(qint64 fromId, bool forward, int limit, const QString &text,
                                              const Cancelled &cancelled, const Progress &progress) const
{
    auto range = bounds();
    if (!range)
        return std::unexpected(range.error());
    Page page{.lines = {}, .scannedTo = fromId, .reachedEnd = true};
    QList<JournalLine> &lines = page.lines;
    if (!*range)
        return page;
    const auto [lowest, highest] = **range;
    auto db = m_instance->database();
    if (!db)
        return std::unexpected(db.error());

    const bool wholeInstance = !m_filter.workflowId;
    // SQLite: candidates come from the FTS5 table, in id order, ranges included (FTS5 seeks its rowid); the journal
    // row of each is then read by primary key. The lines above the index's mark (written since the journal's writer
    // last indexed) are read as a scan does. PostgreSQL's planner picks its trigram index for the ILIKE itself.
    const bool fts = !text.isEmpty() && m_textSearch == TextSearch::Indexed && indexable(text)
        && m_instance->dialect() == Dialect::Sqlite;
    qint64 indexedTo = 0; // the lines up to here are in the index (or deleted)
    if (fts) {
        auto mark = scalar(*db, u"SELECT indexed_to FROM journal_search_state"_s);
        if (!mark)
            return std::unexpected(mark.error());
        indexedTo = mark->toLongLong();
    }
    QVariantList filterValues;
    QString filters;
    if (m_filter.workflowId) {
        filters += u" AND j.workflow_id = ?"_s;
        filterValues << *m_filter.workflowId;
    }
    if (m_filter.minimumLevel > 0) {
        filters += u" AND j.level >= ?"_s;
        filterValues << m_filter.minimumLevel;
    }
    if (!m_filter.activity.isEmpty()) {
        filters += u" AND j.activity = ?"_s;
        filterValues << m_filter.activity;
    }
    if (m_filter.runId) {
        filters += u" AND j.run_id = ?"_s;
        filterValues << *m_filter.runId;
    }
    if (!text.isEmpty()) {
        // LIKE ignores the case of ASCII letters on SQLite; PostgreSQL needs ILIKE for the same answer.
        filters += m_instance->dialect() == Dialect::Postgres ? u" AND j.message ILIKE ? ESCAPE '\\'"_s
                                                              : u" AND j.message LIKE ? ESCAPE '\\'"_s;
        filterValues << likePattern(text);
    }
    const auto statement = [&](bool indexed) {
        const QString id = indexed ? u"journal_search.rowid"_s : u"j.id"_s;
        QString where = (forward ? u"%1 > ? AND %1 <= ?"_s : u"%1 < ? AND %1 >= ?"_s).arg(id);
        if (indexed)
            where.prepend(u"journal_search MATCH ? AND "_s);
        // CROSS JOIN: SQLite keeps the FTS5 table as the outer loop, which answers the ORDER BY and the LIMIT.
        const QString from = indexed ? u"journal_search CROSS JOIN journal j ON j.id = journal_search.rowid"_s
                                     : u"journal j"_s;
        return u"SELECT j.id, j.at, j.level, j.activity, j.run_id, j.message%1 FROM %2%3 WHERE %4%5 "
               "ORDER BY %6 %7 LIMIT ?"_s.arg(wholeInstance ? u", w.internal_name"_s : QString(), from,
                                              wholeInstance ? u" LEFT JOIN workflows w ON w.id = j.workflow_id"_s
                                                            : QString(),
                                              where, filters, id, forward ? u"ASC"_s : u"DESC"_s);
    };
    const QString indexedSql = fts ? statement(true) : QString();
    const QString scanSql = statement(false);
    const QString match = fts ? matchExpression(text) : QString();

    const qint64 start = forward ? std::max(fromId, lowest - 1) : std::min(fromId, highest + 1);
    const qint64 span = forward ? highest - start : start - lowest;
    qint64 cursor = start;
    qint64 step = FirstRange;
    while ((forward ? cursor < highest : cursor > lowest) && lines.size() < limit) {
        if (cancelled && cancelled())
            return Page{.lines = {}, .scannedTo = fromId, .reachedEnd = false};
        qint64 edge = forward ? std::min(cursor + step, highest) : std::max(cursor - step, lowest);
        // A range lies wholly below the mark (read through the index) or wholly above it (scanned): one that
        // crosses it stops at it.
        bool indexed = false;
        if (fts) {
            if (forward) {
                indexed = cursor < indexedTo;
                if (indexed)
                    edge = std::min(edge, indexedTo);
            } else {
                indexed = cursor <= indexedTo + 1;
                if (!indexed)
                    edge = std::max(edge, indexedTo + 1);
            }
        }
        QVariantList values;
        if (indexed)
            values << match;
        values << cursor << edge << filterValues << qint64(limit - lines.size());
        auto q = execute(*db, indexed ? indexedSql : scanSql, values);
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            lines << JournalLine{.id = q->value(0).toLongLong(),
                                 .at = q->value(1).toLongLong(),
                                 .level = q->value(2).toInt(),
                                 .activity = q->value(3).toString(),
                                 .runId = q->value(4).isNull() ? std::nullopt
                                                               : std::optional<qint64>(q->value(4).toLongLong()),
                                 .workflow = wholeInstance ? q->value(6).toString() : QString(),
                                 .message = q->value(5).toString()};
        }
        cursor = edge; // ranges include their far edge, so the next one starts past it
        if (lines.size() < limit && step < LargestRange)
            step *= 4; // the page is not full yet: matches are sparse here
        if (progress && span > 0)
            progress(double(forward ? cursor - start : start - cursor) / double(span));
    }
    page.reachedEnd = lines.size() < limit;
    page.scannedTo = page.reachedEnd ? cursor : lines.last().id;
    if (!forward)
        std::reverse(lines.begin(), lines.end());
    return page;
}

Result<qint64> JournalQuery::exportTo(QIODevice &out, const Cancelled &cancelled, const Progress &progress) const
{
    auto range = bounds();
    if (!range)
        return std::unexpected(range.error());
    if (!*range)
        return qint64(0);
    const auto [lowest, highest] = **range;
    qint64 written = 0;
    qint64 cursor = lowest - 1;
    for (;;) {
        auto page = newer(cursor, ExportPage, cancelled);
        if (!page)
            return std::unexpected(page.error());
        if (cancelled && cancelled())
            return fail(Text::tr("The export was cancelled."));
        QByteArray chunk;
        for (const JournalLine &line : page->lines)
            chunk += formatLine(line).toUtf8() + '\n';
        if (out.write(chunk) != chunk.size())
            return fail(Text::tr("Cannot write the export: %1").arg(out.errorString()));
        written += page->lines.size();
        if (page->reachedEnd)
            break;
        cursor = page->scannedTo;
        if (progress && highest > lowest)
            progress(double(cursor - lowest) / double(highest - lowest));
    }
    return written;
}

QString JournalQuery::formatLine(const JournalLine &line)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(line.at, QTimeZone::systemTimeZone())
                             .toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    QStringList fields{time,
                       QCoreApplication::translate("nightshift::JournalLevel",
                                                   journalLevelLabel(JournalLevel(std::clamp(line.level, 0, 3))))};
    if (!line.workflow.isEmpty())
        fields << line.workflow;
    fields << line.activity << (line.runId ? QString::number(*line.runId) : QString())
           << QString(line.message).replace(u'\n', u' ').replace(u'\t', u' ');
    return fields.join(u'\t');
}

} // namespace nightshift
