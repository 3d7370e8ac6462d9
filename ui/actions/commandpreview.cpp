#include "commandpreview.h"

#include "core/accesspolicy.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::CommandPreviews)
};

QString stateLabel(WorkflowState state)
{
    return QCoreApplication::translate("nightshift::WorkflowState", workflowStateLabel(state));
}

// The console lists the folders the operator reads; the queue checks folder rights for real.
WorkflowTarget targetOf(const WorkflowRecord &w)
{
    return {.name = w.internalName, .technical = !w.packageId.isEmpty(), .folderReadable = true};
}

} // namespace

QString CommandPreviews::commandTitle(WorkflowCommand command)
{
    switch (command) {
    case WorkflowCommand::Start:
        return Text::tr("Start");
    case WorkflowCommand::Pause:
        return Text::tr("Pause");
    case WorkflowCommand::Stop:
        return Text::tr("Stop");
    case WorkflowCommand::UnconditionalStop:
        return Text::tr("Unconditional stop");
    case WorkflowCommand::Restart:
        return Text::tr("Restart");
    case WorkflowCommand::Wakeup:
        return Text::tr("Execute pending tasks now");
    case WorkflowCommand::PurgeHistory:
        return Text::tr("Purge history");
    case WorkflowCommand::Simulate:
        return Text::tr("Simulate");
    case WorkflowCommand::PostEvent:
        return Text::tr("Post event");
    }
    return {};
}

CommandPreview CommandPreviews::preview(const Principal &who, WorkflowCommand command, const WorkflowRecord &workflow)
{
    CommandPreview p{.workflow = workflow, .allowed = false, .effect = {}};
    if (auto allowed = AccessPolicy::checkCommand(who, command, targetOf(workflow)); !allowed) {
        p.effect = allowed.error().message;
        return p;
    }
    auto next = stateAfterRequest(command, workflow.state);
    if (!next) {
        p.effect = next.error().message;
        return p;
    }
    p.allowed = true;
    p.effect = *next == workflow.state ? Text::tr("%1 (stays %2)").arg(commandTitle(command), stateLabel(*next))
                                       : Text::tr("%1 → %2").arg(stateLabel(workflow.state), stateLabel(*next));
    return p;
}

QList<CommandPreview> CommandPreviews::preview(const Principal &who, WorkflowCommand command,
                                               const QList<WorkflowRecord> &workflows)
{
    QList<CommandPreview> previews;
    previews.reserve(workflows.size());
    for (const WorkflowRecord &w : workflows)
        previews << preview(who, command, w);
    return previews;
}

QString CommandPreviews::missingRight(const Principal &who, WorkflowCommand command,
                                      const QList<WorkflowRecord> &workflows)
{
    QString first;
    for (const WorkflowRecord &w : workflows) {
        auto allowed = AccessPolicy::checkCommand(who, command, targetOf(w));
        if (allowed)
            return {};
        if (first.isEmpty())
            first = allowed.error().message;
    }
    return first;
}

} // namespace nightshift
