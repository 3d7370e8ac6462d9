// Instance store: schema creation and upgrades, connections per thread, seeding, package installation.
// Built twice: against SQLite files, and (NIGHTSHIFT_TEST_POSTGRES) against a real PostgreSQL 15 server.
#include "core/explorertree.h"
#include "core/workflowcatalog.h"
#include "store/folderrepository.h"
#include "store/instance.h"
#include "store/migrator.h"
#include "store/packageinstaller.h"
#include "store/workflowrepository.h"
#include "support/postgresserver.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <latch>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {
ExternalAccountRecord account(const QString &name, const QString &type, const QString &label)
{
    ExternalAccountRecord record;
    record.name = name;
    record.type = type;
    record.label = label;
    return record;
}
} // namespace

class StoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto catalog = WorkflowCatalog::load();
        QVERIFY(catalog.has_value());
        m_catalog = *catalog;
#ifdef NIGHTSHIFT_TEST_POSTGRES
        QString why;
        QVERIFY2(testing::PostgresServer::serverBinariesAvailable(&why), qPrintable(why));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
#endif
    }

    void newInstanceHasTheLatestSchema()
    {
        const InstanceLocation where = freshLocation();
        auto instance = Instance::open(where, Instance::OpenMode::CreateIfMissing);
        QVERIFY2(instance.has_value(), instance ? "" : qPrintable(instance.error().message));
        QVERIFY((*instance)->isNew());
        QSqlDatabase db = *(*instance)->database();
        QCOMPARE(*Migrator::currentVersion(db), Migrator::latestVersion());
        QVERIFY(Migrator::latestVersion() >= 3);
        for (const QString &table : {u"folders"_s, u"packages"_s, u"workflows"_s, u"tasks"_s, u"events"_s,
                                     u"commands"_s, u"journal"_s, u"runs"_s, u"operators"_s, u"operator_groups"_s,
                                     u"named_rights"_s, u"options"_s, u"external_accounts"_s, u"audit"_s,
                                     u"deliveries"_s, u"broad_logs"_s, u"tracking_logs"_s, u"recipients"_s})
            QVERIFY2(db.tables().contains(table), qPrintable(table));
        // Purge settings carry the defaults of SPEC §6.
        QCOMPARE(value(db, u"SELECT value FROM options WHERE name = 'purge.deliveryLogs'"_s), u"180"_s);
        QCOMPARE(value(db, u"SELECT value FROM options WHERE name = 'purge.deletedDeliveries'"_s), u"7"_s);
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM options WHERE name LIKE 'purge.%' AND type = 'days'"_s), u"12"_s);
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM operator_groups"_s), u"3"_s);
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM named_rights"_s), u"7"_s);
    }

    void anOlderInstanceIsUpgradedKeepingItsData()
    {
        const InstanceLocation where = freshLocation();
        {
            ConnectionPool pool(where);
            QSqlDatabase db = *pool.database();
            QVERIFY(Migrator::migrate(db, where.dialect, 1).has_value());
            QCOMPARE(*Migrator::currentVersion(db), 1);
            QVERIFY(!db.tables().contains(u"operators"_s));
            QVERIFY(execute(db, u"INSERT INTO folders (name, label, kind, created_at) VALUES ('keep', 'Keep me', 'folder', 1)"_s));
        }
        auto instance = Instance::open(where, Instance::OpenMode::MustExist);
        QVERIFY2(instance.has_value(), instance ? "" : qPrintable(instance.error().message));
        QVERIFY(!(*instance)->isNew());
        QSqlDatabase db = *(*instance)->database();
        QCOMPARE(*Migrator::currentVersion(db), Migrator::latestVersion());
        QVERIFY(db.tables().contains(u"operators"_s));
        QCOMPARE(value(db, u"SELECT label FROM folders WHERE name = 'keep'"_s), u"Keep me"_s);
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM schema_version"_s), QString::number(Migrator::latestVersion()));
    }

    void aNewerInstanceIsRefused()
    {
        const InstanceLocation where = freshLocation();
        {
            auto instance = Instance::open(where, Instance::OpenMode::CreateIfMissing);
            QVERIFY(instance.has_value());
            QVERIFY(execute(*(*instance)->database(),
                            u"INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', 1)"_s));
        }
        auto refused = Instance::open(where, Instance::OpenMode::MustExist);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().message,
                 u"this instance has schema version 99, made by a newer Nightshift; this version knows schema "
                 "versions up to %1. Upgrade Nightshift to open it."_s.arg(Migrator::latestVersion()));
    }

    void anEmptyDatabaseIsNotAnInstance()
    {
        const InstanceLocation where = freshLocation();
        auto refused = Instance::open(where, Instance::OpenMode::MustExist);
        QVERIFY(!refused.has_value());
#ifdef NIGHTSHIFT_TEST_POSTGRES
        QVERIFY2(refused.error().message.contains(u"is not a Nightshift instance"_s), qPrintable(refused.error().message));
#else
        QCOMPARE(refused.error().message, u"there is no instance at %1; create one with \"nightshiftctl init --instance %1\""_s
                                              .arg(where.path));
#endif
    }

    void eachThreadGetsItsOwnConnection()
    {
        const InstanceLocation where = freshLocation();
        auto instance = Instance::open(where, Instance::OpenMode::CreateIfMissing);
        QVERIFY(instance.has_value());
        const QString mainConnection = (*instance)->database()->connectionName();
        QCOMPARE((*instance)->database()->connectionName(), mainConnection); // reused, not reopened

        QStringList names(3);
        QList<bool> queried(3, false);
        QList<QThread *> threads;
        std::latch allConnected(3); // keep the threads alive together, so none reuses another's thread id
        for (int i = 0; i < 3; ++i) {
            threads << QThread::create([&, i] {
                auto db = (*instance)->database();
                allConnected.arrive_and_wait();
                if (!db)
                    return;
                names[i] = db->connectionName();
                QSqlQuery query(*db);
                queried[i] = query.exec(u"SELECT COUNT(*) FROM folders"_s) && query.next();
            });
            threads.last()->start();
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(10000));
            delete t;
        }
        const QSet<QString> distinct(names.begin(), names.end());
        QCOMPARE(distinct.size(), 3);
        QVERIFY(!distinct.contains(mainConnection));
        QCOMPARE(queried, QList<bool>(3, true));
        // Connections close with their threads.
        for (const QString &name : names)
            QVERIFY2(!QSqlDatabase::connectionNames().contains(name), qPrintable(name));
        QVERIFY(QSqlDatabase::connectionNames().contains(mainConnection));
    }

