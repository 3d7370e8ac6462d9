#include "cleanupbatches.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::CleanupJob)
};
} // namespace

Result<qint64> CleanupBatches::remove(const QString &table, const QString &where, const QVariantList &values,
                                      const QString &what)
{
    const QString sql = u"DELETE FROM %1 WHERE id IN (SELECT id FROM %1 WHERE %2 LIMIT %3)"_s.arg(table, where);
    return batched(table, sql, values, u"SELECT COUNT(*) FROM %1 WHERE %2"_s.arg(table, where), values, what);
}

Result<qint64> CleanupBatches::update(const QString &table, const QString &set, const QVariantList &setValues,
                                      const QString &where, const QVariantList &whereValues, const QString &what)
{
    const QString sql = u"UPDATE %1 SET %2 WHERE id IN (SELECT id FROM %1 WHERE %3 LIMIT %4)"_s.arg(table, set, where);
    return batched(table, sql, setValues + whereValues, u"SELECT COUNT(*) FROM %1 WHERE %2"_s.arg(table, where),
                   whereValues, what);
}

Result<qint64> CleanupBatches::repeat(const QString &sqlWithLimit, const QVariantList &values, const QString &what)
{
    return batched({}, sqlWithLimit, values, {}, {}, what);
}

Result<qint64> CleanupBatches::batched(const QString &table, const QString &sqlWithLimit, const QVariantList &values,
                                       const QString &countSql, const QVariantList &countValues, const QString &what)
{
    if (m_context.isCancelled())
        return fail(Text::tr("cancelled while purging %1").arg(what));
    if (m_context.simulated()) { // counts what would go; changes nothing
        if (countSql.isEmpty())
            return 0;
        auto count = execute(m_context.database(), countSql, countValues);
        if (!count)
            return std::unexpected(count.error());
        return count->next() ? count->value(0).toLongLong() : 0;
    }
    qint64 total = 0;
    for (;;) {
        // Each table (or statement) learns its own size: rows of one cost nothing like rows of another.
        int &batch = m_batches.try_emplace(table.isEmpty() ? sqlWithLimit : table, FirstBatch).first->second;
        const int limit = m_fixed > 0 ? m_fixed : batch;
        qint64 elapsed = 0;
        auto rows = transaction(sqlWithLimit.arg(limit), values, &elapsed);
        if (!rows)
            return std::unexpected(rows.error());
        if (*rows == limit || elapsed > TargetMs) // a batch that was not full says nothing about a bigger one
            batch = adapted(batch, elapsed);
        total += *rows;
        if (*rows > 0 && !table.isEmpty())
            m_touched.insert(table);
        m_context.addRowsProcessed(*rows);
        if (*rows < limit)
            return total;
        if (m_context.isCancelled())
            return fail(Text::tr("cancelled while purging %1, after %Ln row(s)", nullptr, int(total)).arg(what));
    }
}

