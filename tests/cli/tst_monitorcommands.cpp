// nightshiftctl status, runs and logs as a user runs them: the real binary (QProcess), on one SQLite instance
// made by "nightshiftctl init". The engine is not there yet, so runs, tasks, commands, journal lines and nodes
// are written here with SQL through the store layer. Local times are checked in a fixed time zone (UTC+8,
// given to the child as TZ) so that a time printed in UTC would show.
#include "store/instance.h"
#include "store/sqlsupport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "support/clirun.h"

#include <algorithm>
#include <csignal>
#include <functional>

using namespace Qt::StringLiterals;
using namespace nightshift;
using namespace nightshift::testing;

namespace {

const QByteArray kPassword = "correct horse battery";
const QString kViewer = u"viewer"_s; // in workflowExecution; may not read the defaultInstallation folder
const QString kHidden = u"collectDataHeatMapService"_s; // the workflow of that folder
const QTimeZone kZone(8 * 3600); // the child's local time (TZ=UTC-8 is POSIX for UTC+8)
const qint64 kBase = 1'700'000'000'123; // 2023-11-14 22:13:20.123 UTC
constexpr int kJournalLines = 120;

QString local(qint64 ms, bool withMs = false)
{
    return QDateTime::fromMSecsSinceEpoch(ms, kZone).toString(withMs ? u"yyyy-MM-dd HH:mm:ss.zzz"_s
                                                                     : u"yyyy-MM-dd HH:mm:ss"_s);
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs);
}

// Columns of a listing line: separated by two spaces or more.
QStringList columns(const QString &line)
{
    static const QRegularExpression separator(u"\\s{2,}"_s);
    return line.trimmed().split(separator);
}

// The line of `lines` whose first column is `first`; empty when there is none.
QStringList row(const QStringList &lines, const QString &first)
{
    for (const QString &line : lines) {
        const QStringList c = columns(line);
        if (c.first() == first)
            return c;
    }
    return {};
}

// Journal line i (1-based) of cleanup: levels cycle debug..error, odd lines are "purge", the first half
// belongs to the failed run, the rest to the running one.
int levelOf(int i)
{
    return i % 4;
}
QString activityOf(int i)
{
    return i % 2 ? u"purge"_s : u"scheduler"_s;
}
qint64 atOf(int i)
{
    return kBase + i * 1001;
}

} // namespace

class tst_MonitorCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void statusList();
    void statusListJson();
    void statusFilters_data();
    void statusFilters();
    void statusDetails();
    void statusDetailsJson();
    void runs();
    void runsOptions_data();
    void runsOptions();
    void runsJson();
    void logs();
    void logsOptions_data();
    void logsOptions();
    void logsJson();
    void folderRights();
    void badInput_data();
    void badInput();
    void follow_data();
    void follow();
    void followEndsWhenTheWorkflowIsDeleted();

private:
    CliRun run(const QStringList &args, const QString &login = u"admin"_s) const;
    QProcessEnvironment environment(const QString &login) const;
    bool exec(const QString &sql, const QVariantList &values = {}) const;
    qint64 insert(const QString &sql, const QVariantList &values) const; // returns the new row's id
    qint64 workflowId(const QString &name) const;
    qint64 journal(qint64 workflow, const QVariant &run, int level, const QString &activity,
                   const QString &message) const;
    // Reads `process`'s standard output until it holds `count` lines (at most 10 s); returns them all.
    static QStringList readLines(QProcess &process, QByteArray &buffer, qsizetype count);

    QTemporaryDir m_root;
    QString m_instancePath;
    QProcessEnvironment m_env;
    std::shared_ptr<Instance> m_instance;
    qint64 m_now = 0;
    qint64 m_cleanup = 0;
    qint64 m_runOk = 0, m_runFailed = 0, m_runRunning = 0, m_trackingRun = 0;
};

CliRun tst_MonitorCommands::run(const QStringList &args, const QString &login) const
{
    return runProgram(QStringLiteral(NIGHTSHIFTCTL), QStringList{u"--instance"_s, m_instancePath} + args, {},
                      environment(login), m_root.path());
}

QProcessEnvironment tst_MonitorCommands::environment(const QString &login) const
{
    QProcessEnvironment env = m_env;
    env.insert(u"NIGHTSHIFT_LOGIN"_s, login);
    return env;
}

bool tst_MonitorCommands::exec(const QString &sql, const QVariantList &values) const
{
    auto db = m_instance->database();
    auto done = db ? execute(*db, sql, values) : std::unexpected(db.error());
    if (!done)
        qWarning().noquote() << done.error().message;
    return done.has_value();
}

qint64 tst_MonitorCommands::insert(const QString &sql, const QVariantList &values) const
{
    auto db = m_instance->database();
    auto done = db ? execute(*db, sql, values) : std::unexpected(db.error());
    if (!done) {
        qWarning().noquote() << done.error().message;
        return 0;
    }
    return done->lastInsertId().toLongLong();
}

qint64 tst_MonitorCommands::workflowId(const QString &name) const
{
    auto db = m_instance->database();
    auto id = scalar(*db, u"SELECT id FROM workflows WHERE internal_name = ?"_s, {name});
    return id ? id->toLongLong() : 0;
}

