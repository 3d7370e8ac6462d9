#include "workflowruntime.h"

#include "runtimesupport.h"

#include "core/duration.h"
#include "core/schedulecalculator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nightshift {

using namespace runtime;

namespace {

bool hasSideEffects(ActivityType type)
{
    switch (type) {
    case ActivityType::Alert:
    case ActivityType::JavaScript:
    case ActivityType::Sql:
    case ActivityType::SubWorkflow:
    case ActivityType::Aggregate:
    case ActivityType::Job:
        return true;
    default:
        return false;
    }
}

// Activities that complete the moment a token arrives.
bool isInstant(ActivityType type)
{
    switch (type) {
    case ActivityType::Start:
    case ActivityType::End:
    case ActivityType::Fork:
    case ActivityType::Alert:
        return true;
    default:
        return false;
    }
}

// The next time a clock time ("HH:MM") comes, in the server's zone.
qint64 nextClockTime(int minutes, qint64 now, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now, zone);
    QDateTime at(local.date(), QTime(minutes / 60, minutes % 60), zone);
    if (at.toMSecsSinceEpoch() <= now)
        at = QDateTime(local.date().addDays(1), QTime(minutes / 60, minutes % 60), zone);
    return at.toMSecsSinceEpoch();
}

} // namespace

QString toJson(const QVariantMap &vars)
{
    if (vars.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(vars)).toJson(QJsonDocument::Compact));
}

