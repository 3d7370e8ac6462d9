#pragma once

#include "folderrepository.h"
#include "workflowrepository.h"

#include <QHash>

namespace nightshift {

// A workflow's trigger description and the definition version it was made from: a later read reuses it while the
// version is unchanged (definitions only change through a save, which raises the version).
struct TriggerDescription
{
    int version = 0;
    QString text; // e.g. "daily at 04:00"
};
using TriggerDescriptions = QHash<qint64, TriggerDescription>; // by workflow id

// The explorer tree and every workflow with its trigger description, read in one go: what listings and
// the console's first screen show.
struct InstanceSnapshot
{
    QList<FolderRecord> folders; // parents before children
    QList<WorkflowRecord> workflows;
    QHash<qint64, QString> triggers; // workflow id → e.g. "daily at 04:00"

    // Folders, workflows and triggers: three queries, whatever the number of workflows.
    static Result<InstanceSnapshot> load(const QSqlDatabase &db);
    // Folders and workflows only (two queries): the triggers need every definition parsed, which is most of the
    // time on a large instance, so the console reads them apart (loadTriggers) and shows the list first.
    static Result<InstanceSnapshot> loadWithoutTriggers(const QSqlDatabase &db);
    // The triggers of every workflow in one pass over the definitions, parsing only those whose version differs
    // from `known` (a refresh after a save parses one definition, not all of them).
    static Result<TriggerDescriptions> loadTriggers(const QSqlDatabase &db, const TriggerDescriptions &known = {});
    // Fills `triggers` from `known` for the workflows whose version matches; returns how many are still missing.
    qsizetype takeTriggers(const TriggerDescriptions &known);

    QString folderPath(qint64 folderId) const;
    // Every field of every folder and workflow, and every trigger, equal: a refresh that brings nothing new.
    bool sameAs(const InstanceSnapshot &other) const;
};

} // namespace nightshift
