#include "explorertree.h"

#include "enumnames.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
const EnumNames<FolderKind> &kindNames()
{
    using K = FolderKind;
    static const EnumNames<FolderKind> table{
        {K::Folder, u"folder"_s},
        {K::Workflows, u"workflows"_s},
        {K::HeatMap, u"heatMap"_s},
        {K::WorkflowStatus, u"workflowStatus"_s},
        {K::Cubes, u"cubes"_s},
        {K::Operators, u"operators"_s},
        {K::OperatorGroups, u"operatorGroups"_s},
        {K::NamedRights, u"namedRights"_s},
        {K::AuditTrail, u"auditTrail"_s},
        {K::Options, u"options"_s},
        {K::ExternalAccounts, u"externalAccounts"_s},
    };
    return table;
}
} // namespace

QString folderKindName(FolderKind kind)
{
    return kindNames().name(kind);
}

std::optional<FolderKind> folderKindFromName(QStringView name)
{
    return kindNames().fromName(name);
}

const QList<StandardFolder> &standardFolders()
{
    using K = FolderKind;
    static const QList<StandardFolder> folders = {
        {u"administration"_s, QT_TRANSLATE_NOOP("nightshift::Folders", "Administration"), K::Folder},
        {u"administration/production"_s, QT_TRANSLATE_NOOP("nightshift::Folders", "Production"), K::Folder},
        {u"administration/production/technicalWorkflows"_s,
         QT_TRANSLATE_NOOP("nightshift::Folders", "Technical workflows"), K::Workflows},
        {u"administration/production/messageCenter"_s, QT_TRANSLATE_NOOP("nightshift::Folders", "Message Center"),
         K::Folder},
        {u"administration/production/messageCenter/technicalWorkflows"_s,
         QT_TRANSLATE_NOOP("nightshift::Folders", "Technical workflows"), K::Workflows},
        {u"administration/monitoring"_s, QT_TRANSLATE_NOOP("nightshift::Folders", "Monitoring"), K::Folder},
        {u"administration/monitoring/heatMap"_s, QT_TRANSLATE_NOOP("nightshift::Folders", "Workflow heat map"),
         K::HeatMap},
        {u"administration/monitoring/workflowStatus"_s, QT_TRANSLATE_NOOP("nightshift::Folders", "Workflow status"),
         K::Folder},
        {u"administration/monitoring/workflowStatus/running"_s, QT_TRANSLATE_NOOP("nightshift::Folders", "Running"),
         K::WorkflowStatus},
        {u"administration/monitoring/workflowStatus/paused"_s, QT_TRANSLATE_NOOP("nightshift::Folders", "Paused"),
         K::WorkflowStatus},
        {u"administration/monitoring/workflowStatus/failed"_s, QT_TRANSLATE_NOOP("nightshift::Folders", "Failed"),
         K::WorkflowStatus},
        {u"administration/monitoring/workflowStatus/startPending"_s,
         QT_TRANSLATE_NOOP("nightshift::Folders", "Start pending"), K::WorkflowStatus},
        {u"administration/reports"_s, QT_TRANSLATE_NOOP("nightshift::Folders", "Reports"), K::Folder},
        {u"administration/reports/cubes"_s, QT_TRANSLATE_NOOP("nightshift::Folders", "Cubes"), K::Cubes},
        {u"administration/accessManagement"_s, QT_TRANSLATE_NOOP("nightshift::Folders", "Access management"),
         K::Folder},
        {u"administration/accessManagement/operators"_s, QT_TRANSLATE_NOOP("nightshift::Folders", "Operators"),
         K::Operators},
        {u"administration/accessManagement/operatorGroups"_s,
         QT_TRANSLATE_NOOP("nightshift::Folders", "Operator groups"), K::OperatorGroups},
        {u"administration/accessManagement/namedRights"_s, QT_TRANSLATE_NOOP("nightshift::Folders", "Named rights"),
         K::NamedRights},
        {u"administration/auditTrail"_s, QT_TRANSLATE_NOOP("nightshift::Folders", "Audit trail"), K::AuditTrail},
        {u"administration/options"_s, QT_TRANSLATE_NOOP("nightshift::Folders", "Options"), K::Options},
        {u"administration/externalAccounts"_s, QT_TRANSLATE_NOOP("nightshift::Folders", "External accounts"),
         K::ExternalAccounts},
    };
    return folders;
}

} // namespace nightshift
