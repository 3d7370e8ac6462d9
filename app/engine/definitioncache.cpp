#include "definitioncache.h"

#include "core/definitionreader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::Engine)
};
} // namespace

QList<const Activity *> CompiledDefinition::entryActivities() const
{
    QList<const Activity *> entries;
    for (const Activity &a : definition.activities) {
        const bool trigger = a.type == ActivityType::Scheduler || a.type == ActivityType::Signal;
        if (a.type == ActivityType::Start || (trigger && incoming.value(a.name) == 0))
            entries << &a;
    }
    return entries;
}

Result<std::shared_ptr<const CompiledDefinition>> DefinitionCache::get(StatementCache &sql, qint64 workflowId,
                                                                       int version)
{
    if (auto it = m_entries.constFind({workflowId, version}); it != m_entries.constEnd())
        return *it;
    auto text = sql.scalar(u"SELECT definition FROM workflow_versions WHERE workflow_id = ? AND version = ?"_s,
                           {workflowId, version});
    if (!text)
        return std::unexpected(text.error());
    if (text->isNull()) {
        text = sql.scalar(u"SELECT definition FROM workflows WHERE id = ?"_s, {workflowId});
        if (!text)
            return std::unexpected(text.error());
    }
    auto parsed = DefinitionReader::read(text->toString().toUtf8(), u"workflow #%1 v%2"_s.arg(workflowId).arg(version));
    if (!parsed)
        return fail(Text::tr("the definition of workflow #%1 (version %2) cannot be read: %3")
                        .arg(workflowId)
                        .arg(version)
                        .arg(joined(parsed.error())));
    auto compiled = std::make_shared<CompiledDefinition>();
    compiled->definition = std::move(*parsed);
    for (const Activity &a : compiled->definition.activities) {
        compiled->activities.insert(a.name, &a);
        for (const Transition &t : a.transitions)
            compiled->incoming[t.target] += 1;
    }
    m_entries.insert({workflowId, version}, compiled);
    return std::shared_ptr<const CompiledDefinition>(compiled);
}

} // namespace nightshift
