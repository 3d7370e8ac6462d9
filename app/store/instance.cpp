#include "instance.h"

#include "folderrepository.h"
#include "migrator.h"
#include "packageinstaller.h"

#include "core/explorertree.h"
#include "core/workflowcatalog.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::Instance)
};
} // namespace

Result<std::shared_ptr<Instance>> Instance::open(const InstanceLocation &location, OpenMode mode)
{
    if (location.dialect == Dialect::Sqlite && mode == OpenMode::MustExist && !QFileInfo::exists(location.path))
        return fail(Text::tr("there is no instance at %1; create one with \"nightshiftctl init --instance %1\"")
                        .arg(location.path));
    auto instance = std::make_shared<Instance>(location);
    auto db = instance->database();
    if (!db)
        return std::unexpected(db.error());
    auto version = Migrator::currentVersion(*db);
    if (!version)
        return std::unexpected(version.error());
    if (*version == 0 && mode == OpenMode::MustExist)
        return fail(
            Text::tr("%1 is not a Nightshift instance (it has no schema); create one with \"nightshiftctl init\"")
                .arg(location.displayName()));
    instance->m_isNew = *version == 0;
    if (auto migrated = Migrator::migrate(*db, location.dialect); !migrated)
        return std::unexpected(migrated.error());
    return instance;
}

Result<int> Instance::existingSchemaVersion(const InstanceLocation &location)
{
    if (location.dialect == Dialect::Sqlite && !QFileInfo::exists(location.path))
        return 0;
    ConnectionPool pool(location);
    auto db = pool.database();
    if (!db)
        return std::unexpected(db.error());
    return Migrator::currentVersion(*db);
}

Status Instance::seed(const WorkflowCatalog &catalog, const QString &operatorLogin)
{
    auto db = database();
    if (!db)
        return std::unexpected(db.error());
    WriteTransaction transaction(*db, dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    FolderRepository folders(*db);
    for (const StandardFolder &folder : standardFolders()) {
        if (auto made = folders.ensure(folder.path, QString::fromLatin1(folder.label), folder.kind); !made)
            return std::unexpected(made.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;

    // Seeding happens before any operator exists; it acts as the system itself.
    Principal system;
    system.login = operatorLogin;
    system.rights = {Right::Administration};
    PackageInstaller installer(*this, catalog);
    for (const PackageInfo &package : catalog.packages()) {
        if (!package.installedByDefault)
            continue;
        if (auto installed = installer.install(package.id, system); !installed)
            return std::unexpected(installed.error());
    }
    return {};
}

} // namespace nightshift
