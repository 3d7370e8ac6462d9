#include "batch.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::Engine)
};
} // namespace

Result<WorkflowRow *> Batch::workflow(qint64 id)
{
    if (auto it = m_workflows.find(id); it != m_workflows.end())
        return &*it;
    // FOR UPDATE: two nodes changing one workflow take turns, so each sees the other's committed tasks.
    auto query
        = sql.run(sql.isPostgres() ? u"SELECT internal_name, state, failed, consecutive_errors, definition_version "
                                     "FROM workflows WHERE id = ? FOR UPDATE"_s
                                   : u"SELECT internal_name, state, failed, consecutive_errors, definition_version "
                                     "FROM workflows WHERE id = ?"_s,
                  {id});
    if (!query)
        return std::unexpected(query.error());
    if (!(*query)->next())
        return fail(Text::tr("workflow #%1 no longer exists").arg(id));
    WorkflowRow row;
    row.id = id;
    row.name = (*query)->value(0).toString();
    row.state = workflowStateFromName((*query)->value(1).toString()).value_or(WorkflowState::Edited);
    row.failed = (*query)->value(2).toInt() != 0;
    row.consecutiveErrors = (*query)->value(3).toInt();
    const int version = (*query)->value(4).toInt();
    (*query)->finish();
    auto compiled = definitions.get(sql, id, version);
    if (!compiled)
        return std::unexpected(compiled.error());
    row.compiled = *compiled;
    return &*m_workflows.insert(id, std::move(row));
}

Status Batch::setState(WorkflowRow &workflow, WorkflowState state)
{
    if (workflow.state == state)
        return {};
    auto updated = sql.run(u"UPDATE workflows SET state = ?, failed = ?, state_changed_at = ? WHERE id = ?"_s,
                           {workflowStateName(state), int(workflow.failed), now, workflow.id});
    if (!updated)
        return std::unexpected(updated.error());
    workflow.state = state;
    touchedWorkflows.insert(workflow.id);
    return {};
}

Result<bool> Batch::runSimulated(qint64 runId)
{
    if (runId == 0)
        return false;
    if (auto it = m_simulatedRuns.constFind(runId); it != m_simulatedRuns.constEnd())
        return *it;
    auto simulated = sql.scalar(u"SELECT simulated FROM runs WHERE id = ?"_s, {runId}, 0);
    if (!simulated)
        return std::unexpected(simulated.error());
    m_simulatedRuns.insert(runId, simulated->toInt() != 0);
    return simulated->toInt() != 0;
}

void Batch::journal(qint64 workflowId, qint64 runId, qint64 taskId, JournalLevel level, const QString &activity,
                    const QString &message)
{
    m_journal.append({workflowId, runId, taskId, level, activity, message, now});
}

} // namespace nightshift
