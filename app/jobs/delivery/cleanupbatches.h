#pragma once

#include "engine/job.h"
#include "store/manualcheckpoints.h"

#include <QSet>

#include <algorithm>

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
    // removeInKeyOrder(): the rows of one slice. Each slice walks the whole key index once (the cost of a wide
    // slice: every batch touches more pages of the table and of its other indexes; of a narrow one: more walks,
    // and the key index's pages rewritten once per slice).
    static constexpr qint64 SliceRows = 1'000'000;

    // sliceRows: removeInKeyOrder()'s slices (tests make them small, to cross many).
    CleanupBatches(JobContext &context, int fixedBatch, qint64 sliceRows = SliceRows)
        : m_context(context), m_fixed(fixedBatch), m_sliceRows(std::max<qint64>(1, sliceRows)),
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
    // DELETE FROM table WHERE timeColumn < before, as remove() does, but on SQLite a time slice of sliceRows rows
    // at a time, each slice in the order of `index` (keyColumn, timeColumn): a batch takes a range of keys and
    // deletes all of the slice's rows there, so each page of that index loses the slice's rows in one
    // transaction where batches in time order rewrite it once per batch that touches it (one frame of WAL per
    // row on a large broad_logs; docs/performance.md). The index is walked, never sorted. Whether a slice pays
    // for it is measured: a slice whose first batch writes more WAL per row than a batch in time order finishes
    // in time order. Rows without a key are deleted in time order at the end.
    Result<qint64> removeInKeyOrder(const QString &table, const QString &index, const QString &keyColumn,
                                    const QString &timeColumn, qint64 before, const QString &what);

    // From BEGIN IMMEDIATE to the end of COMMIT: how long the write lock was held (WAL checkpoints excluded:
    // they run between transactions and take no write lock).
    qint64 longestTransactionMs() const { return m_longestMs; }
    qint64 longestTransactionRows() const { return m_longestRows; }
    // removeInKeyOrder()'s batches by order. Order: Measured (the job's); for tests, Key (every batch) or Time
    // (each slice's first batch in key order, the rest in time order).
    enum class Order { Measured, Key, Time };
    void setOrder(Order order) { m_order = order; }
    qint64 keyBatches() const { return m_keyBatches; }
    qint64 timeBatches() const { return m_timeBatches; }
    qint64 transactionsOver(qint64 ms) const
    {
        return std::count_if(m_held.begin(), m_held.end(), [ms](const Held &held) { return held.ms > ms; });
    }
    // One write transaction, for the figures: how long it held the lock, its rows, its number (from 1) and
    // whether a WAL checkpoint ran just before it.
    struct Held
    {
        qint64 ms = 0;
        qint64 rows = 0;
        qint64 number = 0;
        bool afterCheckpoint = false;
    };
    QList<Held> slowest(qsizetype count) const;
    qint64 transactions() const { return m_transactions; }
    const QSet<QString> &touchedTables() const { return m_touched; } // where rows went: worth an ANALYZE
    const ManualCheckpoints &checkpoints() const { return m_checkpoints; }
    void settle() { m_checkpoints.flush(); } // the end of a step: its WAL goes to the database file

private:
    Result<qint64> batched(const QString &table, const QString &sqlWithLimit, const QVariantList &values,
                           const QString &countSql, const QVariantList &countValues, const QString &what);
    // One write transaction running `sql`: its rows, with the lock-hold figures and the checkpoint after it.
    Result<qint64> transaction(const QString &sql, const QVariantList &values, qint64 *elapsedMs);
    // The rows of a slice in key order; false when its first batch wrote more WAL pages per row than
    // giveUpAbove (< 0: never), leaving the rest.
    Result<bool> keySlice(const QString &table, const QString &index, const QString &keyColumn,
                          const QString &timeColumn, qint64 sliceEnd, double giveUpAbove, qint64 *total,
                          const QString &what);
    // The rows of a slice in time order (one batch if `once`), with the WAL pages per row of the last batch;
    // true once none is left.
    Result<bool> timeSlice(const QString &table, const QString &timeColumn, qint64 sliceEnd, bool once, qint64 *total,
                           double *pagesPerRow, const QString &what);
    void account(int &batch, int limit, qint64 rows, qint64 elapsedMs, const QString &table, qint64 *total);
    static int adapted(int batch, qint64 elapsedMs);

    JobContext &m_context;
    int m_fixed;
    qint64 m_sliceRows;
    Order m_order = Order::Measured;
    qint64 m_keyBatches = 0;
    qint64 m_timeBatches = 0;
    std::map<QString, int> m_batches; // table (or statement) → its next batch size
    qint64 m_longestMs = 0;
    qint64 m_longestRows = 0;
    QList<Held> m_held; // each transaction's, for the figures (a few thousand in a large purge)
    int m_checkpointsSeen = 0; // by the last transaction
    qint64 m_transactions = 0;
    QSet<QString> m_touched;
    ManualCheckpoints m_checkpoints;
};

} // namespace nightshift
