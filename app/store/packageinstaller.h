#pragma once

#include "instance.h"
#include "packagerepository.h"

#include "core/rights.h"
#include "core/workflowcatalog.h"

namespace nightshift {

// Installs a package of the catalog: its folder and all its workflows, in one transaction, so a failure
// leaves the instance as it was. Template workflows (mcSynch_{account}) get one workflow per external
// account of their type, now and whenever such an account is added later.
class PackageInstaller
{
public:
    PackageInstaller(Instance &instance, const WorkflowCatalog &catalog) : m_instance(instance), m_catalog(catalog) { }

    struct Outcome
    {
        bool alreadyInstalled = false;
        QStringList createdWorkflows;
    };
    // Both need the ADMINISTRATION right; `who` must be the operator as loaded for this call.
    Result<Outcome> install(const QString &packageId, const Principal &who);

    // Adds an external account and creates the workflows that installed templates make for its type.
    Result<QStringList> addAccount(const ExternalAccountRecord &account, const Principal &who);

private:
    Result<QStringList> createWorkflows(const QSqlDatabase &db, const PackageInfo &package, qint64 folderId,
                                        const QString &onlyAccount, const QString &operatorLogin);

    Instance &m_instance;
    const WorkflowCatalog &m_catalog;
};

} // namespace nightshift
