// SPEC §4, "Durability": the engine runs as a child process (nightshift_enginehost) and is killed with SIGKILL
// at random points while a mix of workflows runs, then started again. After every kill and at the end, the
// test checks that nothing committed was lost, that no job which is not safe to re-run ran twice, and that
// every instance is in a valid state. The seed is printed; NIGHTSHIFT_CRASH_SEED replays a failure
// (NIGHTSHIFT_CRASH_ROUNDS changes the number of kills).
#include "enginefixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

QByteArray workflow(const char *name, const char *activities)
{
    return QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?><workflow format="1" name=")") + name
        + R"(" label="Crash test"><activities>)" + activities + "</activities></workflow>";
}

constexpr quint32 DefaultSeed = 20240611;
constexpr int DefaultRounds = 25;
constexpr int SettleTimeout = 45000;
const QString MainNode = u"crash-node"_s;
const QString OtherNode = u"crash-node-b"_s; // its tasks are taken over once their lease runs out

// What an activity does, as far as a re-run is concerned.
enum class Kind { Append, Sleep, Script, Other };

// The workflows under test. Signal-triggered ones get one run per posted event; `batch` one per start.
struct Definition
{
    const char *name;
    const char *activities;
};
const Definition definitions[] = {
    {"appendChain", R"(
        <start name="start"><transition to="go"/></start>
        <signal name="go"><transition to="write"/></signal>
        <job name="write" job="append"><param name="ms" value="60"/><transition to="rest"/></job>
        <job name="rest" job="sleep"><param name="ms" value="120"/><transition to="end"/></job>
        <end name="end"/>)"},
    {"doubleAppend", R"(
        <start name="start"><transition to="go"/></start>
        <signal name="go"><transition to="before"/></signal>
        <job name="before" job="sleep"><param name="ms" value="80"/><transition to="first"/></job>
        <job name="first" job="append"><param name="ms" value="40"/><transition to="rename"/></job>
        <javascript name="rename"><script>vars.label = vars.label + '/2'; instance.vars.renamed = (instance.vars.renamed || 0) + 1;</script><transition to="second"/></javascript>
        <job name="second" job="append"><param name="ms" value="40"/><transition to="end"/></job>
        <end name="end"/>)"},
    {"forkJoin", R"(
        <start name="start"><transition to="go"/></start>
        <signal name="go"><transition to="split"/></signal>
        <fork name="split"><transition name="a" to="write"/><transition name="b" to="nap"/></fork>
        <job name="write" job="append"><param name="ms" value="100"/><transition to="both"/></job>
        <job name="nap" job="sleep"><param name="ms" value="200"/><transition to="both"/></job>
        <andJoin name="both"><transition to="after"/></andJoin>
        <job name="after" job="sleep"><param name="ms" value="50"/><transition to="end"/></job>
        <end name="end"/>)"},
    {"waiting", R"(
        <start name="start"><transition to="go"/></start>
        <signal name="go"><transition to="hold"/></signal>
        <wait name="hold" duration="1s"><transition to="write"/></wait>
        <job name="write" job="append"><param name="ms" value="20"/><transition to="end"/></job>
        <end name="end"/>)"},
    {"counter", R"(
        <start name="start"><transition to="go"/></start>
        <signal name="go"><transition to="count"/></signal>
        <javascript name="count"><script>instance.vars.n = (instance.vars.n || 0) + 1; vars.n = instance.vars.n;</script><transition to="nap"/></javascript>
        <job name="nap" job="sleep"><param name="ms" value="100"/><transition to="end"/></job>
        <end name="end"/>)"},
    {"stubbornChain", R"(
        <start name="start"><transition to="go"/></start>
        <signal name="go"><transition to="hold"/></signal>
        <job name="hold" job="stubborn"><param name="ms" value="250"/><transition to="write"/></job>
        <job name="write" job="append"><param name="ms" value="30"/><transition to="end"/></job>
        <end name="end"/>)"},
    {"parallel", R"(
        <start name="start"><transition to="go"/></start>
        <signal name="go"><transition to="split"/></signal>
        <fork name="split"><transition name="a" to="short"/><transition name="b" to="long"/><transition name="c" to="mark"/></fork>
        <job name="short" job="sleep"><param name="ms" value="150"/><transition to="all"/></job>
        <job name="long" job="sleep"><param name="ms" value="300"/><transition to="all"/></job>
        <javascript name="mark"><script>vars.marked = true;</script><transition to="all"/></javascript>
        <andJoin name="all"><transition to="end"/></andJoin>
        <end name="end"/>)"},
    {"batch", R"(
        <start name="start"><transition to="split"/></start>
        <fork name="split"><transition name="a" to="first"/><transition name="b" to="hold"/><transition name="c" to="write"/></fork>
        <job name="first" job="sleep"><param name="ms" value="300"/><transition to="second"/></job>
        <job name="second" job="sleep"><param name="ms" value="150"/><transition to="all"/></job>
        <wait name="hold" duration="1s"><transition to="all"/></wait>
        <job name="write" job="append"><param name="ms" value="50"/><transition to="all"/></job>
        <andJoin name="all"><transition to="end"/></andJoin>
        <end name="end"/>)"},
};

