#include "cleanupbatches.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

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
        WriteTransaction transaction(m_context.database(), m_context.dialect());
        if (auto begun = transaction.begin(); !begun)
            return std::unexpected(begun.error());
        QElapsedTimer held; // from the moment the write lock is ours
        held.start();
        auto done = execute(m_context.database(), sqlWithLimit.arg(limit), values);
        if (!done)
            return std::unexpected(done.error());
        const qint64 rows = std::max(0, done->numRowsAffected());
        done->finish();
        if (auto committed = transaction.commit(); !committed)
            return std::unexpected(committed.error());
        const qint64 elapsed = held.elapsed();
        m_checkpoints.afterCommit();
        m_longestMs = std::max(m_longestMs, elapsed);
        ++m_transactions;
        if (rows == limit || elapsed > TargetMs) // a batch that was not full says nothing about a bigger one
            batch = adapted(batch, elapsed);
        total += rows;
        if (rows > 0 && !table.isEmpty())
            m_touched.insert(table);
        m_context.addRowsProcessed(rows);
        if (rows < limit)
            return total;
        if (m_context.isCancelled())
            return fail(Text::tr("cancelled while purging %1, after %Ln row(s)", nullptr, int(total)).arg(what));
    }
}

int CleanupBatches::adapted(int batch, qint64 elapsedMs)
{
    // The next batch is sized from the last one's rate to take TargetMs, growing at most twofold: the time per
    // row jumps once a batch touches more pages than the connection's cache holds.
    const qint64 aimed = qint64(batch) * TargetMs / std::max<qint64>(1, elapsedMs);
    return int(std::clamp<qint64>(aimed, SmallestBatch, std::min<qint64>(LargestBatch, qint64(batch) * 2)));
}

} // namespace nightshift
