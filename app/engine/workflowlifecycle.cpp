#include "workflowruntime.h"

#include "runtimesupport.h"

#include "core/duration.h"
#include "core/schedulecalculator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// The whole-workflow half of WorkflowRuntime: runs begin and end, starts, resumes, stops, settling a
// transaction's loose ends, and instance variables. Token movement is in workflowruntime.cpp.
namespace nightshift {

using namespace runtime;

namespace {

QString formatMs(qint64 ms)
{
    return ms < 10'000 ? Text::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1)
                       : formatDuration(std::chrono::seconds((ms + 500) / 1000));
}

} // namespace

// ---- runs -------------------------------------------------------------------------------------------

Status WorkflowRuntime::start(WorkflowRow &workflow, const QString &trigger, const QString &operatorLogin,
                              const QVariantMap &parameters, bool simulated, bool keepVariables)
{
    if (keepVariables) {
        if (!parameters.isEmpty()) {
            auto current
                = m_b.sql.run(u"SELECT name, value FROM workflow_variables WHERE workflow_id = ?"_s, {workflow.id});
            if (!current)
                return std::unexpected(current.error());
            QVariantMap merged;
            while ((*current)->next())
                merged.insert((*current)->value(0).toString(), (*current)->value(1));
            (*current)->finish();
            merged.insert(parameters);
            if (auto saved = saveInstanceVariables(workflow.id, merged); !saved)
                return saved;
        }
    } else if (auto reset = resetVariables(workflow, parameters); !reset) {
        return reset;
    }
    workflow.failed = false;
    workflow.consecutiveErrors = 0;
    if (auto cleared = m_b.sql.run(u"UPDATE workflows SET consecutive_errors = 0, pause_notifications = 0, pause_notified_at = NULL WHERE id = ?"_s, {workflow.id});
        !cleared)
        return std::unexpected(cleared.error());
    workflow.state = WorkflowState::Finished; // force the write of state and flag below
    if (auto set = m_b.setState(workflow, WorkflowState::Started); !set)
        return set;
    auto run = createRun(workflow, trigger, {}, operatorLogin, parameters, simulated);
    if (!run)
        return std::unexpected(run.error());
    const QList<const Activity *> entries = workflow.compiled->entryActivities();
    if (entries.isEmpty())
        m_b.journal(workflow.id, *run, 0, JournalLevel::Warning, {},
                    Text::tr("the workflow has no start activity, scheduler or signal: nothing to run"));
    for (const Activity *entry : entries)
        m_queue.append({workflow.id, *run, entry->name, parameters, 0, {}, {}});
    return drain();
}

Result<qint64> WorkflowRuntime::createRun(WorkflowRow &workflow, const QString &trigger, const QString &triggerActivity,
                                          const QString &operatorLogin, const QVariantMap &parameters, bool simulated,
                                          qint64 parentTaskId)
{
    auto run = m_b.sql.insert(
        u"INSERT INTO runs (workflow_id, trigger, trigger_activity, operator, parameters, simulated, node, started_at, "
        "status, definition_version, parent_task_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?)"_s,
        {workflow.id, trigger, textOrNull(triggerActivity), textOrNull(operatorLogin), textOrNull(toJson(parameters)),
         int(simulated), m_b.options.nodeName, m_b.now, workflow.definition().format, idOrNull(parentTaskId)});
    if (!run)
        return run;
    if (auto stamped = m_b.sql.run(u"UPDATE workflows SET last_start_at = ? WHERE id = ?"_s, {m_b.now, workflow.id});
        !stamped)
        return std::unexpected(stamped.error());
    m_b.rememberRun(*run, simulated);
    m_b.touchedRuns.insert(*run);
    m_b.touchedWorkflows.insert(workflow.id);
    QString why = operatorLogin.isEmpty() ? Text::tr("Run %1 started (%2)").arg(*run).arg(trigger)
                                          : Text::tr("Run %1 started (%2 by %3)").arg(*run).arg(trigger, operatorLogin);
    if (simulated)
        why += u' ' + Text::tr("as a simulation: activities with side effects are skipped");
    m_b.journal(workflow.id, *run, 0, JournalLevel::Info, triggerActivity, why);
    return run;
}

Status WorkflowRuntime::endRun(qint64 runId)
{
    auto query = m_b.sql.run(u"SELECT workflow_id, error, trigger_activity, parent_task_id, started_at, status "
                             "FROM runs WHERE id = ?"_s,
                             {runId});
    if (!query)
        return std::unexpected(query.error());
    QSqlQuery &q = **query;
    if (!q.next())
        return {};
    const qint64 workflowId = q.value(0).toLongLong();
    const QString error = q.value(1).toString();
    const QString triggerActivity = q.value(2).toString();
    const qint64 parentTaskId = q.value(3).toLongLong();
    const qint64 startedAt = q.value(4).toLongLong();
    const bool running = q.value(5).toString() == runStatusName(RunStatus::Running);
    q.finish();
    if (!running)
        return {};
    auto rows = m_b.sql.scalar(u"SELECT COALESCE(SUM(rows_processed), 0) FROM tasks WHERE run_id = ?"_s, {runId}, 0);
    if (!rows)
        return std::unexpected(rows.error());
    auto cancelled
        = m_b.sql.scalar(u"SELECT COUNT(*) FROM tasks WHERE run_id = ? AND state = 'cancelled'"_s, {runId}, 0);
    if (!cancelled)
        return std::unexpected(cancelled.error());
    auto owner = m_b.workflow(workflowId);
    if (!owner)
        return std::unexpected(owner.error());
    // A run whose tokens a stop dropped did not succeed, even when its last task did.
    const bool stopping
        = (*owner)->state == WorkflowState::StopRequested || (*owner)->state == WorkflowState::RestartRequested;
    const RunStatus status = !error.isEmpty()  ? RunStatus::Failed
        : (cancelled->toInt() > 0 || stopping) ? RunStatus::Stopped
                                               : RunStatus::Succeeded;
    if (auto ended = m_b.sql.run(u"UPDATE runs SET status = ?, ended_at = ?, rows_processed = ? WHERE id = ?"_s,
                                 {runStatusName(status), m_b.now, rows->toLongLong(), runId});
        !ended)
        return std::unexpected(ended.error());
    const bool succeeded = status == RunStatus::Succeeded;
    if (auto stamped = m_b.sql.run(
            succeeded ? u"UPDATE workflows SET last_end_at = ?, last_status = ?, consecutive_errors = 0 WHERE id = ?"_s
                      : u"UPDATE workflows SET last_end_at = ?, last_status = ? WHERE id = ?"_s,
            {m_b.now, runStatusName(status), workflowId});
        !stamped)
        return std::unexpected(stamped.error());
    m_b.touchedWorkflows.insert(workflowId);
    auto workflow = m_b.workflow(workflowId);
    if (!workflow)
        return std::unexpected(workflow.error());
    if (succeeded)
        (*workflow)->consecutiveErrors = 0;
    const QString took = formatMs(m_b.now - startedAt);
    m_b.journal(workflowId, runId, 0, succeeded ? JournalLevel::Info : JournalLevel::Error, {},
                succeeded ? Text::tr("Run %1 succeeded in %2 (%n rows processed)", nullptr, int(rows->toLongLong()))
                                .arg(runId)
                                .arg(took)
                    : status == RunStatus::Stopped
                    ? Text::tr("Run %1 stopped after %2").arg(runId).arg(took)
                    : Text::tr("Run %1 failed after %2: %3").arg(runId).arg(took, error));
    // A continuous scheduler waits for the run it started, then pauses before the next one.
    if (const Activity *trigger = (*workflow)->compiled->activity(triggerActivity); trigger
        && trigger->type == ActivityType::Scheduler && trigger->schedule
        && trigger->schedule->kind == ScheduleSpec::Kind::Continuous) {
        const qint64 wake = m_b.now + qint64(trigger->schedule->interval.count()) * 1000;
        if (auto armed = m_b.sql.run(
                u"UPDATE tasks SET wake_at = ? WHERE workflow_id = ? AND %1 AND state = 'armed' AND activity = ?"_s.arg(
                    liveTerm),
                {wake, workflowId, triggerActivity});
            !armed)
            return std::unexpected(armed.error());
    }
    if (parentTaskId) {
        auto parent = loadTask(m_b.sql, parentTaskId);
        if (!parent)
            return std::unexpected(parent.error());
        if (parent->state != TaskState::Waiting)
            return {};
        if (!succeeded)
            return failTask(
                *parent, Text::tr("sub-workflow %1, run %2, failed: %3").arg((*workflow)->name).arg(runId).arg(error));
        auto parentWorkflow = m_b.workflow(parent->workflowId);
        if (!parentWorkflow)
            return std::unexpected(parentWorkflow.error());
        const Activity *activity = (*parentWorkflow)->compiled->activity(parent->activity);
        if (auto done = finishTask(parent->id, TaskState::Done, {}, rows->toLongLong()); !done)
            return done;
        if (activity)
            return moveOn(parent->workflowId, parent->runId, parent->id, *activity, parent->vars);
    }
    return {};
}

Status WorkflowRuntime::setRunError(qint64 runId, const QString &error)
{
    if (!runId)
        return {};
    auto set = m_b.sql.run(u"UPDATE runs SET error = ? WHERE id = ? AND error IS NULL"_s, {error, runId});
    if (!set)
        return std::unexpected(set.error());
    m_b.touchedRuns.insert(runId);
    return {};
}

// ---- whole-workflow operations ----------------------------------------------------------------------

Status WorkflowRuntime::resume(WorkflowRow &workflow, const QString &operatorLogin)
{
    auto runs = m_b.sql.run(u"UPDATE runs SET error = NULL WHERE id IN (SELECT run_id FROM tasks WHERE workflow_id = ? "
                            "AND %1 AND state = 'suspended')"_s.arg(liveTerm),
                            {workflow.id});
    if (!runs)
        return std::unexpected(runs.error());
    auto again = m_b.sql.run(u"UPDATE tasks SET state = 'ready', attempt = attempt + 1, error = NULL, node = NULL, "
                             "ended_at = NULL WHERE workflow_id = ? AND %1 AND state = 'suspended'"_s.arg(liveTerm),
                             {workflow.id});
    if (!again)
        return std::unexpected(again.error());
    const int rerun = (*again)->numRowsAffected();
    auto cleared = m_b.sql.run(u"UPDATE workflows SET consecutive_errors = 0, pause_notifications = 0, pause_notified_at = NULL WHERE id = ?"_s, {workflow.id});
    if (!cleared)
        return std::unexpected(cleared.error());
    workflow.failed = false;
    workflow.consecutiveErrors = 0;
    workflow.state = WorkflowState::Paused;
    m_b.journal(workflow.id, 0, 0, JournalLevel::Info, {},
                rerun ? Text::tr("resumed by %1; %n failed activit(y/ies) run again", nullptr, rerun).arg(operatorLogin)
                      : Text::tr("resumed by %1").arg(operatorLogin));
    return m_b.setState(workflow, WorkflowState::Started);
}

Result<int> WorkflowRuntime::cancel(WorkflowRow &workflow, bool unconditional)
{
    // Sub-workflow runs started by this workflow stop with it.
    auto children = m_b.sql.run(u"SELECT child_run_id FROM tasks WHERE workflow_id = ? AND %1 AND state = 'waiting' "
                                "AND child_run_id IS NOT NULL"_s.arg(liveTerm),
                                {workflow.id});
    if (!children)
        return std::unexpected(children.error());
    QList<qint64> childRuns;
    while ((*children)->next())
        childRuns << (*children)->value(0).toLongLong();
    (*children)->finish();
    for (qint64 run : childRuns) {
        for (const QString &sql : {u"UPDATE tasks SET state = 'cancelled', ended_at = ? WHERE run_id = ? "
                                   "AND state IN ('ready', 'waiting', 'suspended')"_s,
                                   u"UPDATE tasks SET cancel_requested = 1 WHERE run_id = ? AND state = 'running' "
                                   "AND ? > 0"_s,
                                   u"UPDATE runs SET status = 'stopped', ended_at = ? WHERE id = ? "
                                   "AND status = 'running'"_s}) {
            auto done = m_b.sql.run(
                sql, sql.contains(u"cancel_requested"_s) ? QVariantList{run, m_b.now} : QVariantList{m_b.now, run});
            if (!done)
                return std::unexpected(done.error());
        }
    }
    // The open runs end (as stopped) once nothing of theirs runs any more.
    auto open = m_b.sql.run(u"SELECT id FROM runs WHERE workflow_id = ? AND status = 'running'"_s, {workflow.id});
    if (!open)
        return std::unexpected(open.error());
    while ((*open)->next())
        m_b.touchedRuns.insert((*open)->value(0).toLongLong());
    (*open)->finish();
    auto cancelled = m_b.sql.run(
        u"UPDATE tasks SET state = 'cancelled', ended_at = ?, lease_until = NULL "
        "WHERE workflow_id = ? AND %1 AND state IN ('ready', 'waiting', 'armed', 'suspended')"_s.arg(liveTerm),
        {m_b.now, workflow.id});
    if (!cancelled)
        return std::unexpected(cancelled.error());
    auto dropped = m_b.sql.run(u"UPDATE events SET consumed_at = ? WHERE consumed_at IS NULL AND run_id IN "
                               "(SELECT id FROM runs WHERE workflow_id = ? AND status = 'running')"_s,
                               {m_b.now, workflow.id});
    if (!dropped)
        return std::unexpected(dropped.error());
    m_b.touchedWorkflows.insert(workflow.id);
    if (unconditional) {
        auto abandoned = m_b.sql.run(
            u"UPDATE tasks SET state = 'cancelled', cancel_requested = 1, ended_at = ?, "
            "lease_until = NULL, error = ? WHERE workflow_id = ? AND %1 AND state = 'running'"_s.arg(liveTerm),
            {m_b.now, Text::tr("abandoned by an unconditional stop"), workflow.id});
        if (!abandoned)
            return std::unexpected(abandoned.error());
        return 0;
    }
    auto asked = m_b.sql.run(
        u"UPDATE tasks SET cancel_requested = 1 WHERE workflow_id = ? AND %1 AND state = 'running'"_s.arg(liveTerm),
        {workflow.id});
    if (!asked)
        return std::unexpected(asked.error());
    return (*asked)->numRowsAffected();
}

Status WorkflowRuntime::finishStop(WorkflowRow &workflow, bool restart, const QString &operatorLogin)
{
    auto runs = m_b.sql.run(u"UPDATE runs SET status = 'stopped', ended_at = ?, error = COALESCE(error, ?) "
                            "WHERE workflow_id = ? AND status = 'running'"_s,
                            {m_b.now, Text::tr("stopped"), workflow.id});
    if (!runs)
        return std::unexpected(runs.error());
    const bool wasRunning = (*runs)->numRowsAffected() > 0;
    auto stamped = m_b.sql.run(u"UPDATE workflows SET last_end_at = ?, last_status = 'stopped', next_run_at = NULL "
                               "WHERE id = ? AND EXISTS (SELECT 1 FROM runs WHERE workflow_id = ? AND ended_at = ? "
                               "AND status = 'stopped')"_s,
                               {m_b.now, workflow.id, workflow.id, m_b.now});
    if (!stamped)
        return std::unexpected(stamped.error());
    if (restart) {
        m_b.journal(workflow.id, 0, 0, JournalLevel::Info, {},
                    wasRunning ? Text::tr("stopped; starting again (restart)") : Text::tr("starting again (restart)"));
        return start(workflow, u"restart"_s, operatorLogin, {}, false, true);
    }
    auto cleared = m_b.sql.run(u"DELETE FROM workflow_variables WHERE workflow_id = ?"_s, {workflow.id});
    if (!cleared)
        return std::unexpected(cleared.error());
    m_b.journal(workflow.id, 0, 0, JournalLevel::Info, {}, Text::tr("stopped"));
    return m_b.setState(workflow, WorkflowState::Finished);
}

Result<int> WorkflowRuntime::liveTasks(const QString &where, qint64 id, const QString &states)
{
    auto count
        = m_b.sql.scalar(u"SELECT COUNT(*) FROM tasks WHERE %1 = ? AND state IN (%2)"_s.arg(where, states), {id}, 0);
    if (!count)
        return std::unexpected(count.error());
    return count->toInt();
}

Status WorkflowRuntime::settle()
{
    for (int round = 0; round < 16 && (!m_b.touchedRuns.isEmpty() || !m_b.touchedWorkflows.isEmpty()); ++round) {
        const QSet<qint64> runs = std::exchange(m_b.touchedRuns, {});
        for (qint64 run : runs) {
            if (!run)
                continue;
            auto live = liveTasks(u"run_id"_s, run, runLiveStates);
            if (!live)
                return std::unexpected(live.error());
            if (*live == 0)
                if (auto ended = endRun(run); !ended)
                    return ended;
        }
        if (!m_b.touchedRuns.isEmpty())
            continue; // runs ended by sub-workflows first
        const QSet<qint64> workflows = std::exchange(m_b.touchedWorkflows, {});
        for (qint64 id : workflows) {
            auto workflow = m_b.workflow(id);
            if (!workflow)
                return std::unexpected(workflow.error());
            WorkflowRow &w = **workflow;
            if (w.state == WorkflowState::StopRequested || w.state == WorkflowState::RestartRequested) {
                auto running = liveTasks(u"workflow_id"_s, id, workflowLiveStates + u") AND state IN ('running'"_s);
                if (!running)
                    return std::unexpected(running.error());
                if (*running == 0)
                    if (auto stopped = finishStop(w, w.state == WorkflowState::RestartRequested, {}); !stopped)
                        return stopped;
            } else if (w.state == WorkflowState::Started) {
                auto live = liveTasks(u"workflow_id"_s, id, workflowLiveStates);
                if (!live)
                    return std::unexpected(live.error());
                auto open = m_b.sql.scalar(u"SELECT COUNT(*) FROM runs WHERE workflow_id = ? AND status = 'running'"_s,
                                           {id}, 0);
                if (!open)
                    return std::unexpected(open.error());
                if (*live == 0 && open->toInt() == 0) {
                    m_b.journal(id, 0, 0, JournalLevel::Info, {}, Text::tr("finished: nothing is left to run"));
                    if (auto finished = m_b.setState(w, WorkflowState::Finished); !finished)
                        return finished;
                }
            }
            auto next = m_b.sql.run(u"UPDATE workflows SET next_run_at = (SELECT MIN(wake_at) FROM tasks "
                                    "WHERE workflow_id = ? AND %1 AND state = 'armed') WHERE id = ?"_s.arg(liveTerm),
                                    {id, id});
            if (!next)
                return std::unexpected(next.error());
        }
    }
    return {};
}

// ---- variables and notifications --------------------------------------------------------------------

Status WorkflowRuntime::resetVariables(WorkflowRow &workflow, const QVariantMap &parameters)
{
    QVariantMap initial;
    for (const Variable &v : workflow.definition().variables)
        initial.insert(v.name, v.value);
    initial.insert(parameters);
    return saveInstanceVariables(workflow.id, initial);
}

Status WorkflowRuntime::saveInstanceVariables(qint64 workflowId, const QVariantMap &variables)
{
    auto cleared = m_b.sql.run(u"DELETE FROM workflow_variables WHERE workflow_id = ?"_s, {workflowId});
    if (!cleared)
        return std::unexpected(cleared.error());
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        auto inserted = m_b.sql.run(u"INSERT INTO workflow_variables (workflow_id, name, value) VALUES (?, ?, ?)"_s,
                                    {workflowId, it.key(), variableToJson(it.value())});
        if (!inserted)
            return std::unexpected(inserted.error());
    }
    return {};
}

