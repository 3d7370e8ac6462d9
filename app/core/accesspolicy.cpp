#include "accesspolicy.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::AccessPolicy)
};

std::unexpected<Error> missing(const Principal &who, const QString &action, Right right)
{
    return fail(Text::tr("operator %1 may not %2: that needs the %3 right").arg(who.login, action, rightLabel(right)));
}

// Shared by commands and definition changes: `action` is already phrased for the message.
Result<void> checkWorkflowAccess(const Principal &who, const QString &action, const WorkflowTarget &target,
                                 bool administratorsOnly)
{
    if (who.isAdministrator())
        return {};
    if (target.technical || administratorsOnly)
        return missing(who, action, Right::Administration);
    if (!who.has(Right::Workflow))
        return missing(who, action, Right::Workflow);
    if (!target.folderReadable)
        return fail(
            Text::tr("operator %1 may not %2: it cannot read the folder of that workflow").arg(who.login, action));
    return {};
}

} // namespace

Result<void> AccessPolicy::checkCommand(const Principal &who, WorkflowCommand command, const WorkflowTarget &target)
{
    const QString action = (target.technical ? Text::tr("%1 technical workflow %2") : Text::tr("%1 workflow %2"))
                               .arg(workflowCommandLabel(command), target.name);
    return checkWorkflowAccess(who, action, target, command == WorkflowCommand::UnconditionalStop);
}

Result<void> AccessPolicy::checkDefinitionChange(const Principal &who, const WorkflowTarget &target)
{
    const QString action
        = (target.technical ? Text::tr("modify technical workflow %1") : Text::tr("modify workflow %1"))
              .arg(target.name);
    return checkWorkflowAccess(who, action, target, false);
}

Result<void> AccessPolicy::checkAdministration(const Principal &who, const QString &what)
{
    if (who.isAdministrator())
        return {};
    return missing(who, what, Right::Administration);
}

} // namespace nightshift
