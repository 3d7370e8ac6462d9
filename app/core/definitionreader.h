#pragma once

#include "error.h"
#include "workflowdefinition.h"

#include <QByteArray>

#include <expected>

namespace nightshift {

using DefinitionResult = std::expected<WorkflowDefinition, Errors>;

// Reads the XML format of docs/definition-format.md. Reports every problem it can find, each with the
// line and column of the element at fault; a definition with any error is not returned at all.
// Structural rules (reachability, transition counts, …) are DefinitionValidator's job.
class DefinitionReader
{
public:
    static DefinitionResult read(const QByteArray &xml, const QString &sourceName = {});
    static DefinitionResult readFile(const QString &path);
};

} // namespace nightshift
