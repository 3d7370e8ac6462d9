#pragma once

#include "core/executionstatus.h"
#include "core/rights.h"
#include "store/folderrepository.h"
#include "store/instance.h"
#include "store/workflowrepository.h"

#include <QHash>
#include <QSet>

namespace nightshift {

// What a workflow window shows, read on a worker thread (each function opens the thread's own connection).

struct LoadedWorkflow
{
    WorkflowRecord record;
    WorkflowDefinition definition;
    QString folderLabel;
    QString refusal; // empty: the operator may modify the workflow; otherwise why not (names the right)
    QList<FolderRecord> folders; // the folders the operator can read, depth first: where the workflow may go
    QSet<QString> otherNames; // the internal names of the other workflows: a new name must not be one of them
};
Result<LoadedWorkflow> readWorkflow(Instance &instance, const Principal &principal, qint64 workflowId);

// How an activity went in the latest run, as the diagram colours it.
enum class ActivityStatus { None, Pending, Executed, Warning, Error };

struct TaskRow
{
    qint64 id = 0;
    QString activity;
    TaskState state = TaskState::Ready;
    qint64 startedAt = 0, endedAt = 0; // 0: not yet
    int attempt = 1;
    qint64 progressDone = 0, progressTotal = 0;
    QString error;
    bool warned = false; // ran past its maximum duration
};

struct ExecutionSnapshot
{
    qint64 runId = 0; // 0: the workflow never ran
    QString runStatus;
    qint64 runStartedAt = 0;
    QList<TaskRow> tasks; // the latest run's, then the triggers waiting outside any run, by id
    QHash<QString, ActivityStatus> statuses; // by activity
    QHash<QString, int> transitionCounts; // by transitionKey()
    QSet<QString> journalWarnings; // activities with a warning in the latest run's journal

    static QString transitionKey(const QString &activity, const QString &transition)
    {
        return activity + u'/' + transition;
    }
};
Result<ExecutionSnapshot> readExecution(Instance &instance, qint64 workflowId);

// The colour rule: failed or suspended is an error; a warning (maximum duration passed, or a journal warning)
// wins over done and pending; done is executed; ready, running, waiting and armed are pending.
ActivityStatus activityStatus(const TaskRow &latestTask, bool journalWarning);

} // namespace nightshift
