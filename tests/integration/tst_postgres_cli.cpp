// nightshiftctl against a real PostgreSQL 15 server (support/postgresserver.h), compared with what the same
// commands do on SQLite. The server is started by the test; when its binaries are missing the test fails
// (the bootstrap installs PostgreSQL, so a missing server is a broken machine, not a reason to skip).
#include "support/postgresserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/clirun.h"

using namespace Qt::StringLiterals;
using namespace nightshift::testing;
using nightshift::testing::PostgresServer;

namespace {

const QString kUser = u"nightshift_tester"_s;
const QByteArray kAdminPassword = "correct horse battery";
const QStringList kDefaultWorkflows = {u"aliasCleansing"_s,
                                       u"billing"_s,
                                       u"cleanup"_s,
                                       u"deliverabilityUpdate"_s,
                                       u"forecasting"_s,
                                       u"offerMgt"_s,
                                       u"cleanupPausedWorkflows"_s,
                                       u"reportingAggregates"_s,
                                       u"tracking"_s,
                                       u"collectDataHeatMapService"_s};
const QStringList kCampaignWorkflows
    = {u"budgetMgt"_s, u"deliveryMgt"_s, u"operationMgt"_s, u"stockMgt"_s, u"supplierMgt"_s};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Runs queries on one connection and returns the first column of every row; on error, warns and
// returns what it has (so that the comparison that follows fails with the query in the log).
QStringList strings(const QSqlDatabase &db, const QString &sql)
{
    QStringList result;
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return result;
    }
    while (query.next())
        result << query.value(0).toString();
    return result;
}

QString value(const QSqlDatabase &db, const QString &sql)
{
    return strings(db, sql).value(0);
}

} // namespace

class tst_PostgresCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void emptyDatabaseIsNotAnInstance();
    void initCreatesInstance();
    void initTwice();
    void workflowsListMatchesSqlite_data();
    void workflowsListMatchesSqlite();
    void installCampaign();
    void installUnknownPackageInstallsNothing();
    void exportImportRoundTrip();
    void brokenImportChangesNothing();
    void accountsAdd();
    void wrongPassword_data();
    void wrongPassword();
    void passwordInUrl();
    void missingDatabase();
    void schemaVersion();
    void sameTablesAsSqlite();

private:
    CliRun run(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment *env = nullptr) const;
    CliRun on(const QString &instance, const QStringList &args, const QByteArray &input = {}) const
    {
        return run(QStringList{u"--instance"_s, instance} + args, input);
    }
    QString url(const QString &database) const
    {
        return u"postgresql://%1@%2:%3/%4"_s.arg(m_server.user(), m_server.host()).arg(m_server.port()).arg(database);
    }
    QString newDatabase(); // the name of a fresh empty database; empty on failure
    QString newInstance(); // the URL of a fresh database initialised by "nightshiftctl init"
    QString newDir();
    // A connection of this test to `database`, removed by closeConnections().
    QSqlDatabase connectTo(const QString &database);
    void closeConnections();

    PostgresServer m_server;
    QTemporaryDir m_root;
    QProcessEnvironment m_env;
    QString m_sqlite; // a SQLite instance made by init, for comparisons
    QString m_sqliteConnection;
    QStringList m_connections;
    int m_count = 0;
};

