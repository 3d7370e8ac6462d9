#pragma once

#include <QList>
#include <QString>

namespace nightshift {

// What a folder of the explorer tree shows when selected.
enum class FolderKind {
    Folder, // plain container
    Workflows, // a list of workflows (package folders, operators' own folders)
    HeatMap,
    WorkflowStatus, // with a status filter in its name: running, paused, failed, startPending
    Cubes,
    Operators,
    OperatorGroups,
    NamedRights,
    AuditTrail,
    Options,
    ExternalAccounts,
};

QString folderKindName(FolderKind kind);
std::optional<FolderKind> folderKindFromName(QStringView name);

struct StandardFolder
{
    QString path; // internal names joined by '/'
    const char *label; // English; translated in the console through the "nightshift::Folders" context
    FolderKind kind;
};

// The tree of SPEC §2 that every new instance holds. Parents come before their children.
const QList<StandardFolder> &standardFolders();

} // namespace nightshift