#ifndef NIGHTSHIFT_TEST_POSTGRES
    void sqliteRunsInWalWithForeignKeysAndABusyTimeout()
    {
        auto instance = Instance::open(freshLocation(), Instance::OpenMode::CreateIfMissing);
        QVERIFY(instance.has_value());
        QSqlDatabase db = *(*instance)->database();
        QCOMPARE(value(db, u"PRAGMA journal_mode"_s), u"wal"_s);
        QCOMPARE(value(db, u"PRAGMA foreign_keys"_s), u"1"_s);
        QCOMPARE(value(db, u"PRAGMA busy_timeout"_s), u"10000"_s);
    }
#endif

    void seedingCreatesTheTreeAndTheDefaultPackages()
    {
        auto instance = seededInstance();
        QVERIFY(instance);
        QSqlDatabase db = *instance->database();
        auto folders = FolderRepository(db).all();
        QVERIFY(folders.has_value());
        QStringList paths;
        for (const FolderRecord &f : *folders)
            paths << f.path;
        for (const StandardFolder &f : standardFolders())
            QVERIFY2(paths.contains(f.path), qPrintable(f.path));
        QVERIFY(paths.contains(u"administration/production/technicalWorkflows/delivery"_s));
        QVERIFY(paths.contains(u"administration/production/technicalWorkflows/defaultInstallation"_s));
        QCOMPARE(paths.size(), standardFolders().size() + 2);
        // Parents come before children.
        QCOMPARE(paths.first(), u"administration"_s);

        auto workflows = WorkflowRepository(db).all();
        QVERIFY(workflows.has_value());
        QCOMPARE(workflows->size(), 10);
        QCOMPARE(value(db, u"SELECT state FROM workflows WHERE internal_name = 'collectDataHeatMapService'"_s), u"paused"_s);
        // Installed "started": shown as start pending, with a start command an engine node applies.
        QCOMPARE(value(db, u"SELECT state FROM workflows WHERE internal_name = 'cleanup'"_s), u"startPending"_s);
        QCOMPARE(value(db, u"SELECT c.command || ' by ' || c.requested_by FROM commands c JOIN workflows w ON "
                           "w.id = c.workflow_id WHERE w.internal_name = 'cleanup' AND c.applied_at IS NULL"_s),
                 u"start by test"_s);
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM commands WHERE workflow_id = (SELECT id FROM workflows "
                           "WHERE internal_name = 'collectDataHeatMapService')"_s),
                 u"0"_s);
        QCOMPARE(value(db, u"SELECT severity FROM workflows WHERE internal_name = 'cleanup'"_s), u"production"_s);
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM workflow_versions"_s), u"10"_s);
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM audit WHERE action = 'package.install'"_s), u"2"_s);

        // Seeding again changes nothing.
        QVERIFY(instance->seed(m_catalog, u"test"_s).has_value());
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM workflows"_s), u"10"_s);
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM folders"_s), QString::number(paths.size()));
    }

    void storedDefinitionsReadBackEqual()
    {
        auto instance = seededInstance();
        QVERIFY(instance);
        WorkflowRepository repo(*instance->database());
        auto record = repo.find(u"cleanup"_s);
        QVERIFY(record.has_value() && record->has_value());
        auto stored = repo.definition((*record)->id);
        QVERIFY(stored.has_value());
        const auto shipped = std::ranges::find_if(m_catalog.workflows(),
                                                  [](const WorkflowDefinition &d) { return d.name == u"cleanup"_s; });
        QVERIFY(*stored == *shipped);
    }

    void installingAPackageIsAllOrNothing()
    {
        auto instance = seededInstance();
        QVERIFY(instance);
        QSqlDatabase db = *instance->database();
        // A workflow already holds the name of one of the package's workflows.
        WorkflowDefinition squatter;
        squatter.name = u"budgetMgt"_s;
        squatter.label = u"Someone else's budgetMgt"_s;
        auto folder = FolderRepository(db).idOf(u"administration/production"_s);
        QVERIFY(folder.has_value());
        QVERIFY(WorkflowRepository(db).insert({squatter, *folder, {}, {}}, u"test"_s).has_value());

        PackageInstaller installer(*instance, m_catalog);
        auto refused = installer.install(u"campaign"_s, admin());
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().message, u"a workflow named \"budgetMgt\" already exists; rename or delete it before "
                                           "installing package Campaign"_s);
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM workflows WHERE package_id = 'campaign'"_s), u"0"_s);
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM packages WHERE id = 'campaign'"_s), u"0"_s);
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM folders WHERE name = 'campaign'"_s), u"0"_s);
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM audit WHERE object = 'campaign'"_s), u"0"_s);

        QVERIFY(execute(db, u"DELETE FROM workflow_versions"_s));
        QVERIFY(execute(db, u"DELETE FROM workflows WHERE internal_name = 'budgetMgt'"_s));
        auto installed = installer.install(u"campaign"_s, admin());
        QVERIFY2(installed.has_value(), installed ? "" : qPrintable(installed.error().message));
        QCOMPARE(installed->createdWorkflows.size(), 5);
        QVERIFY(installer.install(u"campaign"_s, admin())->alreadyInstalled);
        QVERIFY(!installer.install(u"nosuch"_s, admin()).has_value());
        Principal operatorWithoutRights;
        operatorWithoutRights.login = u"bob"_s;
        auto denied = installer.install(u"privacy"_s, operatorWithoutRights);
        QVERIFY(!denied.has_value());
        QCOMPARE(denied.error().message, u"operator bob may not install packages: that needs the ADMINISTRATION right"_s);
    }

    void templatesMakeOneWorkflowPerAccount()
    {
        auto instance = seededInstance();
        QVERIFY(instance);
        QSqlDatabase db = *instance->database();
        PackageInstaller installer(*instance, m_catalog);
        QVERIFY(installer.addAccount(account(u"paris"_s, u"messageCenter"_s, u"Paris"_s), admin())
                    .has_value());
        auto installed = installer.install(u"messageCenterControl"_s, admin());
        QVERIFY(installed.has_value());
        QCOMPARE(installed->createdWorkflows, (QStringList{u"agg_messageCenter_full"_s, u"mcSynch_paris"_s}));
        auto added
            = installer.addAccount(account(u"tokyo"_s, u"messageCenter"_s, u"Tokyo"_s), admin());
        QVERIFY(added.has_value());
        QCOMPARE(*added, QStringList{u"mcSynch_tokyo"_s});
        QCOMPARE(value(db, u"SELECT account FROM workflows WHERE internal_name = 'mcSynch_tokyo'"_s), u"tokyo"_s);
        QCOMPARE(value(db, u"SELECT template_name FROM workflows WHERE internal_name = 'mcSynch_tokyo'"_s),
                 u"mcSynch_{account}"_s);
        QCOMPARE(value(db, u"SELECT label FROM workflows WHERE internal_name = 'mcSynch_tokyo'"_s), u"Message Center tokyo"_s);
        // Accounts of other types make no workflow; a bad name is refused and leaves nothing behind.
        QCOMPARE(*installer.addAccount(account(u"smtpMain"_s, u"smtp"_s, u"SMTP"_s), admin()),
                 QStringList());
        auto refused
            = installer.addAccount(account(u"new york"_s, u"messageCenter"_s, u"NY"_s), admin());
        QVERIFY(!refused.has_value());
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM external_accounts"_s), u"3"_s);
    }

    void auditTrailIsAppendOnly()
    {
        auto instance = Instance::open(freshLocation(), Instance::OpenMode::CreateIfMissing);
        QVERIFY(instance.has_value());
        QSqlDatabase db = *(*instance)->database();
        const qint64 now = nowMs();
        const qint64 old = now - 200LL * 86'400'000; // past the default retention of 180 days
        QVERIFY(execute(db, u"INSERT INTO audit (at, operator, action, object_type, object) VALUES (%1, 'a', "
                             "'workflow.start', 'workflow', 'recent')"_s.arg(now)));
        QVERIFY(execute(db, u"INSERT INTO audit (at, operator, action, object_type, object) VALUES (%1, 'a', "
                             "'workflow.start', 'workflow', 'old')"_s.arg(old)));

        auto changed = nightshift::execute(db, u"UPDATE audit SET operator = 'someone else' WHERE object = 'recent'"_s);
        QVERIFY(!changed.has_value());
        QVERIFY2(changed.error().message.contains(u"the audit trail is append-only: entries cannot be changed"_s),
                 qPrintable(changed.error().message));
        auto erased = nightshift::execute(db, u"DELETE FROM audit WHERE object = 'recent'"_s);
        QVERIFY(!erased.has_value());
        QVERIFY2(erased.error().message.contains(u"entries are deleted only after their retention"_s),
                 qPrintable(erased.error().message));
        QVERIFY(!nightshift::execute(db, u"UPDATE audit SET operator = 'x' WHERE object = 'old'"_s).has_value());
        // Past its retention an entry may go (the cleanup job's work).
        QVERIFY(execute(db, u"DELETE FROM audit WHERE object = 'old'"_s));
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM audit WHERE object IN ('old', 'recent')"_s), u"1"_s);
    }

    void cleanupTestCase()
    {
        QSqlDatabase::removeDatabase(u"check"_s);
    }