void tst_PostgresCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(NIGHTSHIFTCTL)).isExecutable(), NIGHTSHIFTCTL);
    QString why;
    if (!PostgresServer::serverBinariesAvailable(&why))
        QFAIL(qPrintable(u"PostgreSQL is required (scripts/bootstrap.sh installs it): "_s + why));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));

    QVERIFY(m_root.isValid());
    QVERIFY(QDir().mkpath(m_root.filePath(u"home/.local/share"_s)));
    m_env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : m_env.keys())
        if (key.startsWith(u"NIGHTSHIFT_"_s) || key.startsWith(u"XDG_"_s) || key.startsWith(u"PG"_s)
            || key.startsWith(u"LC_"_s) || key == u"LANG"_s || key == u"LANGUAGE"_s)
            m_env.remove(key);
    m_env.insert(u"HOME"_s, m_root.filePath(u"home"_s));
    m_env.insert(u"XDG_DATA_HOME"_s, m_root.filePath(u"home/.local/share"_s));
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_root.filePath(u"home/.config"_s));
    m_env.insert(u"USER"_s, kUser);
    m_env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    m_env.insert(u"NIGHTSHIFT_PGPASSWORD"_s, m_server.password());
    m_env.insert(u"NIGHTSHIFT_LOGIN"_s, u"admin"_s);
    m_env.insert(u"NIGHTSHIFT_PASSWORD"_s, QString::fromUtf8(kAdminPassword));

    m_sqlite = m_root.filePath(u"reference.sqlite"_s);
    COMPARE_EXIT(on(m_sqlite, {u"init"_s, u"--password-stdin"_s}, kAdminPassword + '\n'), 0);
}

void tst_PostgresCli::cleanupTestCase()
{
    closeConnections();
}

// Connections must be gone before the server stops.
void tst_PostgresCli::closeConnections()
{
    for (const QString &name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
}

CliRun tst_PostgresCli::run(const QStringList &args, const QByteArray &input, const QProcessEnvironment *env) const
{
    return runProgram(QStringLiteral(NIGHTSHIFTCTL), args, input, env ? *env : m_env, m_root.path());
}

QString tst_PostgresCli::newDatabase()
{
    QString error;
    const QString name = m_server.createDatabase(u"cli"_s, &error);
    if (name.isEmpty())
        qWarning("cannot create a database: %s", qPrintable(error));
    return name;
}

QString tst_PostgresCli::newInstance()
{
    const QString database = newDatabase();
    if (database.isEmpty())
        return {};
    const CliRun r = on(url(database), {u"init"_s, u"--password-stdin"_s}, kAdminPassword + '\n');
    if (r.exitCode != 0) {
        qWarning().noquote() << r.describe();
        return {};
    }
    return url(database);
}

QString tst_PostgresCli::newDir()
{
    const QString dir = m_root.filePath(u"d%1"_s.arg(++m_count));
    QDir().mkpath(dir);
    return dir;
}

QSqlDatabase tst_PostgresCli::connectTo(const QString &database)
{
    const QString name = u"tst_postgres_cli_%1"_s.arg(++m_count);
    m_connections << name;
    QSqlDatabase db = m_server.connect(database, name);
    if (!db.isOpen())
        qWarning("cannot connect to %s: %s", qPrintable(database), qPrintable(db.lastError().text()));
    return db;
}

// ---------------------------------------------------------------------------------------------------

void tst_PostgresCli::emptyDatabaseIsNotAnInstance()
{
    const QString database = newDatabase();
    QVERIFY(!database.isEmpty());
    const CliRun r = on(url(database), {u"workflows"_s, u"list"_s});
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines(),
             QStringList{u"nightshiftctl: %1 is not a Nightshift instance (it has no schema); create one "
                         "with \"nightshiftctl init\""_s.arg(url(database))});
    // Only looked: no table was created.
    const QSqlDatabase db = connectTo(database);
    QVERIFY(db.isOpen());
    QCOMPARE(strings(db, u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"_s),
             QStringList());
}

void tst_PostgresCli::initCreatesInstance()
{
    const QString database = newDatabase();
    QVERIFY(!database.isEmpty());
    const CliRun r
        = on(url(database), {u"init"_s, u"--admin-login"_s, u"chief"_s, u"--password-stdin"_s}, kAdminPassword + '\n');
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{u"Created instance %1 with administrator \"chief\"."_s.arg(url(database))});
    QCOMPARE(r.err, QByteArray());

    const QSqlDatabase db = connectTo(database);
    QVERIFY(db.isOpen());
    QCOMPARE(strings(db, u"SELECT login FROM operators"_s), QStringList{u"chief"_s});
    QVERIFY(value(db, u"SELECT password_hash FROM operators"_s).startsWith(u"$argon2id$"_s));
    QCOMPARE(strings(db, u"SELECT g.name FROM group_members m JOIN operator_groups g ON g.id = m.group_id"_s),
             QStringList{u"admin"_s});
    QCOMPARE(sorted(strings(db, u"SELECT internal_name FROM workflows"_s)), sorted(kDefaultWorkflows));
    QCOMPARE(sorted(strings(db, u"SELECT id FROM packages WHERE installed = 1"_s)),
             sorted({u"defaultInstallation"_s, u"delivery"_s}));
    QCOMPARE(sorted(strings(db, u"SELECT object FROM audit WHERE action = 'package.install'"_s)),
             sorted({u"defaultInstallation"_s, u"delivery"_s}));
    QCOMPARE(value(db, u"SELECT COUNT(DISTINCT operator) FROM audit"_s), u"1"_s);
    QCOMPARE(value(db, u"SELECT operator FROM audit LIMIT 1"_s), u"cli:"_s + kUser);

    // The same folders as SQLite.
    QSqlDatabase sqlite = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reference-folders"_s);
    m_connections << u"reference-folders"_s;
    sqlite.setDatabaseName(m_sqlite);
    QVERIFY(sqlite.open());
    const QString folders = u"SELECT name || ':' || label || ':' || kind FROM folders ORDER BY name, label"_s;
    const QStringList fromSqlite = strings(sqlite, folders);
    QVERIFY(fromSqlite.size() > 20);
    QCOMPARE(strings(db, folders), fromSqlite);
}

