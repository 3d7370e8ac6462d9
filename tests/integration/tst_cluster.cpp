// Two nightshiftd nodes serving one real PostgreSQL 15 instance (support/postgresserver.h): the work is shared
// between them and nothing runs twice; when one node is killed, the other takes its tasks over after the
// lease (re-runnable ones run again, a SQL activity is failed rather than run twice); SIGTERM stops a node
// cleanly. The server is started by the test; when its binaries are missing the test fails, as the other
// PostgreSQL tests do (the bootstrap installs PostgreSQL, so a missing server is a broken machine).
#include "support/postgresserver.h"

#include "core/definitionreader.h"
#include "core/workflowcatalog.h"
#include "core/workflowcommand.h"
#include "engine/commandqueue.h"
#include "engine/workfloweditor.h"
#include "security/passwordhasher.h"
#include "store/instance.h"
#include "store/operatorrepository.h"
#include "store/sqlsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace nightshift;
using nightshift::testing::PostgresServer;

namespace {

constexpr int SharedWorkflows = 30;
constexpr int SlowWorkflows = 6;
constexpr int LeaseSeconds = 3;
constexpr int Timeout = 30000;

QByteArray workflowXml(const QString &name, const QString &activities)
{
    return (uR"(<?xml version="1.0" encoding="UTF-8"?><workflow format="1" name="%1" label="Cluster %1">)"
            "<activities>%2</activities></workflow>"_s.arg(name, activities))
        .toUtf8();
}

// A script that keeps its worker busy for `ms` milliseconds (escaped for the XML definition).
QString busyScript(int ms)
{
    return u"var t = Date.now(); while (Date.now() - t &lt; %1) {}"_s.arg(ms);
}

} // namespace

class tst_Cluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void workIsSharedAndNothingRunsTwice();
    void killedNodesTasksAreTakenOver();
    void sigtermStopsTheSurvivorCleanly();

private:
    std::unique_ptr<QProcess> startNode(const QString &name);
    static void killNode(std::unique_ptr<QProcess> &node);

    QString add(const QString &name, const QString &activities);
    QString start(const QString &name);
    QVariant value(const QString &sql, const QVariantList &values = {}) const;
    int count(const QString &sql, const QVariantList &values = {}) const { return value(sql, values).toInt(); }
    QStringList strings(const QString &sql, const QVariantList &values = {}) const;
    bool exec(const QString &sql) const;

    PostgresServer m_server; // first member: destroyed last, after every connection
    QTemporaryDir m_root;
    QProcessEnvironment m_env;
    QString m_url;
    std::shared_ptr<Instance> m_instance;
    WorkflowCatalog m_catalog;
    qint64 m_adminId = 0;
    QHash<QString, QByteArray> m_logs; // standard error of each node, by name
    std::unique_ptr<QProcess> m_nodeA;
    std::unique_ptr<QProcess> m_nodeB;
};

