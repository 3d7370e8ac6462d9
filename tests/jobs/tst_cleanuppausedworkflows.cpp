// cleanupPausedWorkflows (SPEC §7): who is notified, once a week, and the unconditional stop at the 4th time.
#include "goldenjob.h"

#include "jobs/delivery/cleanuppausedworkflowsjob.h"
#include "security/passwordhasher.h"
#include "store/operatorrepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {
constexpr qint64 Day = 86'400'000;

QByteArray workflow(const char *name, const char *severity)
{
    return QByteArray(R"(<workflow format="1" name=")") + name + R"(" label="Test"><properties severity=")" + severity
        + R"("/><activities><start name="start"><transition to="end"/></start><end name="end"/></activities></workflow>)";
}
} // namespace

class CleanupPausedWorkflowsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> f;
    QStringList m_journal;

    Status runJob()
    {
        JobContext::Reporting reporting;
        auto db = f->instance->database();
        JobContext context(
            *db, f->instance->dialect(), {}, {}, reporting,
            [this](JournalLevel, const QString &line) { m_journal << line; }, false);
        return CleanupPausedWorkflowsJob().run(context);
    }
    void pause(const QString &name, qint64 since)
    {
        QVERIFY(f->exec(u"UPDATE workflows SET state = 'paused', state_changed_at = ? WHERE internal_name = ?"_s,
                        {since, name}));
    }
    QStringList recipients(const QString &name) const
    {
        QStringList all;
        auto query = execute(*f->instance->database(),
                             u"SELECT group_name FROM notifications WHERE workflow_id = ? ORDER BY id"_s,
                             {f->workflowId(name)});
        while (query && query->next())
            all << query->value(0).toString();
        return all;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<EngineFixture>();
        QString error;
        QVERIFY2(f->setUp(&error), qPrintable(error));
        m_journal.clear();
        auto db = f->instance->database();
        QVERIFY(OperatorRepository(*db).create(
            {0, u"alice"_s, u"Alice"_s, *PasswordHasher::hash(u"alice-password"_s), false}, {u"workflowExecution"_s}));
        for (const char *name : {"stale", "recent", "critical"})
            QCOMPARE(f->add(workflow(name, qstrcmp(name, "critical") == 0 ? "production" : "normal")), QString());
        // Created by the administrator (never notified), last changed by alice.
        QVERIFY(f->exec(u"UPDATE workflows SET modified_by = 'alice'"_s));
        pause(u"stale"_s, nowMs() - 8 * Day);
        pause(u"recent"_s, nowMs() - 3 * Day);
        pause(u"critical"_s, nowMs() - 30 * Day);
    }
    void cleanup() { f.reset(); }

    void notifiesSupervisorsAndNonAdministratorsOfNormalWorkflowsPausedAWeek()
    {
        QVERIFY(runJob().has_value());
        QCOMPARE(recipients(u"stale"_s), (QStringList{u"workflowSupervisors"_s, u"operator:alice"_s}));
        QCOMPARE(recipients(u"recent"_s), QStringList());
        QCOMPARE(recipients(u"critical"_s), QStringList()); // production severity: left alone
        QCOMPARE(f->value(u"SELECT pause_notifications FROM workflows WHERE internal_name = 'stale'"_s).toInt(), 1);
        QVERIFY(f->journalContains(u"stale"_s, u"Workflow stale has been paused for 8 day(s). Notification 1 of 4"_s));
        QVERIFY2(
            m_journal.join(u'\n').contains(u"stale: paused for 8 day(s), notification 1 sent to workflowSupervisors, "
                                           "operator:alice"_s),
            qPrintable(m_journal.join(u'\n')));
        QCOMPARE(f->state(u"stale"_s), u"paused"_s);
    }

    void aSecondRunInTheSameWeekNotifiesNobodyAgain()
    {
        QVERIFY(runJob().has_value());
        QVERIFY(runJob().has_value());
        QCOMPARE(recipients(u"stale"_s).size(), 2);
        QCOMPARE(f->value(u"SELECT pause_notifications FROM workflows WHERE internal_name = 'stale'"_s).toInt(), 1);
    }

    void theFourthNotificationStopsTheWorkflowUnconditionally()
    {
        for (int week = 1; week <= 4; ++week) {
            QVERIFY(runJob().has_value());
            QCOMPARE(f->value(u"SELECT pause_notifications FROM workflows WHERE internal_name = 'stale'"_s).toInt(),
                     week);
            // A week goes by.
            QVERIFY(f->exec(u"UPDATE workflows SET pause_notified_at = pause_notified_at - ? WHERE internal_name = "
                            "'stale'"_s,
                            {7 * Day}));
            if (week < 4)
                QCOMPARE(f->state(u"stale"_s), u"paused"_s);
        }
        QCOMPARE(f->state(u"stale"_s), u"stopRequested"_s);
        QCOMPARE(f->value(u"SELECT command || ' by ' || requested_by FROM commands WHERE workflow_id = ?"_s,
                          {f->workflowId(u"stale"_s)})
                     .toString(),
                 u"kill by cleanupPausedWorkflows"_s);
        QVERIFY(f->journalContains(u"stale"_s,
                                   u"stopped unconditionally by cleanupPausedWorkflows after 4 notifications"_s));
        // The engine applies the stop.
        f->startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"stale"_s), u"finished"_s, 10000);
    }

    void resumingResetsTheCount()
    {
        QVERIFY(runJob().has_value());
        f->startEngine();
        QCOMPARE(f->command(u"stale"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"stale"_s), u"finished"_s, 10000);
        QCOMPARE(f->value(u"SELECT pause_notifications FROM workflows WHERE internal_name = 'stale'"_s).toInt(), 0);
    }

    void runsAsTheShippedWorkflowThroughTheEngine()
    {
        // The technical workflow of the Delivery package, with the standard jobs.
        GOLDEN_VERIFY(golden::runShippedWorkflow(*f, u"cleanupPausedWorkflows"_s, 10000));
        QCOMPARE(recipients(u"stale"_s).size(), 2);
        QVERIFY(f->journalContains(u"cleanupPausedWorkflows"_s, u"stale: paused for 8 day(s), notification 1"_s));
        QCOMPARE(f->state(u"cleanupPausedWorkflows"_s), u"started"_s); // re-armed for next week
    }
};

QTEST_GUILESS_MAIN(CleanupPausedWorkflowsTest)
#include "tst_cleanuppausedworkflows.moc"
