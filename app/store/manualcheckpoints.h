#pragma once

#include "sqlsupport.h"

struct sqlite3;

namespace nightshift {

// SQLite checkpoints its WAL inside the COMMIT that takes it past 1,000 pages, so that commit returns long
// after the write lock was released and a batched job cannot tell its lock hold from housekeeping. While a
// ManualCheckpoints lives, the connection does not checkpoint by itself; the job calls afterCommit() between
// its transactions, which checkpoints (PASSIVE: it takes no write lock and waits for no reader) once the WAL
// holds walBudget bytes. Not after every commit: with synchronous=NORMAL each checkpoint syncs the WAL and
// the database file, and a batched purge rewrites the same index pages in every batch, so checkpointing each
// batch copied (and synced) those pages once per batch where one DELETE writes them once — most of the gap
// to a raw DELETE (docs/performance.md, cleanup-purge). Nothing on PostgreSQL.
class ManualCheckpoints
{
public:
    static constexpr qint64 WalBudget = 128LL * 1024 * 1024;

    // cacheKiB: the page cache the connection gets meanwhile (SQLite's default is 2 MB): a purge's batches
    // touch pages all over the table's indexes, and once they outgrow the cache each row costs a read.
    ManualCheckpoints(QSqlDatabase db, Dialect dialect, int cacheKiB = 0, qint64 walBudget = WalBudget);
    ~ManualCheckpoints(); // restores the connection's automatic checkpoints, then checkpoints what is left
    ManualCheckpoints(const ManualCheckpoints &) = delete;
    ManualCheckpoints &operator=(const ManualCheckpoints &) = delete;

    void afterCommit();
    // Checkpoints whatever the commits since the last checkpoint left in the WAL: a step's time then includes
    // the writing of its pages to the database file (as a raw DELETE's does), and the next starts afresh.
    void flush();

    int checkpoints() const { return m_checkpoints; }
    qint64 checkpointMs() const { return m_checkpointMs; } // time spent in them, outside any transaction
    qint64 framesWritten() const { return m_written; } // pages the commits wrote to the WAL (0 unless followed)

private:
    static int walHook(void *self, sqlite3 *, const char *, int frames);
    void checkpoint();

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr; // the connection's, when its WAL size can be followed (else: every commit)
    int m_restoreTo = 0; // the connection's wal_autocheckpoint before; 0 = nothing to do
    QVariant m_cacheBefore; // the connection's cache_size before, when changed
    qint64 m_budgetFrames = 0;
    qint64 m_frames = 0; // in the WAL after this connection's last commit (SQLite's WAL hook)
    qint64 m_hooked = 0; // the same, reset only by a checkpoint that copied all: the WAL then restarts
    qint64 m_written = 0;
    int m_checkpoints = 0;
    qint64 m_checkpointMs = 0;
};

} // namespace nightshift
