#include "workflowstate.h"

#include "enumnames.h"

#include <QList>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
const EnumNames<WorkflowState> &names()
{
    using S = WorkflowState;
    static const EnumNames<WorkflowState> table{
        {S::Edited, u"edited"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowState", "Being edited")},
        {S::StartPending, u"startPending"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowState", "Start pending")},
        {S::Started, u"started"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowState", "Started")},
        {S::PauseRequested, u"pauseRequested"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowState", "Pause requested")},
        {S::Paused, u"paused"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowState", "Paused")},
        {S::StopRequested, u"stopRequested"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowState", "Stop requested")},
        {S::RestartRequested, u"restartRequested"_s,
         QT_TRANSLATE_NOOP("nightshift::WorkflowState", "Restart requested")},
        {S::Finished, u"finished"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowState", "Finished")},
    };
    return table;
}
} // namespace

QString workflowStateName(WorkflowState state)
{
    return names().name(state);
}

std::optional<WorkflowState> workflowStateFromName(QStringView name)
{
    return names().fromName(name);
}

const char *workflowStateLabel(WorkflowState state)
{
    return names().label(state);
}

} // namespace nightshift