Result<qint64> CleanupBatches::removeInKeyOrder(const QString &table, const QString &index, const QString &keyColumn,
                                                const QString &timeColumn, qint64 before, const QString &what)
{
    const QString older = u"%1 < ?"_s.arg(timeColumn);
    // PostgreSQL has no WAL frames per page to save this way; a simulation only counts.
    if (m_context.simulated() || m_context.dialect() != Dialect::Sqlite)
        return remove(table, older, {before}, what);
    if (m_context.isCancelled())
        return fail(Text::tr("cancelled while purging %1").arg(what));
    qint64 total = 0;
    // Which order writes fewer WAL pages per row depends on how the keys' order relates to time's: on the
    // bench's instance the key walk writes a third as many at 10 M rows, with keys scattered over the ids twice
    // as many as time order. So it is measured on the data: the purge starts with a batch in time order, each
    // slice with a batch in key order, and a slice whose first batch wrote more pages per row than the last
    // batch in time order finishes in time order.
    double timePages = -1; // per row, in the last batch in time order
    for (qint64 sliceEnd = std::numeric_limits<qint64>::min(); sliceEnd < before;) {
        if (total > 0 && m_context.isCancelled())
            return fail(Text::tr("cancelled while purging %1, after %Ln row(s)", nullptr, int(total)).arg(what));
        // The slice ends just after the m_sliceRows-th row from where the last one ended (rows left before that
        // have no key: they go at the end), past the rows sharing its time, so a slice is never empty. A read:
        // no lock.
        auto last = scalar(
            m_context.database(),
            u"SELECT %1 FROM %2 WHERE %1 >= ? AND %1 < ? ORDER BY %1 LIMIT 1 OFFSET %3"_s.arg(timeColumn, table)
                .arg(m_sliceRows - 1),
            {sliceEnd, before});
        if (!last)
            return std::unexpected(last.error());
        sliceEnd = last->isNull() ? before : std::min(before, last->toLongLong() + 1);
        if (timePages < 0 && m_order != Order::Key) {
            auto emptied = timeSlice(table, timeColumn, sliceEnd, true, &total, &timePages, what);
            if (!emptied)
                return std::unexpected(emptied.error());
            if (*emptied)
                continue;
        }
        double giveUpAbove = timePages; // Measured
        if (m_order != Order::Measured)
            giveUpAbove = m_order == Order::Time ? 0.0 : -1.0;
        auto walked = keySlice(table, index, keyColumn, timeColumn, sliceEnd, giveUpAbove, &total, what);
        if (!walked)
            return std::unexpected(walked.error());
        if (!*walked) {
            if (auto rest = timeSlice(table, timeColumn, sliceEnd, false, &total, &timePages, what); !rest)
                return std::unexpected(rest.error());
        }
    }
    // Rows without a key, and any written meanwhile: mostly none, found by a read (no write lock for nothing).
    auto any = scalar(m_context.database(), u"SELECT 1 FROM %1 WHERE %2 LIMIT 1"_s.arg(table, older), {before});
    if (!any)
        return std::unexpected(any.error());
    if (any->isNull())
        return total;
    auto left = remove(table, older, {before}, what);
    if (!left)
        return std::unexpected(left.error());
    return total + *left;
}

Result<bool> CleanupBatches::timeSlice(const QString &table, const QString &timeColumn, qint64 sliceEnd, bool once,
                                       qint64 *total, double *pagesPerRow, const QString &what)
{
    for (;;) {
        int &batch = m_batches.try_emplace(table, FirstBatch).first->second;
        const int limit = m_fixed > 0 ? m_fixed : batch;
        const qint64 pagesBefore = m_checkpoints.framesWritten();
        qint64 elapsed = 0;
        auto rows = transaction(
            u"DELETE FROM %1 WHERE id IN (SELECT id FROM %1 WHERE %2 < ? LIMIT %3)"_s.arg(table, timeColumn).arg(limit),
            {sliceEnd}, &elapsed);
        if (!rows)
            return std::unexpected(rows.error());
        if (*rows > 0)
            *pagesPerRow = double(m_checkpoints.framesWritten() - pagesBefore) / double(*rows);
        ++m_timeBatches;
        account(batch, limit, *rows, elapsed, table, total);
        if (*rows < limit)
            return true;
        if (once)
            return false;
        if (m_context.isCancelled())
            return fail(Text::tr("cancelled while purging %1, after %Ln row(s)", nullptr, int(*total)).arg(what));
    }
}

