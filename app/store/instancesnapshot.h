#pragma once

#include "folderrepository.h"
#include "workflowrepository.h"

#include <QHash>

namespace nightshift {

// The explorer tree and every workflow with its trigger description, read in one go: what listings and
// the console's first screen show.
struct InstanceSnapshot
{
    QList<FolderRecord> folders; // parents before children
    QList<WorkflowRecord> workflows;
    QHash<qint64, QString> triggers; // workflow id → e.g. "daily at 04:00"

    static Result<InstanceSnapshot> load(const QSqlDatabase &db);

    QString folderPath(qint64 folderId) const;
};

} // namespace nightshift
