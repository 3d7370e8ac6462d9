#include "dispatcher.h"

#include "commandapplier.h"
#include "historyretention.h"

#include "core/duration.h"
#include "core/workflowcommand.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDispatcher, "nightshift.engine.dispatcher")

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::Engine)
};

constexpr int CommandsPerCycle = 50;
constexpr int TimersPerCycle = 500;

QVariantMap parametersFrom(const QString &json)
{
    return json.isEmpty() ? QVariantMap() : QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

} // namespace

QString EngineOptions::defaultNodeName()
{
    const QString host = QHostInfo::localHostName();
    return host.isEmpty() ? u"localhost"_s : host;
}

QStringList EngineOptions::parseAffinities(const QString &text)
{
    QStringList affinities;
    for (const QString &part : text.split(u','))
        if (const QString name = part.trimmed(); !affinities.contains(name))
            affinities << name;
    return affinities.isEmpty() ? QStringList{QString()} : affinities;
}

Dispatcher::Dispatcher(std::shared_ptr<Instance> instance, EngineOptions options, ChangeListener changed)
    : m_instance(std::move(instance)), m_options(std::move(options)), m_changed(std::move(changed))
{
    m_executor = std::make_unique<TaskExecutor>(m_instance->connections(), m_options, m_journal,
                                                [this](TaskOutcome outcome) { finished(std::move(outcome)); });
}

Dispatcher::~Dispatcher()
{
    stop();
}

void Dispatcher::start()
{
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this] { loop(); });
}

void Dispatcher::stop()
{
    if (!m_thread.joinable())
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wakeUp.wakeAll();
    }
    m_thread.join();
    m_executor->waitForDone(int(m_options.shutdownGrace.count()));
}

void Dispatcher::wake()
{
    QMutexLocker lock(&m_mutex);
    m_wakeRequested = true;
    m_wakeUp.wakeAll();
}

int Dispatcher::runningTasks() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_running.size());
}

void Dispatcher::finished(TaskOutcome outcome)
{
    QMutexLocker lock(&m_mutex);
    m_outcomes.append(std::move(outcome));
    m_wakeUp.wakeAll();
}

void Dispatcher::loop()
{
    QElapsedTimer stopping;
    int failures = 0;
    for (;;) {
        bool stopNow = false;
        {
            QMutexLocker lock(&m_mutex);
            if (m_stopping && !stopping.isValid()) {
                stopping.start();
                // Park what can run again elsewhere; let the rest finish within the grace period.
                for (RunningTask &task : m_running)
                    if (task.safeToRerun) {
                        task.parking = true;
                        task.reporting->cancelled = true;
                    }
            }
            stopNow = m_stopping && (m_running.isEmpty() || stopping.elapsed() > m_options.shutdownGrace.count());
        }
        if (stopNow && m_outcomes.isEmpty())
            break;
        auto worked = cycle();
        if (!worked) {
            ++failures;
            qCWarning(lcDispatcher).noquote() << "engine cycle failed:" << worked.error().message;
            m_sql.reset(); // the connection may be gone: prepare everything afresh
            QMutexLocker lock(&m_mutex);
            if (!m_stopping)
                m_wakeUp.wait(&m_mutex, std::min<int>(5000, int(m_options.tick.count()) * failures));
            continue;
        }
        failures = 0;
        QMutexLocker lock(&m_mutex);
        if (*worked || !m_outcomes.isEmpty() || m_wakeRequested) {
            m_wakeRequested = false;
            continue;
        }
        if (!m_stopping)
            m_wakeUp.wait(&m_mutex, int(m_options.tick.count()));
        m_wakeRequested = false;
    }
    markNodeStopped();
}

