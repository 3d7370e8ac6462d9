// Every command of SPEC §4 sent from every workflow state, through CommandQueue to a running engine: the refusal
// the operator reads, or the transitional state shown while the command waits, the state the engine settles in,
// the command row's result and the journal lines the engine writes. The expectations are written out below from
// SPEC §4, not computed by the code under test.
#include "enginefixture.h"

#include "engine/commandqueue.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

constexpr int Timeout = 5000;
const QString Name = u"machine"_s;

// A start, a fork to an armed signal (so that the workflow stays started between events) and a one-hour wait (so
// that "execute pending tasks now" has something to wake), both leading to a job. For the stop-requested state, a
// third branch holds a stubborn job that ignores cancellation, so that a stop stays requested for a while.
constexpr int StubbornMs = 1200;

QByteArray definition(bool stuck)
{
    QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<workflow format="1" name="machine" label="State machine"><activities>
  <start name="start"><transition to="split"/></start>
  <fork name="split"><transition name="a" to="go"/><transition name="b" to="nap"/>)";
    if (stuck)
        xml += R"(<transition name="c" to="hold"/>)";
    xml += R"(</fork>
  <signal name="go"><transition to="work"/></signal>
  <wait name="nap" duration="1h"><transition to="work"/></wait>
  <job name="work" job="rows"><param name="count" value="2"/><transition to="end"/></job>)";
    if (stuck)
        xml += R"(<job name="hold" job="stubborn"><param name="ms" value=")" + QByteArray::number(StubbornMs)
            + R"("/><transition to="end"/></job>)";
    xml += R"(
  <end name="end"/>
</activities></workflow>)";
    return xml;
}

// The states as stored, written out here rather than taken from the code under test.
QString stored(WorkflowState state)
{
    switch (state) {
    case WorkflowState::Edited:
        return u"edited"_s;
    case WorkflowState::StartPending:
        return u"startPending"_s;
    case WorkflowState::Started:
        return u"started"_s;
    case WorkflowState::PauseRequested:
        return u"pauseRequested"_s;
    case WorkflowState::Paused:
        return u"paused"_s;
    case WorkflowState::StopRequested:
        return u"stopRequested"_s;
    case WorkflowState::RestartRequested:
        return u"restartRequested"_s;
    case WorkflowState::Finished:
        return u"finished"_s;
    }
    return {};
}

const QString LiveTasks = u"SELECT COUNT(*) FROM tasks WHERE state IN ('ready', 'running', 'waiting', 'armed', "
                          "'suspended')"_s;
// Effects: SQL statements that must come to return 1 once the engine applied the command.
const QString ArmedAndNapping
    = u"SELECT COUNT(*) = 2 FROM tasks WHERE (activity = 'go' AND state = 'armed') OR (activity = 'nap' AND state = "
      "'waiting')"_s;
const QString AllStopped
    = u"SELECT ("_s + LiveTasks + u") = 0 AND (SELECT COUNT(*) FROM runs WHERE status = 'running') = 0"_s;
// Purging keeps the open run and the armed signal.
const QString PurgedButOpen
    = u"SELECT (SELECT COUNT(*) FROM runs WHERE status = 'running') = 1 AND ("_s + ArmedAndNapping + u")"_s;
const QString Restarted = u"SELECT COUNT(*) FROM runs WHERE trigger = 'restart' AND status = 'running'"_s;
const QString Simulated
    = u"SELECT COUNT(*) FROM runs WHERE simulated = 1 AND status = 'succeeded' AND rows_processed = 0"_s;
const QString WorkDone = u"SELECT COUNT(*) FROM tasks WHERE activity = 'work' AND state = 'done'"_s;
const QString SignalRun = u"SELECT COUNT(*) FROM runs WHERE trigger = 'signal' AND trigger_activity = 'go' AND "
                          "status = 'succeeded' AND rows_processed = 2"_s;
const QString NoRuns = u"SELECT COUNT(*) = 0 FROM runs"_s;
const QString HoldAbandoned = u"SELECT COUNT(*) FROM tasks WHERE activity = 'hold' AND state = 'cancelled' AND "
                              "error = 'abandoned by an unconditional stop'"_s;

QString info(const QString &message)
{
    return u"1 : "_s + message;
}

} // namespace