Status WorkflowRuntime::notify(const WorkflowRow &workflow, qint64 runId, qint64 taskId, const QString &group,
                               JournalLevel level, const QString &subject, const QString &message)
{
    auto sent = m_b.sql.run(
        u"INSERT INTO notifications (workflow_id, run_id, task_id, group_name, level, subject, "
        "message, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {workflow.id, idOrNull(runId), idOrNull(taskId), group, int(level), subject, orEmpty(message), m_b.now});
    if (!sent)
        return std::unexpected(sent.error());
    return {};
}

Result<std::optional<qint64>> WorkflowRuntime::nextFire(const WorkflowRow &workflow, const Activity &scheduler,
                                                        int firedSoFar, qint64 after)
{
    if (!scheduler.schedule)
        return fail(Text::tr("scheduler %1 of workflow %2 has no schedule").arg(scheduler.name, workflow.name));
    auto calculator = ScheduleCalculator::create(*scheduler.schedule, m_b.options.zones);
    if (!calculator)
        return fail(Text::tr("scheduler %1: %2").arg(scheduler.name, calculator.error().message));
    const auto next = calculator->nextAfter(QDateTime::fromMSecsSinceEpoch(after, QTimeZone::utc()), firedSoFar);
    if (!next)
        return std::optional<qint64>();
    return std::optional<qint64>(next->toMSecsSinceEpoch());
}

} // namespace nightshift