QString variableToJson(const QVariant &value)
{
    // One JSON value, so that numbers stay numbers and strings stay strings across runs.
    const QByteArray array = QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QVariant variableFromJson(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(u'[' + json.toUtf8() + u']');
    return document.isArray() && !document.array().isEmpty() ? document.array().first().toVariant() : QVariant(json);
}

QVariantMap fromJson(const QString &json)
{
    if (json.isEmpty())
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

bool WorkflowRuntime::needsThread(ActivityType type)
{
    switch (type) {
    case ActivityType::Test:
    case ActivityType::JavaScript:
    case ActivityType::Sql:
    case ActivityType::Aggregate:
    case ActivityType::Job:
        return true;
    default:
        return false;
    }
}

Result<TaskRow> WorkflowRuntime::loadTask(StatementCache &sql, qint64 taskId)
{
    auto query = sql.run(u"SELECT workflow_id, run_id, activity, state, variables, attempt, fire_count, child_run_id, "
                         "cancel_requested, node, wake_at FROM tasks WHERE id = ?"_s,
                         {taskId});
    if (!query)
        return std::unexpected(query.error());
    QSqlQuery &q = **query;
    if (!q.next())
        return fail(Text::tr("task #%1 no longer exists").arg(taskId));
    TaskRow row;
    row.id = taskId;
    row.workflowId = q.value(0).toLongLong();
    row.runId = q.value(1).toLongLong();
    row.activity = q.value(2).toString();
    row.state = taskStateFromName(q.value(3).toString()).value_or(TaskState::Failed);
    row.vars = fromJson(q.value(4).toString());
    row.attempt = q.value(5).toInt();
    row.fireCount = q.value(6).toInt();
    row.childRunId = q.value(7).toLongLong();
    row.cancelRequested = q.value(8).toInt() != 0;
    row.node = q.value(9).toString();
    row.wakeAt = q.value(10).toLongLong();
    q.finish();
    return row;
}

// ---- tokens -----------------------------------------------------------------------------------------

Status WorkflowRuntime::drain()
{
    // A queue, not recursion: a chain of thousands of instant activities must not grow the stack. Calls made
    // while draining (moving a token on queues more tokens) return at once; the outer loop takes them.
    if (m_draining)
        return {};
    m_draining = true;
    Status status;
    while (status && !m_queue.isEmpty())
        status = handle(m_queue.takeFirst());
    m_draining = false;
    if (!status)
        m_queue.clear();
    return status;
}

Status WorkflowRuntime::handle(const Activation &activation)
{
    auto workflow = m_b.workflow(activation.workflowId);
    if (!workflow)
        return std::unexpected(workflow.error());
    WorkflowRow &w = **workflow;
    // A stopped workflow moves no token on.
    if (w.state == WorkflowState::StopRequested || w.state == WorkflowState::Finished
        || w.state == WorkflowState::Edited)
        return {};
    m_b.touchedRuns.insert(activation.runId);
    const Activity *activity = w.compiled->activity(activation.activity);
    if (!activity) {
        const QString error = Text::tr("transition from %1 leads to an unknown activity \"%2\"")
                                  .arg(activation.fromActivity, activation.activity);
        m_b.journal(w.id, activation.runId, activation.sourceTaskId, JournalLevel::Error, activation.fromActivity,
                    error);
        return setRunError(activation.runId, error);
    }
    auto simulated = m_b.runSimulated(activation.runId);
    if (!simulated)
        return std::unexpected(simulated.error());
    if (activity->execution == ExecutionMode::DoNotActivate) {
        auto task = insertTask(activation, *activity, TaskState::Skipped);
        if (!task)
            return std::unexpected(task.error());
        m_b.journal(w.id, activation.runId, *task, JournalLevel::Info, activity->name,
                    Text::tr("not activated (execution: do not activate); the branch ends here"));
        return insertEvent(activation, *task);
    }
    return arrive(w, activation, *activity, *simulated);
}

Status WorkflowRuntime::arrive(WorkflowRow &workflow, const Activation &activation, const Activity &activity,
                               bool simulated)
{
    const auto passThrough = [&](const QString &why) -> Status {
        auto task = insertTask(activation, activity, TaskState::Done);
        if (!task)
            return std::unexpected(task.error());
        if (!why.isEmpty())
            m_b.journal(workflow.id, activation.runId, *task, JournalLevel::Info, activity.name, why);
        if (auto event = insertEvent(activation, *task); !event)
            return event;
        return moveOn(workflow.id, activation.runId, *task, activity, activation.vars);
    };

    if (activity.type == ActivityType::AndJoin) {
        if (auto event = insertEvent(activation, 0); !event)
            return event;
        auto arrived = m_b.sql.run(u"SELECT variables FROM events WHERE run_id = ? AND to_activity = ? "
                                   "AND consumed_at IS NULL"_s,
                                   {activation.runId, activity.name});
        if (!arrived)
            return std::unexpected(arrived.error());
        int count = 0;
        QVariantMap merged;
        while ((*arrived)->next()) {
            ++count;
            merged.insert(fromJson((*arrived)->value(0).toString()));
        }
        (*arrived)->finish();
        if (count < workflow.compiled->incoming.value(activity.name))
            return {};
        Activation joined = activation;
        joined.vars = merged;
        auto task = insertTask(joined, activity, TaskState::Done);
        if (!task)
            return std::unexpected(task.error());
        auto consumed = m_b.sql.run(u"UPDATE events SET consumed_at = ?, consumed_by_task = ? WHERE run_id = ? "
                                    "AND to_activity = ? AND consumed_at IS NULL"_s,
                                    {m_b.now, *task, activation.runId, activity.name});
        if (!consumed)
            return std::unexpected(consumed.error());
        return moveOn(workflow.id, activation.runId, *task, activity, merged);
    }

    if (activity.execution == ExecutionMode::DoNotExecute)
        return passThrough(Text::tr("not executed (execution: activate but do not execute)"));
    if (simulated && hasSideEffects(activity.type))
        return passThrough(Text::tr("simulation: skipped"));
    if (simulated
        && (activity.type == ActivityType::Scheduler || activity.type == ActivityType::Wait
            || activity.type == ActivityType::Signal))
        return passThrough(Text::tr("simulation: passed without waiting"));

    if (isInstant(activity.type)) {
        auto task = insertTask(activation, activity, TaskState::Done);
        if (!task)
            return std::unexpected(task.error());
        if (auto event = insertEvent(activation, *task); !event)
            return event;
        if (activity.type == ActivityType::Alert) {
            const QString group = activity.setting(u"group"_s);
            if (auto sent = notify(workflow, activation.runId, *task, group, JournalLevel::Info,
                                   activity.label.isEmpty() ? activity.name : activity.label, activity.body.trimmed());
                !sent)
                return sent;
            m_b.journal(workflow.id, activation.runId, *task, JournalLevel::Info, activity.name,
                        Text::tr("alert sent to the operator group %1").arg(group));
        }
        return moveOn(workflow.id, activation.runId, *task, activity, activation.vars);
    }

    switch (activity.type) {
    case ActivityType::Wait: {
        qint64 wake = m_b.now;
        if (const auto duration = parseDuration(activity.setting(u"duration"_s)))
            wake += qint64(duration->count()) * 1000;
        else if (const auto clock = parseClockTime(activity.setting(u"until"_s)))
            wake = nextClockTime(*clock, m_b.now, m_b.options.zones.server);
        auto task = insertTask(activation, activity, TaskState::Waiting, wake);
        if (!task)
            return std::unexpected(task.error());
        return insertEvent(activation, *task);
    }
    case ActivityType::Scheduler:
    case ActivityType::Signal: {
        const bool oneShotSignal = activity.type == ActivityType::Signal && activity.settings.contains(u"expiry"_s);
        if (oneShotSignal) {
            const auto expiry = parseDuration(activity.setting(u"expiry"_s)).value_or(std::chrono::seconds(0));
            auto task = insertTask(activation, activity, TaskState::Waiting, m_b.now + qint64(expiry.count()) * 1000);
            if (!task)
                return std::unexpected(task.error());
            return insertEvent(activation, *task);
        }
        // A trigger is armed once per workflow; a second token reaching it changes nothing.
        auto existing = m_b.sql.scalar(
            u"SELECT id FROM tasks WHERE workflow_id = ? AND %1 AND state = 'armed' AND activity = ?"_s.arg(liveTerm),
            {workflow.id, activity.name}, 0);
        if (!existing)
            return std::unexpected(existing.error());
        if (existing->toLongLong())
            return insertEvent(activation, existing->toLongLong());
        qint64 wake = 0;
        if (activity.type == ActivityType::Scheduler) {
            if (activity.schedule && activity.schedule->kind == ScheduleSpec::Kind::Continuous) {
                wake = m_b.now;
            } else {
                auto next = nextFire(workflow, activity, 0, m_b.now);
                if (!next) {
                    m_b.journal(workflow.id, activation.runId, 0, JournalLevel::Error, activity.name,
                                next.error().message);
                    return setRunError(activation.runId, next.error().message);
                }
                if (!*next)
                    return passThrough(Text::tr("the schedule has no future time; the scheduler ends"));
                wake = **next;
            }
        }
        auto task = insertTask(activation, activity, TaskState::Armed, wake);
        if (!task)
            return std::unexpected(task.error());
        return insertEvent(activation, *task);
    }
    case ActivityType::SubWorkflow: {
        auto task = insertTask(activation, activity, TaskState::Waiting);
        if (!task)
            return std::unexpected(task.error());
        if (auto event = insertEvent(activation, *task); !event)
            return event;
        return startChild(workflow, activation, activity, *task);
    }
    default: { // needs a thread: a pool worker claims it
        auto task = insertTask(activation, activity, TaskState::Ready);
        if (!task)
            return std::unexpected(task.error());
        return insertEvent(activation, *task);
    }
    }
}

Result<qint64> WorkflowRuntime::insertTask(const Activation &activation, const Activity &activity, TaskState state,
                                           qint64 wakeAt, int fireCount)
{
    auto workflow = m_b.workflow(activation.workflowId);
    if (!workflow)
        return std::unexpected(workflow.error());
    const bool terminal = isTerminal(state);
    const QString affinity = activity.affinity.isEmpty() ? (*workflow)->properties().affinity : activity.affinity;
    // Armed triggers belong to no run: they outlive the run that armed them, and purging history keeps them.
    const qint64 runId = state == TaskState::Armed ? 0 : activation.runId;
    auto id = m_b.sql.insert(
        u"INSERT INTO tasks (workflow_id, run_id, activity, state, created_at, started_at, ended_at, wake_at, "
        "affinity, variables, fire_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {activation.workflowId, idOrNull(runId), activity.name, taskStateName(state), m_b.now,
         terminal ? QVariant(m_b.now) : nullId(), terminal ? QVariant(m_b.now) : nullId(),
         wakeAt ? QVariant(wakeAt) : nullId(), orEmpty(affinity), textOrNull(toJson(activation.vars)), fireCount});
    if (id && state == TaskState::Armed)
        m_b.touchedWorkflows.insert(activation.workflowId);
    return id;
}

Status WorkflowRuntime::insertEvent(const Activation &activation, qint64 consumedByTask)
{
    if (activation.fromActivity.isEmpty())
        return {}; // an entry activity: no transition led here
    auto inserted = m_b.sql.run(
        u"INSERT INTO events (workflow_id, run_id, source_task_id, from_activity, transition, to_activity, created_at, "
        "consumed_at, consumed_by_task, variables) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {activation.workflowId, idOrNull(activation.runId), idOrNull(activation.sourceTaskId), activation.fromActivity,
         activation.transition, activation.activity, m_b.now, consumedByTask ? QVariant(m_b.now) : nullId(),
         idOrNull(consumedByTask), textOrNull(toJson(activation.vars))});
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

Status WorkflowRuntime::moveOn(qint64 workflowId, qint64 runId, qint64 taskId, const Activity &activity,
                               const QVariantMap &vars, const std::optional<QString> &onlyTransition, bool expiry)
{
    for (const Transition &t : activity.transitions) {
        if (t.onExpiry != expiry || (onlyTransition && t.name != *onlyTransition))
            continue;
        m_queue.append({workflowId, runId, t.target, vars, taskId, activity.name, t.name});
    }
    return drain();
}

Status WorkflowRuntime::fire(const TaskRow &task, const Activity &activity, const QVariantMap &vars,
                             const QString &trigger, const QString &operatorLogin)
{
    auto workflow = m_b.workflow(task.workflowId);
    if (!workflow)
        return std::unexpected(workflow.error());
    WorkflowRow &w = **workflow;
    const int fired = task.fireCount + 1;
    bool skip = false;
    if (activity.type == ActivityType::Scheduler) {
        const int limit = w.properties().concurrency;
        if (limit > 0) {
            auto running = m_b.sql.scalar(u"SELECT COUNT(*) FROM runs WHERE workflow_id = ? AND status = 'running'"_s,
                                          {w.id}, 0);
            if (!running)
                return std::unexpected(running.error());
            if (running->toInt() >= limit) {
                skip = true;
                m_b.journal(w.id, 0, task.id, JournalLevel::Warning, activity.name,
                            Text::tr("scheduled time skipped: %n run(s) still running (concurrency limit)", nullptr,
                                     running->toInt()));
            }
        }
        // Catch-up policy: after downtime or a pause, one run for all the times missed, never a burst.
        if (task.wakeAt && m_b.now - task.wakeAt > 60'000) {
            auto calculator = ScheduleCalculator::create(*activity.schedule, m_b.options.zones);
            const int missed = calculator
                ? calculator->countBetween(QDateTime::fromMSecsSinceEpoch(task.wakeAt, QTimeZone::utc()),
                                           QDateTime::fromMSecsSinceEpoch(m_b.now, QTimeZone::utc()))
                : 0;
            m_b.journal(w.id, 0, task.id, JournalLevel::Warning, activity.name,
                        Text::tr("%n scheduled time(s) passed while the engine was stopped or the workflow paused "
                                 "(first due %1); running once now",
                                 nullptr, std::max(1, missed + 1))
                            .arg(QDateTime::fromMSecsSinceEpoch(task.wakeAt).toString(Qt::ISODate)));
        }
        const bool continuous = activity.schedule && activity.schedule->kind == ScheduleSpec::Kind::Continuous;
        std::optional<qint64> next;
        if (!continuous) {
            auto computed = nextFire(w, activity, fired, std::max(m_b.now, task.wakeAt));
            if (!computed)
                return std::unexpected(computed.error());
            next = *computed;
        }
        const bool ends = !continuous && !next;
        auto rearmed = m_b.sql.run(
            ends ? u"UPDATE tasks SET state = 'done', ended_at = ?, wake_at = NULL, fire_count = ? WHERE id = ?"_s
                 : u"UPDATE tasks SET wake_at = ?, fire_count = ? WHERE id = ?"_s,
            {ends ? QVariant(m_b.now) : (continuous ? (skip ? QVariant(m_b.now + 1000) : nullId()) : QVariant(*next)),
             fired, task.id});
        if (!rearmed)
            return std::unexpected(rearmed.error());
        if (ends)
            m_b.journal(w.id, 0, task.id, JournalLevel::Info, activity.name,
                        Text::tr("the schedule has no further time; the scheduler ends"));
        m_b.touchedWorkflows.insert(w.id);
    } else {
        auto counted = m_b.sql.run(u"UPDATE tasks SET fire_count = ? WHERE id = ?"_s, {fired, task.id});
        if (!counted)
            return std::unexpected(counted.error());
    }
    if (skip)
        return {};
    auto run = createRun(w, trigger, activity.name, operatorLogin, vars, false);
    if (!run)
        return std::unexpected(run.error());
    const Activation tick{w.id, *run, activity.name, vars, 0, {}, {}};
    auto tickTask = insertTask(tick, activity, TaskState::Done);
    if (!tickTask)
        return std::unexpected(tickTask.error());
    return moveOn(w.id, *run, *tickTask, activity, vars);
}

Status WorkflowRuntime::startChild(WorkflowRow &parent, const Activation &activation, const Activity &activity,
                                   qint64 taskId)
{
    const QString childName = activity.setting(u"workflow"_s);
    auto childId = m_b.sql.scalar(u"SELECT id FROM workflows WHERE internal_name = ?"_s, {childName}, 0);
    if (!childId)
        return std::unexpected(childId.error());
    TaskRow task;
    task.id = taskId;
    task.workflowId = parent.id;
    task.runId = activation.runId;
    task.activity = activity.name;
    task.state = TaskState::Waiting;
    task.vars = activation.vars;
    if (!childId->toLongLong())
        return failTask(task, Text::tr("there is no workflow named \"%1\" to run as a sub-workflow").arg(childName));
    if (childId->toLongLong() == parent.id)
        return failTask(task, Text::tr("a workflow cannot run itself as a sub-workflow"));
    auto child = m_b.workflow(childId->toLongLong());
    if (!child)
        return std::unexpected(child.error());
    WorkflowRow &c = **child;
    if (c.state == WorkflowState::StopRequested || c.state == WorkflowState::RestartRequested)
        return failTask(task, Text::tr("sub-workflow %1 is being stopped").arg(childName));
    if (c.state == WorkflowState::Edited || c.state == WorkflowState::Finished
        || c.state == WorkflowState::StartPending) {
        if (auto started = m_b.setState(c, WorkflowState::Started); !started)
            return started;
    }
    auto run = createRun(c, u"subWorkflow"_s, {}, parent.name, activation.vars, false, taskId);
    if (!run)
        return std::unexpected(run.error());
    if (auto linked = m_b.sql.run(u"UPDATE tasks SET child_run_id = ? WHERE id = ?"_s, {*run, taskId}); !linked)
        return std::unexpected(linked.error());
    m_b.journal(parent.id, activation.runId, taskId, JournalLevel::Info, activity.name,
                Text::tr("sub-workflow %1 started (its run %2)").arg(childName).arg(*run));
    for (const Activity *entry : c.compiled->entryActivities())
        if (entry->type == ActivityType::Start)
            m_queue.append({c.id, *run, entry->name, activation.vars, 0, {}, {}});
    return drain();
}

} // namespace nightshift