void tst_Cluster::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(NIGHTSHIFTD)).isExecutable(), NIGHTSHIFTD);
    QString why;
    if (!PostgresServer::serverBinariesAvailable(&why))
        QFAIL(qPrintable(u"PostgreSQL is required (scripts/bootstrap.sh installs it): "_s + why));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    const QString database = m_server.createDatabase(u"cluster"_s, &error);
    QVERIFY2(!database.isEmpty(), qPrintable(error));

    InstanceLocation location;
    location.dialect = Dialect::Postgres;
    location.host = m_server.host();
    location.port = m_server.port();
    location.database = database;
    location.user = m_server.user();
    location.password = m_server.password();
    auto catalog = WorkflowCatalog::load();
    QVERIFY(catalog);
    m_catalog = *catalog;
    auto instance = Instance::open(location, Instance::OpenMode::CreateIfMissing);
    QVERIFY2(instance, qPrintable(instance ? QString() : instance.error().message));
    m_instance = *instance;
    auto seeded = m_instance->seed(m_catalog, u"test"_s);
    QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().message));
    auto hash = PasswordHasher::hash(u"cluster-password"_s);
    QVERIFY(hash);
    auto db = m_instance->database();
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    auto created = OperatorRepository(*db).create({0, u"admin"_s, u"admin"_s, *hash, false}, {u"admin"_s});
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    m_adminId = *created;
    // The shipped technical workflows need jobs nightshiftd does not have yet: set them aside, so that only
    // this test's workflows run.
    QVERIFY(exec(u"DELETE FROM commands"_s));
    QVERIFY(exec(u"UPDATE workflows SET state = 'edited'"_s));
    QVERIFY(exec(u"CREATE TABLE cluster_effects (workflow TEXT, run_id BIGINT, node TEXT, at BIGINT)"_s));

    QVERIFY(m_root.isValid());
    QVERIFY(QDir().mkpath(m_root.filePath(u"home/.local/share"_s)));
    m_env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : m_env.keys())
        if (key.startsWith(u"NIGHTSHIFT_"_s) || key.startsWith(u"XDG_"_s) || key.startsWith(u"PG"_s))
            m_env.remove(key);
    m_env.insert(u"HOME"_s, m_root.filePath(u"home"_s));
    m_env.insert(u"XDG_DATA_HOME"_s, m_root.filePath(u"home/.local/share"_s));
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_root.filePath(u"home/.config"_s));
    m_env.insert(u"NIGHTSHIFT_PGPASSWORD"_s, m_server.password());
    m_url = u"postgresql://%1@%2:%3/%4"_s.arg(m_server.user(), m_server.host()).arg(m_server.port()).arg(database);
}

void tst_Cluster::cleanupTestCase()
{
    killNode(m_nodeA);
    killNode(m_nodeB);
    m_instance.reset(); // this thread's connection goes before the server stops
}

std::unique_ptr<QProcess> tst_Cluster::startNode(const QString &name)
{
    auto node = std::make_unique<QProcess>();
    node->setProcessEnvironment(m_env);
    node->setWorkingDirectory(m_root.path());
    // Its few lines land in the test log, and are kept for the checks.
    QProcess *process = node.get();
    connect(process, &QProcess::readyReadStandardError, this, [this, process, name] {
        const QByteArray text = process->readAllStandardError();
        m_logs[name] += text;
        for (const QByteArray &line : text.split('\n'))
            if (!line.isEmpty())
                qInfo().noquote() << name << "|" << QString::fromUtf8(line);
    });
    node->start(QStringLiteral(NIGHTSHIFTD),
                {u"--instance"_s, m_url, u"--affinity"_s, u","_s, u"--name"_s, name, u"--workers"_s, u"2"_s,
                 u"--lease"_s, QString::number(LeaseSeconds)});
    return node;
}

void tst_Cluster::killNode(std::unique_ptr<QProcess> &node)
{
    if (!node)
        return;
    if (node->state() != QProcess::NotRunning) {
        ::kill(pid_t(node->processId()), SIGCONT); // in case a failed check left it stopped
        node->kill();
        node->waitForFinished(10000);
    }
    node.reset();
}

QString tst_Cluster::add(const QString &name, const QString &activities)
{
    auto definition = DefinitionReader::read(workflowXml(name, activities), name);
    if (!definition)
        return joined(definition.error());
    auto saved = WorkflowEditor(*m_instance, m_catalog).save(m_adminId, *definition, u"administration/production"_s);
    return saved ? QString() : saved.error().toString();
}

QString tst_Cluster::start(const QString &name)
{
    auto queued = CommandQueue(*m_instance).submit(m_adminId, {name, WorkflowCommand::Start, {}});
    return queued ? QString() : queued.error().message;
}

