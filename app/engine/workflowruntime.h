#pragma once

#include "batch.h"
#include "taskwork.h"

namespace nightshift {

// A token arriving at an activity through a transition (or at an entry activity when a run begins).
struct Activation
{
    qint64 workflowId = 0;
    qint64 runId = 0;
    QString activity;
    QVariantMap vars;
    qint64 sourceTaskId = 0;
    QString fromActivity;
    QString transition;
};

// A task row as the runtime needs it.
struct TaskRow
{
    qint64 id = 0;
    qint64 workflowId = 0;
    qint64 runId = 0;
    QString activity;
    TaskState state = TaskState::Ready;
    QVariantMap vars;
    int attempt = 1;
    int fireCount = 0;
    qint64 childRunId = 0;
    bool cancelRequested = false;
    QString node;
    qint64 wakeAt = 0;
};

// The semantics of SPEC §4 inside one transaction: runs begin and end, tokens move along transitions,
// activities that need no thread (start, end, fork, join, alert, wait, scheduler, signal, sub-workflow)
// complete or arm at once, the others become ready tasks for the pool; failures follow the activity's and
// the workflow's error policies.
class WorkflowRuntime
{
public:
    explicit WorkflowRuntime(Batch &batch) : m_b(batch) { }

    // A new run from the entry activities; instance variables are reset unless `keepVariables`.
    Status start(WorkflowRow &workflow, const QString &trigger, const QString &operatorLogin,
                 const QVariantMap &parameters, bool simulated, bool keepVariables);
    // Start on a paused workflow: suspended tasks run again; nothing else is reset.
    Status resume(WorkflowRow &workflow, const QString &operatorLogin);
    // Cancels what is not running and asks running tasks to stop. Returns how many still run; with
    // `unconditional`, running tasks are abandoned too and none is left.
    Result<int> cancel(WorkflowRow &workflow, bool unconditional);
    // After a stop: runs closed as stopped, the workflow finished (or started again for a restart).
    Status finishStop(WorkflowRow &workflow, bool restart, const QString &operatorLogin);

    Status complete(const TaskRow &task, const TaskOutcome &outcome);
    Status failTask(const TaskRow &task, const QString &error);
    Status wake(const TaskRow &task); // its wake_at has come
    // Delivers an event to the signal activity `signal`; false when nothing waits for it now.
    Result<bool> postEvent(WorkflowRow &workflow, const QString &signal, const QVariantMap &vars,
                           const QString &operatorLogin);

    // Ends runs left with no live task, finishes workflows left with nothing to do, updates next runs.
    Status settle();

    static Result<TaskRow> loadTask(StatementCache &sql, qint64 taskId);
    static bool needsThread(ActivityType type);

private:
    Status drain();
    Status handle(const Activation &activation);
    Status arrive(WorkflowRow &workflow, const Activation &activation, const Activity &activity, bool simulated);
    Result<qint64> insertTask(const Activation &activation, const Activity &activity, TaskState state,
                              qint64 wakeAt = 0, int fireCount = 0);
    Status insertEvent(const Activation &activation, qint64 consumedByTask);
    Status moveOn(qint64 workflowId, qint64 runId, qint64 taskId, const Activity &activity, const QVariantMap &vars,
                  const std::optional<QString> &onlyTransition = std::nullopt, bool expiry = false);
    Result<qint64> createRun(WorkflowRow &workflow, const QString &trigger, const QString &triggerActivity,
                             const QString &operatorLogin, const QVariantMap &parameters, bool simulated,
                             qint64 parentTaskId = 0);
    Status fire(const TaskRow &task, const Activity &activity, const QVariantMap &vars, const QString &trigger,
                const QString &operatorLogin);
    Status startChild(WorkflowRow &parent, const Activation &activation, const Activity &activity, qint64 taskId);
    Status endRun(qint64 runId);
    Status finishTask(qint64 taskId, TaskState state, const QString &error = {}, qint64 rows = 0);
    Status setRunError(qint64 runId, const QString &error);
    Status resetVariables(WorkflowRow &workflow, const QVariantMap &parameters);
    Status saveInstanceVariables(qint64 workflowId, const QVariantMap &variables);
    Status notify(const WorkflowRow &workflow, qint64 runId, qint64 taskId, const QString &group, JournalLevel level,
                  const QString &subject, const QString &message);
    Result<std::optional<qint64>> nextFire(const WorkflowRow &workflow, const Activity &scheduler, int firedSoFar,
                                           qint64 after);
    Result<int> liveTasks(const QString &where, qint64 id, const QString &states);

    Batch &m_b;
    QList<Activation> m_queue;
    bool m_draining = false;
};

QString toJson(const QVariantMap &vars); // null for an empty map
QVariantMap fromJson(const QString &json);
// Instance variables are stored as one JSON value each.
QString variableToJson(const QVariant &value);
QVariant variableFromJson(const QString &json);

} // namespace nightshift
