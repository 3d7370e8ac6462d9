#include "packageinstaller.h"

#include "auditlog.h"
#include "core/accesspolicy.h"
#include "folderrepository.h"
#include "workflowrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::PackageInstaller)
};
} // namespace

Result<PackageInstaller::Outcome> PackageInstaller::install(const QString &packageId, const Principal &who)
{
    if (auto allowed = AccessPolicy::checkAdministration(who, Text::tr("install packages")); !allowed)
        return std::unexpected(allowed.error());
    const QString &operatorLogin = who.login;
    const PackageInfo *package = m_catalog.package(packageId);
    if (!package)
        return fail(Text::tr("there is no package \"%1\"; \"nightshiftctl packages list\" shows them").arg(packageId));
    auto db = m_instance.database();
    if (!db)
        return std::unexpected(db.error());
    WriteTransaction transaction(*db, m_instance.dialect());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());

    PackageRepository packages(*db);
    auto installed = packages.isInstalled(packageId);
    if (!installed)
        return std::unexpected(installed.error());
    if (*installed)
        return Outcome{true, {}};

    auto folderId = FolderRepository(*db).ensure(package->folderPath, package->label, FolderKind::Workflows);
    if (!folderId)
        return fail(
            Text::tr("cannot create the folder of package %1: %2").arg(package->label, folderId.error().message));
    // The package row first: workflows reference it.
    if (auto marked = packages.markInstalled(packageId, package->label, *folderId, operatorLogin); !marked)
        return std::unexpected(marked.error());
    auto created = createWorkflows(*db, *package, *folderId, {}, operatorLogin);
    if (!created)
        return std::unexpected(created.error());
    if (auto audited = AuditLog(*db).append(
            {operatorLogin, u"package.install"_s, u"package"_s, packageId, {}, created->join(u", "_s)});
        !audited)
        return std::unexpected(audited.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return Outcome{false, *created};
}

Result<QStringList> PackageInstaller::createWorkflows(const QSqlDatabase &db, const PackageInfo &package,
                                                      qint64 folderId, const QString &onlyAccount,
                                                      const QString &operatorLogin)
{
    WorkflowRepository workflows(db);
    ExternalAccountRepository accounts(db);
    QStringList created;
    for (const WorkflowDefinition &definition : m_catalog.workflowsOf(package.id)) {
        QList<std::pair<WorkflowDefinition, QString>> concrete; // definition, account
        if (definition.isTemplate()) {
            auto ofType = accounts.ofType(definition.accountType);
            if (!ofType)
                return std::unexpected(ofType.error());
            for (const ExternalAccountRecord &account : *ofType)
                if (onlyAccount.isEmpty() || account.name == onlyAccount)
                    concrete.append({definition.instantiated(account.name), account.name});
        } else if (onlyAccount.isEmpty()) {
            concrete.append({definition, {}});
        }
        for (const auto &[workflow, account] : concrete) {
            auto existing = workflows.find(workflow.name);
            if (!existing)
                return std::unexpected(existing.error());
            if (*existing)
                return fail(Text::tr("a workflow named \"%1\" already exists; rename or delete it before installing "
                                     "package %2")
                                .arg(workflow.name, package.label));
            auto id = workflows.insert({workflow, folderId, account.isEmpty() ? QString() : definition.name, account},
                                       operatorLogin);
            if (!id)
                return std::unexpected(id.error());
            created << workflow.name;
        }
    }
    return created;
}

Result<QStringList> PackageInstaller::addAccount(const ExternalAccountRecord &account, const Principal &who)
{
    if (auto allowed = AccessPolicy::checkAdministration(who, Text::tr("add external accounts")); !allowed)
        return std::unexpected(allowed.error());
    const QString &operatorLogin = who.login;
    if (!isIdentifier(account.name))
        return fail(Text::tr("\"%1\" is not a valid account name: start with a letter or _, then letters, digits or _")
                        .arg(account.name));
    if (!externalAccountTypes().contains(account.type))
        return fail(Text::tr("\"%1\" is not an external account type; use one of %2")
                        .arg(account.type, externalAccountTypes().join(u", "_s)));
    auto db = m_instance.database();
    if (!db)
        return std::unexpected(db.error());
    WriteTransaction transaction(*db, m_instance.dialect());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    if (auto inserted = ExternalAccountRepository(*db).insert(account); !inserted)
        return std::unexpected(inserted.error());

    QStringList created;
    PackageRepository packages(*db);
    for (const PackageInfo &package : m_catalog.packages()) {
        auto installed = packages.isInstalled(package.id);
        if (!installed)
            return std::unexpected(installed.error());
        if (!*installed)
            continue;
        auto folderId = FolderRepository(*db).idOf(package.folderPath);
        if (!folderId)
            return std::unexpected(folderId.error());
        auto made = createWorkflows(*db, package, *folderId, account.name, operatorLogin);
        if (!made)
            return std::unexpected(made.error());
        created << *made;
    }
    if (auto audited
        = AuditLog(*db).append({operatorLogin, u"account.add"_s, u"externalAccount"_s, account.name, {}, account.type});
        !audited)
        return std::unexpected(audited.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return created;
}

} // namespace nightshift
