#include "trackingingest.h"

#include "engine/runtimesupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QThread>

#include <tuple>

using namespace Qt::StringLiterals;
using nightshift::runtime::idOrNull;
using nightshift::runtime::textOrNull;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::TrackingJob)
};

constexpr qint64 kDayMs = 86'400'000;
constexpr int kRowsPerInsert = 100; // 8 binds each: far below SQLite's and PostgreSQL's limits
constexpr int kIdsPerLookup = 500;
constexpr int kReasonsShown = 3;
constexpr int kMinChunk = 100;
constexpr int kMaxChunk = 50'000;
constexpr qint64 kTargetMs = 150; // chunks are sized so a transaction stays well under 250 ms

// A writer that finds the write lock taken sleeps in SQLite's busy handler (sqlite3_busy_timeout, which every
// connection of the instance has) and retries after 1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, then every 100 ms.
// Taking the lock again right after a commit lets its retries fall into our next transaction, again and again
// (a 3 s wait was measured). Leaving the lock free, after a transaction that held it heldMs, for as long as the
// retry interval of a writer that has waited that long gives such a writer its turn.
qint64 turnGapMs(qint64 heldMs)
{
    static constexpr int kRetryDelays[] = {1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50};
    qint64 waited = 0;
    for (const int delay : kRetryDelays) {
        if (waited + delay > heldMs)
            return delay + 1;
        waited += delay;
    }
    return 100 + 1;
}

QString placeholders(qsizetype rows, int columns)
{
    const QString row = u'(' + QString(u"?,"_s).repeated(columns - 1) + u"?)"_s;
    QStringList all;
    all.reserve(rows);
    for (qsizetype i = 0; i < rows; ++i)
        all << row;
    return all.join(u',');
}

} // namespace

TrackingIngest::TrackingIngest(JobContext &context, QString folder, int chunkLines)
    : m_context(context), m_folder(std::move(folder)), m_chunkLines(chunkLines > 0 ? chunkLines : 1000),
      m_adaptive(chunkLines <= 0),
      m_checkpoints(context.database(), context.dialect(), 0, 0)
{
    // A checkpoint after every chunk (a WAL budget of 0): the chunks append rather than rewrite, so a larger
    // budget saves little here, and another writer's commit would run SQLite's automatic checkpoint of what
    // the budget let pile up, inside its own COMMIT.
}

QString TrackingIngest::rejectsPath(const QString &name) const
{
    return QDir(m_folder).filePath(u"rejects/"_s + name + u".rejects"_s);
}

Result<TrackingIngest::FileRow> TrackingIngest::loadRow(const QString &name) const
{
    auto query = execute(m_context.database(),
                         u"SELECT complete, consumed_bytes, rejects_bytes, lines, rejected FROM tracking_files "
                         "WHERE name = ?"_s,
                         {name});
    if (!query)
        return std::unexpected(query.error());
    FileRow row;
    if (query->next())
        row = {.exists = true,
               .complete = query->value(0).toInt() != 0,
               .consumedBytes = query->value(1).toLongLong(),
               .rejectsBytes = query->value(2).toLongLong(),
               .lines = query->value(3).toLongLong(),
               .rejected = query->value(4).toLongLong()};
    return row;
}

