#include "workflowcommand.h"

#include "enumnames.h"

#include <QCoreApplication>
#include <QList>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::WorkflowCommand)
};

const EnumNames<WorkflowCommand> &names()
{
    using C = WorkflowCommand;
    static const EnumNames<WorkflowCommand> table{
        {C::Start, u"start"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowCommand", "start")},
        {C::Pause, u"pause"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowCommand", "pause")},
        {C::Stop, u"stop"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowCommand", "stop")},
        {C::UnconditionalStop, u"kill"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowCommand", "unconditionally stop")},
        {C::Restart, u"restart"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowCommand", "restart")},
        {C::Wakeup, u"wakeup"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowCommand", "execute the pending tasks of")},
        {C::PurgeHistory, u"purge"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowCommand", "purge the history of")},
        {C::Simulate, u"simulate"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowCommand", "simulate")},
        {C::PostEvent, u"signal"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowCommand", "post an event to")},
    };
    return table;
}

bool isTransitional(WorkflowState state)
{
    return state == WorkflowState::StartPending || state == WorkflowState::PauseRequested
        || state == WorkflowState::StopRequested || state == WorkflowState::RestartRequested;
}

} // namespace

QString workflowCommandName(WorkflowCommand command)
{
    return names().name(command);
}

std::optional<WorkflowCommand> workflowCommandFromName(QStringView name)
{
    return names().fromName(name);
}

QString workflowCommandLabel(WorkflowCommand command)
{
    return QCoreApplication::translate("nightshift::WorkflowCommand", names().label(command));
}

const QList<WorkflowCommand> &allWorkflowCommands()
{
    static const QList<WorkflowCommand> all = names().values();
    return all;
}

Result<WorkflowState> stateAfterRequest(WorkflowCommand command, WorkflowState state)
{
    using C = WorkflowCommand;
    using S = WorkflowState;
    const QString now = QCoreApplication::translate("nightshift::WorkflowState", workflowStateLabel(state)).toLower();
    const auto refuse = [&](const char *why) {
        return fail(Text::tr("cannot %1 the workflow: %2").arg(workflowCommandLabel(command), Text::tr(why).arg(now)));
    };
    // Only an unconditional stop may overtake a command that is still waiting for an engine node.
    if (isTransitional(state) && command != C::UnconditionalStop)
        return refuse(QT_TRANSLATE_NOOP("nightshift::WorkflowCommand", "it is %1; wait for the engine to apply that"));
    switch (command) {
    case C::Start:
        if (state == S::Started)
            return refuse(QT_TRANSLATE_NOOP("nightshift::WorkflowCommand", "it is already %1"));
        return S::StartPending;
    case C::Simulate:
        if (state == S::Started || state == S::Paused)
            return refuse(QT_TRANSLATE_NOOP("nightshift::WorkflowCommand", "it is %1; stop it first"));
        return S::StartPending;
    case C::Pause:
        if (state != S::Started)
            return refuse(QT_TRANSLATE_NOOP("nightshift::WorkflowCommand", "it is %1, not started"));
        return S::PauseRequested;
    case C::Stop:
        if (state != S::Started && state != S::Paused)
            return refuse(QT_TRANSLATE_NOOP("nightshift::WorkflowCommand", "it is %1, not started or paused"));
        return S::StopRequested;
    case C::UnconditionalStop:
        if (state == S::Edited || state == S::Finished)
            return refuse(QT_TRANSLATE_NOOP("nightshift::WorkflowCommand", "it is %1; there is nothing to stop"));
        return S::StopRequested;
    case C::Restart:
        if (state == S::Edited)
            return refuse(QT_TRANSLATE_NOOP("nightshift::WorkflowCommand", "it is %1 and has never run; start it"));
        return S::RestartRequested;
    case C::Wakeup:
        if (state != S::Started)
            return refuse(QT_TRANSLATE_NOOP("nightshift::WorkflowCommand", "it is %1, not started"));
        return state;
    case C::PostEvent: // queued while paused, delivered on resume
        if (state != S::Started && state != S::Paused)
            return refuse(QT_TRANSLATE_NOOP("nightshift::WorkflowCommand", "it is %1, not started or paused"));
        return state;
    case C::PurgeHistory:
        return state;
    }
    return state;
}

} // namespace nightshift