private:
    InstanceLocation freshLocation()
    {
        InstanceLocation where;
#ifdef NIGHTSHIFT_TEST_POSTGRES
        QString error;
        where.dialect = Dialect::Postgres;
        where.host = m_server.host();
        where.port = m_server.port();
        where.user = m_server.user();
        where.password = m_server.password();
        where.database = m_server.createDatabase(u"store"_s, &error);
        if (where.database.isEmpty())
            qFatal("cannot create a database: %s", qPrintable(error));
#else
        where.path = m_dir.filePath(u"instance%1.sqlite"_s.arg(++m_count));
#endif
        return where;
    }

    std::shared_ptr<Instance> seededInstance()
    {
        auto instance = Instance::open(freshLocation(), Instance::OpenMode::CreateIfMissing);
        if (!instance || !(*instance)->seed(m_catalog, u"test"_s))
            return {};
        return *instance;
    }

    static Principal admin()
    {
        Principal who;
        who.login = u"test"_s;
        who.rights = {Right::Administration};
        return who;
    }

    static QString value(const QSqlDatabase &db, const QString &sql)
    {
        auto result = scalar(db, sql);
        if (!result)
            qWarning() << result.error().message;
        return result ? result->toString() : u"<error>"_s;
    }

    static bool execute(const QSqlDatabase &db, const QString &sql)
    {
        auto done = nightshift::execute(db, sql);
        if (!done)
            qWarning() << done.error().message;
        return done.has_value();
    }

    WorkflowCatalog m_catalog;
    QTemporaryDir m_dir;
    int m_count = 0;
#ifdef NIGHTSHIFT_TEST_POSTGRES
    testing::PostgresServer m_server;
#endif
};

QTEST_GUILESS_MAIN(StoreTest)
#include "tst_store.moc"
