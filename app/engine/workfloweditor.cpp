#include "workfloweditor.h"

#include "core/accesspolicy.h"
#include "core/definitionwriter.h"
#include "security/principalloader.h"
#include "store/auditlog.h"
#include "store/folderrepository.h"
#include "store/packagerepository.h"
#include "store/workflowrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::WorkflowEditor)
};

// SQL activities run statements on the instance: whoever saves one needs the SQL right.
Status checkSqlRight(const Principal &who, const WorkflowDefinition &definition)
{
    if (who.has(Right::SqlScript))
        return {};
    for (const Activity &a : definition.activities)
        if (a.type == ActivityType::Sql)
            return fail(Text::tr("operator %1 may not save workflow %2: its activity %3 runs SQL, which needs "
                                 "the right %4")
                            .arg(who.login, definition.name, a.name, rightLabel(Right::SqlScript)));
    return {};
}

// What both saves begin with: the instance's connection, an open write transaction, and who is saving.
struct SaveSession
{
    SaveSession(const QSqlDatabase &database, Dialect dialect)
        : db(database), transaction(database, dialect), principals(database)
    {
    }

    static Result<std::unique_ptr<SaveSession>> open(Instance &instance, qint64 operatorId)
    {
        auto db = instance.database();
        if (!db)
            return std::unexpected(db.error());
        auto session = std::make_unique<SaveSession>(*db, instance.dialect());
        if (auto begun = session->transaction.begin(); !begun)
            return std::unexpected(begun.error());
        auto who = session->principals.load(operatorId);
        if (!who)
            return std::unexpected(who.error());
        session->who = *who;
        return session;
    }

    QSqlDatabase db;
    WriteTransaction transaction;
    PrincipalLoader principals;
    Principal who;
};

// A sub-workflow activity finds its child by internal name: renaming the child would break its parents' runs.
// Names the parents, so the operator knows what to change first.
Status checkNoParentRuns(const QSqlDatabase &db, const WorkflowRepository &workflows, const QString &name)
{
    // A cheap first pass on the stored text (an internal name's _ matching any character only widens it).
    auto candidates
        = execute(db, u"SELECT id, internal_name FROM workflows WHERE definition LIKE ?"_s, {u'%' + name + u'%'});
    if (!candidates)
        return std::unexpected(candidates.error());
    QStringList parents;
    while (candidates->next()) {
        auto definition = workflows.definition(candidates->value(0).toLongLong());
        if (!definition)
            return std::unexpected(definition.error());
        for (const Activity &a : definition->activities)
            if (a.type == ActivityType::SubWorkflow && a.setting(u"workflow"_s) == name)
                parents << u"%1 (%2)"_s.arg(candidates->value(1).toString(), a.name);
    }
    if (parents.isEmpty())
        return {};
    return fail(Text::tr("%1 cannot be renamed: %2 run it as a sub-workflow by that name; change those activities "
                         "first")
                    .arg(name, parents.join(u", "_s)));
}

Status auditRefusal(const QSqlDatabase &db, const QString &login, const QString &workflow, const Error &refusal)
{
    return AuditLog(db).append(
        {login, u"workflow.save"_s, u"workflow"_s, workflow, {}, u"refused: "_s + refusal.message});
}
} // namespace

// What both saves refuse before touching the database, in this order: a template, a bad internal name (when the
// name is being set), a definition that does not validate.
Status WorkflowEditor::checkSavable(const WorkflowDefinition &definition, NameRule nameRule) const
{
    if (definition.isTemplate())
        return fail(Text::tr("%1 is a template (its name contains {account}); templates come with their package and "
                             "are instantiated per external account")
                        .arg(definition.name));
    if (nameRule == NameRule::MustBeIdentifier && !isIdentifier(definition.name))
        return fail(Text::tr("\"%1\" is not a valid internal name: a letter or _, then letters, digits or _, at most "
                             "64 characters")
                        .arg(definition.name));
    ValidationContext rules;
    rules.isKnownPackage = [this](const QString &id) { return m_catalog.package(id) != nullptr; };
    if (Errors errors = DefinitionValidator::validate(definition, rules); !errors.isEmpty())
        return std::unexpected(errors.first());
    return {};
}

