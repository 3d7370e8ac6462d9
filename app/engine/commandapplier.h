#pragma once

#include "workflowruntime.h"

namespace nightshift {

// Applies one queued command (a `commands` row) inside the dispatcher's transaction: the state rules of
// SPEC §4 as the engine sees them when the command's turn comes, which may differ from when it was queued.
class CommandApplier
{
public:
    CommandApplier(Batch &batch, WorkflowRuntime &runtime) : m_batch(batch), m_runtime(runtime) { }

    // `error` gets the reason when the command is refused now (recorded on its row and in the journal);
    // `deferred` is set when it must wait (an event for a paused workflow).
    Status apply(qint64 workflowId, const QString &command, const QVariantMap &parameters, const QString &operatorLogin,
                 QString &error, bool &deferred);

private:
    Batch &m_batch;
    WorkflowRuntime &m_runtime;
};

} // namespace nightshift
