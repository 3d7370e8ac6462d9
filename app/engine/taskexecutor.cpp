#include "taskexecutor.h"

#include "scriptsandbox.h"
#include "workflowruntime.h"

#include "core/duration.h"
#include "store/connectionpool.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <exception>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcExecutor, "nightshift.engine.executor")

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::Engine)
};

TaskOutcome failed(const TaskWork &work, QString error)
{
    TaskOutcome outcome;
    outcome.taskId = work.taskId;
    outcome.kind = work.reporting->cancelled.load() ? TaskOutcome::Kind::Cancelled : TaskOutcome::Kind::Failed;
    outcome.error = std::move(error);
    outcome.vars = work.vars;
    outcome.rows = work.reporting->rows.load();
    return outcome;
}

TaskOutcome succeeded(const TaskWork &work, QVariantMap vars)
{
    TaskOutcome outcome;
    outcome.taskId = work.taskId;
    outcome.vars = std::move(vars);
    outcome.rows = work.reporting->rows.load();
    return outcome;
}

// One sandbox per pool thread: a QJSEngine belongs to the thread that made it, and making one costs more
// than running a small script.
ScriptSandbox &threadSandbox()
{
    thread_local ScriptSandbox sandbox;
    return sandbox;
}

} // namespace

TaskExecutor::TaskExecutor(ConnectionPool &connections, const EngineOptions &options, JournalBuffer &journal,
                           Finished finished)
    : m_connections(connections), m_options(options), m_journal(journal), m_finished(std::move(finished))
{
    m_pool.setMaxThreadCount(std::max(1, options.workers));
    m_pool.setExpiryTimeout(-1); // keep workers and their connections for the engine's lifetime
}

TaskExecutor::~TaskExecutor()
{
    m_pool.waitForDone();
}

void TaskExecutor::submit(TaskWork work)
{
    m_pool.start([this, work = std::move(work)] { m_finished(run(work)); });
}

