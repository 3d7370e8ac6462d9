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
} // namespace

Result<SaveOutcome> WorkflowEditor::save(qint64 operatorId, const WorkflowDefinition &definition,
                                         const QString &folderForNew)
{
    if (definition.isTemplate())
        return fail(Text::tr("%1 is a template (its name contains {account}); templates come with their package and "
                             "are instantiated per external account")
                        .arg(definition.name));
    ValidationContext rules;
    rules.isKnownPackage = [this](const QString &id) { return m_catalog.package(id) != nullptr; };
    if (Errors errors = DefinitionValidator::validate(definition, rules); !errors.isEmpty())
        return std::unexpected(errors.first());

    auto db = m_instance.database();
    if (!db)
        return std::unexpected(db.error());
    WriteTransaction transaction(*db, m_instance.dialect());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    PrincipalLoader principals(*db);
    auto who = principals.load(operatorId);
    if (!who)
        return std::unexpected(who.error());
    WorkflowRepository workflows(*db);
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
            auto installed = PackageRepository(*db).isInstalled(definition.package);
            if (!installed)
                return std::unexpected(installed.error());
            if (!*installed)
                return fail(Text::tr("workflow %1 belongs to package %2, which is not installed; install it first")
                                .arg(definition.name, definition.package));
            path = m_catalog.package(definition.package)->folderPath;
        } else if (path.isEmpty()) {
            return fail(Text::tr("%1 is not a technical workflow; say which folder it goes in").arg(definition.name));
        }
        auto folder = FolderRepository(*db).find(path);
        if (!folder)
            return std::unexpected(folder.error());
        if (folder->kind != FolderKind::Folder && folder->kind != FolderKind::Workflows)
            return fail(Text::tr("folder %1 holds the \"%2\" view, not workflows; choose a folder of workflows")
                            .arg(path, folder->label));
        folderId = folder->id;
        outcome.folderPath = path;
    }

    auto readable = principals.canReadFolder(*who, folderId);
    if (!readable)
        return std::unexpected(readable.error());
    const WorkflowTarget target{definition.name, definition.isTechnical(), *readable};
    auto allowed = AccessPolicy::checkDefinitionChange(*who, target);
    // SQL activities run statements on the instance: whoever saves one needs the SQL right.
    if (allowed && !who->has(Right::SqlScript)) {
        for (const Activity &a : definition.activities)
            if (a.type == ActivityType::Sql) {
                allowed = fail(Text::tr("operator %1 may not save workflow %2: its activity %3 runs SQL, which needs "
                                        "the right %4")
                                   .arg(who->login, definition.name, a.name, rightLabel(Right::SqlScript)));
                break;
            }
    }
    if (!allowed) {
        transaction.rollback();
        if (auto audited = AuditLog(*db).append({who->login,
                                                 u"workflow.save"_s,
                                                 u"workflow"_s,
                                                 definition.name,
                                                 {},
                                                 u"refused: "_s + allowed.error().message});
            !audited)
            return std::unexpected(audited.error());
        return std::unexpected(allowed.error());
    }

    AuditEntry audit{who->login,
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
        if (auto saved = workflows.saveDefinition((*existing)->id, definition, who->login); !saved)
            return std::unexpected(saved.error());
        outcome.kind = SaveOutcome::Kind::Updated;
        outcome.version = (*existing)->definitionVersion + 1;
    } else {
        if (auto id = workflows.insert({definition, folderId, {}, {}, true}, who->login); !id)
            return std::unexpected(id.error());
        outcome.kind = SaveOutcome::Kind::Created;
    }
    if (auto audited = AuditLog(*db).append(audit); !audited)
        return std::unexpected(audited.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return outcome;
}

} // namespace nightshift
