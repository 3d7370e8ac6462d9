// nightshiftd as a process: it registers its node, keeps it alive, and on SIGTERM marks it stopped and
// exits 0; bad arguments and a missing instance are refused with a message.
#include "core/workflowcatalog.h"
#include "store/instance.h"

#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace nightshift;

class DaemonTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_location.path = m_dir.filePath(u"daemon.sqlite"_s);
        auto instance = Instance::open(m_location, Instance::OpenMode::CreateIfMissing);
        QVERIFY(instance.has_value());
        auto catalog = WorkflowCatalog::load();
        QVERIFY(catalog && (*instance)->seed(*catalog, u"test"_s));
        m_instance = *instance;
    }

    void registersItsNodeAndStopsCleanlyOnSigterm()
    {
        QProcess daemon;
        daemon.setProcessEnvironment(environment());
        daemon.start(QStringLiteral(NIGHTSHIFTD), {u"--instance"_s, m_location.path, u"--affinity"_s, u"A,B,"_s,
                                                   u"--name"_s, u"node1"_s});
        QVERIFY(daemon.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(nodeField(u"state"_s), u"running"_s, 10000);
        QCOMPARE(nodeField(u"affinities"_s), u"A,B,"_s);
        QCOMPARE(nodeField(u"pid"_s), QString::number(daemon.processId()));
        const qint64 firstBeat = nodeField(u"heartbeat_at"_s).toLongLong();

        ::kill(pid_t(daemon.processId()), SIGTERM);
        QVERIFY(daemon.waitForFinished(10000));
        QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.exitCode(), 0);
        QCOMPARE(nodeField(u"state"_s), u"stopped"_s);
        QVERIFY(nodeField(u"heartbeat_at"_s).toLongLong() >= firstBeat);
        QVERIFY(daemon.readAllStandardError().contains("signal 15 received; stopping"));
    }

    void refusesAMissingInstance()
    {
        QProcess daemon;
        daemon.setProcessEnvironment(environment());
        const QString missing = m_dir.filePath(u"nothing-here.sqlite"_s);
        daemon.start(QStringLiteral(NIGHTSHIFTD), {u"--instance"_s, missing});
        QVERIFY(daemon.waitForFinished(10000));
        QCOMPARE(daemon.exitCode(), 1);
        QVERIFY(QString::fromUtf8(daemon.readAllStandardError()).contains(u"there is no instance at "_s + missing));
    }

    void refusesUnknownOptions()
    {
        QProcess daemon;
        daemon.setProcessEnvironment(environment());
        daemon.start(QStringLiteral(NIGHTSHIFTD), {u"--frobnicate"_s});
        QVERIFY(daemon.waitForFinished(10000));
        QCOMPARE(daemon.exitCode(), 2);
        QVERIFY(daemon.readAllStandardError().contains("Unknown option 'frobnicate'"));
    }

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        return env;
    }

    QString nodeField(const QString &column)
    {
        auto db = m_instance->database();
        QSqlQuery query(*db);
        if (!query.exec(u"SELECT %1 FROM nodes WHERE name = 'node1'"_s.arg(column)) || !query.next())
            return {};
        return query.value(0).toString();
    }

    QTemporaryDir m_dir;
    InstanceLocation m_location;
    std::shared_ptr<Instance> m_instance;
};

QTEST_GUILESS_MAIN(DaemonTest)
#include "tst_daemon.moc"
