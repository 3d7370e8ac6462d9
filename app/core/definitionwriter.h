#pragma once

#include "workflowdefinition.h"

#include <QByteArray>

namespace nightshift {

// Writes a definition in the canonical form of docs/definition-format.md: reading it back gives an equal
// definition, and writing that again gives the same bytes.
class DefinitionWriter
{
public:
    static QByteArray write(const WorkflowDefinition &definition);
};

} // namespace nightshift
