#include "instancesnapshot.h"

#include "core/triggerdescription.h"

namespace nightshift {

Result<InstanceSnapshot> InstanceSnapshot::load(const QSqlDatabase &db)
{
    InstanceSnapshot s;
    auto folders = FolderRepository(db).all();
    if (!folders)
        return std::unexpected(folders.error());
    s.folders = *folders;
    WorkflowRepository repo(db);
    auto workflows = repo.all();
    if (!workflows)
        return std::unexpected(workflows.error());
    s.workflows = *workflows;
    for (const WorkflowRecord &w : s.workflows) {
        auto definition = repo.definition(w.id);
        if (!definition)
            return std::unexpected(definition.error());
        s.triggers.insert(w.id, describeTriggers(*definition));
    }
    return s;
}

QString InstanceSnapshot::folderPath(qint64 folderId) const
{
    for (const FolderRecord &f : folders)
        if (f.id == folderId)
            return f.path;
    return {};
}

} // namespace nightshift
