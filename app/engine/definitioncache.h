#pragma once

#include "statementcache.h"

#include "core/workflowdefinition.h"

#include <QHash>

#include <memory>

namespace nightshift {

// A definition as the engine walks it: activities by name and how many transitions lead to each.
struct CompiledDefinition
{
    WorkflowDefinition definition;
    QHash<QString, const Activity *> activities;
    QHash<QString, int> incoming;

    const Activity *activity(const QString &name) const { return activities.value(name); }
    // Activities a start activates: <start>, and schedulers and signals nothing leads to.
    QList<const Activity *> entryActivities() const;
};

// Parsed definitions by workflow and version, for the one thread that owns it (the dispatcher). A saved
// definition gets a new version, so an entry never goes stale.
class DefinitionCache
{
public:
    Result<std::shared_ptr<const CompiledDefinition>> get(StatementCache &sql, qint64 workflowId, int version);

private:
    QHash<std::pair<qint64, int>, std::shared_ptr<const CompiledDefinition>> m_entries;
};

} // namespace nightshift
