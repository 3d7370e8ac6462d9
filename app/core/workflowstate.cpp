#include "workflowstate.h"

#include <QList>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct StateNames
{
    WorkflowState state;
    QString name;
    const char *label;
};
const QList<StateNames> names = {
    {WorkflowState::Edited, u"edited"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowState", "Being edited")},
    {WorkflowState::StartPending, u"startPending"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowState", "Start pending")},
    {WorkflowState::Started, u"started"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowState", "Started")},
    {WorkflowState::PauseRequested, u"pauseRequested"_s,
     QT_TRANSLATE_NOOP("nightshift::WorkflowState", "Pause requested")},
    {WorkflowState::Paused, u"paused"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowState", "Paused")},
    {WorkflowState::StopRequested, u"stopRequested"_s,
     QT_TRANSLATE_NOOP("nightshift::WorkflowState", "Stop requested")},
    {WorkflowState::RestartRequested, u"restartRequested"_s,
     QT_TRANSLATE_NOOP("nightshift::WorkflowState", "Restart requested")},
    {WorkflowState::Finished, u"finished"_s, QT_TRANSLATE_NOOP("nightshift::WorkflowState", "Finished")},
};
} // namespace

QString workflowStateName(WorkflowState state)
{
    return names.at(qsizetype(state)).name;
}

std::optional<WorkflowState> workflowStateFromName(QStringView name)
{
    for (const StateNames &n : names)
        if (n.name == name)
            return n.state;
    return std::nullopt;
}

const char *workflowStateLabel(WorkflowState state)
{
    return names.at(qsizetype(state)).label;
}

} // namespace nightshift