const QStringList signalled = {u"appendChain"_s, u"doubleAppend"_s,  u"forkJoin"_s, u"waiting"_s,
                               u"counter"_s,     u"stubbornChain"_s, u"parallel"_s};
const QStringList all = signalled + QStringList{u"batch"_s};
const QStringList withWaits = {u"waiting"_s, u"batch"_s};

Kind kindOf(const QString &workflowName, const QString &activity)
{
    static const QHash<QString, Kind> kinds = {
        {u"appendChain/write"_s, Kind::Append},   {u"appendChain/rest"_s, Kind::Sleep},
        {u"doubleAppend/before"_s, Kind::Sleep},  {u"doubleAppend/first"_s, Kind::Append},
        {u"doubleAppend/rename"_s, Kind::Script}, {u"doubleAppend/second"_s, Kind::Append},
        {u"forkJoin/write"_s, Kind::Append},      {u"forkJoin/nap"_s, Kind::Sleep},
        {u"forkJoin/after"_s, Kind::Sleep},       {u"waiting/write"_s, Kind::Append},
        {u"counter/count"_s, Kind::Script},       {u"counter/nap"_s, Kind::Sleep},
        {u"stubbornChain/hold"_s, Kind::Sleep},   {u"stubbornChain/write"_s, Kind::Append},
        {u"parallel/short"_s, Kind::Sleep},       {u"parallel/long"_s, Kind::Sleep},
        {u"parallel/mark"_s, Kind::Script},       {u"batch/first"_s, Kind::Sleep},
        {u"batch/second"_s, Kind::Sleep},         {u"batch/write"_s, Kind::Append},
    };
    return kinds.value(workflowName + u'/' + activity, Kind::Other);
}

// The runs that post or start with `label` record these parameters.
QString runParameters(const QString &label)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"label"_s, label}}).toJson(QJsonDocument::Compact));
}

QString labelOf(const QString &variablesJson)
{
    return QJsonDocument::fromJson(variablesJson.toUtf8()).object().value(u"label"_s).toString();
}

// A task found 'running' in the database after a kill: the kill interrupted it.
struct Interrupted
{
    qint64 id = 0;
    QString workflow;
    QString activity;
    Kind kind = Kind::Other;
    QString label;
    bool effectCommitted = false; // an append whose row was committed, though its task was not recorded done
    int round = 0;
};

