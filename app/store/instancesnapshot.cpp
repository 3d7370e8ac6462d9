#include "instancesnapshot.h"

#include "core/definitionreader.h"
#include "core/triggerdescription.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::InstanceSnapshot)
};

// Above this many definitions to parse, one scan of the table beats a lookup per workflow.
constexpr qsizetype LookupLimit = 200;

Result<QString> describe(qint64 workflowId, const QString &xml)
{
    auto definition = DefinitionReader::read(xml.toUtf8(), Text::tr("stored definition"));
    if (!definition) // only a hand-edited database gets here
        return fail(Text::tr("the stored definition of workflow %1 is damaged: %2")
                        .arg(workflowId)
                        .arg(joined(definition.error())));
    return describeTriggers(*definition);
}

} // namespace

Result<InstanceSnapshot> InstanceSnapshot::load(const QSqlDatabase &db)
{
    auto s = loadWithoutTriggers(db);
    if (!s)
        return s;
    auto triggers = loadTriggers(db);
    if (!triggers)
        return std::unexpected(triggers.error());
    s->takeTriggers(*triggers);
    return s;
}

Result<InstanceSnapshot> InstanceSnapshot::loadWithoutTriggers(const QSqlDatabase &db)
{
    InstanceSnapshot s;
    auto folders = FolderRepository(db).all();
    if (!folders)
        return std::unexpected(folders.error());
    s.folders = std::move(*folders);
    auto workflows = WorkflowRepository(db).all();
    if (!workflows)
        return std::unexpected(workflows.error());
    s.workflows = std::move(*workflows);
    return s;
}

Result<TriggerDescriptions> InstanceSnapshot::loadTriggers(const QSqlDatabase &db, const TriggerDescriptions &known)
{
    // Which definitions changed: one narrow scan (no definition text read).
    QList<qint64> missing;
    TriggerDescriptions result;
    {
        auto versions = execute(db, u"SELECT id, definition_version FROM workflows"_s);
        if (!versions)
            return std::unexpected(versions.error());
        while (versions->next()) {
            const qint64 id = versions->value(0).toLongLong();
            const auto found = known.constFind(id);
            if (found != known.cend() && found->version == versions->value(1).toInt())
                result.insert(id, *found);
            else
                missing << id;
        }
    }
    if (missing.isEmpty())
        return result;
    QString sql = u"SELECT id, definition_version, definition FROM workflows"_s;
    if (missing.size() <= LookupLimit) {
        QStringList ids;
        for (qint64 id : std::as_const(missing))
            ids << QString::number(id); // integers from the database: nothing to quote
        sql += u" WHERE id IN (%1)"_s.arg(ids.join(u','));
    }
    auto rows = execute(db, sql);
    if (!rows)
        return std::unexpected(rows.error());
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        const int version = rows->value(1).toInt();
        if (const auto found = result.constFind(id); found != result.cend() && found->version == version)
            continue; // known and unchanged (a full scan reads them too)
        auto text = describe(id, rows->value(2).toString());
        if (!text)
            return std::unexpected(text.error());
        result.insert(id, {.version = version, .text = std::move(*text)});
    }
    return result;
}

qsizetype InstanceSnapshot::takeTriggers(const TriggerDescriptions &known)
{
    qsizetype missing = 0;
    triggers.reserve(workflows.size());
    for (const WorkflowRecord &w : std::as_const(workflows)) {
        const auto found = known.constFind(w.id);
        if (found != known.cend() && found->version == w.definitionVersion)
            triggers.insert(w.id, found->text);
        else
            ++missing;
    }
    return missing;
}

bool InstanceSnapshot::sameAs(const InstanceSnapshot &other) const
{
    return folders == other.folders && workflows == other.workflows && triggers == other.triggers;
}

QString InstanceSnapshot::folderPath(qint64 folderId) const
{
    for (const FolderRecord &f : folders)
        if (f.id == folderId)
            return f.path;
    return {};
}

} // namespace nightshift
