#pragma once

#include "rights.h"
#include "workflowcommand.h"

namespace nightshift {

// The workflow an operator wants to act on, as far as rights are concerned.
struct WorkflowTarget
{
    QString name;
    bool technical = false; // belongs to a package
    bool folderReadable = false; // the operator can read its folder
};

// SPEC §10: only administrators start, modify or unconditionally stop technical workflows, and see the heat
// map and the audit trail; WORKFLOW lets an operator run the non-technical workflows of folders it can read.
// A refusal names the right that is missing.
namespace AccessPolicy {
Result<void> checkCommand(const Principal &who, WorkflowCommand command, const WorkflowTarget &target);
Result<void> checkDefinitionChange(const Principal &who, const WorkflowTarget &target);
// Administration-only areas: the heat map, the audit trail, operators and rights, packages, options.
Result<void> checkAdministration(const Principal &who, const QString &what);
} // namespace AccessPolicy

} // namespace nightshift