// What the database held after a kill: all of it must still hold after every later restart.
struct Committed
{
    QSet<qint64> appliedCommands;
    QSet<QString> labels;
    QHash<qint64, QString> endedRuns; // status and end time
};

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> f;
    std::unique_ptr<QProcess> m_host;
    QRandomGenerator m_random;
    quint32 m_seed = DefaultSeed;
    int m_round = 0;
    int m_labels = 0;
    QHash<QString, QString> m_posted; // label -> workflow, for every accepted command carrying a label
    QHash<qint64, Interrupted> m_interrupted;
    Committed m_committed;
    int m_killsMidTask = 0;
    int m_effectsBeforeRecord = 0;
    int m_commandsQueued = 0;
    int m_commandsRefused = 0;
    int m_resumes = 0;
    int m_restartsAfterEffect = 0;

    QString where() const
    {
        return m_round > 0 ? u"seed %1, round %2"_s.arg(m_seed).arg(m_round) : u"seed %1, final check"_s.arg(m_seed);
    }

    QStringList strings(const QString &sql, const QVariantList &values = {}) const
    {
        QStringList result;
        auto query = execute(*f->instance->database(), sql, values);
        if (!query)
            return {u"<error: %1>"_s.arg(query.error().message)};
        while (query->next()) {
            QStringList columns;
            for (int i = 0; i < query->record().count(); ++i)
                columns << query->value(i).toString();
            result << columns.join(u" | "_s);
        }
        return result;
    }

    // A run, its tasks and its workflow's journal from the run's start on, for failure messages.
    QString runDetails(qint64 run) const
    {
        const QString workflowName
            = f->value(u"SELECT w.internal_name || ' (' || w.state || CASE WHEN w.failed = 1 THEN ', failed' ELSE '' "
                       "END || ')' FROM runs r JOIN workflows w ON w.id = r.workflow_id WHERE r.id = ?"_s,
                       {run})
                  .toString();
        return u"  run %1 of %2, tasks (id activity state attempt node cancel_requested):\n    "_s.arg(run).arg(
                   workflowName)
            + strings(u"SELECT id, activity, state, attempt, COALESCE(node, ''), cancel_requested FROM tasks "
                      "WHERE run_id = ? ORDER BY id"_s,
                      {run})
                  .join(u"\n    "_s)
            + u"\n  journal (id run task activity message):\n    "_s
            + strings(u"SELECT id, COALESCE(run_id, ''), COALESCE(task_id, ''), COALESCE(activity, ''), message "
                      "FROM journal WHERE workflow_id = (SELECT workflow_id FROM runs WHERE id = ?) AND id >= "
                      "(SELECT MIN(id) FROM journal WHERE run_id = ?) ORDER BY id"_s,
                      {run, run})
                  .join(u"\n    "_s);
    }

    QString taskJournal(qint64 taskId) const
    {
        return strings(u"SELECT message FROM journal WHERE task_id = ? ORDER BY id"_s, {taskId}).join(u"\n    "_s);
    }

    bool queue(const QString &name, WorkflowCommand command, const QVariantMap &parameters = {})
    {
        const QString refused = f->command(name, command, parameters);
        if (!refused.isEmpty()) {
            ++m_commandsRefused;
            return false;
        }
        ++m_commandsQueued;
        if (parameters.contains(u"label"_s))
            m_posted.insert(parameters.value(u"label"_s).toString(), name);
        return true;
    }

    QString nextLabel() { return u"L%1"_s.arg(++m_labels); }

    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(m_random.bounded(int(list.size())));
    }

    void randomCommand()
    {
        const int roll = m_random.bounded(100);
        if (roll < 62) {
            queue(pick(signalled), WorkflowCommand::PostEvent, {{u"event"_s, u"go"_s}, {u"label"_s, nextLabel()}});
        } else if (roll < 74) {
            queue(u"batch"_s, WorkflowCommand::Start, {{u"label"_s, nextLabel()}});
        } else if (roll < 86) {
            queue(pick(withWaits), WorkflowCommand::Wakeup);
        } else if (roll < 93) {
            queue(pick(all), WorkflowCommand::Pause);
        } else {
            queue(pick(signalled), WorkflowCommand::Restart);
        }
    }

    // What an operator does with a paused workflow: one paused by hand is resumed; one paused by an error is
    // resumed only when the interrupted job left no effect, and restarted (`batch`: stopped) otherwise, so that it
    // never runs twice.
    void operatorStep(bool always)
    {
        for (const QString &name : all) {
            if (f->state(name) != u"paused"_s)
                continue;
            const bool failed = f->value(u"SELECT failed FROM workflows WHERE internal_name = ?"_s, {name}).toInt();
            bool effect = false;
            auto query
                = execute(*f->instance->database(),
                          u"SELECT activity, variables FROM tasks WHERE workflow_id = ? AND state = 'suspended'"_s,
                          {f->workflowId(name)});
            QVERIFY(query);
            while (query->next())
                if (kindOf(name, query->value(0).toString()) == Kind::Append
                    && f->count(u"SELECT COUNT(*) FROM test_effects WHERE label = ?"_s,
                                {labelOf(query->value(1).toString())})
                        > 0)
                    effect = true;
            if (effect) {
                // A restart of `batch` would run its append without a label: stop it instead.
                if (queue(name, name == u"batch"_s ? WorkflowCommand::Stop : WorkflowCommand::Restart))
                    ++m_restartsAfterEffect;
            } else if (always || m_random.bounded(100) < (failed ? 70 : 50)) {
                if (queue(name, WorkflowCommand::Start))
                    ++m_resumes;
            }
        }
    }

    void startHost(const QString &node)
    {
        m_host = std::make_unique<QProcess>();
        m_host->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_host->start(QStringLiteral(NIGHTSHIFT_ENGINEHOST), {f->instance->location().path, node});
        QVERIFY2(m_host->waitForStarted(5000), qPrintable(where() + u": "_s + m_host->errorString()));
        QByteArray out;
        QElapsedTimer waited;
        waited.start();
        while (!out.contains("ready\n") && waited.elapsed() < 10000 && m_host->state() == QProcess::Running) {
            m_host->waitForReadyRead(100);
            out += m_host->readAllStandardOutput();
        }
        QVERIFY2(out.contains("ready\n"),
                 qPrintable(where() + u": the engine host did not start: "_s + QString::fromUtf8(out)));
    }

    void killHost()
    {
        m_host->kill(); // SIGKILL
        QVERIFY2(m_host->waitForFinished(10000), qPrintable(where() + u": the killed engine host did not end"_s));
        QCOMPARE(m_host->exitStatus(), QProcess::CrashExit);
        m_host.reset();
    }

    // Checks that hold after any kill, and records what is committed now.
    void checkCommitted(const QString &node)
    {
        QCOMPARE(f->value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        const QStringList duplicates
            = strings(u"SELECT label, COUNT(*) FROM test_effects GROUP BY label HAVING COUNT(*) > 1"_s);
        QVERIFY2(duplicates.isEmpty(),
                 qPrintable(where()
                            + u": a job that is not safe to re-run ran twice "
                              "(label | times): "_s
                            + duplicates.join(u", "_s)));

        Committed now;
        for (const QString &id : strings(u"SELECT id FROM commands WHERE applied_at IS NOT NULL"_s))
            now.appliedCommands.insert(id.toLongLong());
        for (const QString &label : strings(u"SELECT label FROM test_effects"_s))
            now.labels.insert(label);
        auto runs = execute(*f->instance->database(),
                            u"SELECT id, status || ' at ' || ended_at FROM runs WHERE status <> 'running'"_s);
        QVERIFY(runs);
        while (runs->next())
            now.endedRuns.insert(runs->value(0).toLongLong(), runs->value(1).toString());

        for (qint64 id : std::as_const(m_committed.appliedCommands))
            QVERIFY2(now.appliedCommands.contains(id),
                     qPrintable(where() + u": command %1 was applied before a kill and is no longer"_s.arg(id)));
        for (const QString &label : std::as_const(m_committed.labels))
            QVERIFY2(now.labels.contains(label),
                     qPrintable(where() + u": the committed effect %1 is gone"_s.arg(label)));
        for (auto it = m_committed.endedRuns.cbegin(); it != m_committed.endedRuns.cend(); ++it)
            QVERIFY2(now.endedRuns.value(it.key()) == it.value(),
                     qPrintable(where()
                                + u": run %1 had ended (%2) and now is %3"_s.arg(it.key()).arg(
                                    it.value(), now.endedRuns.value(it.key(), u"running again or gone"_s))));
        for (const QString &label : std::as_const(now.labels)) {
            const QString base = label.endsWith(u"/2"_s) ? label.chopped(2) : label;
            QVERIFY2(m_posted.contains(base), qPrintable(where() + u": effect %1 was never asked for"_s.arg(label)));
        }
        m_committed = now;

        // Every run of a workflow in a steady state is either ended or has a live task.
        const QStringList orphans = strings(
            u"SELECT r.id FROM runs r JOIN workflows w ON w.id = r.workflow_id WHERE r.status = 'running' "
            "AND w.state IN ('started', 'paused', 'finished', 'edited') AND NOT EXISTS (SELECT 1 FROM tasks t "
            "WHERE t.run_id = r.id AND t.state IN ('ready', 'running', 'waiting', 'suspended'))"_s);
        QStringList details;
        for (const QString &run : orphans)
            details << runDetails(run.toLongLong());
        if (!orphans.isEmpty())
            qWarning().noquote() << details.join(u"\n"_s);
        QVERIFY2(orphans.isEmpty(),
                 qPrintable(where() + u": runs left open with nothing left to run: "_s + orphans.join(u", "_s)
                            + u" (details above)"_s));

        // The tasks the kill interrupted.
        if (node.isEmpty())
            return;
        auto running = execute(*f->instance->database(),
                               u"SELECT t.id, w.internal_name, t.activity, t.variables, t.node FROM tasks t "
                               "JOIN workflows w ON w.id = t.workflow_id WHERE t.state = 'running'"_s);
        QVERIFY(running);
        bool midTask = false;
        while (running->next()) {
            Interrupted task;
            task.id = running->value(0).toLongLong();
            task.workflow = running->value(1).toString();
            task.activity = running->value(2).toString();
            task.kind = kindOf(task.workflow, task.activity);
            task.label = labelOf(running->value(3).toString());
            task.round = m_round;
            if (running->value(4).toString() != node)
                continue; // left running by an earlier node, whose lease has not run out yet
            midTask = true;
            task.effectCommitted = task.kind == Kind::Append && now.labels.contains(task.label);
            if (task.effectCommitted)
                ++m_effectsBeforeRecord;
            Interrupted &entry = m_interrupted[task.id];
            if (entry.id == 0)
                entry = task; // first interrupted in this round
            else
                entry.effectCommitted = entry.effectCommitted || task.effectCommitted;
        }
        if (midTask)
            ++m_killsMidTask;
    }

    bool settled() const
    {
        return f->count(u"SELECT COUNT(*) FROM commands WHERE applied_at IS NULL"_s) == 0
            && f->count(u"SELECT COUNT(*) FROM tasks WHERE state IN ('ready', 'running', 'waiting', 'suspended')"_s)
            == 0
            && f->count(u"SELECT COUNT(*) FROM workflows WHERE state NOT IN ('started', 'finished', 'edited')"_s) == 0;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<EngineFixture>();
        QString error;
        QVERIFY2(f->setUp(&error), qPrintable(error));
    }

    void cleanup()
    {
        if (m_host) {
            m_host->kill();
            m_host->waitForFinished(5000);
            m_host.reset();
        }
        f.reset();
    }

    void killedEngineRecoversEveryInstance()
    {
        bool ok = false;
        if (const quint32 seed = qEnvironmentVariable("NIGHTSHIFT_CRASH_SEED").toUInt(&ok); ok)
            m_seed = seed;
        const int roundsWanted = qEnvironmentVariableIntValue("NIGHTSHIFT_CRASH_ROUNDS", &ok);
        const int rounds = ok && roundsWanted > 0 ? roundsWanted : DefaultRounds;
        m_random.seed(m_seed);
        qInfo("crash recovery: seed %u (replay with NIGHTSHIFT_CRASH_SEED=%u), %d rounds", m_seed, m_seed, rounds);
        QElapsedTimer clock;
        clock.start();

        for (const Definition &d : definitions)
            QCOMPARE(f->add(workflow(d.name, d.activities)), QString());
        for (const QString &name : all)
            QVERIFY(queue(name, WorkflowCommand::Start,
                          name == u"batch"_s ? QVariantMap{{u"label"_s, nextLabel()}} : QVariantMap()));

        for (m_round = 1; m_round <= rounds; ++m_round) {
            operatorStep(false);
            if (QTest::currentTestFailed())
                return;
            for (int i = m_random.bounded(3); i > 0; --i)
                randomCommand(); // waiting for the node when it starts
            const QString node = m_random.bounded(5) == 0 ? OtherNode : MainNode;
            startHost(node);
            if (QTest::currentTestFailed())
                return;
            const int lifetime = 20 + m_random.bounded(381);
            QElapsedTimer alive;
            alive.start();
            while (alive.elapsed() < lifetime) {
                randomCommand();
                const qint64 left = lifetime - alive.elapsed();
                QThread::msleep(ulong(std::clamp<qint64>(5 + m_random.bounded(40), 1, std::max<qint64>(1, left))));
            }
            killHost();
            if (QTest::currentTestFailed())
                return;
            checkCommitted(node);
            if (QTest::currentTestFailed())
                return;
        }

        // One more life to let everything settle, then a clean stop.
        m_round = 0;
        operatorStep(true);
        startHost(MainNode);
        if (QTest::currentTestFailed())
            return;
        QElapsedTimer settling;
        settling.start();
        while (!settled() && settling.elapsed() < SettleTimeout) {
            operatorStep(true);
            if (QTest::currentTestFailed())
                return;
            QThread::msleep(100);
        }
        QVERIFY2(settled(),
                 qPrintable(where()
                            + u": nothing settled within %1 s; pending commands, live tasks, states:\n  "_s.arg(
                                SettleTimeout / 1000)
                            + (strings(u"SELECT id || ' ' || command || ' ' || COALESCE(parameters, '') FROM commands "
                                       "WHERE applied_at IS NULL"_s)
                               + strings(u"SELECT t.id || ' ' || w.internal_name || '/' || t.activity || ' ' || "
                                         "t.state || ' ' || COALESCE(t.node, '') FROM tasks t JOIN workflows w ON "
                                         "w.id = t.workflow_id WHERE t.state IN ('ready', 'running', 'waiting', "
                                         "'suspended')"_s)
                               + strings(u"SELECT internal_name || ' ' || state FROM workflows WHERE state NOT IN "
                                         "('started', 'finished', 'edited')"_s))
                                  .join(u"\n  "_s)));
        m_host->terminate(); // SIGTERM: a clean stop
        QVERIFY2(m_host->waitForFinished(15000), "the engine host did not stop on SIGTERM");
        QCOMPARE(m_host->exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_host->exitCode(), 0);
        m_host.reset();

        // 1. Nothing committed was lost (and the usual after-kill checks).
        checkCommitted({});
        if (QTest::currentTestFailed())
            return;

        // 3. Every instance in a valid state.
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tasks WHERE state = 'running'"_s), 0);
        const QStringList states = strings(u"SELECT internal_name || ' ' || state FROM workflows WHERE state NOT IN "
                                           "('started', 'paused', 'finished', 'edited')"_s);
        QVERIFY2(states.isEmpty(), qPrintable(where() + u": transitional states left: "_s + states.join(u", "_s)));
        const QStringList openRuns
            = strings(u"SELECT r.id || ' of ' || w.internal_name FROM runs r JOIN workflows w ON w.id = r.workflow_id "
                      "WHERE r.status = 'running' AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.run_id = r.id AND "
                      "t.state IN ('ready', 'running', 'waiting', 'suspended'))"_s);
        QVERIFY2(openRuns.isEmpty(),
                 qPrintable(where() + u": runs neither ended nor live: "_s + openRuns.join(u", "_s)));
        const QStringList pendingEvents = strings(
            u"SELECT e.id || ' ' || w.internal_name || ' -> ' || e.to_activity || ' (run ' || COALESCE(r.status, '-') "
            u"|| ')' "
            "FROM events e JOIN workflows w ON w.id = e.workflow_id LEFT JOIN runs r ON r.id = e.run_id "
            "WHERE e.consumed_at IS NULL AND NOT (e.to_activity IN ('both', 'all') AND r.status = 'running')"_s);
        QVERIFY2(pendingEvents.isEmpty(),
                 qPrintable(where() + u": tokens left unconsumed outside a join of a live run: "_s
                            + pendingEvents.join(u", "_s)));

        // 2. No job that is not safe to re-run ran twice; 3. attempts > 1 only where a re-run is allowed.
        auto attempts = execute(*f->instance->database(),
                                u"SELECT t.id, w.internal_name, t.activity, t.attempt FROM tasks t JOIN workflows w "
                                "ON w.id = t.workflow_id WHERE t.attempt > 1"_s);
        QVERIFY(attempts);
        int rerunIdempotent = 0;
        while (attempts->next()) {
            const qint64 id = attempts->value(0).toLongLong();
            const QString name = attempts->value(1).toString(), activity = attempts->value(2).toString();
            const QString journal = taskJournal(id);
            if (kindOf(name, activity) == Kind::Append) {
                QVERIFY2(
                    journal.contains(u"not safe to run twice"_s) && !journal.contains(u"runs again (attempt"_s),
                    qPrintable(where()
                               + u": %1/%2 (task %3) ran %4 times, not through a resume:\n    "_s.arg(name, activity)
                                     .arg(id)
                                     .arg(attempts->value(3).toInt())
                               + journal));
            } else {
                ++rerunIdempotent;
            }
        }
        int refusedReruns = 0, recovered = 0;
        for (const Interrupted &task : std::as_const(m_interrupted)) {
            const QString journal = taskJournal(task.id);
            const QString state = f->value(u"SELECT state FROM tasks WHERE id = ?"_s, {task.id}).toString();
            const QString what = u"%1/%2 (task %3, interrupted in round %4%5), now %6; its journal:\n    "_s
                                     .arg(task.workflow, task.activity)
                                     .arg(task.id)
                                     .arg(task.round)
                                     .arg(task.label.isEmpty() ? QString() : u", label "_s + task.label, state)
                + journal;
            const bool cancelled = state == u"cancelled"_s;
            if (task.kind == Kind::Append) {
                QVERIFY2(!journal.contains(u"runs again (attempt"_s),
                         qPrintable(where() + u": an append job was run again after a crash: "_s + what));
                QVERIFY2(journal.contains(u"not safe to run twice"_s) || cancelled,
                         qPrintable(where() + u": an interrupted append job was not refused a re-run: "_s + what));
                QVERIFY2(state == u"done"_s || cancelled,
                         qPrintable(where() + u": an interrupted append job ended in a wrong state: "_s + what));
                if (task.effectCommitted)
                    QVERIFY2(cancelled,
                             qPrintable(where() + u": an append job whose row was committed ran again: "_s + what));
                refusedReruns += journal.contains(u"not safe to run twice"_s) ? 1 : 0;
            } else {
                QVERIFY2(journal.contains(u"runs again (attempt"_s) || cancelled,
                         qPrintable(where() + u": an interrupted task safe to re-run was not run again: "_s + what));
                QVERIFY2(state == u"done"_s || cancelled,
                         qPrintable(where() + u": an interrupted task ended in a wrong state: "_s + what));
                recovered += journal.contains(u"runs again (attempt"_s) ? 1 : 0;
            }
        }

        // Every accepted event or start with a label made exactly one run; a run that succeeded did its writes.
        auto commands = execute(*f->instance->database(),
                                u"SELECT c.id, c.command, c.parameters, c.result, w.internal_name FROM commands c "
                                "JOIN workflows w ON w.id = c.workflow_id WHERE c.parameters LIKE '%label%'"_s);
        QVERIFY(commands);
        int delivered = 0;
        while (commands->next()) {
            const QString label = labelOf(commands->value(2).toString()), name = commands->value(4).toString();
            if (commands->value(3).toString() != u"applied"_s)
                continue;
            ++delivered;
            const QStringList runs = strings(u"SELECT id || ' ' || status FROM runs WHERE workflow_id = ? AND "
                                             "parameters = ?"_s,
                                             {f->workflowId(name), runParameters(label)});
            QVERIFY2(
                runs.size() == 1,
                qPrintable(where()
                           + u": command %1 (%2 %3 to %4) made %5 run(s): %6"_s.arg(commands->value(0).toLongLong())
                                 .arg(commands->value(1).toString(), label, name)
                                 .arg(runs.size())
                                 .arg(runs.join(u", "_s))));
            if (!runs.first().endsWith(u" succeeded"_s) || name == u"counter"_s || name == u"parallel"_s)
                continue;
            QStringList expected{label};
            if (name == u"doubleAppend"_s)
                expected << label + u"/2"_s;
            for (const QString &effect : expected) {
                if (!m_committed.labels.contains(effect))
                    qWarning().noquote() << runDetails(runs.first().section(u' ', 0, 0).toLongLong());
                QVERIFY2(
                    m_committed.labels.contains(effect),
                    qPrintable(where()
                               + u": run %1 of %2 succeeded without its effect %3"_s.arg(runs.first(), name, effect)));
            }
        }

        // 4. Recovery was exercised: kills landed while tasks ran, and interrupted tasks ran again.
        qInfo("crash recovery summary: seed %u, %d rounds, %d kills mid-task, %lld interrupted tasks, %d recovered "
              "(re-run), %d refused re-runs (not safe twice), %d rows committed before their task was recorded, %d "
              "idempotent tasks with attempt > 1, %d commands queued (%d refused), %d labelled runs delivered, %d "
              "operator resumes, %d restarts after a committed effect, %lld ms",
              m_seed, rounds, m_killsMidTask, qint64(m_interrupted.size()), recovered, refusedReruns,
              m_effectsBeforeRecord, rerunIdempotent, m_commandsQueued, m_commandsRefused, delivered, m_resumes,
              m_restartsAfterEffect, qint64(clock.elapsed()));
        QVERIFY2(m_killsMidTask > 0,
                 qPrintable(where() + u": no kill landed while a task ran: the test tested nothing"_s));
        QVERIFY2(recovered > 0 && rerunIdempotent > 0,
                 qPrintable(where() + u": no interrupted task was run again: recovery was not exercised"_s));
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
