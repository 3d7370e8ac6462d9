// "nightshiftctl schedule preview": the real binary, on a throwaway SQLite instance for --workflow. The
// expected times are worked out by hand (Paris and New York DST dates of 2026, as in tests/data/schedules).
#include <QDir>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/clirun.h"

using namespace Qt::StringLiterals;
using namespace nightshift::testing;

class tst_SchedulePreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_root.isValid());
        QVERIFY(QDir().mkpath(m_root.filePath(u"home/.local/share"_s)));
        QVERIFY(QDir().mkpath(m_root.filePath(u"home/.config"_s)));
        m_env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : m_env.keys())
            if (key.startsWith(u"NIGHTSHIFT_"_s) || key.startsWith(u"XDG_"_s) || key.startsWith(u"PG"_s)
                || key.startsWith(u"LC_"_s) || key == u"LANG"_s || key == u"LANGUAGE"_s || key == u"TZ"_s)
                m_env.remove(key);
        m_env.insert(u"HOME"_s, m_root.filePath(u"home"_s));
        m_env.insert(u"XDG_DATA_HOME"_s, m_root.filePath(u"home/.local/share"_s));
        m_env.insert(u"XDG_CONFIG_HOME"_s, m_root.filePath(u"home/.config"_s));
        m_env.insert(u"XDG_CACHE_HOME"_s, m_root.filePath(u"home/.cache"_s));
        m_env.insert(u"NIGHTSHIFT_LOGIN"_s, u"admin"_s);
        m_env.insert(u"NIGHTSHIFT_PASSWORD"_s, u"correct horse battery"_s);
        m_env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        m_env.insert(u"TZ"_s, u"UTC"_s);
        m_instance = m_root.filePath(u"instance.sqlite"_s);
        COMPARE_EXIT(run({u"--instance"_s, m_instance, u"init"_s, u"--password-stdin"_s}, "correct horse battery\n"),
                     0);
    }

    void spec()
    {
        // 02:30 does not exist in Paris on 2026-03-29: 03:00 CEST. No instance is needed.
        const CliRun r
            = run({u"schedule"_s, u"preview"_s, u"--spec"_s, u"<daily at=\"02:30\" timezone=\"Europe/Paris\"/>"_s,
                   u"--from"_s, u"2026-03-27T12:00:00Z"_s, u"--count"_s, u"3"_s});
        COMPARE_EXIT(r, 0);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.outLines(),
                 (QStringList{u"2026-03-28 02:30 +01:00 CET"_s, u"2026-03-29 03:00 +02:00 CEST"_s,
                              u"2026-03-30 02:30 +02:00 CEST"_s}));
    }

    void cronInTimezone()
    {
        // --timezone is what "server" (the default) means; 01:30 happens twice on 2026-11-01 and fires once.
        const CliRun r = run({u"schedule"_s, u"preview"_s, u"--cron"_s, u"30 1 * * *"_s, u"--timezone"_s,
                              u"America/New_York"_s, u"--from"_s, u"2026-10-31T12:00:00Z"_s, u"--count"_s, u"2"_s});
        COMPARE_EXIT(r, 0);
        QCOMPARE(r.outLines(), (QStringList{u"2026-11-01 01:30 -04:00 EDT"_s, u"2026-11-02 01:30 -05:00 EST"_s}));
    }

    void fromWithoutOffsetIsInTheSchedulesZone()
    {
        // 03:30 in Paris on 2026-03-29 is before 04:00 the same day; read as UTC it would be after.
        const CliRun r = run({u"schedule"_s, u"preview"_s, u"--spec"_s, u"<daily at=\"04:00\"/>"_s, u"--timezone"_s,
                              u"Europe/Paris"_s, u"--from"_s, u"2026-03-29T03:30"_s, u"--count"_s, u"1"_s});
        COMPARE_EXIT(r, 0);
        QCOMPARE(r.outLines(), QStringList{u"2026-03-29 04:00 +02:00 CEST"_s});
    }

    void workflow()
    {
        // cleanup runs daily at 04:00 (resources/workflows/delivery/cleanup.xml), on the server's zone.
        const CliRun r = on({u"schedule"_s, u"preview"_s, u"--workflow"_s, u"cleanup"_s, u"--timezone"_s,
                             u"Europe/Paris"_s, u"--from"_s, u"2026-10-24T12:00:00Z"_s, u"--count"_s, u"2"_s});
        COMPARE_EXIT(r, 0);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.outLines(), (QStringList{u"2026-10-25 04:00 +01:00 CET"_s, u"2026-10-26 04:00 +01:00 CET"_s}));

        const CliRun wrongActivity
            = on({u"schedule"_s, u"preview"_s, u"--workflow"_s, u"cleanup"_s, u"--activity"_s, u"purge"_s});
        COMPARE_EXIT(wrongActivity, 1);
        QVERIFY2(wrongActivity.err.contains("\"purge\"") && wrongActivity.err.contains("schedule"),
                 wrongActivity.err.constData());

        const CliRun unknown = on({u"schedule"_s, u"preview"_s, u"--workflow"_s, u"noSuchWorkflow"_s});
        COMPARE_EXIT(unknown, 1);
        QVERIFY2(unknown.err.contains("noSuchWorkflow"), unknown.err.constData());
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mention"); // what the error names

        QTest::newRow("bad time") << QStringList{u"--spec"_s, u"<daily at=\"25:00\"/>"_s} << 1 << u"25:00"_s;
        QTest::newRow("not XML") << QStringList{u"--spec"_s, u"<daily at=\"04:00\""_s} << 1 << u"--spec"_s;
        QTest::newRow("not a schedule") << QStringList{u"--spec"_s, u"<hourly/>"_s} << 1 << u"<hourly>"_s;
        QTest::newRow("bad cron") << QStringList{u"--cron"_s, u"61 * * * *"_s} << 1 << u"minute"_s;
        QTest::newRow("bad zone") << QStringList{u"--cron"_s, u"0 4 * * *"_s, u"--timezone"_s, u"Mars/Base"_s} << 1
                                  << u"Mars/Base"_s;
        QTest::newRow("bad zone in spec")
            << QStringList{u"--spec"_s, u"<daily at=\"04:00\" timezone=\"Mars/Base\"/>"_s} << 1 << u"Mars/Base"_s;
        QTest::newRow("no schedule") << QStringList{} << 2 << u"--spec"_s;
        QTest::newRow("two schedules") << QStringList{u"--cron"_s, u"0 4 * * *"_s, u"--spec"_s,
                                                      u"<daily at=\"04:00\"/>"_s}
                                       << 2 << u"--cron"_s;
        QTest::newRow("count") << QStringList{u"--cron"_s, u"0 4 * * *"_s, u"--count"_s, u"0"_s} << 2 << u"--count"_s;
        QTest::newRow("from") << QStringList{u"--cron"_s, u"0 4 * * *"_s, u"--from"_s, u"tomorrow"_s} << 2
                              << u"tomorrow"_s;
        QTest::newRow("activity alone") << QStringList{u"--cron"_s, u"0 4 * * *"_s, u"--activity"_s, u"schedule"_s} << 2
                                        << u"--activity"_s;
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mention);
        const CliRun r = run(QStringList{u"schedule"_s, u"preview"_s} + args);
        COMPARE_EXIT(r, exitCode);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.err.startsWith("nightshiftctl: "), r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(mention), r.err.constData());
    }

private:
    CliRun run(const QStringList &args, const QByteArray &input = {}) const
    {
        return runProgram(QStringLiteral(NIGHTSHIFTCTL), args, input, m_env, m_root.path());
    }
    CliRun on(const QStringList &args) const { return run(QStringList{u"--instance"_s, m_instance} + args); }

    QTemporaryDir m_root;
    QProcessEnvironment m_env;
    QString m_instance;
};

QTEST_GUILESS_MAIN(tst_SchedulePreview)
#include "tst_schedulepreview.moc"
