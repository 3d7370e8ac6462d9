#pragma once

#include "sqlsupport.h"

namespace nightshift {

// SQLite checkpoints its WAL inside the COMMIT that takes it past 1,000 pages, so that commit returns long
// after the write lock was released and a batched job cannot tell its lock hold from housekeeping. While a
// ManualCheckpoints lives, the connection does not checkpoint by itself; the job calls afterCommit() between
// its transactions (a PASSIVE checkpoint: it takes no write lock and waits for no reader), and the pages still
// reach the database file at the same rate. Nothing on PostgreSQL.
class ManualCheckpoints
{
public:
    // cacheKiB: the page cache the connection gets meanwhile (SQLite's default is 2 MB): a purge's batches
    // touch pages all over the table's indexes, and once they outgrow the cache each row costs a read.
    ManualCheckpoints(QSqlDatabase db, Dialect dialect, int cacheKiB = 0);
    ~ManualCheckpoints(); // restores the connection's automatic checkpoints, then checkpoints what is left
    ManualCheckpoints(const ManualCheckpoints &) = delete;
    ManualCheckpoints &operator=(const ManualCheckpoints &) = delete;

    void afterCommit();

private:
    QSqlDatabase m_db;
    int m_restoreTo = 0; // the connection's wal_autocheckpoint before; 0 = nothing to do
    QVariant m_cacheBefore; // the connection's cache_size before, when changed
};

} // namespace nightshift