Result<bool> CleanupBatches::keySlice(const QString &table, const QString &index, const QString &keyColumn,
                                      const QString &timeColumn, qint64 sliceEnd, double giveUpAbove, qint64 *total,
                                      const QString &what)
{
    QVariant from; // the last key done; null before the first batch
    for (;;) {
        int &batch = m_batches.try_emplace(index, FirstBatch).first->second;
        const int limit = m_fixed > 0 ? m_fixed : batch;
        const QString after = from.isNull() ? u"%1 IS NOT NULL"_s.arg(keyColumn) : u"%1 > ?"_s.arg(keyColumn);
        QVariantList values;
        if (!from.isNull())
            values << from;
        values << sliceEnd;
        // The key at which the batch has `limit` rows of the slice, read before the write lock is taken; the
        // batch then deletes the slice's rows up to and including that key (a few more than `limit` when the
        // key has several), or all that are left after `from` when there is no such key.
        auto upTo = execute(m_context.database(),
                            u"SELECT %1 FROM %2 INDEXED BY %3 WHERE %4 AND %5 < ? ORDER BY %1 LIMIT 1 OFFSET %6"_s
                                .arg(keyColumn, table, index, after, timeColumn)
                                .arg(limit - 1),
                            values);
        if (!upTo)
            return std::unexpected(upTo.error());
        const QVariant until = upTo->next() ? upTo->value(0) : QVariant();
        upTo->finish();
        QString sql = u"DELETE FROM %1 INDEXED BY %2 WHERE %3 AND %4 < ?"_s.arg(table, index, after, timeColumn);
        if (!until.isNull()) {
            sql += u" AND %1 <= ?"_s.arg(keyColumn);
            values << until;
        }
        const qint64 pagesBefore = m_checkpoints.framesWritten();
        qint64 elapsed = 0;
        auto rows = transaction(sql, values, &elapsed);
        if (!rows)
            return std::unexpected(rows.error());
        ++m_keyBatches;
        account(batch, limit, *rows, elapsed, table, total);
        if (until.isNull())
            return true;
        if (m_context.isCancelled())
            return fail(Text::tr("cancelled while purging %1, after %Ln row(s)", nullptr, int(*total)).arg(what));
        const double pages = *rows > 0 ? double(m_checkpoints.framesWritten() - pagesBefore) / double(*rows) : 0;
        if (from.isNull() && giveUpAbove >= 0 && pages > giveUpAbove)
            return false; // the rest of the slice in time order
        from = until;
    }
}

void CleanupBatches::account(int &batch, int limit, qint64 rows, qint64 elapsedMs, const QString &table, qint64 *total)
{
    if (rows >= limit || elapsedMs > TargetMs) // a batch that was not full says nothing about a bigger one
        batch = adapted(batch, elapsedMs);
    *total += rows;
    if (rows > 0)
        m_touched.insert(table);
    m_context.addRowsProcessed(rows);
}

Result<qint64> CleanupBatches::transaction(const QString &sql, const QVariantList &values, qint64 *elapsedMs)
{
    WriteTransaction transaction(m_context.database(), m_context.dialect());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    QElapsedTimer held; // from the moment the write lock is ours
    held.start();
    auto done = execute(m_context.database(), sql, values);
    if (!done)
        return std::unexpected(done.error());
    const qint64 rows = std::max(0, done->numRowsAffected());
    done->finish();
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    *elapsedMs = held.elapsed();
    if (*elapsedMs >= m_longestMs) {
        m_longestMs = *elapsedMs;
        m_longestRows = rows;
    }
    m_held.append({.ms = *elapsedMs,
                   .rows = rows,
                   .number = m_transactions + 1,
                   .afterCheckpoint = m_checkpoints.checkpoints() > m_checkpointsSeen});
    ++m_transactions;
    m_checkpoints.afterCommit();
    m_checkpointsSeen = m_checkpoints.checkpoints();
    return rows;
}

QList<CleanupBatches::Held> CleanupBatches::slowest(qsizetype count) const
{
    QList<Held> held = m_held;
    std::stable_sort(held.begin(), held.end(), [](const Held &a, const Held &b) { return a.ms > b.ms; });
    return held.mid(0, std::min(count, held.size()));
}

int CleanupBatches::adapted(int batch, qint64 elapsedMs)
{
    // The next batch is sized from the last one's rate to take TargetMs, growing at most twofold: the time per
    // row jumps once a batch touches more pages than the connection's cache holds.
    const qint64 aimed = qint64(batch) * TargetMs / std::max<qint64>(1, elapsedMs);
    return int(std::clamp<qint64>(aimed, SmallestBatch, std::min<qint64>(LargestBatch, qint64(batch) * 2)));
}

} // namespace nightshift
