#include "workflowruntime.h"

#include "runtimesupport.h"

#include "core/duration.h"

using namespace Qt::StringLiterals;

// The task-result half of WorkflowRuntime: a worker's outcome recorded, failures through the activity's and
// the workflow's error policies, timers coming due, events delivered to signals.
namespace nightshift {

using namespace runtime;

// ---- task results -----------------------------------------------------------------------------------

Status WorkflowRuntime::finishTask(qint64 taskId, TaskState state, const QString &error, qint64 rows)
{
    auto done = m_b.sql.run(u"UPDATE tasks SET state = ?, ended_at = ?, error = ?, lease_until = NULL, "
                            "rows_processed = rows_processed + ? WHERE id = ?"_s,
                            {taskStateName(state), m_b.now, textOrNull(error), rows, taskId});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Status WorkflowRuntime::complete(const TaskRow &task, const TaskOutcome &outcome)
{
    auto workflow = m_b.workflow(task.workflowId);
    if (!workflow)
        return std::unexpected(workflow.error());
    WorkflowRow &w = **workflow;
    m_b.touchedRuns.insert(task.runId);
    m_b.touchedWorkflows.insert(w.id);
    if (outcome.instanceVariables)
        if (auto saved = saveInstanceVariables(w.id, *outcome.instanceVariables); !saved)
            return saved;
    if (outcome.kind == TaskOutcome::Kind::Cancelled) {
        if (outcome.parked && !task.cancelRequested) {
            auto parked = m_b.sql.run(u"UPDATE tasks SET state = 'ready', node = NULL, lease_until = NULL, "
                                      "rows_processed = rows_processed + ? WHERE id = ?"_s,
                                      {outcome.rows, task.id});
            if (!parked)
                return std::unexpected(parked.error());
            m_b.journal(
                w.id, task.runId, task.id, JournalLevel::Info, task.activity,
                Text::tr("parked: node %1 is shutting down; it runs again on the next node").arg(m_b.options.nodeName));
            return {};
        }
        m_b.journal(w.id, task.runId, task.id, JournalLevel::Warning, task.activity, Text::tr("cancelled"));
        return finishTask(task.id, TaskState::Cancelled, outcome.error, outcome.rows);
    }
    if (outcome.kind == TaskOutcome::Kind::Failed) {
        if (outcome.rows)
            if (auto counted = m_b.sql.run(u"UPDATE tasks SET rows_processed = rows_processed + ? WHERE id = ?"_s,
                                           {outcome.rows, task.id});
                !counted)
                return std::unexpected(counted.error());
        return failTask(task, outcome.error);
    }
    if (auto done = finishTask(task.id, TaskState::Done, {}, outcome.rows); !done)
        return done;
    if (w.state == WorkflowState::StopRequested || w.state == WorkflowState::RestartRequested)
        return {};
    const Activity *activity = w.compiled->activity(task.activity);
    if (!activity)
        return {};
    return moveOn(w.id, task.runId, task.id, *activity, outcome.vars, outcome.transition);
}

Status WorkflowRuntime::failTask(const TaskRow &task, const QString &error)
{
    auto workflow = m_b.workflow(task.workflowId);
    if (!workflow)
        return std::unexpected(workflow.error());
    WorkflowRow &w = **workflow;
    m_b.touchedRuns.insert(task.runId);
    m_b.touchedWorkflows.insert(w.id);
    const Activity *activity = w.compiled->activity(task.activity);
    const ErrorPolicy policy = activity ? activity->onError : ErrorPolicy::Suspend;
    m_b.journal(w.id, task.runId, task.id, JournalLevel::Error, task.activity, error);

    if (policy == ErrorPolicy::Ignore && activity) {
        if (auto done = finishTask(task.id, TaskState::Done, error); !done)
            return done;
        m_b.journal(w.id, task.runId, task.id, JournalLevel::Warning, task.activity,
                    Text::tr("error ignored (on error: ignore); the workflow goes on"));
        return moveOn(w.id, task.runId, task.id, *activity, task.vars);
    }
    if (auto runError = setRunError(task.runId, error); !runError)
        return runError;
    const QString subject = Text::tr("Workflow %1 failed in %2").arg(w.name, task.activity);
    if (policy == ErrorPolicy::Abort) {
        if (auto failed = finishTask(task.id, TaskState::Failed, error); !failed)
            return failed;
        w.failed = true;
        if (auto sent
            = notify(w, task.runId, task.id, w.properties().supervisorGroup, JournalLevel::Error, subject, error);
            !sent)
            return sent;
        m_b.journal(w.id, task.runId, task.id, JournalLevel::Error, task.activity,
                    Text::tr("the workflow stops (on error: abort)"));
        auto left = cancel(w, false);
        if (!left)
            return std::unexpected(left.error());
        return *left == 0 ? finishStop(w, false, {}) : m_b.setState(w, WorkflowState::StopRequested);
    }

    const WorkflowProperties &properties = w.properties();
    w.consecutiveErrors += 1;
    if (auto counted
        = m_b.sql.run(u"UPDATE workflows SET consecutive_errors = ? WHERE id = ?"_s, {w.consecutiveErrors, w.id});
        !counted)
        return std::unexpected(counted.error());
    if (properties.errorManagement == ErrorManagement::Ignore
        && (properties.consecutiveErrors == 0 || w.consecutiveErrors < properties.consecutiveErrors)) {
        m_b.journal(w.id, task.runId, task.id, JournalLevel::Warning, task.activity,
                    properties.consecutiveErrors == 0
                        ? Text::tr("error tolerated (error management: ignore)")
                        : Text::tr("error %1 in a row tolerated; the workflow pauses at %2")
                              .arg(w.consecutiveErrors)
                              .arg(properties.consecutiveErrors));
        return finishTask(task.id, TaskState::Failed, error);
    }
    if (auto sent = notify(w, task.runId, task.id, properties.supervisorGroup, JournalLevel::Error, subject, error);
        !sent)
        return sent;
    if (properties.watchdog) {
        const qint64 backoff = std::min<qint64>(3600, qint64(60) << std::min(task.attempt - 1, 6));
        auto retry = m_b.sql.run(u"UPDATE tasks SET state = 'waiting', wake_at = ?, error = ?, node = NULL, "
                                 "lease_until = NULL WHERE id = ?"_s,
                                 {m_b.now + backoff * 1000, error, task.id});
        if (!retry)
            return std::unexpected(retry.error());
        m_b.journal(w.id, task.runId, task.id, JournalLevel::Warning, task.activity,
                    Text::tr("watchdog: %1 runs again in %2 (attempt %3)")
                        .arg(task.activity, formatDuration(std::chrono::seconds(backoff)))
                        .arg(task.attempt + 1));
        return {};
    }
    auto suspended = m_b.sql.run(u"UPDATE tasks SET state = 'suspended', ended_at = ?, error = ?, lease_until = NULL "
                                 "WHERE id = ?"_s,
                                 {m_b.now, error, task.id});
    if (!suspended)
        return std::unexpected(suspended.error());
    w.failed = true;
    m_b.journal(w.id, task.runId, task.id, JournalLevel::Error, task.activity,
                Text::tr("the workflow is paused after this error; fix the cause, then start it to run %1 again")
                    .arg(task.activity));
    if (w.state == WorkflowState::Started || w.state == WorkflowState::PauseRequested) {
        w.state = WorkflowState::Started; // so that the flag is written with the new state
        return m_b.setState(w, WorkflowState::Paused);
    }
    auto flagged = m_b.sql.run(u"UPDATE workflows SET failed = 1 WHERE id = ?"_s, {w.id});
    if (!flagged)
        return std::unexpected(flagged.error());
    return {};
}

Status WorkflowRuntime::wake(const TaskRow &task)
{
    auto workflow = m_b.workflow(task.workflowId);
    if (!workflow)
        return std::unexpected(workflow.error());
    const Activity *activity = (*workflow)->compiled->activity(task.activity);
    if (!activity)
        return finishTask(task.id, TaskState::Failed, Text::tr("the activity no longer exists"));
    m_b.touchedRuns.insert(task.runId);
    switch (activity->type) {
    case ActivityType::Wait:
        if (auto done = finishTask(task.id, TaskState::Done); !done)
            return done;
        return moveOn(task.workflowId, task.runId, task.id, *activity, task.vars);
    case ActivityType::Signal:
        if (task.state == TaskState::Armed)
            return {};
        if (auto done = finishTask(task.id, TaskState::Done); !done)
            return done;
        m_b.journal(task.workflowId, task.runId, task.id, JournalLevel::Warning, task.activity,
                    Text::tr("no event arrived before the expiry"));
        return moveOn(task.workflowId, task.runId, task.id, *activity, task.vars, std::nullopt, true);
    case ActivityType::Scheduler:
        return fire(task, *activity, {}, u"schedule"_s, {});
    default: { // a watchdog retry: the activity runs again
        auto ready = m_b.sql.run(
            u"UPDATE tasks SET state = 'ready', wake_at = NULL, attempt = attempt + 1, error = NULL WHERE id = ?"_s,
            {task.id});
        if (!ready)
            return std::unexpected(ready.error());
        return {};
    }
    }
}

Result<bool> WorkflowRuntime::postEvent(WorkflowRow &workflow, const QString &signal, const QVariantMap &vars,
                                        const QString &operatorLogin)
{
    auto waiting
        = m_b.sql.scalar(u"SELECT id FROM tasks WHERE workflow_id = ? AND %1 AND state IN ('waiting', 'armed') "
                         "AND activity = ? ORDER BY id"_s.arg(liveTerm),
                         {workflow.id, signal}, 0);
    if (!waiting)
        return std::unexpected(waiting.error());
    if (!waiting->toLongLong())
        return false;
    auto task = loadTask(m_b.sql, waiting->toLongLong());
    if (!task)
        return std::unexpected(task.error());
    const Activity *activity = workflow.compiled->activity(signal);
    if (!activity)
        return false;
    if (task->state == TaskState::Armed) {
        if (auto fired = fire(*task, *activity, vars, u"signal"_s, operatorLogin); !fired)
            return std::unexpected(fired.error());
        return true;
    }
    if (auto done = finishTask(task->id, TaskState::Done); !done)
        return std::unexpected(done.error());
    m_b.journal(workflow.id, task->runId, task->id, JournalLevel::Info, signal,
                Text::tr("event received from %1").arg(operatorLogin));
    QVariantMap merged = task->vars;
    merged.insert(vars);
    m_b.touchedRuns.insert(task->runId);
    if (auto moved = moveOn(workflow.id, task->runId, task->id, *activity, merged); !moved)
        return std::unexpected(moved.error());
    return true;
}

} // namespace nightshift
