#pragma once

#include "core/rights.h"
#include "core/workflowcommand.h"
#include "store/workflowrepository.h"

namespace nightshift {

// What a command would do to one workflow, as far as the console can tell before queueing it: refused (and
// why: a missing right, or a state the command makes no sense in) or the state shown once queued. The
// CommandQueue checks again, with the operator's rights read afresh, when the command is sent.
struct CommandPreview
{
    WorkflowRecord workflow;
    bool allowed = false;
    QString effect; // "Started → Pause requested", or the reason of the refusal
};

namespace CommandPreviews {
QString commandTitle(WorkflowCommand command); // "Start", "Unconditional stop", … for menus and dialogs
CommandPreview preview(const Principal &who, WorkflowCommand command, const WorkflowRecord &workflow);
QList<CommandPreview> preview(const Principal &who, WorkflowCommand command, const QList<WorkflowRecord> &workflows);
// Only the rights: why `who` may not send `command` to any of `workflows` (empty when it may, to one at least).
QString missingRight(const Principal &who, WorkflowCommand command, const QList<WorkflowRecord> &workflows);
} // namespace CommandPreviews

} // namespace nightshift
