// The rights matrix of the security issue: every command × {administrator, workflow operator,
// supervisor-only operator, operator without rights} × {technical, non-technical workflow}, through the
// engine API (CommandQueue) and through nightshiftctl, with the expected allow/deny and audit line.
#include "accessfixture.h"

#include "core/definitionreader.h"
#include "engine/commandqueue.h"
#include "engine/workfloweditor.h"
#include "security/operatoradmin.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

Q_DECLARE_METATYPE(nightshift::WorkflowCommand)

namespace {

enum class Channel { Engine, Cli };

// A state from which the command is valid, so that only rights decide.
WorkflowState stateFor(WorkflowCommand command)
{
    switch (command) {
    case WorkflowCommand::Start:
        return WorkflowState::Paused;
    case WorkflowCommand::Simulate:
        return WorkflowState::Finished;
    default:
        return WorkflowState::Started;
    }
}

QString eventOf(const QString &workflow)
{
    return workflow == u"offerMgt"_s ? u"deployNow"_s : u"go"_s;
}

} // namespace

Q_DECLARE_METATYPE(Channel)

class RightsMatrixTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
    }

    void matrix_data()
    {
        QTest::addColumn<Channel>("channel");
        QTest::addColumn<WorkflowCommand>("command");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("workflow");
        for (Channel channel : {Channel::Engine, Channel::Cli})
            for (WorkflowCommand command : allWorkflowCommands())
                for (const QString &login : {u"admin"_s, u"wfop"_s, u"supervisor"_s, u"nobody"_s})
                    for (const QString &workflow : {u"offerMgt"_s, u"campaignFlow"_s})
                        QTest::addRow("%s %s %s %s", channel == Channel::Engine ? "engine" : "cli",
                                      qPrintable(workflowCommandName(command)), qPrintable(login), qPrintable(workflow))
                            << channel << command << login << workflow;
    }
    void matrix()
    {
        QFETCH(Channel, channel);
        QFETCH(WorkflowCommand, command);
        QFETCH(QString, login);
        QFETCH(QString, workflow);
        const bool technical = workflow == u"offerMgt"_s;
        const bool allowed = login == u"admin"_s
            || (login == u"wfop"_s && !technical && command != WorkflowCommand::UnconditionalStop);
        const WorkflowState before = stateFor(command);
        QVERIFY(m_fixture.exec(u"UPDATE workflows SET state = '%1' WHERE internal_name = '%2'"_s.arg(
            workflowStateName(before), workflow)));
        const QString commandsBefore = m_fixture.value(u"SELECT COUNT(*) FROM commands"_s);

        QString refusal;
        if (channel == Channel::Engine) {
            CommandRequest request{workflow, command, {}};
            if (command == WorkflowCommand::PostEvent)
                request.parameters.insert(u"event"_s, eventOf(workflow));
            auto queued = CommandQueue(*m_fixture.instance).submit(m_fixture.id(login), request);
            QCOMPARE(queued.has_value(), allowed);
            if (!queued)
                refusal = queued.error().message;
        } else {
            QStringList args{u"--instance"_s, m_fixture.location.path,      u"--login"_s,
                             login,           workflowCommandName(command), workflow};
            if (command == WorkflowCommand::PostEvent)
                args << eventOf(workflow);
            QProcess cli;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"NIGHTSHIFT_PASSWORD"_s, QString::fromLatin1(AccessFixture::Password));
            cli.setProcessEnvironment(env);
            cli.start(QStringLiteral(NIGHTSHIFTCTL), args);
            QVERIFY(cli.waitForFinished(30000));
            const QString err = QString::fromUtf8(cli.readAllStandardError()).trimmed();
            QCOMPARE(cli.exitCode(), allowed ? 0 : 1);
            if (!allowed) {
                QVERIFY2(err.startsWith(u"nightshiftctl: "_s), qPrintable(err));
                refusal = err.mid(15);
            }
        }

        const QString action = u"workflow."_s + workflowCommandName(command);
        const QString lastAudit
            = u"SELECT %1 FROM audit WHERE action = '%2' AND object = '%3' ORDER BY id DESC LIMIT 1"_s;
        const auto audited
            = [&](const QString &column) { return m_fixture.value(lastAudit.arg(column, action, workflow)); };
        QCOMPARE(audited(u"operator"_s), login);
        if (allowed) {
            const WorkflowState shown = *stateAfterRequest(command, before);
            QCOMPARE(m_fixture.value(u"SELECT state FROM workflows WHERE internal_name = '%1'"_s.arg(workflow)),
                     workflowStateName(shown));
            QCOMPARE(m_fixture.value(u"SELECT COUNT(*) FROM commands"_s).toInt(), commandsBefore.toInt() + 1);
            QCOMPARE(audited(u"before_value"_s), workflowStateName(before));
            QVERIFY(audited(u"after_value"_s).startsWith(workflowStateName(shown)));
        } else {
            const bool administratorsOnly = technical || command == WorkflowCommand::UnconditionalStop;
            const QString needed = administratorsOnly ? u"ADMINISTRATION"_s : u"WORKFLOW"_s;
            QCOMPARE(
                refusal,
                u"operator %1 may not %2 %3workflow %4: that needs the %5 right"_s.arg(
                    login, workflowCommandLabel(command), technical ? u"technical "_s : QString(), workflow, needed));
            QCOMPARE(audited(u"after_value"_s), u"refused: "_s + refusal);
            QCOMPARE(m_fixture.value(u"SELECT state FROM workflows WHERE internal_name = '%1'"_s.arg(workflow)),
                     workflowStateName(before));
            QCOMPARE(m_fixture.value(u"SELECT COUNT(*) FROM commands"_s), commandsBefore);
        }
    }

    void folderReadRightsLimitWorkflowOperators()
    {
        QVERIFY(m_fixture.exec(u"UPDATE workflows SET state = 'paused' WHERE internal_name = 'campaignFlow'"_s));
        // Only administrators may read administration/production from now on.
        QVERIFY(m_fixture.exec(u"INSERT INTO folder_permissions (folder_id, group_id, can_read) SELECT f.id, g.id, 1 "
                               "FROM folders f, operator_groups g WHERE f.name = 'production' AND g.name = 'admin'"_s));
        auto refused = CommandQueue(*m_fixture.instance)
                           .submit(m_fixture.id(u"wfop"_s), {u"campaignFlow"_s, WorkflowCommand::Start, {}});
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().message,
                 u"operator wfop may not start workflow campaignFlow: it cannot read the folder of that workflow"_s);
        QVERIFY(m_fixture.exec(u"DELETE FROM folder_permissions"_s));
        QVERIFY(CommandQueue(*m_fixture.instance)
                    .submit(m_fixture.id(u"wfop"_s), {u"campaignFlow"_s, WorkflowCommand::Start, {}}));
    }

    // A right removed while an operator is logged in counts from its next command on.
    void rightRemovedMidSession()
    {
        QVERIFY(m_fixture.exec(u"UPDATE workflows SET state = 'started' WHERE internal_name = 'campaignFlow'"_s));
        CommandQueue queue(*m_fixture.instance);
        QVERIFY(queue.submit(m_fixture.id(u"wfop"_s), {u"campaignFlow"_s, WorkflowCommand::Wakeup, {}}));
        QVERIFY(
            OperatorAdmin(*m_fixture.instance, m_fixture.id(u"admin"_s)).revoke(u"wfop"_s, u"@workflowExecution"_s));
        auto refused = queue.submit(m_fixture.id(u"wfop"_s), {u"campaignFlow"_s, WorkflowCommand::Wakeup, {}});
        QVERIFY(!refused.has_value());
        QVERIFY(refused.error().message.endsWith(u"that needs the WORKFLOW right"_s));
        QVERIFY(OperatorAdmin(*m_fixture.instance, m_fixture.id(u"admin"_s)).grant(u"wfop"_s, u"@workflowExecution"_s));
        QVERIFY(queue.submit(m_fixture.id(u"wfop"_s), {u"campaignFlow"_s, WorkflowCommand::Wakeup, {}}));
    }

    // SQL activities run statements on the instance: saving one needs the SQL right, WORKFLOW is not enough.
    void sqlActivitiesNeedTheSqlRight()
    {
        auto definition = DefinitionReader::read(R"(<workflow format="1" name="withSql" label="SQL">
            <activities><start name="start"><transition to="count"/></start>
            <sql name="count"><statement>SELECT 1</statement><transition to="end"/></sql><end name="end"/></activities>
            </workflow>)");
        QVERIFY(definition.has_value());
        WorkflowEditor editor(*m_fixture.instance, m_fixture.catalog);
        auto refused = editor.save(m_fixture.id(u"wfop"_s), *definition, u"administration/production"_s);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().message, u"operator wfop may not save workflow withSql: its activity count runs SQL, "
                                          "which needs the right SQL script execution"_s);
        QCOMPARE(m_fixture.value(u"SELECT after_value FROM audit WHERE action = 'workflow.save' AND object = 'withSql' "
                                 "ORDER BY id DESC LIMIT 1"_s),
                 u"refused: "_s + refused.error().message);
        QVERIFY(editor.save(m_fixture.id(u"admin"_s), *definition, u"administration/production"_s).has_value());
    }

    void deletedAndDisabledOperatorsAreRefused()
    {
        OperatorAdmin admin(*m_fixture.instance, m_fixture.id(u"admin"_s));
        QVERIFY(admin.add(u"temp"_s, u"Temporary"_s, u"temporary-pass"_s, {u"workflowExecution"_s}));
        const qint64 temp = m_fixture.value(u"SELECT id FROM operators WHERE login = 'temp'"_s).toLongLong();
        CommandQueue queue(*m_fixture.instance);
        QVERIFY(admin.setDisabled(u"temp"_s, true));
        auto disabled = queue.submit(temp, {u"campaignFlow"_s, WorkflowCommand::PurgeHistory, {}});
        QVERIFY(!disabled.has_value());
        QCOMPARE(disabled.error().message, u"operator temp is disabled"_s);
        QVERIFY(admin.remove(u"temp"_s));
        auto deleted = queue.submit(temp, {u"campaignFlow"_s, WorkflowCommand::PurgeHistory, {}});
        QVERIFY(!deleted.has_value());
        QCOMPARE(deleted.error().message, u"operator %1 does not exist (any more)"_s.arg(temp));
        QCOMPARE(m_fixture.value(
                     u"SELECT after_value FROM audit WHERE action = 'workflow.purge' ORDER BY id DESC LIMIT 1"_s),
                 u"refused: operator %1 does not exist (any more)"_s.arg(temp));
    }

    void badInputIsRefusedClearly()
    {
        CommandQueue queue(*m_fixture.instance);
        auto sqlish = queue.submit(m_fixture.id(u"admin"_s), {u"x' OR '1'='1"_s, WorkflowCommand::Start, {}});
        QVERIFY(!sqlish.has_value());
        QCOMPARE(sqlish.error().message, u"there is no workflow named \"x' OR '1'='1\""_s);
        QVERIFY(m_fixture.exec(u"UPDATE workflows SET state = 'started' WHERE internal_name = 'campaignFlow'"_s));
        auto noSignal = queue.submit(m_fixture.id(u"admin"_s),
                                     {u"campaignFlow"_s, WorkflowCommand::PostEvent, {{u"event"_s, u"nosuch"_s}}});
        QVERIFY(!noSignal.has_value());
        QCOMPARE(noSignal.error().message, u"workflow campaignFlow has no signal \"nosuch\"; its signals are: go"_s);
        auto twice = queue.submit(m_fixture.id(u"admin"_s), {u"campaignFlow"_s, WorkflowCommand::Pause, {}});
        QVERIFY(twice.has_value());
        auto pending = queue.submit(m_fixture.id(u"admin"_s), {u"campaignFlow"_s, WorkflowCommand::Stop, {}});
        QVERIFY(!pending.has_value());
        QCOMPARE(pending.error().message,
                 u"cannot stop the workflow: it is pause requested; wait for the engine to apply that"_s);
    }

private:
    AccessFixture m_fixture;
};

QTEST_GUILESS_MAIN(RightsMatrixTest)
#include "tst_rightsmatrix.moc"
