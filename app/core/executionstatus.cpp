#include "executionstatus.h"

#include "enumnames.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

const EnumNames<JournalLevel> &levels()
{
    using L = JournalLevel;
    static const EnumNames<JournalLevel> table{
        {L::Debug, u"debug"_s, QT_TRANSLATE_NOOP("nightshift::JournalLevel", "Debug")},
        {L::Info, u"info"_s, QT_TRANSLATE_NOOP("nightshift::JournalLevel", "Information")},
        {L::Warning, u"warning"_s, QT_TRANSLATE_NOOP("nightshift::JournalLevel", "Warning")},
        {L::Error, u"error"_s, QT_TRANSLATE_NOOP("nightshift::JournalLevel", "Error")},
    };
    return table;
}

const EnumNames<RunStatus> &runStatuses()
{
    using R = RunStatus;
    static const EnumNames<RunStatus> table{
        {R::Running, u"running"_s, QT_TRANSLATE_NOOP("nightshift::RunStatus", "Running")},
        {R::Succeeded, u"succeeded"_s, QT_TRANSLATE_NOOP("nightshift::RunStatus", "Succeeded")},
        {R::Failed, u"failed"_s, QT_TRANSLATE_NOOP("nightshift::RunStatus", "Failed")},
        {R::Stopped, u"stopped"_s, QT_TRANSLATE_NOOP("nightshift::RunStatus", "Stopped")},
        {R::Interrupted, u"interrupted"_s, QT_TRANSLATE_NOOP("nightshift::RunStatus", "Interrupted")},
    };
    return table;
}

const EnumNames<TaskState> &taskStates()
{
    using T = TaskState;
    static const EnumNames<TaskState> table{
        {T::Ready, u"ready"_s},         {T::Running, u"running"_s}, {T::Waiting, u"waiting"_s},
        {T::Armed, u"armed"_s},         {T::Suspended, u"suspended"_s}, {T::Done, u"done"_s},
        {T::Failed, u"failed"_s},       {T::Cancelled, u"cancelled"_s}, {T::Skipped, u"skipped"_s},
    };
    return table;
}

} // namespace

QString journalLevelName(JournalLevel level)
{
    return levels().name(level);
}

std::optional<JournalLevel> journalLevelFromName(QStringView name)
{
    return levels().fromName(name);
}

const char *journalLevelLabel(JournalLevel level)
{
    return levels().label(level);
}

QString runStatusName(RunStatus status)
{
    return runStatuses().name(status);
}

std::optional<RunStatus> runStatusFromName(QStringView name)
{
    return runStatuses().fromName(name);
}

const char *runStatusLabel(RunStatus status)
{
    return runStatuses().label(status);
}

QString taskStateName(TaskState state)
{
    return taskStates().name(state);
}

std::optional<TaskState> taskStateFromName(QStringView name)
{
    return taskStates().fromName(name);
}

bool isTerminal(TaskState state)
{
    switch (state) {
    case TaskState::Done:
    case TaskState::Failed:
    case TaskState::Cancelled:
    case TaskState::Skipped:
        return true;
    default:
        return false;
    }
}

} // namespace nightshift
