#include "explorertree.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
const QList<std::pair<FolderKind, QString>> kindNames = {
    {FolderKind::Folder, u"folder"_s},
    {FolderKind::Workflows, u"workflows"_s},
    {FolderKind::HeatMap, u"heatMap"_s},
    {FolderKind::WorkflowStatus, u"workflowStatus"_s},
    {FolderKind::Cubes, u"cubes"_s},
    {FolderKind::Operators, u"operators"_s},
    {FolderKind::OperatorGroups, u"operatorGroups"_s},
    {FolderKind::NamedRights, u"namedRights"_s},
    {FolderKind::AuditTrail, u"auditTrail"_s},
    {FolderKind::Options, u"options"_s},
    {FolderKind::ExternalAccounts, u"externalAccounts"_s},
};
} // namespace

QString folderKindName(FolderKind kind)
{
    for (const auto &[k, name] : kindNames)
        if (k == kind)
            return name;
    return {};
}

std::optional<FolderKind> folderKindFromName(QStringView name)
{
    for (const auto &[k, n] : kindNames)
        if (n == name)
            return k;
    return std::nullopt;
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