void tst_PostgresCli::initTwice()
{
    const QString instance = newInstance();
    QVERIFY(!instance.isEmpty());
    CliRun r = on(instance, {u"init"_s, u"--password-stdin"_s}, kAdminPassword + '\n');
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.errLines(),
             QStringList{u"nightshiftctl: %1 is already initialized; it has 1 operator(s)"_s.arg(instance)});
    r = on(instance, {u"init"_s, u"--if-missing"_s, u"--password-stdin"_s}, kAdminPassword + '\n');
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{u"Instance %1 already exists; left as it is."_s.arg(instance)});
}

// Both dialects list the same thing, to the byte.
void tst_PostgresCli::workflowsListMatchesSqlite_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("tree") << QStringList{u"workflows"_s, u"list"_s};
    QTest::newRow("table") << QStringList{u"workflows"_s, u"list"_s, u"--table"_s};
    QTest::newRow("packages") << QStringList{u"packages"_s, u"list"_s};
    QTest::newRow("export") << QStringList{u"export"_s, u"billing"_s};
}

void tst_PostgresCli::workflowsListMatchesSqlite()
{
    QFETCH(QStringList, args);
    const QString instance = newInstance();
    QVERIFY(!instance.isEmpty());
    const CliRun postgres = on(instance, args);
    COMPARE_EXIT(postgres, 0);
    QCOMPARE(postgres.err, QByteArray());
    const CliRun sqlite = on(m_sqlite, args);
    COMPARE_EXIT(sqlite, 0);
    QCOMPARE(postgres.outLines(), sqlite.outLines());
    QCOMPARE(postgres.out, sqlite.out);

    if (args.contains(u"--table"_s)) {
        QStringList names;
        for (const QString &line : postgres.outLines().mid(1))
            names << line.section(u' ', 0, 0);
        QCOMPARE(sorted(names), sorted(kDefaultWorkflows));
    }
}

