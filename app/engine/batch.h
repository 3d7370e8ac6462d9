#pragma once

#include "definitioncache.h"
#include "engineoptions.h"
#include "journalbuffer.h"

#include "core/workflowstate.h"

#include <QElapsedTimer>
#include <QSet>

namespace nightshift {

// A workflow as one transaction sees it (locked against other nodes on PostgreSQL).
struct WorkflowRow
{
    qint64 id = 0;
    QString name;
    WorkflowState state = WorkflowState::Edited;
    bool failed = false;
    int consecutiveErrors = 0;
    std::shared_ptr<const CompiledDefinition> compiled;

    const WorkflowDefinition &definition() const { return compiled->definition; }
    const WorkflowProperties &properties() const { return compiled->definition.properties; }
};

// One dispatcher transaction: the connection, the clock, the workflows it has read, what it touched (runs
// to check for their end, workflows to check for being finished), and the journal lines it will write.
// Lines are written with the transaction, so a rolled-back change leaves no line claiming it happened.
class Batch
{
public:
    Batch(StatementCache &statements, DefinitionCache &cache, const EngineOptions &engineOptions, qint64 time)
        : sql(statements), definitions(cache), options(engineOptions), now(time)
    {
        m_clock.start();
    }

    StatementCache &sql;
    DefinitionCache &definitions;
    const EngineOptions &options;
    const qint64 now;

    // A transaction holds the instance's write lock (SQLite): past this budget, a cycle leaves the rest of
    // its commands and timers to the next one, so the console and other writers get their turn.
    bool overBudget() const { return m_clock.elapsed() > 150; }

    Result<WorkflowRow *> workflow(qint64 id);
    Status setState(WorkflowRow &workflow, WorkflowState state);
    Result<bool> runSimulated(qint64 runId);
    void rememberRun(qint64 runId, bool simulated) { m_simulatedRuns.insert(runId, simulated); }

    void journal(qint64 workflowId, qint64 runId, qint64 taskId, JournalLevel level, const QString &activity,
                 const QString &message);
    QList<JournalEntry> takeJournal() { return std::exchange(m_journal, {}); }
    QSet<qint64> loadedWorkflows() const { return QSet<qint64>(m_workflows.keyBegin(), m_workflows.keyEnd()); }

    QSet<qint64> touchedRuns;
    QSet<qint64> touchedWorkflows;

private:
    QHash<qint64, WorkflowRow> m_workflows;
    QHash<qint64, bool> m_simulatedRuns;
    QList<JournalEntry> m_journal;
    QElapsedTimer m_clock;
};

} // namespace nightshift