TaskOutcome TaskExecutor::run(const TaskWork &work)
{
    // No exception may leave a worker: it becomes the task's error.
    try {
        if (work.reporting->cancelled.load())
            return failed(work, Text::tr("cancelled before it started"));
        switch (work.activity.type) {
        case ActivityType::Test:
        case ActivityType::JavaScript: {
            auto instance = instanceVariables(work.workflowId);
            if (!instance)
                return failed(work, instance.error().message);
            return work.activity.type == ActivityType::Test ? runTest(work, *instance) : runScript(work, *instance);
        }
        case ActivityType::Sql:
            return runSql(work);
        case ActivityType::Job:
            return runJob(work, work.activity.setting(u"job"_s));
        case ActivityType::Aggregate:
            return runJob(work, u"aggregate:"_s + work.activity.setting(u"cube"_s));
        default:
            return failed(work,
                          Text::tr("activity type %1 does not run on a worker")
                              .arg(ActivityTypeInfo::of(work.activity.type).element));
        }
    } catch (const std::exception &e) {
        qCWarning(lcExecutor) << "task" << work.taskId << "threw" << e.what();
        return failed(work, Text::tr("internal error: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        return failed(work, Text::tr("internal error: unknown exception"));
    }
}

Result<QVariantMap> TaskExecutor::instanceVariables(qint64 workflowId)
{
    auto db = m_connections.database();
    if (!db)
        return std::unexpected(db.error());
    auto query = execute(*db, u"SELECT name, value FROM workflow_variables WHERE workflow_id = ?"_s, {workflowId});
    if (!query)
        return std::unexpected(query.error());
    QVariantMap variables;
    while (query->next())
        variables.insert(query->value(0).toString(), variableFromJson(query->value(1).toString()));
    return variables;
}

TaskOutcome TaskExecutor::runTest(const TaskWork &work, const QVariantMap &instance)
{
    const ScriptScope scope{instance, {}, work.vars};
    const Transition *fallback = nullptr;
    for (const Transition &t : work.activity.transitions) {
        if (t.isDefault) {
            fallback = &t;
            continue;
        }
        auto holds
            = threadSandbox().condition(t.condition, scope, std::chrono::seconds(10), &work.reporting->cancelled);
        if (!holds)
            return failed(
                work, Text::tr("condition of transition %1 (%2): %3").arg(t.name, t.condition, holds.error().message));
        if (*holds) {
            TaskOutcome outcome = succeeded(work, work.vars);
            outcome.transition = t.name;
            return outcome;
        }
    }
    if (!fallback)
        return failed(work, Text::tr("no condition holds and the test has no default transition"));
    TaskOutcome outcome = succeeded(work, work.vars);
    outcome.transition = fallback->name;
    return outcome;
}

TaskOutcome TaskExecutor::runScript(const TaskWork &work, const QVariantMap &instance)
{
    const auto limit = parseDuration(work.activity.setting(u"timeout"_s)).value_or(std::chrono::hours(1));
    auto result = threadSandbox().run(work.activity.body, ScriptScope{instance, work.vars, work.vars},
                                      std::chrono::duration_cast<std::chrono::milliseconds>(limit),
                                      &work.reporting->cancelled, work.workflowName + u'/' + work.activity.name);
    if (!result)
        return failed(work, result.error().message);
    for (const ScriptLogLine &line : result->log)
        journal(work, line.level, line.message);
    TaskOutcome outcome = succeeded(work, result->scope.vars);
    if (result->scope.instance != instance)
        outcome.instanceVariables = result->scope.instance;
    return outcome;
}

TaskOutcome TaskExecutor::runSql(const TaskWork &work)
{
    auto db = m_connections.database();
    if (!db)
        return failed(work, db.error().message);
    WriteTransaction transaction(*db, m_connections.dialect());
    if (auto begun = transaction.begin(); !begun)
        return failed(work, begun.error().message);
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    if (!query.prepare(work.activity.body))
        return failed(work, Text::tr("SQL error: %1").arg(query.lastError().text()));
    for (const Parameter &p : work.activity.parameters)
        query.bindValue(u':' + p.name, p.value);
    if (!query.exec())
        return failed(work, Text::tr("SQL error: %1").arg(query.lastError().text()));
    QVariantMap vars = work.vars;
    qint64 rows = 0;
    if (query.isSelect()) {
        // The first row's named columns become variables, for the activities that follow.
        while (query.next()) {
            if (rows == 0) {
                const QSqlRecord record = query.record();
                for (int i = 0; i < record.count(); ++i)
                    vars.insert(record.fieldName(i), query.value(i));
            }
            ++rows;
        }
    } else {
        rows = std::max(0, query.numRowsAffected());
    }
    vars.insert(u"rowCount"_s, rows);
    query.finish();
    if (auto committed = transaction.commit(); !committed)
        return failed(work, committed.error().message);
    work.reporting->rows.fetch_add(rows);
    return succeeded(work, vars);
}

TaskOutcome TaskExecutor::runJob(const TaskWork &work, const QString &jobName)
{
    std::unique_ptr<Job> job = m_options.jobs ? m_options.jobs->create(jobName) : nullptr;
    if (!job) {
        if (work.activity.type == ActivityType::Aggregate)
            return failed(work,
                          Text::tr("there is no cube named \"%1\" to aggregate").arg(work.activity.setting(u"cube"_s)));
        const QStringList known = m_options.jobs ? m_options.jobs->names() : QStringList();
        return failed(work,
                      Text::tr("no job named \"%1\" is available on node %2 (available: %3)")
                          .arg(jobName, m_options.nodeName, known.isEmpty() ? Text::tr("none") : known.join(u", "_s)));
    }
    auto db = m_connections.database();
    if (!db)
        return failed(work, db.error().message);
    QMap<QString, QString> parameters;
    for (const Parameter &p : work.activity.parameters)
        parameters.insert(p.name, p.value);
    if (work.activity.type == ActivityType::Aggregate && !work.activity.setting(u"mode"_s).isEmpty())
        parameters.insert(u"mode"_s, work.activity.setting(u"mode"_s)); // full|incremental, read by the cube job
    JobContext context(
        *db, m_connections.dialect(), parameters, work.vars, *work.reporting,
        [this, &work](JournalLevel level, const QString &message) { journal(work, level, message); }, work.simulated);
    if (auto done = job->run(context); !done)
        return failed(work, done.error().message);
    if (work.reporting->cancelled.load())
        return failed(work, Text::tr("cancelled"));
    return succeeded(work, context.variables());
}

void TaskExecutor::journal(const TaskWork &work, JournalLevel level, const QString &message)
{
    m_journal.add({work.workflowId, work.runId, work.taskId, level, work.activity.name, message, nowMs()});
}

} // namespace nightshift
