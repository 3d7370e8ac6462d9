#include "workflowdata.h"

#include "core/accesspolicy.h"
#include "security/principalloader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::WorkflowWindow)
};

const QString taskColumns = u"id, activity, state, COALESCE(started_at, 0), COALESCE(ended_at, 0), attempt, "
                            "progress_done, progress_total, COALESCE(error, ''), warned FROM tasks"_s;

TaskRow taskRow(const QSqlQuery &q)
{
    return {.id = q.value(0).toLongLong(),
            .activity = q.value(1).toString(),
            .state = taskStateFromName(q.value(2).toString()).value_or(TaskState::Ready),
            .startedAt = q.value(3).toLongLong(),
            .endedAt = q.value(4).toLongLong(),
            .attempt = q.value(5).toInt(),
            .progressDone = q.value(6).toLongLong(),
            .progressTotal = q.value(7).toLongLong(),
            .error = q.value(8).toString(),
            .warned = q.value(9).toInt() != 0};
}

} // namespace

Result<LoadedWorkflow> readWorkflow(Instance &instance, const Principal &principal, qint64 workflowId)
{
    auto db = instance.database();
    if (!db)
        return std::unexpected(db.error());
    auto name = scalar(*db, u"SELECT internal_name FROM workflows WHERE id = ?"_s, {workflowId});
    if (!name)
        return std::unexpected(name.error());
    if (name->isNull())
        return fail(Text::tr("The workflow no longer exists (it was deleted)."));
    WorkflowRepository workflows(*db);
    auto record = workflows.find(name->toString());
    if (!record)
        return std::unexpected(record.error());
    if (!*record)
        return fail(Text::tr("The workflow no longer exists (it was deleted)."));
    auto definition = workflows.definition(workflowId);
    if (!definition)
        return std::unexpected(definition.error());
    auto folder = scalar(*db, u"SELECT label FROM folders WHERE id = ?"_s, {(*record)->folderId});
    if (!folder)
        return std::unexpected(folder.error());
    auto readable = PrincipalLoader(*db).canReadFolder(principal, (*record)->folderId);
    if (!readable)
        return std::unexpected(readable.error());
    const WorkflowTarget target{definition->name, definition->isTechnical(), *readable};
    const auto allowed = AccessPolicy::checkDefinitionChange(principal, target);
    // Where it may move: the folders the operator can read (WorkflowEditor checks again when saving).
    auto folders = FolderRepository(*db).all();
    if (!folders)
        return std::unexpected(folders.error());
    auto readableFolders = PrincipalLoader(*db).readableFolders(principal);
    if (!readableFolders)
        return std::unexpected(readableFolders.error());
    folders->removeIf([&readableFolders](const FolderRecord &f) { return !readableFolders->contains(f.id); });
    auto names = execute(*db, u"SELECT internal_name FROM workflows WHERE id <> ?"_s, {workflowId});
    if (!names)
        return std::unexpected(names.error());
    QSet<QString> otherNames;
    while (names->next())
        otherNames.insert(names->value(0).toString());
    return LoadedWorkflow{.record = **record,
                          .definition = *definition,
                          .folderLabel = folder->toString(),
                          .refusal = allowed ? QString() : allowed.error().message,
                          .folders = std::move(*folders),
                          .otherNames = std::move(otherNames)};
}

ActivityStatus activityStatus(const TaskRow &task, bool journalWarning)
{
    switch (task.state) {
    case TaskState::Failed:
    case TaskState::Suspended:
        return ActivityStatus::Error;
    case TaskState::Done:
        return task.warned || journalWarning ? ActivityStatus::Warning : ActivityStatus::Executed;
    case TaskState::Ready:
    case TaskState::Running:
    case TaskState::Waiting:
    case TaskState::Armed:
        return task.warned || journalWarning ? ActivityStatus::Warning : ActivityStatus::Pending;
    case TaskState::Cancelled:
    case TaskState::Skipped:
        break;
    }
    return ActivityStatus::None;
}

Result<ExecutionSnapshot> readExecution(Instance &instance, qint64 workflowId)
{
    auto db = instance.database();
    if (!db)
        return std::unexpected(db.error());
    ExecutionSnapshot snapshot;
    auto run = execute(*db,
                       u"SELECT id, status, started_at FROM runs WHERE workflow_id = ? "
                       "ORDER BY started_at DESC, id DESC LIMIT 1"_s,
                       {workflowId});
    if (!run)
        return std::unexpected(run.error());
    if (run->next()) {
        snapshot.runId = run->value(0).toLongLong();
        snapshot.runStatus = run->value(1).toString();
        snapshot.runStartedAt = run->value(2).toLongLong();
        auto tasks = execute(*db, u"SELECT "_s + taskColumns + u" WHERE run_id = ? ORDER BY id"_s, {snapshot.runId});
        if (!tasks)
            return std::unexpected(tasks.error());
        while (tasks->next())
            snapshot.tasks << taskRow(*tasks);
        auto events = execute(*db,
                              u"SELECT from_activity, transition, COUNT(*) FROM events WHERE run_id = ? "
                              "AND from_activity IS NOT NULL GROUP BY from_activity, transition"_s,
                              {snapshot.runId});
        if (!events)
            return std::unexpected(events.error());
        while (events->next())
            snapshot.transitionCounts.insert(
                ExecutionSnapshot::transitionKey(events->value(0).toString(), events->value(1).toString()),
                events->value(2).toInt());
        auto warnings = execute(*db,
                                u"SELECT DISTINCT activity FROM journal WHERE run_id = ? AND level = ? "
                                "AND activity IS NOT NULL"_s,
                                {snapshot.runId, int(JournalLevel::Warning)});
        if (!warnings)
            return std::unexpected(warnings.error());
        while (warnings->next())
            snapshot.journalWarnings.insert(warnings->value(0).toString());
    }
    // Schedulers and signals wait outside any run: they are pending whatever the latest run did.
    auto triggers = execute(*db,
                            u"SELECT "_s + taskColumns
                                + u" WHERE workflow_id = ? AND run_id IS NULL AND state IN ('armed', 'waiting') "
                                  "ORDER BY id"_s,
                            {workflowId});
    if (!triggers)
        return std::unexpected(triggers.error());
    while (triggers->next())
        snapshot.tasks << taskRow(*triggers);
    for (const TaskRow &task : std::as_const(snapshot.tasks)) // later tasks of an activity win
        snapshot.statuses.insert(task.activity, activityStatus(task, snapshot.journalWarnings.contains(task.activity)));
    return snapshot;
}

} // namespace nightshift
