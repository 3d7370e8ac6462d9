#include "workflowactions.h"

#include "bulkactiondialog.h"
#include "commandpreview.h"
#include "commandrunner.h"
#include "common/icons.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct ActionSpec
{
    WorkflowCommand command;
    const char *icon;
    QKeySequence shortcut;
};

const QList<ActionSpec> &specs()
{
    using C = WorkflowCommand;
    static const QList<ActionSpec> list = {
        {C::Start, "start", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
        {C::Pause, "pause", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
        {C::Stop, "stop", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)},
        {C::Restart, "restart", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {C::UnconditionalStop, "kill", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
        {C::Wakeup, "wakeup", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)},
        {C::Simulate, "simulate", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
        {C::PurgeHistory, "purge", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)},
    };
    return list;
}

QString statusTip(WorkflowCommand command)
{
    switch (command) {
    case WorkflowCommand::Start:
        return WorkflowActions::tr("Start the selected workflows (a paused one resumes)");
    case WorkflowCommand::Pause:
        return WorkflowActions::tr("Pause: no new activity starts, running ones finish");
    case WorkflowCommand::Stop:
        return WorkflowActions::tr("Stop: cancel what can be cancelled, then finish");
    case WorkflowCommand::Restart:
        return WorkflowActions::tr("Stop and start again, keeping the instance variables");
    case WorkflowCommand::UnconditionalStop:
        return WorkflowActions::tr("Stop at once, abandoning running tasks: the way out of a stuck stop");
    case WorkflowCommand::Wakeup:
        return WorkflowActions::tr("Run the waiting tasks now, without waiting for their time");
    case WorkflowCommand::Simulate:
        return WorkflowActions::tr("Run once skipping the activities with side effects");
    case WorkflowCommand::PurgeHistory:
        return WorkflowActions::tr("Delete the runs, tasks and journal of the selected workflows");
    case WorkflowCommand::PostEvent:
        break;
    }
    return {};
}

} // namespace

WorkflowActions::WorkflowActions(QWidget *window)
    : QObject(window), m_window(window), m_open(new QAction(this)), m_runner(new CommandRunner(this))
{
    for (const ActionSpec &spec : specs()) {
        auto *action = new QAction(icons::named(QString::fromLatin1(spec.icon)),
                                   CommandPreviews::commandTitle(spec.command), this);
        action->setObjectName(u"action-"_s + workflowCommandName(spec.command));
        action->setShortcut(spec.shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setStatusTip(statusTip(spec.command));
        connect(action, &QAction::triggered, this, [this, command = spec.command] { trigger(command); });
        m_actions.insert(spec.command, action);
    }
    m_open->setText(tr("&Open"));
    m_open->setObjectName(u"action-open"_s);
    m_open->setIcon(icons::named(u"workflow"_s));
    m_open->setStatusTip(tr("Open the workflow (also Enter or a double-click)"));
    connect(m_open, &QAction::triggered, this, [this] {
        if (m_selection.size() == 1)
            Q_EMIT openRequested(m_selection.constFirst().id);
    });
    connect(m_runner, &CommandRunner::outcome, this, [this](const CommandRunner::Outcome &o) {
        singleDone(o.workflow, o.queued, o.shown, o.message);
    });
    connect(m_runner, &CommandRunner::finished, this, &WorkflowActions::update);
    update();
}

const QList<WorkflowCommand> &WorkflowActions::commands()
{
    static const QList<WorkflowCommand> list = [] {
        QList<WorkflowCommand> result;
        for (const ActionSpec &spec : specs())
            result << spec.command;
        return result;
    }();
    return list;
}

QList<QAction *> WorkflowActions::actions() const
{
    using C = WorkflowCommand;
    return {m_open,
            nullptr,
            action(C::Start),
            action(C::Pause),
            action(C::Stop),
            action(C::Restart),
            nullptr,
            action(C::Wakeup),
            action(C::Simulate),
            nullptr,
            action(C::UnconditionalStop),
            action(C::PurgeHistory)};
}

void WorkflowActions::setSession(std::shared_ptr<Instance> instance, const std::optional<Principal> &principal)
{
    m_instance = std::move(instance);
    m_principal = principal;
    update();
}

void WorkflowActions::setSelection(const QList<WorkflowRecord> &workflows)
{
    m_selection = workflows;
    update();
}

bool WorkflowActions::isBusy() const
{
    return m_runner->isBusy();
}

void WorkflowActions::update()
{
    m_open->setEnabled(m_selection.size() == 1);
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        QAction *action = it.value();
        const QString title = CommandPreviews::commandTitle(it.key());
        QString why; // empty: enabled
        if (!m_principal || !m_instance)
            why = tr("Log in to act on workflows");
        else if (m_selection.isEmpty())
            why = tr("Select one or more workflows");
        else if (const QString missing = CommandPreviews::missingRight(*m_principal, it.key(), m_selection);
                 !missing.isEmpty())
            why = missing; // names the right
        else if (m_selection.size() == 1) {
            if (auto next = stateAfterRequest(it.key(), m_selection.constFirst().state); !next)
                why = next.error().message;
        }
        if (m_runner->isBusy() && why.isEmpty())
            why = tr("A command is being sent");
        action->setEnabled(why.isEmpty());
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(why.isEmpty() ? tr("%1 (%2)").arg(title, shortcut) : tr("%1: %2").arg(title, why));
    }
}

void WorkflowActions::trigger(WorkflowCommand command)
{
    if (!m_principal || !m_instance || m_selection.isEmpty() || !action(command)->isEnabled())
        return;
    if (m_selection.size() == 1) {
        m_running = command;
        const CommandRequest request{.workflow = m_selection.constFirst().internalName, .command = command,
                                     .parameters = {}};
        m_runner->run(m_instance, m_principal->operatorId, {request});
        update();
        return;
    }
    auto *dialog = new BulkActionDialog(m_instance, *m_principal, command, m_selection, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkActionDialog::commandsSent, this, [this](int queued) {
        if (queued > 0)
            Q_EMIT commandsQueued();
    });
    dialog->open();
}

void WorkflowActions::singleDone(const QString &workflow, bool queued, WorkflowState shown, const QString &message)
{
    if (!queued) {
        Q_EMIT failed(tr("%1 was not sent to %2: %3")
                          .arg(CommandPreviews::commandTitle(m_running), workflow, message));
        return;
    }
    Q_EMIT statusMessage(
        tr("%1 queued for %2 (%3)")
            .arg(CommandPreviews::commandTitle(m_running), workflow,
                 QCoreApplication::translate("nightshift::WorkflowState", workflowStateLabel(shown))));
    Q_EMIT commandsQueued();
}

} // namespace nightshift
