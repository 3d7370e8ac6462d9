#pragma once

#include "batch.h"
#include "taskexecutor.h"
#include "workflowruntime.h"

#include "store/instance.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QWaitCondition>

#include <memory>
#include <thread>

namespace nightshift {

// The engine's one dispatcher thread. Each cycle is one transaction: apply queued commands, record the
// outcomes of finished tasks (moving their tokens on), fire due timers, end idle runs, write the
// journal, and claim ready tasks for the worker pool. Batching all of that per transaction is what lets
// the engine keep up with thousands of activities a second on SQLite.
class Dispatcher
{
public:
    using ChangeListener = std::function<void(const QSet<qint64> &workflowIds)>;

    Dispatcher(std::shared_ptr<Instance> instance, EngineOptions options, ChangeListener changed);
    ~Dispatcher();
    Dispatcher(const Dispatcher &) = delete;
    Dispatcher &operator=(const Dispatcher &) = delete;

    void start();
    // Parks running tasks that are safe to run again, waits (up to the shutdown grace) for the others,
    // marks the node stopped and ends the thread.
    void stop();
    void wake();

    int runningTasks() const;

private:
    struct RunningTask
    {
        std::shared_ptr<JobContext::Reporting> reporting;
        qint64 workflowId = 0;
        qint64 runId = 0;
        QString activity;
        qint64 startedAt = 0;
        std::optional<std::chrono::seconds> maxDuration;
        bool safeToRerun = true;
        bool warned = false;
        bool parking = false;
    };

    void loop();
    Result<bool> cycle(); // true when there was work: loop again at once
    Status heartbeat(Batch &batch, WorkflowRuntime &runtime, bool startup);
    Status recover(Batch &batch, WorkflowRuntime &runtime, const TaskRow &task, const QString &why);
    Status applyRetention(Batch &batch);
    Status applyCommands(Batch &batch, WorkflowRuntime &runtime, bool &worked);
    Status fireTimers(Batch &batch, WorkflowRuntime &runtime, bool &worked);
    Result<QList<TaskWork>> claim(Batch &batch, WorkflowRuntime &runtime, int slots);
    void propagateCancellations(StatementCache &sql);
    void finished(TaskOutcome outcome);
    bool safeToRerun(const Activity &activity) const;
    QString affinityList() const; // "?, ?" for the IN clauses
    QVariantList affinityValues() const;
    QString forUpdate(const QString &of) const;
    void markNodeStopped();

    std::shared_ptr<Instance> m_instance;
    const EngineOptions m_options;
    ChangeListener m_changed;
    JournalBuffer m_journal;
    DefinitionCache m_definitions;
    std::unique_ptr<StatementCache> m_sql;
    std::unique_ptr<TaskExecutor> m_executor;
    std::thread m_thread;

    mutable QMutex m_mutex; // guards what workers and other threads touch: outcomes, flags
    QWaitCondition m_wakeUp;
    QList<TaskOutcome> m_outcomes;
    bool m_wakeRequested = false;
    bool m_stopping = false;

    QHash<qint64, RunningTask> m_running; // dispatcher thread only (except the size, under m_mutex)
    qint64 m_lastHeartbeat = 0;
    qint64 m_lastCancelCheck = 0;
    qint64 m_lastRetention = 0;
    bool m_started = false;
};

} // namespace nightshift
