#pragma once

#include "engineoptions.h"
#include "journalbuffer.h"
#include "taskwork.h"

#include <QThreadPool>

#include <functional>

namespace nightshift {

class ConnectionPool;

// Runs the activities that need a thread (test, JavaScript, SQL, job, aggregate) on a QThreadPool, each
// worker with its own database connection, and hands every outcome to `finished` (called on the worker).
class TaskExecutor
{
public:
    using Finished = std::function<void(TaskOutcome)>;

    TaskExecutor(ConnectionPool &connections, const EngineOptions &options, JournalBuffer &journal, Finished finished);
    ~TaskExecutor();

    void submit(TaskWork work);
    bool waitForDone(int msecs) { return m_pool.waitForDone(msecs); }

    // Runs one task on the calling thread (what a worker does); public for tests.
    TaskOutcome run(const TaskWork &work);

private:
    TaskOutcome runTest(const TaskWork &work, const QVariantMap &instance);
    TaskOutcome runScript(const TaskWork &work, const QVariantMap &instance);
    TaskOutcome runSql(const TaskWork &work);
    TaskOutcome runJob(const TaskWork &work, const QString &jobName);
    Result<QVariantMap> instanceVariables(qint64 workflowId);
    void journal(const TaskWork &work, JournalLevel level, const QString &message);

    ConnectionPool &m_connections;
    const EngineOptions &m_options;
    JournalBuffer &m_journal;
    Finished m_finished;
    QThreadPool m_pool;
};

} // namespace nightshift
