// The command state rules (every command from every state) and the access policy of SPEC §10.
#include "core/accesspolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

Q_DECLARE_METATYPE(nightshift::WorkflowCommand)
Q_DECLARE_METATYPE(nightshift::WorkflowState)

namespace {

using C = WorkflowCommand;
using S = WorkflowState;

const QList<S> allStates = {S::Edited, S::StartPending,  S::Started,          S::PauseRequested,
                            S::Paused, S::StopRequested, S::RestartRequested, S::Finished};

// The expected state shown after a request, or nullopt when the request is refused.
std::optional<S> expectedAfter(C command, S state)
{
    const bool pending = state == S::StartPending || state == S::PauseRequested || state == S::StopRequested
        || state == S::RestartRequested;
    switch (command) {
    case C::UnconditionalStop:
        return state == S::Edited || state == S::Finished ? std::nullopt : std::optional(S::StopRequested);
    case C::Start:
        return pending || state == S::Started ? std::nullopt : std::optional(S::StartPending);
    case C::Simulate:
        return pending || state == S::Started || state == S::Paused ? std::nullopt : std::optional(S::StartPending);
    case C::Pause:
        return state == S::Started ? std::optional(S::PauseRequested) : std::nullopt;
    case C::Stop:
        return state == S::Started || state == S::Paused ? std::optional(S::StopRequested) : std::nullopt;
    case C::Restart:
        return pending || state == S::Edited ? std::nullopt : std::optional(S::RestartRequested);
    case C::Wakeup:
        return state == S::Started ? std::optional(state) : std::nullopt;
    case C::PostEvent:
        return state == S::Started || state == S::Paused ? std::optional(state) : std::nullopt;
    case C::PurgeHistory:
        return pending ? std::nullopt : std::optional(state);
    }
    return std::nullopt;
}

Principal operatorWith(const QString &login, QSet<Right> rights)
{
    Principal p;
    p.login = login;
    p.rights = std::move(rights);
    return p;
}

} // namespace

class AccessTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCommandFromEveryState_data()
    {
        QTest::addColumn<WorkflowCommand>("command");
        QTest::addColumn<WorkflowState>("state");
        for (C command : allWorkflowCommands())
            for (S state : allStates)
                QTest::addRow("%s from %s", qPrintable(workflowCommandName(command)),
                              qPrintable(workflowStateName(state)))
                    << command << state;
    }
    void everyCommandFromEveryState()
    {
        QFETCH(WorkflowCommand, command);
        QFETCH(WorkflowState, state);
        const Result<WorkflowState> after = stateAfterRequest(command, state);
        const std::optional<WorkflowState> expected = expectedAfter(command, state);
        QCOMPARE(after.has_value(), expected.has_value());
        if (expected)
            QCOMPARE(*after, *expected);
        else
            QVERIFY2(
                after.error().message.startsWith(u"cannot "_s + workflowCommandLabel(command) + u" the workflow: "_s),
                qPrintable(after.error().message));
    }

    void refusalsSayWhy()
    {
        QCOMPARE(stateAfterRequest(C::Pause, S::Paused).error().message,
                 u"cannot pause the workflow: it is paused, not started"_s);
        QCOMPARE(stateAfterRequest(C::Start, S::PauseRequested).error().message,
                 u"cannot start the workflow: it is pause requested; wait for the engine to apply that"_s);
        QCOMPARE(stateAfterRequest(C::UnconditionalStop, S::Finished).error().message,
                 u"cannot unconditionally stop the workflow: it is finished; there is nothing to stop"_s);
    }

    void commandNamesRoundTrip()
    {
        for (C command : allWorkflowCommands())
            QCOMPARE(workflowCommandFromName(workflowCommandName(command)), command);
        QCOMPARE(workflowCommandName(C::UnconditionalStop), u"kill"_s);
        QVERIFY(!workflowCommandFromName(u"explode"));
    }

    void policy_data()
    {
        QTest::addColumn<QString>("who"); // admin, workflow, supervisor, nobody
        QTest::addColumn<bool>("technical");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<WorkflowCommand>("command");
        QTest::addColumn<QString>("refusal"); // empty: allowed
        const QString admin = u"ADMINISTRATION"_s;
        for (C command : allWorkflowCommands()) {
            const QString name = workflowCommandName(command);
            const QString label = workflowCommandLabel(command);
            QTest::addRow("admin %s technical", qPrintable(name)) << u"admin"_s << true << true << command << QString();
            QTest::addRow("admin %s marketing", qPrintable(name))
                << u"admin"_s << false << false << command << QString();
            QTest::addRow("workflow %s technical", qPrintable(name))
                << u"workflow"_s << true << true << command
                << u"operator wf may not %1 technical workflow w: that needs the ADMINISTRATION right"_s.arg(label);
            QTest::addRow("workflow %s marketing", qPrintable(name))
                << u"workflow"_s << false << true << command
                << (command == C::UnconditionalStop
                        ? u"operator wf may not %1 workflow w: that needs the ADMINISTRATION right"_s.arg(label)
                        : QString());
            QTest::addRow("workflow %s unreadable folder", qPrintable(name))
                << u"workflow"_s << false << false << command
                << (command == C::UnconditionalStop
                        ? u"operator wf may not %1 workflow w: that needs the ADMINISTRATION right"_s.arg(label)
                        : u"operator wf may not %1 workflow w: it cannot read the folder of that workflow"_s.arg(
                            label));
            QTest::addRow("supervisor %s marketing", qPrintable(name))
                << u"supervisor"_s << false << true << command
                << u"operator sup may not %1 workflow w: that needs the %2 right"_s.arg(
                       label, command == C::UnconditionalStop ? admin : u"WORKFLOW"_s);
            QTest::addRow("nobody %s technical", qPrintable(name))
                << u"nobody"_s << true << true << command
                << u"operator no may not %1 technical workflow w: that needs the ADMINISTRATION right"_s.arg(label);
        }
    }
    void policy()
    {
        QFETCH(QString, who);
        QFETCH(bool, technical);
        QFETCH(bool, readable);
        QFETCH(WorkflowCommand, command);
        QFETCH(QString, refusal);
        const QHash<QString, Principal> principals = {
            {u"admin"_s, operatorWith(u"ad"_s, {Right::Administration})},
            {u"workflow"_s, operatorWith(u"wf"_s, {Right::Workflow})},
            {u"supervisor"_s, operatorWith(u"sup"_s, {})},
            {u"nobody"_s, operatorWith(u"no"_s, {})},
        };
        const Result<void> decision
            = AccessPolicy::checkCommand(principals.value(who), command, {u"w"_s, technical, readable});
        QCOMPARE(decision.has_value(), refusal.isEmpty());
        if (!refusal.isEmpty())
            QCOMPARE(decision.error().message, refusal);
    }

    void definitionChangesAndAdministration()
    {
        const Principal wf = operatorWith(u"wf"_s, {Right::Workflow});
        QVERIFY(AccessPolicy::checkDefinitionChange(wf, {u"mine"_s, false, true}).has_value());
        QCOMPARE(AccessPolicy::checkDefinitionChange(wf, {u"cleanup"_s, true, true}).error().message,
                 u"operator wf may not modify technical workflow cleanup: that needs the ADMINISTRATION right"_s);
        QCOMPARE(AccessPolicy::checkAdministration(wf, u"read the audit trail"_s).error().message,
                 u"operator wf may not read the audit trail: that needs the ADMINISTRATION right"_s);
        QVERIFY(AccessPolicy::checkAdministration(operatorWith(u"ad"_s, {Right::Administration}), u"x"_s).has_value());
    }

    void rightNames()
    {
        for (Right right : allRights()) {
            QCOMPARE(rightFromName(rightName(right)), right);
            QCOMPARE(rightFromName(rightLabel(right)), right);
        }
        QVERIFY(!rightFromName(u"superuser"));
        QVERIFY(operatorWith(u"a"_s, {Right::Administration}).has(Right::PrivacyData)); // administration is everything
        QVERIFY(!operatorWith(u"w"_s, {Right::Workflow}).has(Right::SqlScript));
    }
};

QTEST_GUILESS_MAIN(AccessTest)
#include "tst_access.moc"