QVariant tst_Cluster::value(const QString &sql, const QVariantList &values) const
{
    auto db = m_instance->database();
    if (!db)
        return u"<error: %1>"_s.arg(db.error().message);
    auto query = execute(*db, sql, values);
    if (!query)
        return u"<error: %1>"_s.arg(query.error().message);
    return query->next() ? query->value(0) : QVariant();
}

QStringList tst_Cluster::strings(const QString &sql, const QVariantList &values) const
{
    auto db = m_instance->database();
    if (!db)
        return {u"<error: %1>"_s.arg(db.error().message)};
    auto query = execute(*db, sql, values);
    if (!query)
        return {u"<error: %1>"_s.arg(query.error().message)};
    QStringList result;
    while (query->next())
        result << query->value(0).toString();
    return result;
}

bool tst_Cluster::exec(const QString &sql) const
{
    auto db = m_instance->database();
    if (!db)
        return false;
    auto done = execute(*db, sql, QVariantList());
    if (!done)
        qWarning().noquote() << sql << ":" << done.error().message;
    return done.has_value();
}

// ---------------------------------------------------------------------------------------------------

// 30 workflows started at once on two nodes of two workers: each ran exactly once, both nodes took a share, and
// no task was claimed twice.
void tst_Cluster::workIsSharedAndNothingRunsTwice()
{
    QElapsedTimer timer;
    timer.start();
    QStringList names;
    for (int i = 0; i < SharedWorkflows; ++i) {
        const QString name = u"shared%1"_s.arg(i, 2, 10, QChar(u'0'));
        names << name;
        QCOMPARE(add(name, uR"(
            <start name="start"><transition to="work"/></start>
            <javascript name="work"><script>%1</script><transition to="save"/></javascript>
            <sql name="save"><statement>INSERT INTO cluster_effects (workflow, at) VALUES (:w, 0)</statement>
              <param name="w" value="%2"/><transition to="end"/></sql>
            <end name="end"/>)"_s.arg(busyScript(150), name)),
                 QString());
    }

    // Both nodes up before anything is queued, so that each gets a fair chance.
    m_nodeA = startNode(u"node-a"_s);
    m_nodeB = startNode(u"node-b"_s);
    QVERIFY(m_nodeA->waitForStarted());
    QVERIFY(m_nodeB->waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(count(u"SELECT COUNT(*) FROM nodes WHERE name IN ('node-a', 'node-b') AND state = "
                                    "'running'"_s),
                              2, 15000);
    QCOMPARE(value(u"SELECT pid FROM nodes WHERE name = 'node-a'"_s).toLongLong(), m_nodeA->processId());
    QCOMPARE(value(u"SELECT pid FROM nodes WHERE name = 'node-b'"_s).toLongLong(), m_nodeB->processId());

    for (const QString &name : std::as_const(names))
        QCOMPARE(start(name), QString());
    // Every run ended (a failure pauses its workflow: the checks below then say which).
    QTRY_COMPARE_WITH_TIMEOUT(count(u"SELECT COUNT(*) FROM workflows WHERE internal_name LIKE 'shared%' AND state IN "
                                    "('finished', 'paused')"_s),
                              SharedWorkflows, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(count(u"SELECT COUNT(*) FROM runs r JOIN workflows w ON w.id = r.workflow_id "
                                    "WHERE w.internal_name LIKE 'shared%' AND r.status <> 'running'"_s),
                              SharedWorkflows, Timeout);
    qInfo("scenario 1: %d workflows ran in %lld ms", SharedWorkflows, timer.elapsed());

    // Each ran exactly once: one SQL effect, one run, succeeded.
    QCOMPARE(strings(u"SELECT workflow FROM cluster_effects ORDER BY workflow"_s), names);
    QCOMPARE(strings(u"SELECT w.internal_name || ':' || r.status FROM runs r JOIN workflows w ON w.id = r.workflow_id "
                     "WHERE w.internal_name LIKE 'shared%' ORDER BY w.internal_name"_s),
             [&] {
                 QStringList expected;
                 for (const QString &name : std::as_const(names))
                     expected << name + u":succeeded"_s;
                 return expected;
             }());
    QCOMPARE(count(u"SELECT COUNT(*) FROM workflows WHERE internal_name LIKE 'shared%' AND (state <> 'finished' OR "
                   "failed <> 0)"_s),
             0);

    // Both nodes ran tasks.
    qInfo().noquote() << "tasks per node:"
                      << strings(u"SELECT node || '=' || COUNT(*) FROM tasks WHERE node IS NOT NULL GROUP BY node "
                                 "ORDER BY node"_s)
                             .join(u", "_s);
    QCOMPARE(strings(u"SELECT DISTINCT node FROM tasks WHERE node IS NOT NULL ORDER BY node"_s),
             QStringList({u"node-a"_s, u"node-b"_s}));
    // Worker activities (the script and the statement) of both kinds ran on a node, each exactly once.
    QCOMPARE(count(u"SELECT COUNT(*) FROM tasks WHERE activity IN ('work', 'save') AND state = 'done' AND node IN "
                   "('node-a', 'node-b')"_s),
             2 * SharedWorkflows);

    // Nothing claimed twice: one task per activity and run, first attempt, no takeover in the journal.
    QCOMPARE(count(u"SELECT COUNT(*) FROM (SELECT run_id, activity FROM tasks GROUP BY run_id, activity "
                   "HAVING COUNT(*) > 1) twice"_s),
             0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM tasks WHERE attempt <> 1"_s), 0);
    QCOMPARE(strings(u"SELECT message FROM journal WHERE message LIKE '%interrupted%'"_s), QStringList());
    QCOMPARE(count(u"SELECT COUNT(*) FROM commands WHERE applied_at IS NULL"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM commands WHERE result <> 'applied'"_s), 0);

    // Neither node had an engine cycle fail (a failed cycle rolls back its heartbeat, claims and commands).
    QTest::qWait(200);
    for (const QString &name : {u"node-a"_s, u"node-b"_s})
        QVERIFY2(!m_logs.value(name).contains("engine cycle failed"), qPrintable(name));
}

// node-a is killed while it runs a script and a SQL statement: after the lease, node-b runs the script again
// (attempt 2) and fails the statement rather than running it twice.
void tst_Cluster::killedNodesTasksAreTakenOver()
{
    QVERIFY(m_nodeA && m_nodeA->state() == QProcess::Running);
    QVERIFY(m_nodeB && m_nodeB->state() == QProcess::Running);
    QElapsedTimer timer;
    timer.start();

    QStringList slow;
    for (int i = 0; i < SlowWorkflows; ++i) {
        slow << u"slow%1"_s.arg(i);
        QCOMPARE(add(slow.last(), uR"(
            <start name="start"><transition to="work"/></start>
            <javascript name="work"><script>%1</script><transition to="end"/></javascript>
            <end name="end"/>)"_s.arg(busyScript(4000))),
                 QString());
    }
    // The insert comes after the sleep: when the node dies during the sleep its transaction is rolled back, so
    // any row here would come from a second execution.
    QCOMPARE(add(u"slowsql"_s, uR"(
            <start name="start"><transition to="run"/></start>
            <sql name="run"><statement>INSERT INTO cluster_effects (workflow, at) SELECT CAST(:w AS TEXT), 1 FROM pg_sleep(6)</statement>
              <param name="w" value="slowsql"/><transition to="end"/></sql>
            <end name="end"/>)"_s),
             QString());

    // The statement must run on node-a: node-b is frozen (SIGSTOP) while node-a claims it. node-b runs nothing
    // then, so no lease of its own runs out meanwhile.
    const pid_t nodeB = pid_t(m_nodeB->processId());
    ::kill(nodeB, SIGSTOP);
    auto thaw = qScopeGuard([nodeB] { ::kill(nodeB, SIGCONT); }); // also when a check below fails
    QCOMPARE(start(u"slowsql"_s), QString());
    const QString sqlTaskState
        = u"SELECT COALESCE(t.node, '-') || ':' || t.state FROM tasks t JOIN workflows w ON w.id = "
          "t.workflow_id WHERE w.internal_name = 'slowsql' AND t.activity = 'run'"_s;
    QTRY_COMPARE_WITH_TIMEOUT(value(sqlTaskState).toString(), u"node-a:running"_s, 10000);
    thaw.dismiss();
    ::kill(nodeB, SIGCONT);

    // node-a has one worker left, node-b two: both take scripts, three wait.
    for (const QString &name : std::as_const(slow))
        QCOMPARE(start(name), QString());
    QTRY_VERIFY_WITH_TIMEOUT(count(u"SELECT COUNT(*) FROM tasks WHERE node = 'node-a' AND state = 'running'"_s) >= 2,
                             10000);
    ::kill(pid_t(m_nodeA->processId()), SIGKILL);
    const qint64 killedAt = nowMs();
    QVERIFY(m_nodeA->waitForFinished(10000));
    QCOMPARE(m_nodeA->exitStatus(), QProcess::CrashExit);

    // What node-a held when it died (a transaction cut short by the kill is rolled back by the server).
    QTest::qWait(300);
    const QStringList held = strings(u"SELECT t.id FROM tasks t WHERE t.node = 'node-a' AND t.state = 'running' AND "
                                     "t.activity = 'work' ORDER BY t.id"_s);
    QVERIFY2(!held.isEmpty(), "node-a held no script when it was killed");
    QCOMPARE(value(sqlTaskState).toString(), u"node-a:running"_s);
    qInfo().noquote() << "node-a killed holding script task(s)" << held.join(u", "_s) << "and the SQL task";

    // Everything ends: the scripts succeed on node-b, the statement's workflow pauses.
    QTRY_COMPARE_WITH_TIMEOUT(count(u"SELECT COUNT(*) FROM workflows WHERE internal_name LIKE 'slow%' AND state IN "
                                    "('finished', 'paused')"_s),
                              SlowWorkflows + 1, Timeout);
    qInfo("scenario 2: every workflow ended %lld ms after the kill", nowMs() - killedAt);

    for (const QString &id : held) {
        QCOMPARE(value(u"SELECT state || ':' || attempt || ':' || node FROM tasks WHERE id = ?"_s, {id}).toString(),
                 u"done:2:node-b"_s);
        QCOMPARE(strings(u"SELECT message FROM journal WHERE task_id = ? AND message LIKE 'interrupted%'"_s, {id}),
                 QStringList{u"interrupted: node node-a stopped responding; it runs again (attempt 2)"_s});
        // Taken over once the lease had run out, not before.
        const qint64 takenOver
            = value(u"SELECT at FROM journal WHERE task_id = ? AND message LIKE 'interrupted%'"_s, {id}).toLongLong();
        QVERIFY2(takenOver >= killedAt + (LeaseSeconds * 1000) * 2 / 3,
                 qPrintable(u"taken over %1 ms after the kill"_s.arg(takenOver - killedAt)));
    }
    // Only node-a's tasks were taken over.
    QCOMPARE(count(u"SELECT COUNT(*) FROM tasks WHERE attempt = 2"_s), int(held.size()));
    QCOMPARE(count(u"SELECT COUNT(*) FROM tasks WHERE attempt > 2"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM journal WHERE message LIKE 'interrupted%'"_s), int(held.size()) + 1);

    // Every script run succeeded, once.
    QCOMPARE(count(u"SELECT COUNT(*) FROM runs r JOIN workflows w ON w.id = r.workflow_id WHERE w.internal_name "
                   "LIKE 'slow_' AND r.status = 'succeeded'"_s),
             SlowWorkflows);
    QCOMPARE(count(u"SELECT COUNT(*) FROM runs r JOIN workflows w ON w.id = r.workflow_id WHERE w.internal_name "
                   "LIKE 'slow_'"_s),
             SlowWorkflows);
    QCOMPARE(count(u"SELECT COUNT(*) FROM workflows WHERE internal_name LIKE 'slow_' AND state = 'finished' AND "
                   "failed = 0"_s),
             SlowWorkflows);

    // The statement was not run again: its task failed (suspended, the workflow paused and failed), no row.
    QCOMPARE(value(u"SELECT t.state || ':' || t.attempt FROM tasks t JOIN workflows w ON w.id = t.workflow_id "
                   "WHERE w.internal_name = 'slowsql' AND t.activity = 'run'"_s)
                 .toString(),
             u"suspended:1"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM tasks t JOIN workflows w ON w.id = t.workflow_id WHERE w.internal_name = "
                   "'slowsql' AND t.activity = 'run'"_s),
             1);
    const QString error = value(u"SELECT t.error FROM tasks t JOIN workflows w ON w.id = t.workflow_id "
                                "WHERE w.internal_name = 'slowsql' AND t.activity = 'run'"_s)
                              .toString();
    QVERIFY2(error.startsWith(u"interrupted: node node-a stopped responding; SQL activity run is not safe to run "
                              "twice"_s),
             qPrintable(error));
    QCOMPARE(value(u"SELECT state || ':' || failed FROM workflows WHERE internal_name = 'slowsql'"_s).toString(),
             u"paused:1"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM journal j JOIN workflows w ON w.id = j.workflow_id WHERE "
                   "w.internal_name = 'slowsql' AND j.message LIKE '%not safe to run twice%'"_s),
             1);
    // The first execution's sleep is over by now (6 s after it began): its insert was rolled back with the
    // dead connection, and nothing ran it again.
    QTRY_COMPARE_WITH_TIMEOUT(count(u"SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'"_s), 0, 10000);
    QCOMPARE(count(u"SELECT COUNT(*) FROM cluster_effects WHERE workflow = 'slowsql'"_s), 0);

    // node-a is silent: its heartbeat is older than the lease, and nobody marked it stopped.
    const qint64 lastBeat = value(u"SELECT heartbeat_at FROM nodes WHERE name = 'node-a'"_s).toLongLong();
    QVERIFY2(lastBeat <= killedAt, qPrintable(u"heartbeat %1 ms after the kill"_s.arg(lastBeat - killedAt)));
    QVERIFY(nowMs() - lastBeat > LeaseSeconds * 1000);
    QCOMPARE(value(u"SELECT state FROM nodes WHERE name = 'node-a'"_s).toString(), u"running"_s);
    QVERIFY(nowMs() - value(u"SELECT heartbeat_at FROM nodes WHERE name = 'node-b'"_s).toLongLong()
            < LeaseSeconds * 1000);
    qInfo("scenario 2 took %lld ms", timer.elapsed());
}

void tst_Cluster::sigtermStopsTheSurvivorCleanly()
{
    QVERIFY(m_nodeB && m_nodeB->state() == QProcess::Running);
    ::kill(pid_t(m_nodeB->processId()), SIGTERM);
    QVERIFY(m_nodeB->waitForFinished(15000));
    QCOMPARE(m_nodeB->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_nodeB->exitCode(), 0);
    QCOMPARE(value(u"SELECT state FROM nodes WHERE name = 'node-b'"_s).toString(), u"stopped"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM tasks WHERE state = 'running'"_s), 0);
    QVERIFY(m_logs.value(u"node-b"_s).contains("signal 15 received; stopping"));
    QVERIFY2(!m_logs.value(u"node-b"_s).contains("engine cycle failed"), "node-b");
}

QTEST_GUILESS_MAIN(tst_Cluster)
#include "tst_cluster.moc"