class TestStateMachine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> f;

    QString pendingCommands() const
    {
        return f->value(u"SELECT group_concat(command, ',') FROM commands WHERE applied_at IS NULL"_s).toString();
    }
    // The workflow's journal lines written at or after `since` (ms), oldest first.
    QStringList journalSince(qint64 since) const
    {
        QStringList lines;
        auto query = execute(*f->instance->database(),
                             u"SELECT level, COALESCE(activity, ''), message FROM journal WHERE workflow_id = ? AND "
                             "at >= ? ORDER BY id"_s,
                             {f->workflowId(Name), since});
        if (!query)
            return {query.error().message};
        while (query->next())
            lines << u"%1 %2: %3"_s.arg(query->value(0).toInt())
                         .arg(query->value(1).toString(), query->value(2).toString());
        return lines;
    }
    // True when `expected` appears in `lines` in this order (other lines may come in between).
    static bool inOrder(const QStringList &lines, const QStringList &expected)
    {
        qsizetype at = 0;
        for (const QString &line : expected) {
            at = lines.indexOf(line, at);
            if (at < 0)
                return false;
            ++at;
        }
        return true;
    }
    // The engine has completed a cycle begun after `since` (every cycle applies the pending commands first).
    bool engineCycledSince(qint64 since) const
    {
        return f->count(u"SELECT COUNT(*) FROM nodes WHERE name = ? AND state = 'running' AND started_at >= ? "
                        "AND heartbeat_at > started_at"_s,
                        {f->options.nodeName, since})
            == 1;
    }

    // Brings the workflow into `state` through the engine; returns with the engine stopped, except for the stop
    // requested state, whose stubborn job runs on.
    void reach(WorkflowState state)
    {
        const bool stuck = state == WorkflowState::StopRequested;
        QCOMPARE(f->add(definition(stuck)), QString());
        QCOMPARE(f->state(Name), u"edited"_s);
        if (state == WorkflowState::Edited)
            return;
        if (state == WorkflowState::StartPending) {
            QCOMPARE(f->command(Name, WorkflowCommand::Start), QString()); // no engine yet
            QCOMPARE(f->state(Name), u"startPending"_s);
            return;
        }
        f->startEngine();
        QCOMPARE(f->command(Name, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(Name), u"started"_s, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(f->count(ArmedAndNapping), 1, Timeout);
        switch (state) {
        case WorkflowState::Started:
            break;
        case WorkflowState::Paused:
            QCOMPARE(f->command(Name, WorkflowCommand::Pause), QString());
            QTRY_COMPARE_WITH_TIMEOUT(f->state(Name), u"paused"_s, Timeout);
            break;
        case WorkflowState::Finished:
            QCOMPARE(f->command(Name, WorkflowCommand::Stop), QString());
            QTRY_COMPARE_WITH_TIMEOUT(f->state(Name), u"finished"_s, Timeout);
            break;
        case WorkflowState::StopRequested:
            QTRY_COMPARE_WITH_TIMEOUT(f->value(u"SELECT state FROM tasks WHERE activity = 'hold'"_s).toString(),
                                      u"running"_s, Timeout);
            QCOMPARE(f->command(Name, WorkflowCommand::Stop), QString());
            QTRY_COMPARE_WITH_TIMEOUT(pendingCommands(), QString(), Timeout);
            QCOMPARE(f->state(Name), u"stopRequested"_s); // applied: the engine waits for the stubborn job
            QVERIFY(f->journalContains(Name, u"waiting for 1 running activit"_s));
            return;
        case WorkflowState::PauseRequested:
        case WorkflowState::RestartRequested:
            break;
        default:
            QFAIL("no way to reach that state");
        }
        QTRY_COMPARE_WITH_TIMEOUT(pendingCommands(), QString(), Timeout);
        f->stopEngine();
        if (state == WorkflowState::PauseRequested) {
            QCOMPARE(f->command(Name, WorkflowCommand::Pause), QString());
            QCOMPARE(f->state(Name), u"pauseRequested"_s);
        } else if (state == WorkflowState::RestartRequested) {
            QCOMPARE(f->command(Name, WorkflowCommand::Restart), QString());
            QCOMPARE(f->state(Name), u"restartRequested"_s);
        }
    }

    static void refused(WorkflowState state, WorkflowCommand command, const QString &why)
    {
        QTest::addRow("%s/%s", qPrintable(stored(state)), qPrintable(workflowCommandName(command)))
            << state << command << why << QString() << QString() << QString() << QStringList() << QString();
    }
    static void accepted(WorkflowState state, WorkflowCommand command, const QString &shown, const QString &settled,
                         const QString &result, const QStringList &journal, const QString &effect)
    {
        QTest::addRow("%s/%s", qPrintable(stored(state)), qPrintable(workflowCommandName(command)))
            << state << command << QString() << shown << settled << result << journal << effect;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<EngineFixture>();
        QString error;
        QVERIFY2(f->setUp(&error), qPrintable(error));
    }
    void cleanup() { f.reset(); }

    void everyCommandFromEveryState_data()
    {
        QTest::addColumn<WorkflowState>("state");
        QTest::addColumn<WorkflowCommand>("command");
        QTest::addColumn<QString>("refusal"); // the operator's message, or empty when the command is queued
        QTest::addColumn<QString>("shown"); // the state shown while the command waits for the engine
        QTest::addColumn<QString>("settled"); // the state the engine leaves the workflow in
        QTest::addColumn<QString>("result"); // the command row's result; "pending" while the workflow is paused
        QTest::addColumn<QStringList>("journal"); // lines the engine writes, in this order
        QTest::addColumn<QString>("effect"); // SQL that comes to return 1

        using S = WorkflowState;
        using C = WorkflowCommand;
        const QString applied = u"applied"_s;

        // Being edited: never run, so only start, simulate and purge make sense.
        accepted(S::Edited, C::Start, u"startPending"_s, u"started"_s, applied,
                 {info(u"start requested by admin"_s), info(u"Run 1 started (operator by admin)"_s)}, ArmedAndNapping);
        refused(S::Edited, C::Pause, u"cannot pause the workflow: it is being edited, not started"_s);
        refused(S::Edited, C::Stop, u"cannot stop the workflow: it is being edited, not started or paused"_s);
        refused(S::Edited, C::UnconditionalStop,
                u"cannot unconditionally stop the workflow: it is being edited; there is nothing to stop"_s);
        refused(S::Edited, C::Restart,
                u"cannot restart the workflow: it is being edited and has never run; start it"_s);
        refused(S::Edited, C::Wakeup,
                u"cannot execute the pending tasks of the workflow: it is being edited, not started"_s);
        accepted(S::Edited, C::PurgeHistory, u"edited"_s, u"edited"_s, applied,
                 {info(u"purge requested by admin"_s), info(u"history purged by admin: 0 run(s) deleted"_s)}, NoRuns);
        accepted(S::Edited, C::Simulate, u"startPending"_s, u"finished"_s, applied,
                 {info(u"simulate requested by admin"_s),
                  info(u"Run 1 started (simulation by admin) as a simulation: activities with side effects are "
                       "skipped"_s),
                  info(u"finished: nothing is left to run"_s)},
                 Simulated);
        refused(S::Edited, C::PostEvent,
                u"cannot post an event to the workflow: it is being edited, not started or paused"_s);

        // The transitional states: only an unconditional stop may overtake the command waiting for the engine,
        // which the engine applies first.
        const auto waitFor = [](const char *label, const char *state) {
            return u"cannot %1 the workflow: it is %2; wait for the engine to apply that"_s.arg(
                QLatin1StringView(label), QLatin1StringView(state));
        };
        struct Transitional
        {
            S state;
            const char *label;
            QStringList journal;
            QString effect;
        };
        const QList<Transitional> transitional{
            {S::StartPending,
             "start pending",
             {info(u"start requested by admin"_s),
              u"2 : start ignored: an unconditional stop was requested after it"_s, info(u"kill requested by admin"_s),
              info(u"stopped"_s)},
             AllStopped},
            {S::PauseRequested,
             "pause requested",
             {info(u"pause requested by admin"_s), u"2 : pause ignored: the workflow is no longer started"_s,
              info(u"kill requested by admin"_s), info(u"stopped"_s)},
             AllStopped},
            {S::StopRequested,
             "stop requested",
             {info(u"kill requested by admin"_s), info(u"stopped"_s)},
             HoldAbandoned},
            {S::RestartRequested,
             "restart requested",
             {info(u"restart requested by admin"_s),
              u"2 : restart ignored: an unconditional stop was requested after it"_s, info(u"kill requested by admin"_s),
              info(u"stopped"_s)},
             AllStopped},
        };
        for (const Transitional &t : transitional) {
            refused(t.state, C::Start, waitFor("start", t.label));
            refused(t.state, C::Pause, waitFor("pause", t.label));
            refused(t.state, C::Stop, waitFor("stop", t.label));
            accepted(t.state, C::UnconditionalStop, u"stopRequested"_s, u"finished"_s, applied, t.journal, t.effect);
            refused(t.state, C::Restart, waitFor("restart", t.label));
            refused(t.state, C::Wakeup, waitFor("execute the pending tasks of", t.label));
            refused(t.state, C::PurgeHistory, waitFor("purge the history of", t.label));
            refused(t.state, C::Simulate, waitFor("simulate", t.label));
            refused(t.state, C::PostEvent, waitFor("post an event to", t.label));
        }

        // Started (its signal armed, its wait waiting, run 1 open).
        refused(S::Started, C::Start, u"cannot start the workflow: it is already started"_s);
        accepted(S::Started, C::Pause, u"pauseRequested"_s, u"paused"_s, applied,
                 {info(u"pause requested by admin"_s), info(u"paused: running activities finish, none starts"_s)},
                 ArmedAndNapping);
        accepted(S::Started, C::Stop, u"stopRequested"_s, u"finished"_s, applied,
                 {info(u"stop requested by admin"_s), info(u"stopped"_s)}, AllStopped);
        accepted(S::Started, C::UnconditionalStop, u"stopRequested"_s, u"finished"_s, applied,
                 {info(u"kill requested by admin"_s), info(u"stopped"_s)}, AllStopped);
        accepted(S::Started, C::Restart, u"restartRequested"_s, u"started"_s, applied,
                 {info(u"restart requested by admin"_s), info(u"stopped; starting again (restart)"_s),
                  info(u"Run 2 started (restart by admin)"_s)},
                 Restarted);
        accepted(S::Started, C::Wakeup, u"started"_s, u"started"_s, applied,
                 {info(u"wakeup requested by admin"_s), info(u"1 waiting activit(y/ies) run now"_s)}, WorkDone);
        accepted(S::Started, C::PurgeHistory, u"started"_s, u"started"_s, applied,
                 {info(u"purge requested by admin"_s), info(u"history purged by admin: 0 run(s) deleted"_s)},
                 PurgedButOpen);
        refused(S::Started, C::Simulate, u"cannot simulate the workflow: it is started; stop it first"_s);
        accepted(S::Started, C::PostEvent, u"started"_s, u"started"_s, applied,
                 {u"1 go: Run 2 started (signal by admin)"_s}, SignalRun);

        // Paused (the same tasks, nothing new starts). An event waits in the queue until a start resumes.
        accepted(S::Paused, C::Start, u"startPending"_s, u"started"_s, applied,
                 {info(u"start requested by admin"_s), info(u"resumed by admin"_s)}, ArmedAndNapping);
        refused(S::Paused, C::Pause, u"cannot pause the workflow: it is paused, not started"_s);
        accepted(S::Paused, C::Stop, u"stopRequested"_s, u"finished"_s, applied,
                 {info(u"stop requested by admin"_s), info(u"stopped"_s)}, AllStopped);
        accepted(S::Paused, C::UnconditionalStop, u"stopRequested"_s, u"finished"_s, applied,
                 {info(u"kill requested by admin"_s), info(u"stopped"_s)}, AllStopped);
        accepted(S::Paused, C::Restart, u"restartRequested"_s, u"started"_s, applied,
                 {info(u"restart requested by admin"_s), info(u"stopped; starting again (restart)"_s),
                  info(u"Run 2 started (restart by admin)"_s)},
                 Restarted);
        refused(S::Paused, C::Wakeup, u"cannot execute the pending tasks of the workflow: it is paused, not started"_s);
        accepted(S::Paused, C::PurgeHistory, u"paused"_s, u"paused"_s, applied,
                 {info(u"purge requested by admin"_s), info(u"history purged by admin: 0 run(s) deleted"_s)},
                 PurgedButOpen);
        refused(S::Paused, C::Simulate, u"cannot simulate the workflow: it is paused; stop it first"_s);
        accepted(S::Paused, C::PostEvent, u"paused"_s, u"started"_s, u"pending"_s,
                 {info(u"start requested by admin"_s), info(u"resumed by admin"_s),
                  u"1 go: Run 2 started (signal by admin)"_s},
                 SignalRun);

        // Finished (stopped: run 1 stopped, nothing live).
        accepted(S::Finished, C::Start, u"startPending"_s, u"started"_s, applied,
                 {info(u"start requested by admin"_s), info(u"Run 2 started (operator by admin)"_s)}, ArmedAndNapping);
        refused(S::Finished, C::Pause, u"cannot pause the workflow: it is finished, not started"_s);
        refused(S::Finished, C::Stop, u"cannot stop the workflow: it is finished, not started or paused"_s);
        refused(S::Finished, C::UnconditionalStop,
                u"cannot unconditionally stop the workflow: it is finished; there is nothing to stop"_s);
        accepted(S::Finished, C::Restart, u"restartRequested"_s, u"started"_s, applied,
                 {info(u"restart requested by admin"_s), info(u"starting again (restart)"_s),
                  info(u"Run 2 started (restart by admin)"_s)},
                 Restarted);
        refused(S::Finished, C::Wakeup,
                u"cannot execute the pending tasks of the workflow: it is finished, not started"_s);
        accepted(S::Finished, C::PurgeHistory, u"finished"_s, u"finished"_s, applied,
                 {info(u"purge requested by admin"_s), info(u"history purged by admin: 1 run(s) deleted"_s)}, NoRuns);
        accepted(S::Finished, C::Simulate, u"startPending"_s, u"finished"_s, applied,
                 {info(u"simulate requested by admin"_s),
                  info(u"Run 2 started (simulation by admin) as a simulation: activities with side effects are "
                       "skipped"_s),
                  info(u"finished: nothing is left to run"_s)},
                 Simulated);
        refused(S::Finished, C::PostEvent,
                u"cannot post an event to the workflow: it is finished, not started or paused"_s);
    }

    void everyCommandFromEveryState()
    {
        QFETCH(WorkflowState, state);
        QFETCH(WorkflowCommand, command);
        QFETCH(QString, refusal);
        QFETCH(QString, shown);
        QFETCH(QString, settled);
        QFETCH(QString, result);
        QFETCH(QStringList, journal);
        QFETCH(QString, effect);

        reach(state);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(f->state(Name), stored(state));
        const bool engineRunning = f->engine != nullptr; // only with the stubborn job of a requested stop
        const int commandsBefore = f->count(u"SELECT COUNT(*) FROM commands"_s);
        const qint64 submittedAt = nowMs();

        const QVariantMap parameters
            = command == WorkflowCommand::PostEvent ? QVariantMap{{u"event"_s, u"go"_s}} : QVariantMap();
        const auto queued = CommandQueue(*f->instance).submit(f->adminId, {Name, command, parameters});
        const auto rule = stateAfterRequest(command, state);

        if (!refusal.isEmpty()) {
            QVERIFY2(!queued, "the command was queued");
            QCOMPARE(queued.error().message, refusal);
            QVERIFY(!rule);
            QCOMPARE(rule.error().message, refusal);
            QCOMPARE(f->state(Name), stored(state));
            QCOMPARE(f->count(u"SELECT COUNT(*) FROM commands"_s), commandsBefore);
            return;
        }

        QVERIFY2(queued, qPrintable(queued ? QString() : queued.error().message));
        QVERIFY(rule);
        QCOMPARE(stored(queued->before), stored(state));
        QCOMPARE(stored(queued->shown), shown);
        QCOMPARE(stored(*rule), shown);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM commands"_s), commandsBefore + 1);
        const QString row = u"SELECT %1 FROM commands WHERE id = "_s + QString::number(queued->id);
        if (!engineRunning) {
            QCOMPARE(f->state(Name), shown); // what the console shows until an engine applies the command
            QCOMPARE(f->value(row.arg(u"applied_at IS NULL"_s)).toInt(), 1);
            f->startEngine();
        } else {
            f->engine->wake();
        }

        if (result == u"pending"_s) {
            // Queued while paused: engine cycles go by, the event stays in the queue and nothing runs.
            QTRY_VERIFY_WITH_TIMEOUT(engineCycledSince(submittedAt), Timeout);
            QCOMPARE(f->value(row.arg(u"applied_at IS NULL"_s)).toInt(), 1);
            QCOMPARE(f->state(Name), u"paused"_s);
            QCOMPARE(f->count(u"SELECT COUNT(*) FROM runs WHERE trigger = 'signal'"_s), 0);
            QCOMPARE(f->command(Name, WorkflowCommand::Start), QString());
            result = u"applied"_s;
        }

        QTRY_COMPARE_WITH_TIMEOUT(f->value(row.arg(u"applied_at IS NOT NULL"_s)).toInt(), 1, Timeout);
        QCOMPARE(f->value(row.arg(u"result"_s)).toString(), result);
        QCOMPARE(f->value(row.arg(u"claimed_by"_s)).toString(), f->options.nodeName);
        QTRY_COMPARE_WITH_TIMEOUT(f->state(Name), settled, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(f->count(effect), 1, Timeout);
        QTRY_VERIFY2_WITH_TIMEOUT(inOrder(journalSince(submittedAt), journal),
                                  qPrintable(u"expected, in order:\n  "_s + journal.join(u"\n  "_s) + u"\ngot:\n  "_s
                                             + journalSince(submittedAt).join(u"\n  "_s)),
                                  Timeout);
        QCOMPARE(f->state(Name), settled); // still, once the effects are there
        QCOMPARE(pendingCommands(), QString());
    }

    // An event waiting in the queue of a paused workflow is not delivered by a stop: the stop drops it (the row is
    // refused and the journal says so), and no run starts.
    void eventQueuedWhilePausedIsDroppedByAStop()
    {
        reach(WorkflowState::Paused);
        if (QTest::currentTestFailed())
            return;
        const qint64 submittedAt = nowMs();
        QCOMPARE(f->command(Name, WorkflowCommand::PostEvent, {{u"event"_s, u"go"_s}}), QString());
        const qint64 event = f->value(u"SELECT MAX(id) FROM commands"_s).toLongLong();
        f->startEngine();
        QTRY_VERIFY_WITH_TIMEOUT(engineCycledSince(submittedAt), Timeout);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM commands WHERE id = ? AND applied_at IS NULL"_s, {event}), 1);
        QCOMPARE(f->command(Name, WorkflowCommand::Stop), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->state(Name), u"finished"_s, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(pendingCommands(), QString(), Timeout);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM runs WHERE trigger = 'signal'"_s), 0);
        QCOMPARE(
            f->value(u"SELECT result || ': ' || COALESCE(error, '') FROM commands WHERE id = ?"_s, {event}).toString(),
            u"refused: event go from admin dropped: the workflow is being stopped"_s);
        QVERIFY2(f->journalContains(Name, u"2 : event go from admin dropped: the workflow is being stopped"_s),
                 qPrintable(f->journal(Name).join(u'\n')));
        QCOMPARE(f->state(Name), u"finished"_s);
    }

    // Journal lines are read by id ("nightshiftctl logs --follow" asks for the lines after the last id it printed):
    // a line written after a purge must come after every line written before it.
    void journalLinesAfterAPurgeComeAfterTheOnesBefore()
    {
        reach(WorkflowState::Finished);
        if (QTest::currentTestFailed())
            return;
        const qint64 newest = f->value(u"SELECT MAX(id) FROM journal"_s).toLongLong();
        QVERIFY(newest > 0);
        QCOMPARE(f->command(Name, WorkflowCommand::PurgeHistory), QString());
        f->startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(f->count(u"SELECT COUNT(*) FROM journal WHERE message LIKE 'history purged%'"_s), 1,
                                  Timeout);
        const qint64 purged = f->value(u"SELECT id FROM journal WHERE message LIKE 'history purged%'"_s).toLongLong();
        QVERIFY2(purged > newest, qPrintable(u"line %1 written after line %2"_s.arg(purged).arg(newest)));
    }
};

QTEST_GUILESS_MAIN(TestStateMachine)
#include "tst_statemachine.moc"
