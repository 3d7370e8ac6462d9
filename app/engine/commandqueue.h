#pragma once

#include "core/workflowcommand.h"
#include "store/instance.h"

#include <QVariantMap>

namespace nightshift {

struct CommandRequest
{
    QString workflow; // internal name
    WorkflowCommand command = WorkflowCommand::Start;
    QVariantMap parameters; // "start with parameters"; PostEvent needs "event" naming a <signal> activity
};

struct QueuedCommand
{
    qint64 id = 0;
    WorkflowState before = WorkflowState::Edited;
    WorkflowState shown = WorkflowState::Edited; // the (transitional) state shown until a node applies it
};

// Where every command enters the engine, whoever sends it (console, nightshiftctl, another node): the
// operator's rights are read afresh and checked, the workflow's state must allow the command, and the
// command row, the transitional state and the audit line are written in one transaction. A refusal is
// audited too. Engine nodes apply the queued rows.
class CommandQueue
{
public:
    explicit CommandQueue(Instance &instance) : m_instance(instance) { }

    Result<QueuedCommand> submit(qint64 operatorId, const CommandRequest &request);

private:
    Instance &m_instance;
};

} // namespace nightshift