Result<bool> Dispatcher::cycle()
{
    auto db = m_instance->database();
    if (!db)
        return std::unexpected(db.error());
    if (!m_sql)
        m_sql = std::make_unique<StatementCache>(*db, m_instance->dialect());
    StatementCache &sql = *m_sql;

    QList<TaskOutcome> outcomes;
    bool stopping = false;
    {
        QMutexLocker lock(&m_mutex);
        outcomes = std::exchange(m_outcomes, {});
        stopping = m_stopping;
    }
    QList<JournalEntry> workerLines = m_journal.take();
    const auto giveBack = [&] {
        QMutexLocker lock(&m_mutex);
        outcomes.append(m_outcomes);
        m_outcomes = outcomes;
        m_journal.putBack(workerLines);
    };

    WriteTransaction transaction(*db, m_instance->dialect());
    if (auto begun = transaction.begin(); !begun) {
        giveBack();
        return std::unexpected(begun.error());
    }
    Batch batch(sql, m_definitions, m_options, nowMs());
    WorkflowRuntime runtime(batch);
    bool worked = !outcomes.isEmpty();
    QList<TaskWork> claimed;
    const auto run = [&]() -> Status {
        const bool startup = !m_started;
        if (startup || batch.now - m_lastHeartbeat >= m_options.heartbeat.count())
            if (auto beat = heartbeat(batch, runtime, startup); !beat)
                return beat;
        if (!stopping)
            if (auto applied = applyCommands(batch, runtime, worked); !applied)
                return applied;
        for (const TaskOutcome &outcome : outcomes) {
            auto task = WorkflowRuntime::loadTask(sql, outcome.taskId);
            if (!task)
                return std::unexpected(task.error());
            TaskOutcome recorded = outcome;
            if (auto it = m_running.constFind(outcome.taskId); it != m_running.constEnd())
                recorded.parked = it->parking;
            // A task abandoned by an unconditional stop, or taken over by another node, keeps that fate.
            if (task->state != TaskState::Running || task->node != m_options.nodeName)
                continue;
            if (auto completed = runtime.complete(*task, recorded); !completed)
                return completed;
        }
        if (!stopping)
            if (auto fired = fireTimers(batch, runtime, worked); !fired)
                return fired;
        if (!stopping) {
            auto claims = claim(batch, runtime, m_options.workers - int(m_running.size()));
            if (!claims)
                return std::unexpected(claims.error());
            claimed = std::move(*claims);
        }
        if (auto settled = runtime.settle(); !settled)
            return settled;
        return JournalBuffer::write(sql, batch.takeJournal() + workerLines);
    };
    if (auto done = run(); !done) {
        transaction.rollback();
        giveBack();
        return std::unexpected(done.error());
    }
    if (auto committed = transaction.commit(); !committed) {
        giveBack();
        return std::unexpected(committed.error());
    }
    m_started = true;
    {
        QMutexLocker lock(&m_mutex);
        for (const TaskOutcome &outcome : outcomes)
            m_running.remove(outcome.taskId);
        for (const TaskWork &work : claimed) {
            RunningTask running;
            running.reporting = work.reporting;
            running.workflowId = work.workflowId;
            running.runId = work.runId;
            running.activity = work.activity.name;
            running.startedAt = batch.now;
            running.maxDuration = work.activity.maxDuration;
            running.safeToRerun = safeToRerun(work.activity);
            m_running.insert(work.taskId, running);
        }
    }
    for (TaskWork &work : claimed)
        m_executor->submit(std::move(work));
    propagateCancellations(sql);
    if (m_changed) {
        const QSet<qint64> changed = batch.loadedWorkflows();
        if (!changed.isEmpty())
            m_changed(changed);
    }
    return worked || !claimed.isEmpty();
}

