#pragma once

#include "cleanupbatches.h"
#include "engine/job.h"

namespace nightshift {

// cleanup (SPEC §6): the database purge of the Delivery package. Runs the steps of purgesteps.h in order
// and stops at the first failure (a bad retention in the purge settings fails its step before it deletes
// anything). Each step deletes in short write transactions (cleanupbatches.h) and journals its rows and
// time. Parameters: batch (rows per transaction; default: adapted to keep each under ~100 ms),
// privacyFolder (where relative privacy data files live). Deletes are idempotent: safe to re-run.
class CleanupJob : public Job
{
public:
    bool safeToRerun() const override { return true; }
    Status run(JobContext &context) override;

    // Figures of the last run, for the benchmark.
    qint64 longestTransactionMs() const { return m_longestMs; }
    qint64 longestTransactionRows() const { return m_longestRows; }
    qint64 transactionsOver250Ms() const { return m_over250Ms; } // the limit on a write-lock hold
    qint64 transactions() const { return m_transactions; }
    int checkpoints() const { return m_checkpoints; } // WAL checkpoints between transactions (SQLite)
    qint64 checkpointMs() const { return m_checkpointMs; }
    qint64 walFrames() const { return m_walFrames; } // pages written to the WAL (SQLite)
    qint64 keyOrderBatches() const { return m_keyBatches; } // the delivery-log purge's, by order (SQLite)
    qint64 timeOrderBatches() const { return m_timeBatches; }
    const QList<CleanupBatches::Held> &slowestTransactions() const { return m_slowest; } // the five longest

private:
    qint64 m_longestMs = 0;
    qint64 m_longestRows = 0;
    qint64 m_over250Ms = 0;
    qint64 m_transactions = 0;
    int m_checkpoints = 0;
    qint64 m_checkpointMs = 0;
    qint64 m_walFrames = 0;
    qint64 m_keyBatches = 0;
    qint64 m_timeBatches = 0;
    QList<CleanupBatches::Held> m_slowest;
};

} // namespace nightshift
