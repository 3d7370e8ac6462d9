#pragma once

#include "engine/job.h"
#include "store/manualcheckpoints.h"

#include <QSet>

#include <map>

namespace nightshift {

// Deletes (or updates) the rows of one table that match a condition, a batch at a time, each batch in its
// own short write transaction, checking cancellation between batches. The batch size adapts to the time a
// transaction takes, aiming at TargetMs so the write lock is never held long (the console and the other
// workflows keep their turn), unless a fixed size is given (tests, to interrupt at exact points).
// Tables, columns and conditions come from the code, never from data; values are bound.
class CleanupBatches
{
public:
    static constexpr qint64 TargetMs = 100;
    static constexpr int FirstBatch = 5000;
    // Below a few thousand rows a batch spends more on rewriting the same index pages (each commit writes the
    // pages it touched to the WAL again) than on its rows, so a slow transaction — often a descheduled one on a
    // busy machine — never takes the batch below SmallestBatch.
    static constexpr int SmallestBatch = 2000;
    static constexpr int LargestBatch = 100'000;
    static constexpr int CacheKiB = 64 * 1024; // the job's connection, meanwhile (see ManualCheckpoints)
    // The WAL a purge may leave uncheckpointed. A checkpoint's cost is the distinct pages it writes into the
    // database file (random writes, then a sync), and batches in time order rewrite the same index pages
    // (broad_logs_address above all) again and again: the fewer checkpoints, the fewer copies of those pages.
    // At 1 M rows: 128 MB, four checkpoints taking 2.8–3.4 s; 512 MB, one taking 1.3–1.4 s. The price: another
    // connection that commits meanwhile checkpoints the backlog inside its COMMIT (docs/performance.md).
    static constexpr qint64 WalBudget = 512LL * 1024 * 1024;

    CleanupBatches(JobContext &context, int fixedBatch)
        : m_context(context), m_fixed(fixedBatch),
          m_checkpoints(context.database(), context.dialect(), CacheKiB, WalBudget)
    { }

    // DELETE FROM table WHERE id IN (SELECT id FROM table WHERE `where` LIMIT n), until none is left;
    // returns the rows deleted (counted only, in a simulation). `what` completes "cancelled while purging …".
    Result<qint64> remove(const QString &table, const QString &where, const QVariantList &values, const QString &what);
    // UPDATE table SET `set` WHERE id IN (…): the condition must no longer hold once a row is updated.
    Result<qint64> update(const QString &table, const QString &set, const QVariantList &setValues, const QString &where,
                          const QVariantList &whereValues, const QString &what);
    // Runs a statement that affects at most `limit` rows (given as %1) until it affects fewer.
    Result<qint64> repeat(const QString &sqlWithLimit, const QVariantList &values, const QString &what);

    // From BEGIN IMMEDIATE to the end of COMMIT: how long the write lock was held (WAL checkpoints excluded:
    // they run between transactions and take no write lock).
    qint64 longestTransactionMs() const { return m_longestMs; }
    qint64 transactions() const { return m_transactions; }
    const QSet<QString> &touchedTables() const { return m_touched; } // where rows went: worth an ANALYZE
    const ManualCheckpoints &checkpoints() const { return m_checkpoints; }
    void settle() { m_checkpoints.flush(); } // the end of a step: its WAL goes to the database file

private:
    Result<qint64> batched(const QString &table, const QString &sqlWithLimit, const QVariantList &values,
                           const QString &countSql, const QVariantList &countValues, const QString &what);
    static int adapted(int batch, qint64 elapsedMs);

    JobContext &m_context;
    int m_fixed;
    std::map<QString, int> m_batches; // table (or statement) → its next batch size
    qint64 m_longestMs = 0;
    qint64 m_transactions = 0;
    QSet<QString> m_touched;
    ManualCheckpoints m_checkpoints;
};

} // namespace nightshift
