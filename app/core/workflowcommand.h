#pragma once

#include "error.h"
#include "workflowstate.h"

#include <optional>

namespace nightshift {

// The commands of SPEC §4 an operator sends to a workflow. They are queued; an engine node applies them.
enum class WorkflowCommand {
    Start, // also resumes a paused workflow; with parameters: "start with parameters"
    Pause,
    Stop,
    UnconditionalStop, // "kill": the way out of a stuck stop; administrators only
    Restart,
    Wakeup, // execute pending tasks now
    PurgeHistory,
    Simulate,
    PostEvent,
};

QString workflowCommandName(WorkflowCommand command); // "start", "pause", "stop", "kill", …
std::optional<WorkflowCommand> workflowCommandFromName(QStringView name);
QString workflowCommandLabel(WorkflowCommand command); // "start", "unconditionally stop", … for messages
const QList<WorkflowCommand> &allWorkflowCommands();

// What a command does to a workflow in `state`: the state shown while the command waits for an engine
// node, or why the command makes no sense now ("cannot pause: the workflow is paused").
Result<WorkflowState> stateAfterRequest(WorkflowCommand command, WorkflowState state);

} // namespace nightshift
