// The engine running workflows end to end on a SQLite instance: activities, commands, errors, timers.
#include "enginefixture.h"

#include <QHostInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

QByteArray workflow(const char *name, const char *activities, const char *properties = "")
{
    return QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?><workflow format="1" name=")") + name
        + R"(" label="Test">)" + properties + "<activities>" + activities + "</activities></workflow>";
}

constexpr int Timeout = 10000;

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> f;

    qint64 lastRun(const QString &name) const
    {
        return f->value(u"SELECT MAX(id) FROM runs WHERE workflow_id = ?"_s, {f->workflowId(name)}).toLongLong();
    }
    QString runStatus(qint64 run) const
    {
        return f->value(u"SELECT status FROM runs WHERE id = ?"_s, {run}).toString();
    }
    QString taskState(const QString &name, const QString &activity) const
    {
        return f
            ->value(u"SELECT state FROM tasks WHERE workflow_id = ? AND activity = ? ORDER BY id DESC"_s,
                    {f->workflowId(name), activity})
            .toString();
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<EngineFixture>();
        QString error;
        QVERIFY2(f->setUp(&error), qPrintable(error));
        f->startEngine();
    }
    void cleanup() { f.reset(); }

    void linearRunRecordsRunTasksAndJournal()
    {
        QCOMPARE(f->add(workflow("linear", R"(
            <start name="start"><transition to="count"/></start>
            <job name="count" job="rows"><param name="count" value="42"/><transition to="end"/></job>
            <end name="end"/>)")),
                 QString());
        QCOMPARE(f->command(u"linear"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"linear"_s), u"finished"_s, Timeout);
        const qint64 run = lastRun(u"linear"_s);
        QCOMPARE(runStatus(run), u"succeeded"_s);
        QCOMPARE(f->value(u"SELECT trigger || '/' || operator FROM runs WHERE id = ?"_s, {run}).toString(),
                 u"operator/admin"_s);
        QCOMPARE(f->value(u"SELECT rows_processed FROM runs WHERE id = ?"_s, {run}).toInt(), 42);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tasks WHERE run_id = ? AND state = 'done'"_s, {run}), 3);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM events WHERE run_id = ? AND consumed_at IS NOT NULL"_s, {run}), 2);
        QVERIFY(f->journalContains(u"linear"_s, u"count: 42 rows counted"_s));
        QVERIFY(f->journalContains(u"linear"_s, u"succeeded in"_s));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM commands WHERE applied_at IS NULL"_s), 0);
        QCOMPARE(f->value(u"SELECT last_status FROM workflows WHERE internal_name = 'linear'"_s).toString(),
                 u"succeeded"_s);
    }

    void forkBranchesRunInParallelAndJoin()
    {
        QCOMPARE(f->add(workflow("parallel", R"(
            <start name="start"><transition to="split"/></start>
            <fork name="split"><transition name="a" to="left"/><transition name="b" to="right"/></fork>
            <job name="left" job="sleep"><param name="ms" value="400"/><transition to="both"/></job>
            <job name="right" job="sleep"><param name="ms" value="400"/><transition to="both"/></job>
            <andJoin name="both"><transition to="end"/></andJoin>
            <end name="end"/>)")),
                 QString());
        QCOMPARE(f->command(u"parallel"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"parallel"_s), u"finished"_s, Timeout);
        const qint64 run = lastRun(u"parallel"_s);
        QCOMPARE(runStatus(run), u"succeeded"_s);
        const auto time = [&](const QString &column, const QString &activity) {
            return f->value(u"SELECT %1 FROM tasks WHERE run_id = ? AND activity = ?"_s.arg(column), {run, activity})
                .toLongLong();
        };
        // Both branches were running at the same time, on two threads.
        QVERIFY(time(u"started_at"_s, u"left"_s) < time(u"ended_at"_s, u"right"_s));
        QVERIFY(time(u"started_at"_s, u"right"_s) < time(u"ended_at"_s, u"left"_s));
        // The join ran once, after both.
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tasks WHERE run_id = ? AND activity = 'both'"_s, {run}), 1);
        QVERIFY(time(u"started_at"_s, u"both"_s)
                >= std::max(time(u"ended_at"_s, u"left"_s), time(u"ended_at"_s, u"right"_s)));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tasks WHERE run_id = ? AND activity = 'end'"_s, {run}), 1);
    }

    void testFollowsFirstTrueConditionOrDefault()
    {
        QCOMPARE(f->add(workflow("branching", R"(
            <start name="start"><transition to="compute"/></start>
            <javascript name="compute"><script>vars.n = 7; instance.vars.seen = true;</script><transition to="check"/></javascript>
            <test name="check">
              <transition name="big" when="vars.n &gt; 10" to="bigEnd"/>
              <transition name="odd" when="vars.n % 2 == 1" to="oddEnd"/>
              <transition name="other" default="true" to="otherEnd"/>
            </test>
            <end name="bigEnd"/><end name="oddEnd"/><end name="otherEnd"/>)")),
                 QString());
        QCOMPARE(f->command(u"branching"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"branching"_s), u"finished"_s, Timeout);
        const qint64 run = lastRun(u"branching"_s);
        QCOMPARE(runStatus(run), u"succeeded"_s);
        QCOMPARE(
            f->value(u"SELECT transition FROM events WHERE run_id = ? AND from_activity = 'check'"_s, {run}).toString(),
            u"odd"_s);
        QCOMPARE(
            f->count(u"SELECT COUNT(*) FROM tasks WHERE run_id = ? AND activity IN ('bigEnd', 'otherEnd')"_s, {run}),
            0);
        // Stopping (here: finishing) keeps variables until the next start clears them; this run set one.
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM workflow_variables WHERE name = 'seen'"_s), 1);
    }

    void pauseLetsTheRunningJobFinishAndStartsNothingNew()
    {
        QCOMPARE(f->add(workflow("pausable", R"(
            <start name="start"><transition to="first"/></start>
            <job name="first" job="sleep"><param name="ms" value="600"/><transition to="second"/></job>
            <job name="second" job="rows"><transition to="end"/></job>
            <end name="end"/>)")),
                 QString());
        QCOMPARE(f->command(u"pausable"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(taskState(u"pausable"_s, u"first"_s), u"running"_s, Timeout);
        QCOMPARE(f->command(u"pausable"_s, WorkflowCommand::Pause), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"pausable"_s), u"paused"_s, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(taskState(u"pausable"_s, u"first"_s), u"done"_s, Timeout);
        QTest::qWait(200); // several engine ticks: the next activity must not start while paused
        QCOMPARE(taskState(u"pausable"_s, u"second"_s), u"ready"_s);
        QCOMPARE(f->command(u"pausable"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"pausable"_s), u"finished"_s, Timeout);
        QCOMPARE(taskState(u"pausable"_s, u"second"_s), u"done"_s);
        QVERIFY(f->journalContains(u"pausable"_s, u"paused: running activities finish"_s));
        QVERIFY(f->journalContains(u"pausable"_s, u"resumed by admin"_s));
    }

    void stopInterruptsJavaScriptAndFinishes()
    {
        QCOMPARE(f->add(workflow("spinning", R"(
            <start name="start"><transition to="spin"/></start>
            <javascript name="spin"><script>while (true) {}</script><transition to="end"/></javascript>
            <end name="end"/>)")),
                 QString());
        QCOMPARE(f->command(u"spinning"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(taskState(u"spinning"_s, u"spin"_s), u"running"_s, Timeout);
        QCOMPARE(f->command(u"spinning"_s, WorkflowCommand::Stop), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"spinning"_s), u"finished"_s, 3000);
        QCOMPARE(taskState(u"spinning"_s, u"spin"_s), u"cancelled"_s);
        QCOMPARE(runStatus(lastRun(u"spinning"_s)), u"stopped"_s);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tasks WHERE workflow_id = ? AND activity = 'end'"_s,
                          {f->workflowId(u"spinning"_s)}),
                 0);
    }

    void eventPostedWhilePausedIsDeliveredOnResume()
    {
        QCOMPARE(f->add(workflow("listening", R"(
            <start name="start"><transition to="go"/></start>
            <signal name="go"><transition to="work"/></signal>
            <job name="work" job="rows"><param name="count" value="3"/><transition to="end"/></job>
            <end name="end"/>)")),
                 QString());
        QCOMPARE(f->command(u"listening"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(taskState(u"listening"_s, u"go"_s), u"armed"_s, Timeout);
        QCOMPARE(f->command(u"listening"_s, WorkflowCommand::Pause), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"listening"_s), u"paused"_s, Timeout);
        QCOMPARE(f->command(u"listening"_s, WorkflowCommand::PostEvent, {{u"event"_s, u"go"_s}, {u"who"_s, u"me"_s}}),
                 QString());
        QTest::qWait(200);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM commands WHERE command = 'signal' AND applied_at IS NULL"_s), 1);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM runs WHERE trigger = 'signal'"_s), 0);
        QCOMPARE(f->command(u"listening"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(
            f->count(u"SELECT COUNT(*) FROM runs WHERE trigger = 'signal' AND status = 'succeeded'"_s), 1, Timeout);
        const qint64 run = lastRun(u"listening"_s);
        QCOMPARE(f->value(u"SELECT parameters FROM runs WHERE id = ?"_s, {run}).toString(), u"{\"who\":\"me\"}"_s);
        // The signal stays armed for the next event; the workflow stays started.
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tasks WHERE activity = 'go' AND state = 'armed'"_s), 1);
        QCOMPARE(f->state(u"listening"_s), u"started"_s);
    }

    void failureSuspendsPausesNotifiesAndResumeRerunsOnlyTheFailedActivity()
    {
        QCOMPARE(f->add(workflow("fragile", R"(
            <start name="start"><transition to="before"/></start>
            <job name="before" job="append"><transition to="broken"/></job>
            <job name="broken" job="fail"><param name="message" value="disk full"/><transition to="end"/></job>
            <end name="end"/>)")),
                 QString());
        QCOMPARE(f->command(u"fragile"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"fragile"_s), u"paused"_s, Timeout);
        QCOMPARE(f->value(u"SELECT failed FROM workflows WHERE internal_name = 'fragile'"_s).toInt(), 1);
        QCOMPARE(taskState(u"fragile"_s, u"broken"_s), u"suspended"_s);
        QVERIFY(f->journalContains(u"fragile"_s, u"3 broken: disk full"_s));
        QCOMPARE(f->value(u"SELECT group_name || ': ' || message FROM notifications"_s).toString(),
                 u"workflowSupervisors: disk full"_s);
        QCOMPARE(runStatus(lastRun(u"fragile"_s)), u"running"_s); // a suspended task keeps its run open

        QCOMPARE(f->command(u"fragile"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(taskState(u"fragile"_s, u"broken"_s), u"suspended"_s, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"fragile"_s), u"paused"_s, Timeout);
        QCOMPARE(f->value(u"SELECT attempt FROM tasks WHERE activity = 'broken'"_s).toInt(), 2);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM test_effects"_s), 1); // "before" did not run again
    }

    void errorPoliciesIgnoreAndAbort()
    {
        QCOMPARE(f->add(workflow("tolerant", R"(
            <start name="start"><transition to="broken"/></start>
            <job name="broken" job="fail" onError="ignore"><transition to="after"/></job>
            <job name="after" job="rows"><transition to="end"/></job>
            <end name="end"/>)")),
                 QString());
        QCOMPARE(f->add(workflow("strict", R"(
            <start name="start"><transition to="split"/></start>
            <fork name="split"><transition name="a" to="broken"/><transition name="b" to="slow"/></fork>
            <job name="broken" job="fail" onError="abort"><transition to="end"/></job>
            <job name="slow" job="sleep"><param name="ms" value="5000"/><transition to="end"/></job>
            <end name="end"/>)")),
                 QString());
        QCOMPARE(f->command(u"tolerant"_s, WorkflowCommand::Start), QString());
        QCOMPARE(f->command(u"strict"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"tolerant"_s), u"finished"_s, Timeout);
        QCOMPARE(taskState(u"tolerant"_s, u"after"_s), u"done"_s);
        QCOMPARE(runStatus(lastRun(u"tolerant"_s)), u"succeeded"_s);
        QVERIFY(f->journalContains(u"tolerant"_s, u"error ignored"_s));
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"strict"_s), u"finished"_s, Timeout);
        QCOMPARE(f->value(u"SELECT failed FROM workflows WHERE internal_name = 'strict'"_s).toInt(), 1);
        QCOMPARE(taskState(u"strict"_s, u"slow"_s), u"cancelled"_s);
        QCOMPARE(runStatus(lastRun(u"strict"_s)), u"failed"_s);
    }

    void consecutiveErrorsAreToleratedUpToTheLimit()
    {
        QCOMPARE(f->add(workflow("flaky", R"(
            <start name="start"><transition to="go"/></start>
            <signal name="go"><transition to="broken"/></signal>
            <job name="broken" job="fail"><transition to="end"/></job>
            <end name="end"/>)",
                                 R"(<properties errorManagement="ignore" consecutiveErrors="2"/>)")),
                 QString());
        QCOMPARE(f->command(u"flaky"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(taskState(u"flaky"_s, u"go"_s), u"armed"_s, Timeout);
        QCOMPARE(f->command(u"flaky"_s, WorkflowCommand::PostEvent, {{u"event"_s, u"go"_s}}), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->count(u"SELECT COUNT(*) FROM runs WHERE status = 'failed'"_s), 1, Timeout);
        QCOMPARE(f->state(u"flaky"_s), u"started"_s);
        QVERIFY(f->journalContains(u"flaky"_s, u"error 1 in a row tolerated"_s));
        QCOMPARE(f->command(u"flaky"_s, WorkflowCommand::PostEvent, {{u"event"_s, u"go"_s}}), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"flaky"_s), u"paused"_s, Timeout);
        QCOMPARE(f->value(u"SELECT failed FROM workflows WHERE internal_name = 'flaky'"_s).toInt(), 1);
    }

    void schedulerFiresOnWakeupAndRearms()
    {
        QCOMPARE(f->add(workflow("scheduled", R"(
            <start name="start"><transition to="schedule"/></start>
            <scheduler name="schedule"><daily at="04:00"/><transition to="work"/></scheduler>
            <job name="work" job="rows"><transition to="end"/></job>
            <end name="end"/>)")),
                 QString());
        QCOMPARE(f->command(u"scheduled"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(taskState(u"scheduled"_s, u"schedule"_s), u"armed"_s, Timeout);
        const qint64 next
            = f->value(u"SELECT next_run_at FROM workflows WHERE internal_name = 'scheduled'"_s).toLongLong();
        QVERIFY(next > nowMs());
        QVERIFY(next <= nowMs() + 24 * 3600 * 1000);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(next).time(), QTime(4, 0));
        QCOMPARE(f->state(u"scheduled"_s), u"started"_s);

        QCOMPARE(f->command(u"scheduled"_s, WorkflowCommand::Wakeup), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->count(u"SELECT COUNT(*) FROM runs WHERE trigger = 'schedule' AND status = "
                                           "'succeeded'"_s),
                                  1, Timeout);
        QCOMPARE(f->value(u"SELECT fire_count FROM tasks WHERE activity = 'schedule' AND state = 'armed'"_s).toInt(),
                 1);
        const qint64 rearmed
            = f->value(u"SELECT next_run_at FROM workflows WHERE internal_name = 'scheduled'"_s).toLongLong();
        QVERIFY(rearmed > nowMs());
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(rearmed).time(), QTime(4, 0));
    }

    void missedTicksRunOnceOnCatchUp()
    {
        QCOMPARE(f->add(workflow("late", R"(
            <start name="start"><transition to="schedule"/></start>
            <scheduler name="schedule"><every interval="10m"/><transition to="work"/></scheduler>
            <job name="work" job="rows"><transition to="end"/></job>
            <end name="end"/>)")),
                 QString());
        f->stopEngine();
        QCOMPARE(f->command(u"late"_s, WorkflowCommand::Start), QString());
        f->startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(taskState(u"late"_s, u"schedule"_s), u"armed"_s, Timeout);
        f->stopEngine();
        // Three hours of downtime: eighteen ticks were missed.
        QVERIFY(f->exec(u"UPDATE tasks SET wake_at = ? WHERE activity = 'schedule'"_s, {nowMs() - 3 * 3600 * 1000}));
        f->startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(f->count(u"SELECT COUNT(*) FROM runs WHERE trigger = 'schedule' AND status = "
                                           "'succeeded'"_s),
                                  1, Timeout);
        QTest::qWait(200);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM runs WHERE trigger = 'schedule'"_s), 1); // never a burst
        QVERIFY2(f->journalContains(u"late"_s, u"passed while the engine was stopped"_s),
                 qPrintable(f->journal(u"late"_s).join(u'\n')));
        QVERIFY(f->value(u"SELECT next_run_at FROM workflows WHERE internal_name = 'late'"_s).toLongLong() > nowMs());
    }

    void waitAndSignalExpiry()
    {
        QCOMPARE(f->add(workflow("patient", R"(
            <start name="start"><transition to="pause"/></start>
            <wait name="pause" duration="1s"><transition to="approval"/></wait>
            <signal name="approval" expiry="1s"><transition to="approved"/><transition on="expiry" to="expired"/></signal>
            <end name="approved"/><end name="expired"/>)")),
                 QString());
        QCOMPARE(f->command(u"patient"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(taskState(u"patient"_s, u"pause"_s), u"waiting"_s, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"patient"_s), u"finished"_s, Timeout);
        const qint64 run = lastRun(u"patient"_s);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tasks WHERE run_id = ? AND activity = 'expired'"_s, {run}), 1);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tasks WHERE run_id = ? AND activity = 'approved'"_s, {run}), 0);
        const qint64 waited
            = f->value(u"SELECT ended_at - created_at FROM tasks WHERE run_id = ? AND activity = 'pause'"_s, {run})
                  .toLongLong();
        QVERIFY2(waited >= 1000, qPrintable(QString::number(waited)));
        QVERIFY(f->journalContains(u"patient"_s, u"no event arrived before the expiry"_s));
    }

    void subWorkflowRunsAndItsFailureFailsTheParent()
    {
        QCOMPARE(f->add(workflow("child", R"(
            <start name="start"><transition to="work"/></start>
            <job name="work" job="rows"><param name="count" value="5"/><transition to="end"/></job>
            <end name="end"/>)")),
                 QString());
        QCOMPARE(f->add(workflow("parent", R"(
            <start name="start"><transition to="call"/></start>
            <subWorkflow name="call" workflow="child"><transition to="end"/></subWorkflow>
            <end name="end"/>)")),
                 QString());
        QCOMPARE(f->command(u"parent"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"parent"_s), u"finished"_s, Timeout);
        QCOMPARE(runStatus(lastRun(u"parent"_s)), u"succeeded"_s);
        QCOMPARE(f->value(u"SELECT trigger FROM runs WHERE id = ?"_s, {lastRun(u"child"_s)}).toString(),
                 u"subWorkflow"_s);
        QCOMPARE(runStatus(lastRun(u"child"_s)), u"succeeded"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"child"_s), u"finished"_s, Timeout);
    }

    void restartKeepsInstanceVariablesAndStopClearsThem()
    {
        QCOMPARE(f->add(workflow("counting", R"(
            <start name="start"><transition to="bump"/></start>
            <javascript name="bump"><script>instance.vars.n = (instance.vars.n || 0) + 1;</script><transition to="go"/></javascript>
            <signal name="go"><transition to="end"/></signal>
            <end name="end"/>)")),
                 QString());
        QCOMPARE(f->command(u"counting"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(taskState(u"counting"_s, u"go"_s), u"armed"_s, Timeout);
        QCOMPARE(f->value(u"SELECT value FROM workflow_variables WHERE name = 'n'"_s).toString(), u"1"_s); // JSON
        QCOMPARE(f->command(u"counting"_s, WorkflowCommand::Restart), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->value(u"SELECT value FROM workflow_variables WHERE name = 'n'"_s).toString(),
                                  u"2"_s, Timeout);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM runs WHERE trigger = 'restart'"_s), 1);
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"counting"_s), u"started"_s, Timeout);
        QCOMPARE(f->command(u"counting"_s, WorkflowCommand::Stop), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"counting"_s), u"finished"_s, Timeout);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM workflow_variables"_s), 0);
        QCOMPARE(taskState(u"counting"_s, u"go"_s), u"cancelled"_s);
    }

    void unconditionalStopAbandonsAStubbornJob()
    {
        QCOMPARE(f->add(workflow("stubborn", R"(
            <start name="start"><transition to="hold"/></start>
            <job name="hold" job="stubborn"><param name="ms" value="1500"/><transition to="end"/></job>
            <end name="end"/>)")),
                 QString());
        QCOMPARE(f->command(u"stubborn"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(taskState(u"stubborn"_s, u"hold"_s), u"running"_s, Timeout);
        QCOMPARE(f->command(u"stubborn"_s, WorkflowCommand::Stop), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"stubborn"_s), u"stopRequested"_s, Timeout);
        QCOMPARE(f->command(u"stubborn"_s, WorkflowCommand::UnconditionalStop), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"stubborn"_s), u"finished"_s, 1000);
        QCOMPARE(taskState(u"stubborn"_s, u"hold"_s), u"cancelled"_s);
        // When the job returns at last, its result changes nothing.
        QTest::qWait(1700);
        QCOMPARE(taskState(u"stubborn"_s, u"hold"_s), u"cancelled"_s);
        QCOMPARE(f->state(u"stubborn"_s), u"finished"_s);
    }

    void simulationSkipsSideEffects()
    {
        QCOMPARE(f->add(workflow("dryrun", R"(
            <start name="start"><transition to="schedule"/></start>
            <scheduler name="schedule"><daily at="04:00"/><transition to="write"/></scheduler>
            <job name="write" job="append"><transition to="end"/></job>
            <end name="end"/>)")),
                 QString());
        QCOMPARE(f->command(u"dryrun"_s, WorkflowCommand::Simulate), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"dryrun"_s), u"finished"_s, Timeout);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM test_effects"_s), 0);
        QCOMPARE(f->value(u"SELECT simulated FROM runs WHERE id = ?"_s, {lastRun(u"dryrun"_s)}).toInt(), 1);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tasks WHERE activity = 'end'"_s), 1);
        QVERIFY(f->journalContains(u"dryrun"_s, u"write: simulation: skipped"_s));
    }

    void purgeDeletesEndedRunsAndTheirJournal()
    {
        QCOMPARE(f->add(workflow("purgeable", R"(
            <start name="start"><transition to="end"/></start>
            <end name="end"/>)")),
                 QString());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(f->command(u"purgeable"_s, WorkflowCommand::Start), QString());
            QTRY_COMPARE_WITH_TIMEOUT(f->state(u"purgeable"_s), u"finished"_s, Timeout);
        }
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM runs"_s), 3);
        QCOMPARE(f->command(u"purgeable"_s, WorkflowCommand::PurgeHistory), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->count(u"SELECT COUNT(*) FROM runs"_s), 0, Timeout);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tasks"_s), 0);
        QCOMPARE(f->journal(u"purgeable"_s),
                 QStringList({u"1 : purge requested by admin"_s, u"1 : history purged by admin: 3 run(s) deleted"_s}));
    }

    void badActivitiesFailWithClearJournalLines_data()
    {
        QTest::addColumn<QByteArray>("activity");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown job") << QByteArray(R"(<job name="bad" job="nosuch"><transition to="end"/></job>)")
                                     << u"no job named \"nosuch\" is available on node test-node"_s;
        QTest::newRow("throwing script") << QByteArray(R"(<javascript name="bad"><script>var a = 1;
throw new Error("boom");</script><transition to="end"/></javascript>)")
                                         << u"line 2"_s;
        QTest::newRow("timed-out script") << QByteArray(
            R"(<javascript name="bad" timeout="1s"><script>for (;;) {}</script><transition to="end"/></javascript>)")
                                          << u"stopped after the time limit of 1 s"_s;
        QTest::newRow("SQL error") << QByteArray(
            R"(<sql name="bad"><statement>SELECT * FROM no_such_table</statement><transition to="end"/></sql>)")
                                   << u"SQL error"_s;
        QTest::newRow("unknown cube") << QByteArray(
            R"(<aggregate name="bad" cube="nosuch"><transition to="end"/></aggregate>)")
                                      << u"there is no cube named \"nosuch\""_s;
        QTest::newRow("missing sub-workflow")
            << QByteArray(R"(<subWorkflow name="bad" workflow="nosuch"><transition to="end"/></subWorkflow>)")
            << u"there is no workflow named \"nosuch\""_s;
    }

    void badActivitiesFailWithClearJournalLines()
    {
        QFETCH(QByteArray, activity);
        QFETCH(QString, expected);
        QCOMPARE(f->add(workflow(
                     "faulty",
                     ("<start name=\"start\"><transition to=\"bad\"/></start>" + activity + "<end name=\"end\"/>")
                         .constData())),
                 QString());
        QCOMPARE(f->command(u"faulty"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"faulty"_s), u"paused"_s, Timeout);
        QCOMPARE(f->value(u"SELECT failed FROM workflows WHERE internal_name = 'faulty'"_s).toInt(), 1);
        QVERIFY2(f->journalContains(u"faulty"_s, expected), qPrintable(f->journal(u"faulty"_s).join(u'\n')));
    }

    void sqlActivityBindsParametersAndSetsVariables()
    {
        QVERIFY(f->exec(u"INSERT INTO test_effects (label, at) VALUES ('a', 1), ('b', 2), ('c', 3)"_s));
        QCOMPARE(f->add(workflow("querying", R"(
            <start name="start"><transition to="count"/></start>
            <sql name="count"><statement>SELECT COUNT(*) AS n FROM test_effects WHERE at &gt;= :since</statement>
              <param name="since" value="2"/><transition to="check"/></sql>
            <test name="check"><transition name="two" when="vars.n == 2" to="good"/><transition name="other" default="true" to="bad"/></test>
            <end name="good"/><end name="bad"/>)")),
                 QString());
        QCOMPARE(f->command(u"querying"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"querying"_s), u"finished"_s, Timeout);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tasks WHERE activity = 'good'"_s), 1);
    }

    void historyOlderThanTheWorkflowsRetentionIsPurged()
    {
        QCOMPARE(f->add(workflow("brief", R"(
            <start name="start"><transition to="end"/></start>
            <end name="end"/>)",
                                 R"(<properties historyDays="2"/>)")),
                 QString());
        QCOMPARE(f->add(workflow("keeper", R"(
            <start name="start"><transition to="end"/></start>
            <end name="end"/>)",
                                 R"(<properties historyDays="0"/>)")),
                 QString());
        for (const QString &name : {u"brief"_s, u"keeper"_s}) {
            QCOMPARE(f->command(name, WorkflowCommand::Start), QString());
            QTRY_COMPARE_WITH_TIMEOUT(f->state(name), u"finished"_s, Timeout);
        }
        f->stopEngine();
        // Their runs ended three days ago; a newer run of "brief" stays.
        const qint64 threeDaysAgo = nowMs() - 3 * 86'400'000LL;
        QVERIFY(f->exec(u"UPDATE runs SET started_at = ?, ended_at = ?"_s, {threeDaysAgo, threeDaysAgo}));
        QVERIFY(f->exec(u"UPDATE journal SET at = ?"_s, {threeDaysAgo}));
        f->startEngine();
        QCOMPARE(f->command(u"brief"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(
            f->count(u"SELECT COUNT(*) FROM runs WHERE workflow_id = ?"_s, {f->workflowId(u"brief"_s)}), 1, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"brief"_s), u"finished"_s, Timeout);
        QVERIFY(
            f->value(u"SELECT started_at FROM runs WHERE workflow_id = ?"_s, {f->workflowId(u"brief"_s)}).toLongLong()
            > threeDaysAgo);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM journal WHERE workflow_id = ? AND at = ?"_s,
                          {f->workflowId(u"brief"_s), threeDaysAgo}),
                 0);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM runs WHERE workflow_id = ?"_s, {f->workflowId(u"keeper"_s)}), 1);
    }

    void liveNodesLeaveOutSilentNodesAndKilledLocalProcesses()
    {
        f->stopEngine(); // its own node row would count
        QVERIFY(f->exec(u"DELETE FROM nodes"_s));
        const QString host = QHostInfo::localHostName();
        const qint64 now = nowMs();
        const auto node = [&](const QString &name, const QString &onHost, qint64 pid, qint64 beat) {
            return f->exec(u"INSERT INTO nodes (name, affinities, host, pid, started_at, heartbeat_at, state) "
                           "VALUES (?, '', ?, ?, ?, ?, 'running')"_s,
                           {name, onHost, pid, beat, beat});
        };
        QVERIFY(node(u"alive"_s, host, QCoreApplication::applicationPid(), now));
        QVERIFY(node(u"elsewhere"_s, u"another-host.invalid"_s, 1, now));
        QVERIFY(node(u"killed"_s, host, 4'194'305, now)); // above Linux's highest pid: no such process
        QVERIFY(node(u"silent"_s, u"another-host.invalid"_s, 1, now - 60'000));
        auto live = Engine::liveNodes(*f->instance, std::chrono::seconds(30));
        QVERIFY(live.has_value());
        QCOMPARE(*live, (QStringList{u"alive"_s, u"elsewhere"_s}));
    }

    void startWithParametersOnAPausedWorkflowClosesItsOpenRun()
    {
        QCOMPARE(f->add(workflow("reparam", R"(
            <start name="start"><transition to="first"/></start>
            <job name="first" job="sleep"><param name="ms" value="400"/><transition to="second"/></job>
            <job name="second" job="rows"><transition to="end"/></job>
            <end name="end"/>)")),
                 QString());
        QCOMPARE(f->command(u"reparam"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(taskState(u"reparam"_s, u"first"_s), u"running"_s, Timeout);
        const qint64 first = lastRun(u"reparam"_s);
        QCOMPARE(f->command(u"reparam"_s, WorkflowCommand::Pause), QString());
        QTRY_COMPARE_WITH_TIMEOUT(taskState(u"reparam"_s, u"second"_s), u"ready"_s, Timeout);
        QCOMPARE(f->command(u"reparam"_s, WorkflowCommand::Start, {{u"label"_s, u"again"_s}}), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"reparam"_s), u"finished"_s, Timeout);
        QCOMPARE(runStatus(first), u"stopped"_s);
        QCOMPARE(runStatus(lastRun(u"reparam"_s)), u"succeeded"_s);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM runs WHERE status = 'running'"_s), 0);
    }

    void aRunCutShortByAStopIsStoppedEvenIfItsTaskSucceeded()
    {
        QCOMPARE(f->add(workflow("cutshort", R"(
            <start name="start"><transition to="hold"/></start>
            <job name="hold" job="stubborn"><param name="ms" value="500"/><transition to="after"/></job>
            <job name="after" job="rows"><transition to="end"/></job>
            <end name="end"/>)")),
                 QString());
        QCOMPARE(f->command(u"cutshort"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(taskState(u"cutshort"_s, u"hold"_s), u"running"_s, Timeout);
        QCOMPARE(f->command(u"cutshort"_s, WorkflowCommand::Stop), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"cutshort"_s), u"finished"_s, Timeout);
        // It ignored the cancellation; whether its success is kept or seen as cancelled, the run was cut short.
        QVERIFY(QStringList({u"done"_s, u"cancelled"_s}).contains(taskState(u"cutshort"_s, u"hold"_s)));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tasks WHERE activity = 'after'"_s), 0);
        QCOMPARE(runStatus(lastRun(u"cutshort"_s)), u"stopped"_s);
        QCOMPARE(f->value(u"SELECT last_status FROM workflows WHERE internal_name = 'cutshort'"_s).toString(),
                 u"stopped"_s);
    }

    void maxDurationRaisesAWarning()
    {
        QCOMPARE(f->add(workflow("slowpoke", R"(
            <start name="start"><transition to="slow"/></start>
            <job name="slow" job="sleep" maxDuration="1s"><param name="ms" value="1600"/><transition to="end"/></job>
            <end name="end"/>)")),
                 QString());
        QCOMPARE(f->command(u"slowpoke"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(u"slowpoke"_s), u"finished"_s, Timeout);
        QVERIFY(f->journalContains(u"slowpoke"_s, u"still running after its maximum duration of 1s"_s));
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