QString Dispatcher::affinityList() const
{
    QStringList marks;
    for (qsizetype i = 0; i < m_options.affinities.size(); ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

QVariantList Dispatcher::affinityValues() const
{
    QVariantList values;
    for (const QString &a : m_options.affinities)
        values << orEmpty(a);
    return values;
}

QString Dispatcher::forUpdate(const QString &of) const
{
    // Several nodes on one PostgreSQL instance: each row is claimed by one of them, none waits for another.
    return m_instance->dialect() == Dialect::Postgres ? u" FOR UPDATE OF %1 SKIP LOCKED"_s.arg(of) : QString();
}

bool Dispatcher::safeToRerun(const Activity &activity) const
{
    switch (activity.type) {
    case ActivityType::Sql:
        return false; // a statement may well insert or update: never run twice behind the operator's back
    case ActivityType::Job: {
        const std::unique_ptr<Job> job = m_options.jobs ? m_options.jobs->create(activity.setting(u"job"_s)) : nullptr;
        return !job || job->safeToRerun();
    }
    default:
        return true;
    }
}

// ---- node liveness, leases, recovery ----------------------------------------------------------------

Status Dispatcher::heartbeat(Batch &batch, WorkflowRuntime &runtime, bool startup)
{
    m_lastHeartbeat = batch.now;
    StatementCache &sql = batch.sql;
    const QString affinities = orEmpty(m_options.affinities.join(u','));
    auto beat = sql.run(u"UPDATE nodes SET heartbeat_at = ?, state = 'running', affinities = ?, pid = ? "
                        "WHERE name = ?"_s,
                        {batch.now, affinities, QCoreApplication::applicationPid(), m_options.nodeName});
    if (!beat)
        return std::unexpected(beat.error());
    if ((*beat)->numRowsAffected() == 0) {
        auto registered = sql.run(u"INSERT INTO nodes (name, affinities, host, pid, started_at, heartbeat_at, state) "
                                  "VALUES (?, ?, ?, ?, ?, ?, 'running')"_s,
                                  {m_options.nodeName, affinities, QHostInfo::localHostName(),
                                   QCoreApplication::applicationPid(), batch.now, batch.now});
        if (!registered)
            return std::unexpected(registered.error());
    } else if (startup) {
        auto restarted = sql.run(u"UPDATE nodes SET started_at = ? WHERE name = ?"_s, {batch.now, m_options.nodeName});
        if (!restarted)
            return std::unexpected(restarted.error());
    }
    auto leases = sql.run(u"UPDATE tasks SET lease_until = ? WHERE node = ? AND state = 'running'"_s,
                          {batch.now + m_options.lease.count(), m_options.nodeName});
    if (!leases)
        return std::unexpected(leases.error());
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        RunningTask &task = *it;
        auto progress = sql.run(u"UPDATE tasks SET progress_done = ?, progress_total = ? WHERE id = ?"_s,
                                {task.reporting->done.load(), task.reporting->total.load(), it.key()});
        if (!progress)
            return std::unexpected(progress.error());
        if (task.maxDuration && !task.warned && batch.now - task.startedAt > qint64(task.maxDuration->count()) * 1000) {
            task.warned = true;
            batch.journal(
                task.workflowId, task.runId, it.key(), JournalLevel::Warning, task.activity,
                Text::tr("still running after its maximum duration of %1").arg(formatDuration(*task.maxDuration)));
            auto warned = sql.run(u"UPDATE tasks SET warned = 1 WHERE id = ?"_s, {it.key()});
            if (!warned)
                return std::unexpected(warned.error());
        }
    }

    if (batch.now - m_lastRetention >= 60'000) {
        m_lastRetention = batch.now;
        if (auto kept = applyRetention(batch); !kept)
            return kept;
    }

    // Tasks left running by this node's previous life, or by a node whose lease ran out.
    const QString select
        = u"SELECT t.id FROM tasks t WHERE t.state = 'running' AND t.affinity IN (%1) AND "_s.arg(affinityList());
    QVariantList values = affinityValues();
    QString sqlText;
    if (startup) {
        sqlText = select + u"(t.node = ? OR t.lease_until < ?)"_s + forUpdate(u"t"_s);
        values << m_options.nodeName << batch.now;
    } else {
        sqlText = select + u"t.lease_until < ?"_s + forUpdate(u"t"_s);
        values << batch.now;
    }
    auto stale = sql.run(sqlText, values);
    if (!stale)
        return std::unexpected(stale.error());
    QList<qint64> ids;
    while ((*stale)->next())
        ids << (*stale)->value(0).toLongLong();
    (*stale)->finish();
    for (qint64 id : ids) {
        if (m_running.contains(id))
            continue;
        auto task = WorkflowRuntime::loadTask(sql, id);
        if (!task)
            return std::unexpected(task.error());
        const QString why = task->node == m_options.nodeName
            ? Text::tr("interrupted: node %1 stopped while it ran").arg(task->node)
            : Text::tr("interrupted: node %1 stopped responding").arg(task->node);
        if (auto recovered = recover(batch, runtime, *task, why); !recovered)
            return recovered;
    }
    return {};
}

Status Dispatcher::applyRetention(Batch &batch)
{
    // "History in days" (0 = keep): ended runs older than that go, with their tasks, events and journal lines
    // (ON DELETE CASCADE), a bounded number per minute so no transaction grows long.
    static const QString expiredRuns = HistoryRetention::expiredRunsSql().arg(500);
    auto runs = batch.sql.run(expiredRuns, {batch.now});
    if (!runs)
        return std::unexpected(runs.error());
    static const QString expiredLines = HistoryRetention::expiredJournalSql().arg(2000);
    auto lines = batch.sql.run(expiredLines, {batch.now});
    if (!lines)
        return std::unexpected(lines.error());
    return {};
}

Status Dispatcher::recover(Batch &batch, WorkflowRuntime &runtime, const TaskRow &task, const QString &why)
{
    auto workflow = batch.workflow(task.workflowId);
    if (!workflow)
        return std::unexpected(workflow.error());
    batch.touchedRuns.insert(task.runId);
    batch.touchedWorkflows.insert(task.workflowId);
    const Activity *activity = (*workflow)->compiled->activity(task.activity);
    if (task.cancelRequested || !activity) {
        auto cancelled = batch.sql.run(u"UPDATE tasks SET state = 'cancelled', ended_at = ?, lease_until = NULL, "
                                       "error = ? WHERE id = ?"_s,
                                       {batch.now, why, task.id});
        if (!cancelled)
            return std::unexpected(cancelled.error());
        return {};
    }
    if (safeToRerun(*activity)) {
        auto again = batch.sql.run(u"UPDATE tasks SET state = 'ready', node = NULL, lease_until = NULL, "
                                   "attempt = attempt + 1 WHERE id = ?"_s,
                                   {task.id});
        if (!again)
            return std::unexpected(again.error());
        batch.journal(task.workflowId, task.runId, task.id, JournalLevel::Warning, task.activity,
                      Text::tr("%1; it runs again (attempt %2)").arg(why).arg(task.attempt + 1));
        return {};
    }
    return runtime.failTask(task,
                            Text::tr("%1; %2 is not safe to run twice, so it was not run again: check what it "
                                     "did, then start the workflow to run it again")
                                .arg(why,
                                     activity->type == ActivityType::Job
                                         ? Text::tr("job %1").arg(activity->setting(u"job"_s))
                                         : Text::tr("SQL activity %1").arg(activity->name)));
}

void Dispatcher::propagateCancellations(StatementCache &sql)
{
    // Stops requested by any node reach this node's running tasks within a tick.
    const qint64 now = nowMs();
    if (m_running.isEmpty() || now - m_lastCancelCheck < m_options.tick.count())
        return;
    m_lastCancelCheck = now;
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        auto flag = sql.scalar(u"SELECT cancel_requested FROM tasks WHERE id = ?"_s, {it.key()}, 1);
        if (flag && flag->toInt() != 0)
            it->reporting->cancelled = true;
    }
}