Result<TrackingIngest::FileOutcome> TrackingIngest::collect(const QString &name, qint64 bytesBefore, qint64 bytesTotal)
{
    FileOutcome outcome;
    auto row = loadRow(name);
    if (!row)
        return std::unexpected(row.error());
    if (row->complete) { // committed by a run that stopped before moving it (or the same file delivered again)
        outcome.alreadyConsumed = true;
        outcome.lines = row->lines;
        outcome.rejected = row->rejected;
        if (auto moved = moveToDone(name); !moved)
            return std::unexpected(moved.error());
        return outcome;
    }
    QFile file(QDir(m_folder).filePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.unreadable = file.errorString();
        return outcome;
    }
    if (file.size() < row->consumedBytes) {
        outcome.unreadable = Text::tr("it is shorter (%1 bytes) than the %2 bytes already collected from it")
                                 .arg(file.size())
                                 .arg(row->consumedBytes);
        return outcome;
    }
    outcome.resumed = row->consumedBytes > 0;
    // Rejects appended by a chunk that never committed are cut off (their lines are read again).
    QFile rejects(rejectsPath(name));
    if (rejects.exists() && rejects.size() > row->rejectsBytes) {
        const bool cut = row->rejectsBytes == 0 ? rejects.remove() : rejects.resize(row->rejectsBytes);
        if (!cut)
            return fail(Text::tr("cannot cut %1 back to its committed size: %2")
                            .arg(rejects.fileName(), rejects.errorString()));
    }
    if (!file.seek(row->consumedBytes))
        return fail(Text::tr("cannot read %1 from byte %2: %3")
                        .arg(file.fileName())
                        .arg(row->consumedBytes)
                        .arg(file.errorString()));
    qint64 lineNumber = row->lines;
    bool complete = false;
    while (!complete) {
        if (m_context.isCancelled())
            return fail(Text::tr("cancelled while collecting %1 at line %2 (the next run resumes there)")
                            .arg(name)
                            .arg(lineNumber + 1));
        QList<Line> lines;
        while (lines.size() < m_chunkLines && !file.atEnd()) {
            QByteArray raw = file.readLine();
            ++lineNumber;
            while (raw.endsWith('\n') || raw.endsWith('\r'))
                raw.chop(1);
            if (raw.trimmed().isEmpty())
                continue; // blank lines count (line numbers stay right) but hold nothing
            lines.append({lineNumber, raw, parseTrackingLine(raw)});
        }
        if (file.error() != QFileDevice::NoError)
            return fail(Text::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        complete = file.atEnd();
        row->lines = lineNumber;
        // The next chunk was read and parsed meanwhile: what is left of the turn given to other writers.
        if (m_context.dialect() == Dialect::Sqlite && m_sinceCommit.isValid())
            if (const qint64 rest = m_turnGapMs - m_sinceCommit.elapsed(); rest > 0)
                QThread::msleep(quint64(rest));
        QElapsedTimer timer;
        timer.start();
        if (auto committed = commitChunk(name, lines, *row, file.pos(), complete, rejects, outcome); !committed)
            return std::unexpected(committed.error());
        const qint64 held = timer.elapsed();
        m_sinceCommit.start();
        m_turnGapMs = turnGapMs(held);
        adaptChunk(held);
        m_checkpoints.afterCommit();
        m_context.setProgress(bytesBefore + file.pos(), bytesTotal);
    }
    outcome.lines = row->lines;
    outcome.rejected = row->rejected;
    file.close();
    if (auto moved = moveToDone(name); !moved)
        return std::unexpected(moved.error());
    return outcome;
}

Status TrackingIngest::commitChunk(const QString &name, QList<Line> &lines, FileRow &row, qint64 consumed,
                                   bool complete, QFile &rejects, FileOutcome &outcome)
{
    const QSqlDatabase db = m_context.database();
    WriteTransaction transaction(db, m_context.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto resolved = resolveDeliveries(lines); !resolved)
        return resolved;
    // Resolve each event's URL; a line that fails here is rejected like a corrupt one.
    QList<std::pair<const TrackingEvent *, qint64>> events; // event, url id (0: none)
    QList<const Line *> rejected;
    for (Line &line : lines) {
        if (line.parsed) {
            const TrackingEvent &e = *line.parsed;
            const Urls &urls = m_deliveries[e.deliveryId];
            if (!urls.exists)
                line.parsed = fail(Text::tr("unknown delivery %1").arg(e.deliveryId));
            else if (!e.tag.isEmpty() && !urls.byTag.contains(e.tag))
                line.parsed = fail(Text::tr("unknown URL tag \"%1\" for delivery %2")
                                       .arg(e.tag.left(40), QString::number(e.deliveryId)));
            else
                events.append({&e, urls.byTag.value(e.tag)});
        }
        if (!line.parsed)
            rejected.append(&line);
    }
    if (auto inserted = insertEvents(name, events); !inserted)
        return inserted;
    if (auto added = addToStatistics(events); !added)
        return added;
    const qint64 now = nowMs();
    QByteArray rejectLines;
    for (const Line *line : rejected) {
        const QString reason = line->parsed.error().message;
        auto recorded = execute(db,
                                u"INSERT INTO import_rejects (source, line_number, content, reason, created_at) "
                                "VALUES (?, ?, ?, ?, ?)"_s,
                                {u"tracking/"_s + name, line->number,
                                 QString::fromUtf8(line->raw.left(2000)).replace(QChar(0), QChar::ReplacementCharacter),
                                 reason, now});
        if (!recorded)
            return std::unexpected(recorded.error());
        rejectLines += QByteArray::number(line->number) + '\t' + reason.toUtf8() + '\t' + line->raw + '\n';
        if (outcome.firstReasons.size() < kReasonsShown)
            outcome.firstReasons << Text::tr("line %1: %2").arg(line->number).arg(reason);
    }
    // The rejects are on disk before the commit that counts them; a crash in between is cut back on resume.
    if (!rejectLines.isEmpty()) {
        if (!QDir(m_folder).mkpath(u"rejects"_s))
            return fail(Text::tr("cannot create the folder %1").arg(QDir(m_folder).filePath(u"rejects"_s)));
        if (!rejects.isOpen() && !rejects.open(QIODevice::WriteOnly | QIODevice::Append))
            return fail(Text::tr("cannot write %1: %2").arg(rejects.fileName(), rejects.errorString()));
        if (rejects.write(rejectLines) != rejectLines.size() || !rejects.flush())
            return fail(Text::tr("cannot write %1: %2").arg(rejects.fileName(), rejects.errorString()));
    }
    const qint64 rejectsBytes = rejects.isOpen() ? rejects.size() : row.rejectsBytes;
    const qint64 rejectedTotal = row.rejected + rejected.size();
    auto recorded = row.exists
        ? execute(db,
                  u"UPDATE tracking_files SET consumed_at = ?, lines = ?, rejected = ?, consumed_bytes = ?, "
                  "rejects_bytes = ?, complete = ? WHERE name = ?"_s,
                  {now, row.lines, rejectedTotal, consumed, rejectsBytes, int(complete), name})
        : execute(db,
                  u"INSERT INTO tracking_files (name, consumed_at, lines, rejected, consumed_bytes, rejects_bytes, "
                  "complete) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                  {name, now, row.lines, rejectedTotal, consumed, rejectsBytes, int(complete)});
    if (!recorded)
        return std::unexpected(recorded.error());
    if (auto committed = transaction.commit(); !committed)
        return committed;
    row = {.exists = true,
           .complete = complete,
           .consumedBytes = consumed,
           .rejectsBytes = rejectsBytes,
           .lines = row.lines,
           .rejected = rejectedTotal};
    outcome.events += events.size();
    ++m_transactions;
    m_context.addRowsProcessed(lines.size());
    return {};
}

// Loads, once per run, whether each delivery of the chunk exists and its URL tags.
Status TrackingIngest::resolveDeliveries(const QList<Line> &lines)
{
    QList<qint64> missing;
    for (const Line &line : lines)
        if (line.parsed && !m_deliveries.contains(line.parsed->deliveryId)
            && !missing.contains(line.parsed->deliveryId))
            missing << line.parsed->deliveryId;
    for (qsizetype first = 0; first < missing.size(); first += kIdsPerLookup) {
        const QList<qint64> ids = missing.mid(first, kIdsPerLookup);
        QVariantList binds;
        for (qint64 id : ids) {
            binds << id;
            m_deliveries.insert(id, {});
        }
        const QString in = QString(u"?,"_s).repeated(ids.size() - 1) + u'?';
        auto found = execute(m_context.database(), u"SELECT id FROM deliveries WHERE id IN (%1)"_s.arg(in), binds);
        if (!found)
            return std::unexpected(found.error());
        while (found->next())
            m_deliveries[found->value(0).toLongLong()].exists = true;
        auto urls
            = execute(m_context.database(),
                      u"SELECT delivery_id, tag, id FROM tracking_urls WHERE delivery_id IN (%1)"_s.arg(in), binds);
        if (!urls)
            return std::unexpected(urls.error());
        while (urls->next())
            m_deliveries[urls->value(0).toLongLong()].byTag.insert(urls->value(1).toString(),
                                                                   urls->value(2).toLongLong());
    }
    return {};
}

Status TrackingIngest::insertEvents(const QString &name, const QList<std::pair<const TrackingEvent *, qint64>> &events)
{
    for (qsizetype first = 0; first < events.size(); first += kRowsPerInsert) {
        const qsizetype count = std::min<qsizetype>(kRowsPerInsert, events.size() - first);
        QVariantList binds;
        binds.reserve(count * 8);
        for (qsizetype i = first; i < first + count; ++i) {
            const TrackingEvent &e = *events.at(i).first;
            binds << e.deliveryId << idOrNull(e.broadLogId) << idOrNull(e.recipientId) << idOrNull(events.at(i).second)
                  << e.type << e.at << name << textOrNull(e.userAgent);
        }
        auto inserted = execute(m_context.database(),
                                u"INSERT INTO tracking_logs (delivery_id, broad_log_id, recipient_id, url_id, type, "
                                "event_at, source_file, user_agent) VALUES %1"_s.arg(placeholders(count, 8)),
                                binds);
        if (!inserted)
            return std::unexpected(inserted.error());
    }
    return {};
}

// Adds the chunk's events to tracking_stats per delivery, URL and UTC day: only the new logs are counted.
Status TrackingIngest::addToStatistics(const QList<std::pair<const TrackingEvent *, qint64>> &events)
{
    struct Counts
    {
        qint64 opens = 0;
        qint64 clicks = 0;
        qint64 optOuts = 0;
    };
    QMap<std::tuple<qint64, qint64, qint64>, Counts> byKey; // delivery, url (0: none), day
    for (const auto &[e, url] : events) {
        Counts &c = byKey[{e->deliveryId, url, e->at / kDayMs * kDayMs}];
        (e->type == u"open"_s ? c.opens : e->type == u"click"_s ? c.clicks : c.optOuts) += 1;
    }
    const qint64 now = nowMs();
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        const auto [delivery, url, day] = it.key();
        const Counts &c = it.value();
        auto updated = execute(m_context.database(),
                               u"UPDATE tracking_stats SET opens = opens + ?, clicks = clicks + ?, "
                               "opt_outs = opt_outs + ?, updated_at = ? "
                               "WHERE delivery_id = ? AND COALESCE(url_id, 0) = ? AND day = ?"_s,
                               {c.opens, c.clicks, c.optOuts, now, delivery, url, day});
        if (!updated)
            return std::unexpected(updated.error());
        if (updated->numRowsAffected() > 0)
            continue;
        auto inserted = execute(m_context.database(),
                                u"INSERT INTO tracking_stats (delivery_id, url_id, day, opens, clicks, opt_outs, "
                                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                {delivery, idOrNull(url), day, c.opens, c.clicks, c.optOuts, now});
        if (!inserted)
            return std::unexpected(inserted.error());
    }
    return {};
}

// Into done/, under a new name if a file of that name is already there (never overwriting one).
Status TrackingIngest::moveToDone(const QString &name) const
{
    QDir folder(m_folder);
    if (!folder.mkpath(u"done"_s))
        return fail(Text::tr("cannot create the folder %1").arg(folder.filePath(u"done"_s)));
    QString target = folder.filePath(u"done/"_s + name);
    for (int n = 2; QFile::exists(target); ++n)
        target = folder.filePath(u"done/%1.%2"_s.arg(name).arg(n));
    QFile file(folder.filePath(name));
    if (!file.rename(target))
        return fail(Text::tr("%1 is collected but cannot be moved to %2: %3 (the next run moves it without reading "
                             "it again)")
                        .arg(name, target, file.errorString()));
    return {};
}

void TrackingIngest::adaptChunk(qint64 elapsedMs)
{
    m_longestMs = std::max(m_longestMs, elapsedMs);
    if (!m_adaptive)
        return;
    if (elapsedMs > kTargetMs)
        m_chunkLines = std::max(kMinChunk, m_chunkLines / 2);
    else if (elapsedMs < kTargetMs / 3)
        m_chunkLines = std::min(kMaxChunk, m_chunkLines * 2);
}

} // namespace nightshift