void tst_PostgresCli::installCampaign()
{
    const QString instance = newInstance();
    QVERIFY(!instance.isEmpty());
    CliRun r = on(instance, {u"packages"_s, u"install"_s, u"campaign"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{u"Installed package campaign: 5 workflow(s) created."_s});
    r = on(instance, {u"packages"_s, u"install"_s, u"campaign"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{u"Package campaign is already installed."_s});
    r = on(instance, {u"workflows"_s, u"list"_s, u"--table"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines().size(), 16);

    const QSqlDatabase db = connectTo(instance.section(u'/', -1));
    QCOMPARE(value(db, u"SELECT COUNT(*) FROM workflows"_s), u"15"_s);
    QCOMPARE(sorted(strings(db, u"SELECT internal_name FROM workflows WHERE package_id = 'campaign'"_s)),
             sorted(kCampaignWorkflows));
    QCOMPARE(value(db, u"SELECT COUNT(*) FROM audit WHERE action = 'package.install' AND object = 'campaign'"_s),
             u"1"_s);
}

void tst_PostgresCli::installUnknownPackageInstallsNothing()
{
    const QString instance = newInstance();
    QVERIFY(!instance.isEmpty());
    const CliRun r = on(instance, {u"packages"_s, u"install"_s, u"campaign"_s, u"nosuch"_s});
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines(),
             QStringList{u"nightshiftctl: there is no package \"nosuch\"; \"nightshiftctl packages list\" "
                         "shows them"_s});
    const QSqlDatabase db = connectTo(instance.section(u'/', -1));
    QCOMPARE(value(db, u"SELECT COUNT(*) FROM workflows"_s), u"10"_s);
    QCOMPARE(value(db, u"SELECT COUNT(*) FROM packages WHERE installed = 1"_s), u"2"_s);
}

void tst_PostgresCli::exportImportRoundTrip()
{
    const QString instance = newInstance();
    QVERIFY(!instance.isEmpty());
    const QString file = newDir() + u"/cleanup.xml"_s;
    CliRun r = on(instance, {u"export"_s, u"cleanup"_s, u"-o"_s, file});
    COMPARE_EXIT(r, 0);
    const QByteArray original = readAll(file);
    QVERIFY(original.contains("label=\"Database cleanup\" package=\"delivery\""));
    r = on(instance, {u"export"_s, u"cleanup"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.out, original);

    r = on(instance, {u"import"_s, file});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{u"Workflow cleanup is unchanged."_s});

    QByteArray modified = original;
    modified.replace("label=\"Database cleanup\" package=\"delivery\"", "label=\"Nightly purge\" package=\"delivery\"");
    QVERIFY(writeFile(file, modified));
    r = on(instance, {u"import"_s, file});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{u"Updated workflow cleanup to version 2."_s});
    r = on(instance, {u"export"_s, u"cleanup"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.out, modified);

    const QSqlDatabase db = connectTo(instance.section(u'/', -1));
    QCOMPARE(value(db, u"SELECT label || ' v' || definition_version FROM workflows WHERE internal_name = 'cleanup'"_s),
             u"Nightly purge v2"_s);
    QCOMPARE(value(db,
                   u"SELECT COUNT(*) FROM workflow_versions v JOIN workflows w ON w.id = v.workflow_id "
                   "WHERE w.internal_name = 'cleanup'"_s),
             u"2"_s);
    QCOMPARE(value(db, u"SELECT after_value FROM audit WHERE action = 'workflow.save'"_s).toUtf8(), modified);

    // A new non-technical workflow goes where --folder says.
    const QString fresh = newDir() + u"/nightlyExport.xml"_s;
    const QByteArray definition = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                  "<workflow format=\"1\" name=\"nightlyExport\" label=\"Nightly export\">\n"
                                  "  <activities>\n"
                                  "    <start name=\"start\">\n"
                                  "      <transition to=\"end\"/>\n"
                                  "    </start>\n"
                                  "    <end name=\"end\"/>\n"
                                  "  </activities>\n"
                                  "</workflow>\n";
    QVERIFY(writeFile(fresh, definition));
    r = on(instance, {u"import"_s, fresh});
    COMPARE_EXIT(r, 1);
    r = on(instance, {u"import"_s, fresh, u"--folder"_s, u"administration/production"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{u"Imported workflow nightlyExport into administration/production."_s});
    r = on(instance, {u"export"_s, u"nightlyExport"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.out, definition);
}

void tst_PostgresCli::brokenImportChangesNothing()
{
    const QString instance = newInstance();
    QVERIFY(!instance.isEmpty());
    CliRun r = on(instance, {u"export"_s, u"cleanup"_s});
    COMPARE_EXIT(r, 0);
    const QByteArray original = r.out;
    QByteArray broken = original;
    broken.replace("label=\"Database cleanup\" package", "label=\"Broken\" package");
    broken.replace("<transition to=\"end\"/>", "<transition to=\"purj\"/>");
    const QString file = newDir() + u"/broken.xml"_s;
    QVERIFY(writeFile(file, broken));
    r = on(instance, {u"import"_s, file});
    COMPARE_EXIT(r, 1);
    QVERIFY2(!r.errLines().isEmpty() && r.errLines().first().startsWith(u"nightshiftctl: broken.xml:"_s),
             r.err.constData());
    r = on(instance, {u"export"_s, u"cleanup"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.out, original);
}

void tst_PostgresCli::accountsAdd()
{
    const QString instance = newInstance();
    QVERIFY(!instance.isEmpty());
    COMPARE_EXIT(on(instance, {u"packages"_s, u"install"_s, u"messageCenterControl"_s}), 0);
    const CliRun r = on(instance, {u"accounts"_s, u"add"_s, u"paris"_s, u"--type"_s, u"messageCenter"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), (QStringList{u"Added external account paris."_s, u"Created workflow mcSynch_paris."_s}));
    const QSqlDatabase db = connectTo(instance.section(u'/', -1));
    QCOMPARE(value(db, u"SELECT account FROM workflows WHERE internal_name = 'mcSynch_paris'"_s), u"paris"_s);
}

void tst_PostgresCli::wrongPassword_data()
{
    QTest::addColumn<QString>("password"); // NIGHTSHIFT_PGPASSWORD; null: unset
    QTest::newRow("wrong") << u"Wr0ngPassw0rd"_s;
    QTest::newRow("unset") << QString();
}

void tst_PostgresCli::wrongPassword()
{
    QFETCH(QString, password);
    const QString instance = newInstance();
    QVERIFY(!instance.isEmpty());
    QProcessEnvironment env = m_env;
    if (password.isNull())
        env.remove(u"NIGHTSHIFT_PGPASSWORD"_s);
    else
        env.insert(u"NIGHTSHIFT_PGPASSWORD"_s, password);
    const CliRun r = run({u"--instance"_s, instance, u"workflows"_s, u"list"_s}, {}, &env);
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    const QStringList err = r.errLines();
    QVERIFY2(!err.isEmpty(), r.err.constData());
    QVERIFY2(err.first().startsWith(u"nightshiftctl: cannot open instance %1: "_s.arg(instance)), r.err.constData());
    QVERIFY2(r.err.contains("password"), r.err.constData()); // says what is wrong
    if (!password.isEmpty())
        QVERIFY2(!r.err.contains(password.toUtf8()), r.err.constData()); // never shows it
    QVERIFY2(!r.err.contains(m_server.password().toUtf8()), r.err.constData());
}

void tst_PostgresCli::passwordInUrl()
{
    const QString instance = newInstance();
    QVERIFY(!instance.isEmpty());
    const QString database = instance.section(u'/', -1);
    QProcessEnvironment env = m_env;
    env.remove(u"NIGHTSHIFT_PGPASSWORD"_s);
    const QString withPassword
        = u"postgresql://%1:%2@%3:%4/%5"_s.arg(m_server.user(), m_server.password(), m_server.host())
              .arg(m_server.port())
              .arg(database);
    CliRun r = run({u"--instance"_s, withPassword, u"workflows"_s, u"list"_s, u"--table"_s}, {}, &env);
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines().size(), 11);
    r = run({u"--instance"_s, withPassword, u"instance"_s, u"path"_s}, {}, &env);
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{instance});
}

void tst_PostgresCli::missingDatabase()
{
    const QString instance = url(u"no_such_database"_s);
    const CliRun r = on(instance, {u"workflows"_s, u"list"_s});
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.errLines().value(0).startsWith(u"nightshiftctl: cannot open instance %1: "_s.arg(instance)),
             r.err.constData());
    QVERIFY2(r.err.contains("no_such_database"), r.err.constData());
}

void tst_PostgresCli::schemaVersion()
{
    const QString instance = newInstance();
    QVERIFY(!instance.isEmpty());
    QStringList migrations; // one step per number NNNN of migrations/NNNN_name[.dialect].sql
    for (const QString &file : QDir(QStringLiteral(NIGHTSHIFT_SOURCE_DIR) + u"/app/store/migrations"_s)
                                   .entryList({u"*.sql"_s}, QDir::Files, QDir::Name))
        if (!migrations.contains(file.left(4)))
            migrations << file.left(4);
    QVERIFY(migrations.size() >= 3);
    const QSqlDatabase db = connectTo(instance.section(u'/', -1));
    QVERIFY(db.isOpen());
    QCOMPARE(value(db, u"SELECT MAX(version) FROM schema_version"_s), QString::number(migrations.size()));
    QStringList versions;
    for (qsizetype i = 1; i <= migrations.size(); ++i)
        versions << QString::number(i);
    QCOMPARE(strings(db, u"SELECT version FROM schema_version ORDER BY version"_s), versions);
    // Every step's number is the one its file is named after.
    for (qsizetype i = 0; i < migrations.size(); ++i)
        QCOMPARE(migrations[i].left(4).toInt(), int(i + 1));
}

void tst_PostgresCli::sameTablesAsSqlite()
{
    const QString instance = newInstance();
    QVERIFY(!instance.isEmpty());
    const QSqlDatabase postgres = connectTo(instance.section(u'/', -1));
    QVERIFY(postgres.isOpen());
    QSqlDatabase sqlite = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reference-tables"_s);
    m_connections << u"reference-tables"_s;
    sqlite.setDatabaseName(m_sqlite);
    QVERIFY(sqlite.open());

    const QStringList sqliteTables = sorted(
        strings(sqlite, u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                        "AND name NOT LIKE 'journal_search%'"_s)); // the journal's FTS5 index: SQLite's own
    const QStringList postgresTables = sorted(strings(postgres,
                                                      u"SELECT table_name FROM information_schema.tables "
                                                      "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"_s));
    QVERIFY(sqliteTables.contains(u"workflows"_s) && sqliteTables.contains(u"schema_version"_s));
    QCOMPARE(postgresTables, sqliteTables);

    // And the same columns in each.
    for (const QString &table : sqliteTables) {
        const QStringList sqliteColumns
            = sorted(strings(sqlite, u"SELECT name FROM pragma_table_info('%1')"_s.arg(table)));
        const QStringList postgresColumns
            = sorted(strings(postgres,
                             u"SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                             "AND table_name = '%1'"_s.arg(table)));
        QVERIFY2(!sqliteColumns.isEmpty(), qPrintable(table));
        if (postgresColumns != sqliteColumns)
            qWarning("table %s", qPrintable(table));
        QCOMPARE(postgresColumns, sqliteColumns);
    }

    // And the same named indexes (not those behind primary keys and unique constraints).
    const QStringList sqliteIndexes
        = sorted(strings(sqlite, u"SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"_s));
    const QStringList postgresIndexes
        = sorted(strings(postgres,
                         u"SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
                         "JOIN pg_namespace n ON n.oid = i.relnamespace WHERE n.nspname = 'public' "
                         "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) "
                         "AND i.relname <> 'journal_message_trgm'"_s)); // the journal's pg_trgm index: PostgreSQL's own
    QVERIFY(sqliteIndexes.contains(u"workflows_folder"_s));
    QCOMPARE(postgresIndexes, sqliteIndexes);
}

QTEST_GUILESS_MAIN(tst_PostgresCli)
#include "tst_postgres_cli.moc"