void Dispatcher::markNodeStopped()
{
    auto db = m_instance->database();
    if (!db)
        return;
    if (auto stopped = execute(*db, u"UPDATE nodes SET state = 'stopped', heartbeat_at = ? WHERE name = ?"_s,
                               {nowMs(), m_options.nodeName});
        !stopped)
        qCWarning(lcDispatcher).noquote() << stopped.error().message;
    m_sql.reset();
}

// ---- commands ---------------------------------------------------------------------------------------

Status Dispatcher::applyCommands(Batch &batch, WorkflowRuntime &runtime, bool &worked)
{
    auto pending = batch.sql.run(u"SELECT c.id, c.workflow_id, c.command, c.parameters, c.requested_by FROM commands c "
                                 "WHERE c.applied_at IS NULL ORDER BY c.id LIMIT %1"_s.arg(CommandsPerCycle)
                                 + forUpdate(u"c"_s));
    if (!pending)
        return std::unexpected(pending.error());
    struct Pending
    {
        qint64 id, workflowId;
        QString command, parameters, by;
    };
    QList<Pending> commands;
    while ((*pending)->next())
        commands.append({(*pending)->value(0).toLongLong(), (*pending)->value(1).toLongLong(),
                         (*pending)->value(2).toString(), (*pending)->value(3).toString(),
                         (*pending)->value(4).toString()});
    (*pending)->finish();
    for (const Pending &c : commands) {
        if (batch.overBudget()) {
            worked = true; // the rest in the next cycle, at once
            break;
        }
        QString error;
        bool deferred = false;
        if (auto applied = CommandApplier(batch, runtime)
                               .apply(c.workflowId, c.command, parametersFrom(c.parameters), c.by, error, deferred);
            !applied)
            return applied;
        if (deferred)
            continue;
        worked = true;
        auto recorded
            = batch.sql.run(u"UPDATE commands SET applied_at = ?, claimed_by = ?, claimed_at = ?, result = ?, "
                            "error = ? WHERE id = ?"_s,
                            {batch.now, m_options.nodeName, batch.now, error.isEmpty() ? u"applied"_s : u"refused"_s,
                             error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(error), c.id});
        if (!recorded)
            return std::unexpected(recorded.error());
    }
    return {};
}

