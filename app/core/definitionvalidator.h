#pragma once

#include "definitionreader.h"

#include <functional>

namespace nightshift {

// What the validator may check against the outside world; an unset function accepts everything.
struct ValidationContext
{
    std::function<bool(const QString &)> isKnownJob;
    std::function<bool(const QString &)> isKnownPackage;
};

// Structural rules of docs/definition-format.md: unique names, transitions that lead somewhere, the right
// number of transitions per activity type, reachability, and loops that cannot spin without waiting.
class DefinitionValidator
{
public:
    static Errors validate(const WorkflowDefinition &definition, const ValidationContext &context = {},
                           const QString &sourceName = {});
};

// Read and validate in one step: the way every importer loads a definition.
DefinitionResult loadDefinition(const QByteArray &xml, const QString &sourceName,
                                const ValidationContext &context = {});

} // namespace nightshift