Result<SaveOutcome> WorkflowEditor::save(qint64 operatorId, const WorkflowDefinition &definition,
                                         const QString &folderForNew)
{
    if (auto savable = checkSavable(definition, NameRule::AsValidated); !savable)
        return std::unexpected(savable.error());

    auto session = SaveSession::open(m_instance, operatorId);
    if (!session)
        return std::unexpected(session.error());
    auto &[db, transaction, principals, who] = **session;
    WorkflowRepository workflows(db);
    auto existing = workflows.find(definition.name);
    if (!existing)
        return std::unexpected(existing.error());

    // Where the workflow is, or will be.
    SaveOutcome outcome;
    qint64 folderId = 0;
    if (*existing) {
        folderId = (*existing)->folderId;
        if ((*existing)->packageId != definition.package)
            return fail(Text::tr("workflow %1 belongs to package \"%2\"; the definition says \"%3\"")
                            .arg(definition.name, (*existing)->packageId, definition.package));
    } else {
        QString path = folderForNew;
        if (definition.isTechnical()) {
            auto installed = PackageRepository(db).isInstalled(definition.package);
            if (!installed)
                return std::unexpected(installed.error());
            if (!*installed)
                return fail(Text::tr("workflow %1 belongs to package %2, which is not installed; install it first")
                                .arg(definition.name, definition.package));
            path = m_catalog.package(definition.package)->folderPath;
        } else if (path.isEmpty()) {
            return fail(Text::tr("%1 is not a technical workflow; say which folder it goes in").arg(definition.name));
        }
        auto folder = FolderRepository(db).find(path);
        if (!folder)
            return std::unexpected(folder.error());
        if (folder->kind != FolderKind::Folder && folder->kind != FolderKind::Workflows)
            return fail(Text::tr("folder %1 holds the \"%2\" view, not workflows; choose a folder of workflows")
                            .arg(path, folder->label));
        folderId = folder->id;
        outcome.folderPath = path;
    }

    auto readable = principals.canReadFolder(who, folderId);
    if (!readable)
        return std::unexpected(readable.error());
    const WorkflowTarget target{definition.name, definition.isTechnical(), *readable};
    auto allowed = AccessPolicy::checkDefinitionChange(who, target);
    if (allowed)
        allowed = checkSqlRight(who, definition);
    if (!allowed) {
        transaction.rollback();
        if (auto audited = auditRefusal(db, who.login, definition.name, allowed.error()); !audited)
            return std::unexpected(audited.error());
        return std::unexpected(allowed.error());
    }

    AuditEntry audit{who.login,
                     u"workflow.save"_s,
                     u"workflow"_s,
                     definition.name,
                     {},
                     QString::fromUtf8(DefinitionWriter::write(definition))};
    if (*existing) {
        auto before = workflows.definition((*existing)->id);
        if (!before)
            return std::unexpected(before.error());
        if (*before == definition) {
            outcome.version = (*existing)->definitionVersion;
            return outcome; // unchanged: nothing written
        }
        audit.before = QString::fromUtf8(DefinitionWriter::write(*before));
        if (auto saved = workflows.saveDefinition((*existing)->id, definition, who.login); !saved)
            return std::unexpected(saved.error());
        outcome.kind = SaveOutcome::Kind::Updated;
        outcome.version = (*existing)->definitionVersion + 1;
    } else {
        if (auto id = workflows.insert({definition, folderId, {}, {}, true}, who.login); !id)
            return std::unexpected(id.error());
        outcome.kind = SaveOutcome::Kind::Created;
    }
    if (auto audited = AuditLog(db).append(audit); !audited)
        return std::unexpected(audited.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return outcome;
}

Result<SaveOutcome> WorkflowEditor::saveExisting(qint64 operatorId, qint64 workflowId,
                                                 const WorkflowDefinition &definition, qint64 folderId)
{
    if (auto savable = checkSavable(definition, NameRule::MustBeIdentifier); !savable)
        return std::unexpected(savable.error());

    auto session = SaveSession::open(m_instance, operatorId);
    if (!session)
        return std::unexpected(session.error());
    auto &[db, transaction, principals, who] = **session;
    auto name = scalar(db, u"SELECT internal_name FROM workflows WHERE id = ?"_s, {workflowId});
    if (!name)
        return std::unexpected(name.error());
    WorkflowRepository workflows(db);
    auto found
        = name->isNull() ? Result<std::optional<WorkflowRecord>>(std::nullopt) : workflows.find(name->toString());
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(Text::tr("the workflow no longer exists (it was deleted)"));
    const WorkflowRecord current = **found;
    if (current.packageId != definition.package)
        return fail(Text::tr("workflow %1 belongs to package \"%2\"; the definition says \"%3\"")
                        .arg(current.internalName, current.packageId, definition.package));

    const bool renamed = definition.name != current.internalName;
    if (renamed && !current.packageId.isEmpty())
        return fail(Text::tr("the internal name of %1 comes with package %2, which finds the workflow by it; it "
                             "cannot change")
                        .arg(current.internalName, current.packageId));
    if (renamed && !current.templateName.isEmpty())
        return fail(Text::tr("the internal name of %1 comes from template %2; it cannot change")
                        .arg(current.internalName, current.templateName));
    if (renamed) {
        auto clash = workflows.find(definition.name);
        if (!clash)
            return std::unexpected(clash.error());
        if (*clash)
            return fail(
                Text::tr("another workflow is already named %1; internal names are unique").arg(definition.name));
        if (auto unreferenced = checkNoParentRuns(db, workflows, current.internalName); !unreferenced)
            return std::unexpected(unreferenced.error());
    }

    auto folders = FolderRepository(db).all();
    if (!folders)
        return std::unexpected(folders.error());
    const auto folderById = [&folders](qint64 id) -> const FolderRecord * {
        for (const FolderRecord &f : *folders)
            if (f.id == id)
                return &f;
        return nullptr;
    };
    const FolderRecord *from = folderById(current.folderId);
    const bool moved = folderId != 0 && folderId != current.folderId;
    const FolderRecord *to = moved ? folderById(folderId) : from;
    if (!to)
        return fail(Text::tr("the folder chosen for %1 no longer exists").arg(definition.name));
    if (moved && to->kind != FolderKind::Folder && to->kind != FolderKind::Workflows)
        return fail(Text::tr("folder %1 holds the \"%2\" view, not workflows; choose a folder of workflows")
                        .arg(to->path, to->label));

    // Both folders count: a move must not take a workflow out of, or into, a folder the operator cannot read.
    auto readable = principals.canReadFolder(who, current.folderId);
    if (!readable)
        return std::unexpected(readable.error());
    auto readableTo = moved ? principals.canReadFolder(who, folderId) : readable;
    if (!readableTo)
        return std::unexpected(readableTo.error());
    auto allowed = AccessPolicy::checkDefinitionChange(
        who, {current.internalName, !current.packageId.isEmpty(), *readable && *readableTo});
    if (allowed)
        allowed = checkSqlRight(who, definition);
    if (!allowed) {
        transaction.rollback();
        if (auto audited = auditRefusal(db, who.login, current.internalName, allowed.error()); !audited)
            return std::unexpected(audited.error());
        return std::unexpected(allowed.error());
    }

    SaveOutcome outcome;
    outcome.folderPath = to ? to->path : QString();
    auto before = workflows.definition(workflowId);
    if (!before)
        return std::unexpected(before.error());
    if (*before == definition && !moved) {
        outcome.version = current.definitionVersion;
        return outcome; // unchanged: nothing written
    }
    if (renamed) { // first, so the version row and the audit carry the new name
        if (auto done
            = execute(db, u"UPDATE workflows SET internal_name = ? WHERE id = ?"_s, {definition.name, workflowId});
            !done)
            return std::unexpected(done.error());
    }
    if (moved) {
        if (auto done = execute(db, u"UPDATE workflows SET folder_id = ? WHERE id = ?"_s, {folderId, workflowId});
            !done)
            return std::unexpected(done.error());
        if (auto audited = AuditLog(db).append({who.login, u"workflow.move"_s, u"workflow"_s, definition.name,
                                                 from ? from->path : QString(), to->path});
            !audited)
            return std::unexpected(audited.error());
    }
    if (auto saved = workflows.saveDefinition(workflowId, definition, who.login); !saved)
        return std::unexpected(saved.error());
    if (auto audited = AuditLog(db).append({who.login, u"workflow.save"_s, u"workflow"_s, definition.name,
                                             QString::fromUtf8(DefinitionWriter::write(*before)),
                                             QString::fromUtf8(DefinitionWriter::write(definition))});
        !audited)
        return std::unexpected(audited.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    outcome.kind = SaveOutcome::Kind::Updated;
    outcome.version = current.definitionVersion + 1;
    return outcome;
}

} // namespace nightshift