// ---- timers and claims ------------------------------------------------------------------------------

Status Dispatcher::fireTimers(Batch &batch, WorkflowRuntime &runtime, bool &worked)
{
    QVariantList values = affinityValues();
    values << batch.now;
    auto due = batch.sql.run(u"SELECT t.id FROM tasks t JOIN workflows w ON w.id = t.workflow_id "
                             "WHERE t.affinity IN (%1) AND t.state IN ('waiting', 'armed') AND t.wake_at <= ? "
                             "AND w.state = 'started' ORDER BY t.wake_at LIMIT %2"_s.arg(affinityList())
                                     .arg(TimersPerCycle)
                                 + forUpdate(u"t"_s),
                             values);
    if (!due)
        return std::unexpected(due.error());
    QList<qint64> ids;
    while ((*due)->next())
        ids << (*due)->value(0).toLongLong();
    (*due)->finish();
    for (qint64 id : ids) {
        if (batch.overBudget())
            break; // worked is set: the next cycle comes at once
        auto task = WorkflowRuntime::loadTask(batch.sql, id);
        if (!task)
            return std::unexpected(task.error());
        if (auto woken = runtime.wake(*task); !woken)
            return woken;
        worked = true;
    }
    return {};
}

Result<QList<TaskWork>> Dispatcher::claim(Batch &batch, WorkflowRuntime &runtime, int slots)
{
    QList<TaskWork> claimed;
    if (slots <= 0)
        return claimed;
    QVariantList values = affinityValues();
    values << slots;
    auto ready = batch.sql.run(u"SELECT t.id, t.workflow_id, t.run_id, t.activity, t.variables, t.attempt "
                               "FROM tasks t JOIN workflows w ON w.id = t.workflow_id "
                               "WHERE t.affinity IN (%1) AND t.state = 'ready' AND w.state = 'started' "
                               "ORDER BY t.id LIMIT ?"_s.arg(affinityList())
                                   + forUpdate(u"t"_s),
                               values);
    if (!ready)
        return std::unexpected(ready.error());
    struct Row
    {
        qint64 id, workflowId, runId;
        QString activity, vars;
        int attempt;
    };
    QList<Row> rows;
    while ((*ready)->next())
        rows.append({(*ready)->value(0).toLongLong(), (*ready)->value(1).toLongLong(), (*ready)->value(2).toLongLong(),
                     (*ready)->value(3).toString(), (*ready)->value(4).toString(), (*ready)->value(5).toInt()});
    (*ready)->finish();
    for (const Row &row : rows) {
        auto workflow = batch.workflow(row.workflowId);
        if (!workflow)
            return std::unexpected(workflow.error());
        const Activity *activity = (*workflow)->compiled->activity(row.activity);
        if (!activity) {
            TaskRow task;
            task.id = row.id;
            task.workflowId = row.workflowId;
            task.runId = row.runId;
            task.activity = row.activity;
            if (auto failed = runtime.failTask(task, Text::tr("the activity no longer exists in the definition"));
                !failed)
                return std::unexpected(failed.error());
            continue;
        }
        auto simulated = batch.runSimulated(row.runId);
        if (!simulated)
            return std::unexpected(simulated.error());
        auto marked = batch.sql.run(u"UPDATE tasks SET state = 'running', node = ?, lease_until = ?, started_at = ? "
                                    "WHERE id = ?"_s,
                                    {m_options.nodeName, batch.now + m_options.lease.count(), batch.now, row.id});
        if (!marked)
            return std::unexpected(marked.error());
        TaskWork work;
        work.taskId = row.id;
        work.workflowId = row.workflowId;
        work.runId = row.runId;
        work.workflowName = (*workflow)->name;
        work.attempt = row.attempt;
        work.activity = *activity;
        work.vars = fromJson(row.vars);
        work.simulated = *simulated;
        claimed.append(std::move(work));
    }
    return claimed;
}

} // namespace nightshift