qint64 tst_MonitorCommands::journal(qint64 workflow, const QVariant &run, int level, const QString &activity,
                                    const QString &message) const
{
    return insert(
        u"INSERT INTO journal (workflow_id, run_id, at, level, activity, message) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {workflow, run, nowMs(), level, activity, message});
}

QStringList tst_MonitorCommands::readLines(QProcess &process, QByteArray &buffer, qsizetype count)
{
    QElapsedTimer timer;
    timer.start();
    while (lines(buffer).size() < count || !buffer.endsWith('\n')) {
        buffer += process.readAllStandardOutput();
        if (lines(buffer).size() >= count && buffer.endsWith('\n'))
            break;
        if (timer.elapsed() > 10'000 || process.state() != QProcess::Running)
            break;
        process.waitForReadyRead(int(10'000 - std::min<qint64>(timer.elapsed(), 10'000)));
    }
    return lines(buffer);
}

void tst_MonitorCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(NIGHTSHIFTCTL)).isExecutable(), NIGHTSHIFTCTL);
    QVERIFY(m_root.isValid());
    QVERIFY(QDir().mkpath(m_root.filePath(u"home/.local/share"_s)));
    QVERIFY(QDir().mkpath(m_root.filePath(u"home/.config"_s)));

    m_env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : m_env.keys())
        if (key.startsWith(u"NIGHTSHIFT_"_s) || key.startsWith(u"XDG_"_s) || key.startsWith(u"PG"_s)
            || key.startsWith(u"LC_"_s) || key == u"LANG"_s || key == u"LANGUAGE"_s
            || key == u"DBUS_SESSION_BUS_ADDRESS"_s)
            m_env.remove(key);
    m_env.insert(u"HOME"_s, m_root.filePath(u"home"_s));
    m_env.insert(u"XDG_DATA_HOME"_s, m_root.filePath(u"home/.local/share"_s));
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_root.filePath(u"home/.config"_s));
    m_env.insert(u"XDG_CACHE_HOME"_s, m_root.filePath(u"home/.cache"_s));
    m_env.insert(u"USER"_s, u"nightshift_tester"_s);
    m_env.insert(u"NIGHTSHIFT_PASSWORD"_s, QString::fromUtf8(kPassword));
    m_env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    m_env.insert(u"TZ"_s, u"UTC-8"_s);

    m_instancePath = m_root.filePath(u"monitor.sqlite"_s);
    {
        QProcessEnvironment env = environment(u"admin"_s);
        env.remove(u"NIGHTSHIFT_PASSWORD"_s);
        const CliRun init = runProgram(QStringLiteral(NIGHTSHIFTCTL),
                                       {u"--instance"_s, m_instancePath, u"init"_s, u"--password-stdin"_s},
                                       kPassword + '\n', env, m_root.path());
        COMPARE_EXIT(init, 0);
        const CliRun added = runProgram(QStringLiteral(NIGHTSHIFTCTL),
                                        {u"--instance"_s, m_instancePath, u"operators"_s, u"add"_s, kViewer,
                                         u"--group"_s, u"workflowExecution"_s, u"--password-stdin"_s},
                                        kPassword + '\n', environment(u"admin"_s), m_root.path());
        COMPARE_EXIT(added, 0);
    }

    InstanceLocation location;
    location.path = m_instancePath;
    auto opened = Instance::open(location, Instance::OpenMode::MustExist);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    m_instance = *opened;
    m_now = nowMs();
    m_cleanup = workflowId(u"cleanup"_s);
    QVERIFY(m_cleanup > 0);
    QVERIFY(workflowId(kHidden) > 0);

    // Only administrators may read the defaultInstallation folder.
    QVERIFY(exec(u"INSERT INTO folder_permissions (folder_id, group_id, can_read) SELECT f.id, g.id, 1 "
                 "FROM folders f, operator_groups g WHERE f.name = 'defaultInstallation' AND g.name = 'admin'"_s));

    // Workflow states as the engine would leave them; what init queued (start commands) is put aside.
    QVERIFY(exec(u"DELETE FROM commands"_s));
    QVERIFY(exec(u"UPDATE workflows SET state = 'edited'"_s));
    QVERIFY(exec(u"UPDATE workflows SET state = 'started', failed = 1, severity = 'production', last_start_at = ?, "
                 "last_status = 'failed', next_run_at = ? WHERE id = ?"_s,
                 {kBase + 60'000, kBase + 86'400'000, m_cleanup}));
    QVERIFY(exec(u"UPDATE workflows SET state = 'paused' WHERE internal_name = 'tracking'"_s));
    QVERIFY(exec(u"UPDATE workflows SET state = 'startPending' WHERE internal_name = 'billing'"_s));
    QVERIFY(exec(u"UPDATE workflows SET state = 'paused', failed = 1 WHERE internal_name = ?"_s, {kHidden}));

    // Runs of cleanup: one that succeeded, one that failed after 1h2m3s, one running.
    const QString runSql = u"INSERT INTO runs (workflow_id, trigger, operator, started_at, ended_at, status, "
                           "rows_processed, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s;
    m_runOk
        = insert(runSql, {m_cleanup, u"scheduler"_s, QVariant(), kBase, kBase + 850, u"succeeded"_s, 10, QVariant()});
    m_runFailed = insert(runSql,
                         {m_cleanup, u"start"_s, u"admin"_s, kBase + 60'000, kBase + 60'000 + 3'723'000, u"failed"_s,
                          1234, u"disk full"_s});
    m_runRunning = insert(
        runSql, {m_cleanup, u"scheduler"_s, QVariant(), kBase + 7'200'000, QVariant(), u"running"_s, 0, QVariant()});
    m_trackingRun = insert(
        runSql,
        {workflowId(u"tracking"_s), u"scheduler"_s, QVariant(), kBase, kBase + 1000, u"succeeded"_s, 0, QVariant()});
    QVERIFY(m_runOk && m_runFailed && m_runRunning && m_trackingRun);

    // Tasks of cleanup: three live ones, two terminal ones that status does not show.
    const QString taskSql = u"INSERT INTO tasks (workflow_id, run_id, activity, state, created_at, started_at, "
                            "wake_at, node, progress_done, progress_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    QVERIFY(insert(taskSql,
                   {m_cleanup, m_runRunning, u"purge"_s, u"running"_s, kBase + 7'200'000, kBase + 7'201'000, QVariant(),
                    u"node-a"_s, 40, 100}));
    QVERIFY(insert(taskSql,
                   {m_cleanup, m_runRunning, u"pauseBetween"_s, u"waiting"_s, kBase + 7'202'000, QVariant(),
                    kBase + 9'000'000, QVariant(), 0, 0}));
    QVERIFY(insert(
        taskSql,
        {m_cleanup, QVariant(), u"scheduler"_s, u"armed"_s, kBase, QVariant(), kBase + 86'400'000, QVariant(), 0, 0}));
    QVERIFY(
        insert(taskSql, {m_cleanup, m_runRunning, u"start"_s, u"done"_s, kBase, kBase, QVariant(), u"node-a"_s, 0, 0}));
    QVERIFY(insert(taskSql,
                   {m_cleanup, m_runFailed, u"vacuum"_s, u"failed"_s, kBase, kBase, QVariant(), u"node-a"_s, 0, 0}));

    // Commands of cleanup: one waiting for a node, one applied.
    const QString commandSql = u"INSERT INTO commands (workflow_id, command, requested_by, requested_at, applied_at) "
                               "VALUES (?, ?, ?, ?, ?)"_s;
    QVERIFY(insert(commandSql, {m_cleanup, u"pause"_s, u"admin"_s, kBase + 7'300'000, QVariant()}));
    QVERIFY(insert(commandSql, {m_cleanup, u"start"_s, u"admin"_s, kBase + 50'000, kBase + 51'000}));

    // Journal of cleanup, and one line of another workflow that must never show.
    for (int i = 1; i <= kJournalLines; ++i)
        QVERIFY(insert(u"INSERT INTO journal (workflow_id, run_id, at, level, activity, message) "
                       "VALUES (?, ?, ?, ?, ?, ?)"_s,
                       {m_cleanup, i <= 60 ? m_runFailed : m_runRunning, atOf(i), levelOf(i), activityOf(i),
                        u"line %1"_s.arg(i)}));
    QVERIFY(insert(u"INSERT INTO journal (workflow_id, run_id, at, level, activity, message) "
                   "VALUES (?, ?, ?, ?, ?, ?)"_s,
                   {workflowId(u"tracking"_s), m_trackingRun, kBase, 3, u"x"_s, u"tracking line"_s}));

    // Engine nodes: one alive, one silent for two minutes, one stopped long ago.
    const QString nodeSql = u"INSERT INTO nodes (name, affinities, host, pid, started_at, heartbeat_at, state) "
                            "VALUES (?, ?, 'host', 1, ?, ?, ?)"_s;
    QVERIFY(exec(nodeSql, {u"node-a"_s, u"default,heavy"_s, m_now - 3'600'000, m_now - 2'000, u"running"_s}));
    QVERIFY(exec(nodeSql, {u"node-b"_s, u""_s, m_now - 3'600'000, m_now - 120'000, u"running"_s}));
    QVERIFY(exec(nodeSql, {u"node-c"_s, u"reports"_s, m_now - 86'400'000, m_now - 80'000'000, u"stopped"_s}));
}

// ------------------------------------------------------------------------------------------- status

void tst_MonitorCommands::statusList()
{
    const CliRun r = run({u"status"_s});
    COMPARE_EXIT(r, 0);
    const QStringList out = r.outLines();
    QCOMPARE(columns(out.value(0)),
             (QStringList{u"NAME"_s, u"STATE"_s, u"FAILED"_s, u"LAST START"_s, u"LAST STATUS"_s, u"NEXT RUN"_s,
                          u"RUNNING TASKS"_s}));
    QCOMPARE(row(out, u"cleanup"_s),
             (QStringList{u"cleanup"_s, u"started"_s, u"failed"_s, local(kBase + 60'000), u"failed"_s,
                          local(kBase + 86'400'000), u"1"_s}));
    QCOMPARE(row(out, u"tracking"_s),
             (QStringList{u"tracking"_s, u"paused"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"0"_s}));
    QCOMPARE(row(out, u"billing"_s).value(1), u"startPending"_s); // a transitional state, as it is
    QCOMPARE(row(out, kHidden).value(1), u"paused"_s); // the administrator reads every folder

    const qsizetype nodes = out.indexOf(u"Engine nodes:"_s);
    QVERIFY2(nodes > 0, r.out.constData());
    QCOMPARE(out.value(nodes - 1), QString()); // a blank line before the section
    QCOMPARE(columns(out.value(nodes + 1)), (QStringList{u"NAME"_s, u"AFFINITIES"_s, u"STATE"_s, u"HEARTBEAT"_s}));
    const QStringList nodeLines = out.mid(nodes + 2);
    QCOMPARE(nodeLines.size(), 3);
    const QStringList a = row(nodeLines, u"node-a"_s);
    QCOMPARE(a.mid(0, 3), (QStringList{u"node-a"_s, u"default,heavy"_s, u"running"_s}));
    QVERIFY2(QRegularExpression(u"^\\d+s ago$"_s).match(a.value(3)).hasMatch(), qPrintable(a.value(3)));
    const QStringList b = row(nodeLines, u"node-b"_s);
    QCOMPARE(b.mid(0, 3), (QStringList{u"node-b"_s, u"-"_s, u"not responding"_s}));
    QVERIFY2(b.value(3).startsWith(u"2m"_s) && b.value(3).endsWith(u" ago"_s), qPrintable(b.value(3)));
    QCOMPARE(row(nodeLines, u"node-c"_s).value(2), u"stopped"_s); // stopped, not "not responding"
}

void tst_MonitorCommands::statusListJson()
{
    const CliRun r = run({u"status"_s, u"--json"_s});
    COMPARE_EXIT(r, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QJsonObject cleanup;
    QStringList names;
    for (const QJsonValue &w : doc[u"workflows"_s].toArray()) {
        names << w[u"name"_s].toString();
        if (w[u"name"_s].toString() == u"cleanup"_s)
            cleanup = w.toObject();
    }
    QVERIFY(names.contains(kHidden));
    QCOMPARE(cleanup[u"state"_s].toString(), u"started"_s);
    QCOMPARE(cleanup[u"failed"_s].toBool(), true);
    QCOMPARE(cleanup[u"lastStartAt"_s].toString(), utc(kBase + 60'000));
    QCOMPARE(cleanup[u"lastStatus"_s].toString(), u"failed"_s);
    QCOMPARE(cleanup[u"nextRunAt"_s].toString(), utc(kBase + 86'400'000));
    QCOMPARE(cleanup[u"runningTasks"_s].toInt(), 1);

    const QJsonArray nodes = doc[u"nodes"_s].toArray();
    QCOMPARE(nodes.size(), 3);
    QCOMPARE(nodes[0][u"name"_s].toString(), u"node-a"_s);
    QCOMPARE(nodes[0][u"responding"_s].toBool(), true);
    QCOMPARE(nodes[0][u"affinities"_s].toString(), u"default,heavy"_s);
    QCOMPARE(nodes[1][u"responding"_s].toBool(), false);
    QVERIFY(nodes[1][u"heartbeatAgeMs"_s].toInteger() >= 120'000);
    QCOMPARE(nodes[2][u"state"_s].toString(), u"stopped"_s);
    QCOMPARE(nodes[2][u"responding"_s].toBool(), true);
}

void tst_MonitorCommands::statusFilters_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("expected"); // workflow names, sorted
    QTest::newRow("--state paused") << QStringList{u"--state"_s, u"paused"_s} << QStringList{kHidden, u"tracking"_s};
    QTest::newRow("--state startPending") << QStringList{u"--state"_s, u"startPending"_s} << QStringList{u"billing"_s};
    QTest::newRow("--failed") << QStringList{u"--failed"_s} << QStringList{u"cleanup"_s, kHidden};
    QTest::newRow("--failed --state paused")
        << QStringList{u"--failed"_s, u"--state"_s, u"paused"_s} << QStringList{kHidden};
}

void tst_MonitorCommands::statusFilters()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, expected);
    const CliRun r = run(QStringList{u"status"_s, u"--json"_s} + options);
    COMPARE_EXIT(r, 0);
    QStringList names;
    for (const QJsonValue &w : QJsonDocument::fromJson(r.out)[u"workflows"_s].toArray())
        names << w[u"name"_s].toString();
    names.sort();
    QCOMPARE(names, expected);
}

void tst_MonitorCommands::statusDetails()
{
    const CliRun r = run({u"status"_s, u"cleanup"_s});
    COMPARE_EXIT(r, 0);
    const QStringList out = r.outLines();
    const auto field = [&out](const QString &name) {
        for (const QString &line : out)
            if (line.startsWith(name + u':'))
                return line.mid(name.size() + 1).trimmed();
        return u"<missing>"_s;
    };
    QVERIFY2(field(u"Workflow"_s).startsWith(u"cleanup ("_s), r.out.constData());
    QCOMPARE(field(u"State"_s), u"started"_s);
    QCOMPARE(field(u"Failed"_s), u"yes"_s);
    QCOMPARE(field(u"Severity"_s), u"production"_s);
    QCOMPARE(field(u"Next run"_s), local(kBase + 86'400'000));
    QCOMPARE(field(u"Last run"_s),
             u"%1 (scheduler), running, started %2, ended -, took -, 0 rows"_s.arg(m_runRunning)
                 .arg(local(kBase + 7'200'000)));

    const qsizetype tasks = out.indexOf(u"Tasks:"_s);
    const qsizetype commands = out.indexOf(u"Pending commands:"_s);
    QVERIFY2(tasks > 0 && commands > tasks, r.out.constData());
    QCOMPARE(columns(out[tasks + 1]),
             (QStringList{u"ACTIVITY"_s, u"STATE"_s, u"SINCE"_s, u"WAKE AT"_s, u"NODE"_s, u"PROGRESS"_s}));
    const QStringList taskLines = out.mid(tasks + 2, commands - tasks - 2);
    QCOMPARE(taskLines.size(), 3); // done and failed tasks are not shown
    QCOMPARE(columns(taskLines[0]),
             (QStringList{u"purge"_s, u"running"_s, local(kBase + 7'201'000), u"-"_s, u"node-a"_s, u"40/100"_s}));
    QCOMPARE(columns(taskLines[1]),
             (QStringList{u"pauseBetween"_s, u"waiting"_s, local(kBase + 7'202'000), local(kBase + 9'000'000), u"-"_s,
                          u"0/0"_s}));
    QCOMPARE(columns(taskLines[2]).mid(0, 2), (QStringList{u"scheduler"_s, u"armed"_s}));

    const QStringList commandLines = out.mid(commands + 2);
    QCOMPARE(commandLines.size(), 1); // the applied one is not pending
    QCOMPARE(columns(commandLines[0]).mid(1), (QStringList{u"pause"_s, u"admin"_s, local(kBase + 7'300'000), u"-"_s}));

    // A workflow with nothing going on.
    const CliRun idle = run({u"status"_s, u"billing"_s});
    COMPARE_EXIT(idle, 0);
    QVERIFY2(
        std::ranges::any_of(idle.outLines(), [](const QString &l) { return l.simplified() == u"Last run: none"_s; }),
        idle.out.constData());
    QCOMPARE(idle.outLines().mid(idle.outLines().indexOf(u"Tasks:"_s)),
             (QStringList{u"Tasks:"_s, u"  none"_s, u"Pending commands:"_s, u"  none"_s}));
}

void tst_MonitorCommands::statusDetailsJson()
{
    const CliRun r = run({u"status"_s, u"cleanup"_s, u"--json"_s});
    COMPARE_EXIT(r, 0);
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(r.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(doc[u"name"_s].toString(), u"cleanup"_s);
    QCOMPARE(doc[u"state"_s].toString(), u"started"_s);
    QCOMPARE(doc[u"failed"_s].toBool(), true);
    QCOMPARE(doc[u"severity"_s].toString(), u"production"_s);
    QCOMPARE(doc[u"lastRun"_s][u"id"_s].toInteger(), m_runRunning);
    QCOMPARE(doc[u"lastRun"_s][u"status"_s].toString(), u"running"_s);
    QVERIFY(doc[u"lastRun"_s][u"endedAt"_s].isNull());
    const QJsonArray tasks = doc[u"tasks"_s].toArray();
    QCOMPARE(tasks.size(), 3);
    QCOMPARE(tasks[0][u"activity"_s].toString(), u"purge"_s);
    QCOMPARE(tasks[0][u"progressDone"_s].toInteger(), 40);
    QCOMPARE(tasks[0][u"progressTotal"_s].toInteger(), 100);
    QCOMPARE(tasks[1][u"wakeAt"_s].toString(), utc(kBase + 9'000'000));
    const QJsonArray commands = doc[u"pendingCommands"_s].toArray();
    QCOMPARE(commands.size(), 1);
    QCOMPARE(commands[0][u"command"_s].toString(), u"pause"_s);
    QVERIFY(commands[0][u"claimedBy"_s].isNull());
}

// --------------------------------------------------------------------------------------------- runs

void tst_MonitorCommands::runs()
{
    const CliRun r = run({u"runs"_s, u"cleanup"_s});
    COMPARE_EXIT(r, 0);
    const QStringList out = r.outLines();
    QCOMPARE(out.size(), 4);
    QCOMPARE(columns(out[0]),
             (QStringList{u"RUN"_s, u"TRIGGER"_s, u"OPERATOR"_s, u"START"_s, u"END"_s, u"DURATION"_s, u"STATUS"_s,
                          u"ROWS"_s, u"ERROR"_s}));
    // Newest first.
    QCOMPARE(columns(out[1]),
             (QStringList{QString::number(m_runRunning), u"scheduler"_s, u"-"_s, local(kBase + 7'200'000), u"-"_s,
                          u"-"_s, u"running"_s, u"0"_s, u"-"_s}));
    QCOMPARE(columns(out[2]),
             (QStringList{QString::number(m_runFailed), u"start"_s, u"admin"_s, local(kBase + 60'000),
                          local(kBase + 60'000 + 3'723'000), u"1h2m3s"_s, u"failed"_s, u"1234"_s, u"disk full"_s}));
    QCOMPARE(columns(out[3]),
             (QStringList{QString::number(m_runOk), u"scheduler"_s, u"-"_s, local(kBase), local(kBase + 850),
                          u"850ms"_s, u"succeeded"_s, u"10"_s, u"-"_s}));
}

void tst_MonitorCommands::runsOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("expected"); // run ids as text, in the order printed
    // Filled in runsOptions (the ids are known after initTestCase): symbolic names here.
    QTest::newRow("--limit 2") << QStringList{u"--limit"_s, u"2"_s} << QStringList{u"running"_s, u"failed"_s};
    QTest::newRow("--status failed") << QStringList{u"--status"_s, u"failed"_s} << QStringList{u"failed"_s};
    QTest::newRow("--status succeeded --limit 1")
        << QStringList{u"--status"_s, u"succeeded"_s, u"--limit"_s, u"1"_s} << QStringList{u"ok"_s};
    QTest::newRow("--status stopped") << QStringList{u"--status"_s, u"stopped"_s} << QStringList{};
}

void tst_MonitorCommands::runsOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, expected);
    const QHash<QString, qint64> ids{{u"running"_s, m_runRunning}, {u"failed"_s, m_runFailed}, {u"ok"_s, m_runOk}};
    QList<qint64> expectedIds;
    for (const QString &name : expected)
        expectedIds << ids.value(name);
    const CliRun r = run(QStringList{u"runs"_s, u"cleanup"_s} + options);
    COMPARE_EXIT(r, 0);
    const QStringList out = r.outLines();
    QList<qint64> printed;
    if (expected.isEmpty()) {
        QCOMPARE(out, QStringList{u"No stopped runs of cleanup."_s});
    } else {
        for (const QString &line : out.mid(1))
            printed << columns(line).first().toLongLong();
        QCOMPARE(printed, expectedIds);
    }
}

void tst_MonitorCommands::runsJson()
{
    const CliRun r = run({u"runs"_s, u"cleanup"_s, u"--json"_s});
    COMPARE_EXIT(r, 0);
    QJsonParseError error;
    const QJsonArray runs = QJsonDocument::fromJson(r.out, &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs[0][u"id"_s].toInteger(), m_runRunning);
    QVERIFY(runs[0][u"durationMs"_s].isNull());
    const QJsonObject failed = runs[1].toObject();
    QCOMPARE(failed[u"id"_s].toInteger(), m_runFailed);
    QCOMPARE(failed[u"trigger"_s].toString(), u"start"_s);
    QCOMPARE(failed[u"operator"_s].toString(), u"admin"_s);
    QCOMPARE(failed[u"startedAt"_s].toString(), utc(kBase + 60'000));
    QCOMPARE(failed[u"endedAt"_s].toString(), utc(kBase + 60'000 + 3'723'000));
    QCOMPARE(failed[u"durationMs"_s].toInteger(), 3'723'000);
    QCOMPARE(failed[u"status"_s].toString(), u"failed"_s);
    QCOMPARE(failed[u"rowsProcessed"_s].toInteger(), 1234);
    QCOMPARE(failed[u"error"_s].toString(), u"disk full"_s);
    QVERIFY(runs[2][u"error"_s].isNull());
}

// --------------------------------------------------------------------------------------------- logs

void tst_MonitorCommands::logs()
{
    const CliRun r = run({u"logs"_s, u"cleanup"_s});
    COMPARE_EXIT(r, 0);
    const QStringList out = r.outLines();
    QCOMPARE(out.size(), 100); // the last 100 lines by default, oldest first
    for (int n = 0; n < 100; ++n) {
        const int i = kJournalLines - 100 + 1 + n;
        const QStringList expected{
            local(atOf(i), true), QStringList{u"debug"_s, u"info"_s, u"warning"_s, u"error"_s}[levelOf(i)],
            activityOf(i), u"run %1"_s.arg(i <= 60 ? m_runFailed : m_runRunning), u"line %1"_s.arg(i)};
        QCOMPARE(columns(out[n]), expected);
    }
}

void tst_MonitorCommands::logsOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QList<int>>("expected"); // line numbers, in the order printed
    const auto kept = [](const std::function<bool(int)> &keep, int last) {
        QList<int> numbers;
        for (int i = 1; i <= kJournalLines; ++i)
            if (keep(i))
                numbers << i;
        return numbers.mid(std::max<qsizetype>(0, numbers.size() - last));
    };
    QTest::newRow("--limit 3") << QStringList{u"--limit"_s, u"3"_s} << QList<int>{118, 119, 120};
    QTest::newRow("--limit 1000") << QStringList{u"--limit"_s, u"1000"_s}
                                  << kept([](int) { return true; }, kJournalLines);
    QTest::newRow("--level warning") << QStringList{u"--level"_s, u"warning"_s}
                                     << kept([](int i) { return levelOf(i) >= 2; }, 100);
    QTest::newRow("--level ERROR") << QStringList{u"--level"_s, u"ERROR"_s}
                                   << kept([](int i) { return levelOf(i) == 3; }, 100);
    QTest::newRow("--activity purge") << QStringList{u"--activity"_s, u"purge"_s}
                                      << kept([](int i) { return i % 2 == 1; }, 100);
    QTest::newRow("--activity none") << QStringList{u"--activity"_s, u"none"_s} << QList<int>{};
    QTest::newRow("--run (the failed run)")
        << QStringList{u"--run"_s, u"FAILED"_s} << kept([](int i) { return i <= 60; }, 100);
    QTest::newRow("all filters") << QStringList{u"--run"_s,      u"FAILED"_s, u"--level"_s, u"warning"_s,
                                                u"--activity"_s, u"purge"_s,  u"--limit"_s, u"5"_s}
                                 << QList<int>{43, 47, 51, 55, 59};
}

void tst_MonitorCommands::logsOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QList<int>, expected);
    options.replaceInStrings(u"FAILED"_s, QString::number(m_runFailed));
    const CliRun r = run(QStringList{u"logs"_s, u"cleanup"_s} + options);
    COMPARE_EXIT(r, 0);
    QList<int> printed;
    for (const QString &line : r.outLines()) {
        const QString message = columns(line).last();
        QVERIFY2(message.startsWith(u"line "_s), qPrintable(line));
        printed << message.mid(5).toInt();
    }
    QCOMPARE(printed, expected);
}

void tst_MonitorCommands::logsJson()
{
    const CliRun r = run({u"logs"_s, u"cleanup"_s, u"--limit"_s, u"2"_s, u"--json"_s});
    COMPARE_EXIT(r, 0);
    const QStringList out = r.outLines();
    QCOMPARE(out.size(), 2); // one JSON object per line
    QJsonParseError error;
    const QJsonObject first = QJsonDocument::fromJson(out[0].toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(first[u"at"_s].toString(), utc(atOf(119)));
    QCOMPARE(first[u"level"_s].toString(), u"error"_s);
    QCOMPARE(first[u"activity"_s].toString(), u"purge"_s);
    QCOMPARE(first[u"runId"_s].toInteger(), m_runRunning);
    QCOMPARE(first[u"message"_s].toString(), u"line 119"_s);
    const QJsonObject second = QJsonDocument::fromJson(out[1].toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(second[u"message"_s].toString(), u"line 120"_s);
    QVERIFY(second[u"id"_s].toInteger() > first[u"id"_s].toInteger());
}

// ---------------------------------------------------------------------------------------- rights

void tst_MonitorCommands::folderRights()
{
    // The viewer sees every workflow but the one in the folder only administrators may read.
    const CliRun list = run({u"status"_s, u"--json"_s}, kViewer);
    COMPARE_EXIT(list, 0);
    QStringList names;
    for (const QJsonValue &w : QJsonDocument::fromJson(list.out)[u"workflows"_s].toArray())
        names << w[u"name"_s].toString();
    QVERIFY2(names.contains(u"cleanup"_s), list.out.constData());
    QVERIFY2(!names.contains(kHidden), list.out.constData());
    QCOMPARE(QJsonDocument::fromJson(list.out)[u"nodes"_s].toArray().size(), 3);

    // The text list and the --failed filter likewise.
    const CliRun failed = run({u"status"_s, u"--failed"_s}, kViewer);
    COMPARE_EXIT(failed, 0);
    QVERIFY(!row(failed.outLines(), u"cleanup"_s).isEmpty());
    QVERIFY2(!failed.out.contains(kHidden.toUtf8()), failed.out.constData());

    // And for status, runs and logs, the hidden workflow does not exist, as for "workflows show".
    const QString notFound = u"nightshiftctl: there is no workflow named \"%1\"; \"nightshiftctl workflows list\" "
                             "shows them"_s.arg(kHidden);
    for (const QString &command : {u"status"_s, u"runs"_s, u"logs"_s}) {
        const CliRun r = run({command, kHidden}, kViewer);
        COMPARE_EXIT(r, 1);
        QCOMPARE(r.errLines(), QStringList{notFound});
        QVERIFY(r.out.isEmpty());
    }
}

void tst_MonitorCommands::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error"); // the first line of standard error

    const QString unknown
        = u"nightshiftctl: there is no workflow named \"nosuch\"; \"nightshiftctl workflows list\" shows them"_s;
    QTest::newRow("status unknown") << QStringList{u"status"_s, u"nosuch"_s} << 1 << unknown;
    QTest::newRow("runs unknown") << QStringList{u"runs"_s, u"nosuch"_s} << 1 << unknown;
    QTest::newRow("logs unknown") << QStringList{u"logs"_s, u"nosuch"_s} << 1 << unknown;
    QTest::newRow("logs --follow unknown") << QStringList{u"logs"_s, u"nosuch"_s, u"--follow"_s} << 1 << unknown;
    QTest::newRow("logs --run of another workflow")
        << QStringList{u"logs"_s, u"cleanup"_s, u"--run"_s, u"TRACKING"_s} << 1
        << u"nightshiftctl: workflow cleanup has no run TRACKING; \"nightshiftctl runs cleanup\" lists its runs"_s;

    QTest::newRow("status two names") << QStringList{u"status"_s, u"cleanup"_s, u"tracking"_s} << 2
                                      << u"nightshiftctl: give at most one workflow name"_s;
    QTest::newRow("status --state bogus")
        << QStringList{u"status"_s, u"--state"_s, u"bogus"_s} << 2
        << u"nightshiftctl: unknown workflow state \"bogus\"; the states are edited, startPending, started, "
           "pauseRequested, paused, stopRequested, restartRequested, finished"_s;
    QTest::newRow("status NAME --failed") << QStringList{u"status"_s, u"cleanup"_s, u"--failed"_s} << 2
                                          << u"nightshiftctl: --state and --failed filter the list of workflows; give "
                                             "no workflow name"_s;
    QTest::newRow("runs no name") << QStringList{u"runs"_s} << 2 << u"nightshiftctl: give exactly one workflow name"_s;
    QTest::newRow("runs --status bogus")
        << QStringList{u"runs"_s, u"cleanup"_s, u"--status"_s, u"bogus"_s} << 2
        << u"nightshiftctl: unknown run status \"bogus\"; the statuses are running, succeeded, failed, stopped, "
           "interrupted"_s;
    QTest::newRow("runs --limit abc") << QStringList{u"runs"_s, u"cleanup"_s, u"--limit"_s, u"abc"_s} << 2
                                      << u"nightshiftctl: --limit takes a positive number, not \"abc\""_s;
    QTest::newRow("runs --limit 0") << QStringList{u"runs"_s, u"cleanup"_s, u"--limit"_s, u"0"_s} << 2
                                    << u"nightshiftctl: --limit takes a positive number, not \"0\""_s;
    QTest::newRow("logs --limit -5") << QStringList{u"logs"_s, u"cleanup"_s, u"--limit"_s, u"-5"_s} << 2
                                     << u"nightshiftctl: --limit takes a positive number, not \"-5\""_s;
    QTest::newRow("logs --run abc") << QStringList{u"logs"_s, u"cleanup"_s, u"--run"_s, u"abc"_s} << 2
                                    << u"nightshiftctl: --run takes a positive number, not \"abc\""_s;
    QTest::newRow("logs --level loud")
        << QStringList{u"logs"_s, u"cleanup"_s, u"--level"_s, u"loud"_s} << 2
        << u"nightshiftctl: unknown journal level \"loud\"; the levels are debug, info, warning, error"_s;
    QTest::newRow("logs two names") << QStringList{u"logs"_s, u"cleanup"_s, u"tracking"_s} << 2
                                    << u"nightshiftctl: give exactly one workflow name"_s;
    QTest::newRow("logs --level without value") << QStringList{u"logs"_s, u"cleanup"_s, u"--level"_s} << 2
                                                << u"nightshiftctl: Missing value after '--level'."_s;
}

void tst_MonitorCommands::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    args.replaceInStrings(u"TRACKING"_s, QString::number(m_trackingRun));
    error.replace(u"TRACKING"_s, QString::number(m_trackingRun));
    const CliRun r = run(args);
    COMPARE_EXIT(r, exitCode);
    QCOMPARE(r.errLines().value(0), error);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
}

// ------------------------------------------------------------------------------------------- follow

void tst_MonitorCommands::follow_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void tst_MonitorCommands::follow()
{
    QFETCH(int, signalNumber);
    QProcess process;
    process.setProcessEnvironment(environment(u"admin"_s));
    process.setWorkingDirectory(m_root.path());
    process.start(QStringLiteral(NIGHTSHIFTCTL),
                  {u"--instance"_s, m_instancePath, u"logs"_s, u"cleanup"_s, u"--follow"_s, u"--limit"_s, u"2"_s,
                   u"--level"_s, u"info"_s});
    QVERIFY(process.waitForStarted());
    QByteArray buffer;
    QStringList out = readLines(process, buffer, 2);
    QCOMPARE(out.size(), 2);
    const QString lastBefore = columns(out[1]).last();
    QVERIFY2(lastBefore == u"line 119"_s || lastBefore.startsWith(u"followed "_s), qPrintable(out.join(u'\n')));

    // New lines: a debug one (below --level, skipped), an info one, one of another workflow, an error one.
    const QString tag = QString::number(signalNumber);
    QVERIFY(journal(m_cleanup, m_runRunning, 0, u"purge"_s, u"hidden debug "_s + tag));
    QVERIFY(journal(m_cleanup, m_runRunning, 1, u"purge"_s, u"followed info "_s + tag));
    QVERIFY(journal(workflowId(u"tracking"_s), m_trackingRun, 3, u"x"_s, u"other workflow "_s + tag));
    QVERIFY(journal(m_cleanup, QVariant(), 3, u"end"_s, u"followed error "_s + tag));
    out = readLines(process, buffer, 4);
    QCOMPARE(out.size(), 4);
    QCOMPARE(columns(out[2]).mid(1),
             (QStringList{u"info"_s, u"purge"_s, u"run %1"_s.arg(m_runRunning), u"followed info "_s + tag}));
    QCOMPARE(columns(out[3]).mid(1), (QStringList{u"error"_s, u"end"_s, u"-"_s, u"followed error "_s + tag}));

    QCOMPARE(::kill(pid_t(process.processId()), signalNumber), 0);
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    buffer += process.readAllStandardOutput();
    QCOMPARE(lines(buffer).size(), 4); // nothing else: not the debug line, not the other workflow's
    QCOMPARE(process.readAllStandardError(), QByteArray());
}

void tst_MonitorCommands::followEndsWhenTheWorkflowIsDeleted()
{
    QVERIFY(exec(u"INSERT INTO workflows (internal_name, label, folder_id, definition, created_at, modified_at) "
                 "SELECT 'doomed', 'Doomed', folder_id, definition, created_at, modified_at FROM workflows "
                 "WHERE internal_name = 'cleanup'"_s));
    const qint64 doomed = workflowId(u"doomed"_s);
    QVERIFY(doomed > 0);
    QVERIFY(
        insert(u"INSERT INTO journal (workflow_id, at, level, message) VALUES (?, ?, 1, 'first')"_s, {doomed, kBase}));
    QProcess process;
    process.setProcessEnvironment(environment(u"admin"_s));
    process.setWorkingDirectory(m_root.path());
    process.start(QStringLiteral(NIGHTSHIFTCTL),
                  {u"--instance"_s, m_instancePath, u"logs"_s, u"doomed"_s, u"--follow"_s, u"--json"_s});
    QVERIFY(process.waitForStarted());
    QByteArray buffer;
    QStringList out = readLines(process, buffer, 1);
    QCOMPARE(out.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(out[0].toUtf8())[u"message"_s].toString(), u"first"_s);
    // A line written while it follows, in JSON too.
    QVERIFY(insert(u"INSERT INTO journal (workflow_id, at, level, message) VALUES (?, ?, 2, 'second')"_s,
                   {doomed, kBase + 1}));
    out = readLines(process, buffer, 2);
    QCOMPARE(out.size(), 2);
    QJsonParseError error;
    const QJsonObject line = QJsonDocument::fromJson(out[1].toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(out[1]));
    QCOMPARE(line[u"message"_s].toString(), u"second"_s);
    QCOMPARE(line[u"level"_s].toString(), u"warning"_s);
    QVERIFY(line[u"runId"_s].isNull());
    QVERIFY(line[u"activity"_s].isNull());

    QVERIFY(exec(u"DELETE FROM workflows WHERE id = ?"_s, {doomed}));
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()), u"nightshiftctl: workflow doomed was deleted\n"_s);
}

QTEST_GUILESS_MAIN(tst_MonitorCommands)
#include "tst_monitorcommands.moc"
