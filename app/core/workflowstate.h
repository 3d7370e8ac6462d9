#pragma once

#include <QString>

#include <optional>

namespace nightshift {

// States of SPEC §4. "Failed" is a separate flag, not a state; the *Requested/StartPending states are the
// transitional ones shown while a queued command waits for an engine node.
enum class WorkflowState {
    Edited,
    StartPending,
    Started,
    PauseRequested,
    Paused,
    StopRequested,
    RestartRequested,
    Finished
};

QString workflowStateName(WorkflowState state);
std::optional<WorkflowState> workflowStateFromName(QStringView name);
const char *workflowStateLabel(WorkflowState state); // English, for tr() in the "nightshift::WorkflowState" context

} // namespace nightshift
