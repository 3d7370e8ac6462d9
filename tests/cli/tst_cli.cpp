// nightshiftctl as a user runs it: the real binary started with QProcess (no shell), on throwaway SQLite
// instances in a temporary directory. HOME and the XDG folders point into that directory, so no test can
// touch a real profile or the real default instance. Database contents are checked by opening the SQLite
// file directly.
#include "security/passwordhasher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
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

namespace {

const QString kUser = u"nightshift_tester"_s;
const QString kOperator = u"cli:nightshift_tester"_s; // who init and its seeding are recorded as
const QString kAdmin = u"admin"_s; // who the other commands log in as
const QByteArray kPassword = "correct horse battery";

const QStringList kDeliveryWorkflows = {u"aliasCleansing"_s,
                                        u"billing"_s,
                                        u"cleanup"_s,
                                        u"deliverabilityUpdate"_s,
                                        u"forecasting"_s,
                                        u"offerMgt"_s,
                                        u"cleanupPausedWorkflows"_s,
                                        u"reportingAggregates"_s,
                                        u"tracking"_s};
const QStringList kDefaultInstallationWorkflows = {u"collectDataHeatMapService"_s};
const QStringList kCampaignWorkflows
    = {u"budgetMgt"_s, u"deliveryMgt"_s, u"operationMgt"_s, u"stockMgt"_s, u"supplierMgt"_s};
const QString kDeliveryFolder = u"administration/production/technicalWorkflows/delivery"_s;

// The explorer tree every new instance holds (SPEC §2), plus the folders of the two default packages.
const QStringList kStandardFolders = {
    u"administration"_s,
    u"administration/production"_s,
    u"administration/production/technicalWorkflows"_s,
    u"administration/production/messageCenter"_s,
    u"administration/production/messageCenter/technicalWorkflows"_s,
    u"administration/monitoring"_s,
    u"administration/monitoring/heatMap"_s,
    u"administration/monitoring/workflowStatus"_s,
    u"administration/monitoring/workflowStatus/running"_s,
    u"administration/monitoring/workflowStatus/paused"_s,
    u"administration/monitoring/workflowStatus/failed"_s,
    u"administration/monitoring/workflowStatus/startPending"_s,
    u"administration/reports"_s,
    u"administration/reports/cubes"_s,
    u"administration/accessManagement"_s,
    u"administration/accessManagement/operators"_s,
    u"administration/accessManagement/operatorGroups"_s,
    u"administration/accessManagement/namedRights"_s,
    u"administration/auditTrail"_s,
    u"administration/options"_s,
    u"administration/externalAccounts"_s,
};
const QStringList kDefaultPackageFolders = {u"administration/production/technicalWorkflows/delivery"_s,
                                            u"administration/production/technicalWorkflows/defaultInstallation"_s};

// Every command, as its words.
const QStringList kCommands = {u"instance path"_s,
                               u"init"_s,
                               u"packages list"_s,
                               u"packages install"_s,
                               u"accounts add"_s,
                               u"workflows list"_s,
                               u"workflows show"_s,
                               u"export"_s,
                               u"import"_s,
                               u"start"_s,
                               u"pause"_s,
                               u"stop"_s,
                               u"kill"_s,
                               u"restart"_s,
                               u"wakeup"_s,
                               u"purge"_s,
                               u"simulate"_s,
                               u"signal"_s,
                               u"operators list"_s,
                               u"operators add"_s,
                               u"operators passwd"_s,
                               u"operators grant"_s,
                               u"operators revoke"_s,
                               u"operators disable"_s,
                               u"operators enable"_s,
                               u"operators delete"_s,
                               u"audit"_s,
                               u"login"_s,
                               u"schedule preview"_s,
                               u"status"_s,
                               u"runs"_s,
                               u"logs"_s,
                               u"demo"_s};

// Columns of a listing line: separated by two spaces or more.
QStringList columns(const QString &line)
{
    static const QRegularExpression separator(u"\\s{2,}"_s);
    return line.trimmed().split(separator);
}

// Reads an instance's SQLite file directly. The file must exist: QSQLITE would create it otherwise.
class SqliteFile
{
public:
    explicit SqliteFile(const QString &path) : m_name(u"tst_cli_reader_%1"_s.arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (!QFileInfo::exists(path))
            qWarning("%s does not exist", qPrintable(path));
        else if (!db.open())
            qWarning("cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
    }
    ~SqliteFile()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    bool isOpen() const { return QSqlDatabase::database(m_name, false).isOpen(); }

    QList<QVariantList> rows(const QString &sql, const QVariantList &values = {}) const
    {
        QList<QVariantList> result;
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.prepare(sql)) {
            qWarning("cannot prepare %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return result;
        }
        for (const QVariant &v : values)
            query.addBindValue(v);
        if (!query.exec()) {
            qWarning("cannot run %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return result;
        }
        while (query.next()) {
            QVariantList row;
            for (int c = 0; c < query.record().count(); ++c)
                row << query.value(c);
            result << row;
        }
        return result;
    }
    // The first column of the first row; an invalid QVariant when there is no row or the query fails.
    QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        const auto all = rows(sql, values);
        return all.isEmpty() ? QVariant() : all.first().value(0);
    }
    qint64 count(const QString &table) const { return value(u"SELECT COUNT(*) FROM "_s + table).toLongLong(); }
    QStringList strings(const QString &sql, const QVariantList &values = {}) const
    {
        QStringList result;
        for (const QVariantList &row : rows(sql, values))
            result << row.value(0).toString();
        return result;
    }
    // Folder paths, built from the parent links.
    QStringList folderPaths() const
    {
        QHash<qint64, std::pair<qint64, QString>> byId;
        for (const QVariantList &row : rows(u"SELECT id, parent_id, name FROM folders"_s))
            byId.insert(row[0].toLongLong(), {row[1].isNull() ? 0 : row[1].toLongLong(), row[2].toString()});
        QStringList paths;
        for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
            QStringList parts;
            for (qint64 id = it.key(); id != 0 && parts.size() < 64; id = byId.value(id).first)
                parts.prepend(byId.value(id).second);
            paths << parts.join(u'/');
        }
        paths.sort();
        return paths;
    }
    qint64 folderId(const QString &path) const
    {
        qint64 parent = 0;
        for (const QString &name : path.split(u'/')) {
            const QVariant id = parent == 0
                ? value(u"SELECT id FROM folders WHERE parent_id IS NULL AND name = ?"_s, {name})
                : value(u"SELECT id FROM folders WHERE parent_id = ? AND name = ?"_s, {parent, name});
            if (!id.isValid())
                return 0;
            parent = id.toLongLong();
        }
        return parent;
    }

private:
    QString m_name;
    static inline int s_count = 0;
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

// Fails the test with the whole output of the run when the exit code differs.
class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // Usage
    void help_data();
    void help();
    void usageListsEveryCommand();
    void unknownCommand_data();
    void unknownCommand();
    void extraArguments_data();
    void extraArguments();
    void wrongArgumentCount_data();
    void wrongArgumentCount();
    void unknownOption();
    void version();

    // Choosing the instance
    void instancePath_data();
    void instancePath();
    void defaultInstanceIsUnderXdgDataHome();
    void instanceOptionAnywhere_data();
    void instanceOptionAnywhere();
    void missingInstance_data();
    void missingInstance();
    void notAnInstance();

    // init
    void initCreatesInstance();
    void initPasswordLength_data();
    void initPasswordLength();
    void initTwice();
    void initIfMissing();
    void initPasswordFile();
    void initMissingPasswordFile();
    void initAdminLogin_data();
    void initAdminLogin();

    // workflows list
    void listTree();
    void listTable();

    // packages
    void packagesList();
    void installCampaign();
    void installTwice();
    void installUnknownPackage_data();
    void installUnknownPackage();

    // accounts
    void addAccountCreatesTemplateWorkflow();
    void addAccountBeforePackage();
    void addAccountInvalidName_data();
    void addAccountInvalidName();
    void addAccountUnknownType();
    void addAccountTwice();
    void addAccountWithSettings();
    void addAccountBadSettings_data();
    void addAccountBadSettings();

    // workflows show
    void showCleanup();
    void showTemplateInstance();
    void showUnknown();

    // export / import
    void exportStdoutEqualsFile();
    void exportUnknown();
    void exportToMissingDirectory();
    void importUnchanged();
    void importModified();
    void exportImportExportIsByteIdentical();
    void importBrokenFile_data();
    void importBrokenFile();
    void importNewWorkflowNeedsFolder();
    void importNewWorkflowIntoFolder();
    void importIntoMissingFolder();
    void importIntoAViewFolder();
    void importTechnicalOfMissingPackage();
    void importChangingPackage_data();
    void importChangingPackage();
    void importTemplate();
    void importMissingFile();

private:
    CliRun run(const QStringList &args, const QByteArray &input = {}) const { return run(args, input, m_env); }
    CliRun run(const QStringList &args, const QByteArray &input, const QProcessEnvironment &env) const;
    // run() with --instance first.
    CliRun on(const QString &instance, const QStringList &args, const QByteArray &input = {}) const
    {
        return run(QStringList{u"--instance"_s, instance} + args, input);
    }
    QString newDir(); // a fresh empty directory
    QString newInstance(); // a copy of the initialised template instance
    QString exportToFile(const QString &instance, const QString &workflow); // empty on failure
    QByteArray nonTechnicalDefinition(const QString &name) const;
    QStringList catalogWorkflowsOf(const QString &package) const;

    QTemporaryDir m_root;
    QProcessEnvironment m_env;
    QString m_template; // an instance made by "init", copied by newInstance()
    int m_dirCount = 0;
};

void tst_Cli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(NIGHTSHIFTCTL)).isExecutable(), NIGHTSHIFTCTL);
    QVERIFY(m_root.isValid());
    QVERIFY(QDir().mkpath(m_root.filePath(u"home/.local/share"_s)));
    QVERIFY(QDir().mkpath(m_root.filePath(u"home/.config"_s)));
    QVERIFY(QDir().mkpath(m_root.filePath(u"work"_s)));

    m_env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : m_env.keys())
        if (key.startsWith(u"NIGHTSHIFT_"_s) || key.startsWith(u"XDG_"_s) || key.startsWith(u"PG"_s)
            || key.startsWith(u"LC_"_s) || key == u"LANG"_s || key == u"LANGUAGE"_s)
            m_env.remove(key);
    m_env.insert(u"HOME"_s, m_root.filePath(u"home"_s));
    m_env.insert(u"XDG_DATA_HOME"_s, m_root.filePath(u"home/.local/share"_s));
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_root.filePath(u"home/.config"_s));
    m_env.insert(u"XDG_CACHE_HOME"_s, m_root.filePath(u"home/.cache"_s));
    m_env.insert(u"USER"_s, kUser);
    m_env.insert(u"NIGHTSHIFT_LOGIN"_s, u"admin"_s);
    m_env.insert(u"NIGHTSHIFT_PASSWORD"_s, QString::fromUtf8(kPassword));
    m_env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);

    m_template = m_root.filePath(u"template.sqlite"_s);
    const CliRun init = on(m_template, {u"init"_s, u"--password-stdin"_s}, kPassword + '\n');
    COMPARE_EXIT(init, 0);
}

CliRun tst_Cli::run(const QStringList &args, const QByteArray &input, const QProcessEnvironment &env) const
{
    return runProgram(QStringLiteral(NIGHTSHIFTCTL), args, input, env, m_root.filePath(u"work"_s));
}

QString tst_Cli::newDir()
{
    const QString dir = m_root.filePath(u"t%1"_s.arg(++m_dirCount));
    QDir().mkpath(dir);
    return dir;
}

QString tst_Cli::newInstance()
{
    const QString path = newDir() + u"/instance.sqlite"_s;
    if (!QFile::copy(m_template, path))
        qWarning("cannot copy the template instance to %s", qPrintable(path));
    // Normally checkpointed into the file when nightshiftctl exits; if not, the log holds part of the instance.
    if (QFileInfo::exists(m_template + u"-wal"_s))
        QFile::copy(m_template + u"-wal"_s, path + u"-wal"_s);
    return path;
}

QString tst_Cli::exportToFile(const QString &instance, const QString &workflow)
{
    const QString file = newDir() + u'/' + workflow + u".xml"_s;
    const CliRun exported = on(instance, {u"export"_s, workflow, u"-o"_s, file});
    if (exported.exitCode != 0 || !exported.out.isEmpty() || !exported.err.isEmpty()) {
        qWarning().noquote() << exported.describe();
        return {};
    }
    return file;
}

QByteArray tst_Cli::nonTechnicalDefinition(const QString &name) const
{
    return u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<workflow format=\"1\" name=\"%1\" label=\"Nightly export\">\n"
           "  <activities>\n"
           "    <start name=\"start\">\n"
           "      <transition to=\"pause\"/>\n"
           "    </start>\n"
           "    <wait name=\"pause\" duration=\"10m\">\n"
           "      <transition to=\"end\"/>\n"
           "    </wait>\n"
           "    <end name=\"end\"/>\n"
           "  </activities>\n"
           "</workflow>\n"_s.arg(name)
               .toUtf8();
}

// Workflow names of a package of the catalog, from resources/workflows/<package>/<name>.xml.
QStringList tst_Cli::catalogWorkflowsOf(const QString &package) const
{
    QStringList names;
    const QDir dir(QStringLiteral(NIGHTSHIFT_SOURCE_DIR) + u"/resources/workflows/"_s + package);
    for (const QFileInfo &file : dir.entryInfoList({u"*.xml"_s}, QDir::Files))
        names << file.completeBaseName();
    return names;
}

// ---------------------------------------------------------------------------------------------- usage

void tst_Cli::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention"); // what stdout must contain

    QTest::newRow("no arguments") << QStringList{} << u"Usage: nightshiftctl"_s;
    QTest::newRow("--help") << QStringList{u"--help"_s} << u"Usage: nightshiftctl"_s;
    QTest::newRow("-h") << QStringList{u"-h"_s} << u"Usage: nightshiftctl"_s;
    for (const QString &command : kCommands) {
        QTest::addRow("%s --help", qPrintable(command))
            << (command.split(u' ') << u"--help"_s) << u"[options] "_s + command;
        QTest::addRow("%s -h", qPrintable(command)) << (command.split(u' ') << u"-h"_s) << u"[options] "_s + command;
    }
}

void tst_Cli::help()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    const CliRun r = run(args);
    COMPARE_EXIT(r, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(mention), r.out.constData());
    QCOMPARE(r.err, QByteArray());
    // A command's help has its one-line summary and the instance option.
    if (!args.isEmpty() && !args.first().startsWith(u'-')) {
        QVERIFY2(r.out.contains("--instance"), r.out.constData());
        QVERIFY2(r.outLines().size() >= 2 && !r.outLines().at(1).isEmpty(), r.out.constData());
    }
}

void tst_Cli::usageListsEveryCommand()
{
    const CliRun r = run({u"--help"_s});
    COMPARE_EXIT(r, 0);
    const QStringList out = r.outLines();
    const qsizetype start = out.indexOf(u"Commands:"_s);
    QVERIFY2(start > 0, r.out.constData());
    QStringList listed;
    for (qsizetype i = start + 1; i < out.size() && !out[i].isEmpty(); ++i) {
        const QStringList parts = columns(out[i]);
        QVERIFY2(parts.size() == 2, qPrintable(out[i])); // "words [ARGS]" then the summary
        QString words = parts.first();
        words.remove(QRegularExpression(u"( [A-Z.|@\\[\\]]+)+$"_s)); // NAME, ID..., [LOGIN], RIGHT|@GROUP
        listed << words;
    }
    QCOMPARE(sorted(listed), sorted(kCommands));
    QVERIFY(r.out.contains(m_root.filePath(u"home/.local/share/nightshift/default.sqlite"_s).toUtf8()));
}

void tst_Cli::unknownCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("firstLine");
    QTest::newRow("frobnicate") << QStringList{u"frobnicate"_s} << u"nightshiftctl: unknown command \"frobnicate\""_s;
    QTest::newRow("workflows delete") << QStringList{u"workflows"_s, u"delete"_s, u"cleanup"_s}
                                      << u"nightshiftctl: unknown command \"workflows delete cleanup\""_s;
    QTest::newRow("packages alone") << QStringList{u"packages"_s} << u"nightshiftctl: unknown command \"packages\""_s;
}

void tst_Cli::unknownCommand()
{
    QFETCH(QStringList, args);
    QFETCH(QString, firstLine);
    const CliRun r = run(args);
    COMPARE_EXIT(r, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(!r.errLines().isEmpty(), r.err.constData());
    QCOMPARE(r.errLines().first(), firstLine);
    QVERIFY2(r.err.contains("Usage: nightshiftctl"), r.err.constData()); // the usage follows, on stderr
}

void tst_Cli::extraArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("packages list") << QStringList{u"packages"_s, u"list"_s, u"campaign"_s}
                                   << u"nightshiftctl: packages list takes no arguments; unexpected \"campaign\""_s;
    QTest::newRow("workflows list") << QStringList{u"workflows"_s, u"list"_s, u"a"_s, u"b"_s}
                                    << u"nightshiftctl: workflows list takes no arguments; unexpected \"a b\""_s;
    QTest::newRow("init") << QStringList{u"init"_s, u"now"_s}
                          << u"nightshiftctl: init takes no arguments; unexpected \"now\""_s;
    QTest::newRow("instance path") << QStringList{u"instance"_s, u"path"_s, u"x"_s}
                                   << u"nightshiftctl: instance path takes no arguments; unexpected \"x\""_s;
}

void tst_Cli::extraArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString instance = newDir() + u"/never.sqlite"_s;
    const CliRun r = on(instance, args, kPassword + '\n');
    COMPARE_EXIT(r, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines(), QStringList{message});
    QVERIFY(!QFileInfo::exists(instance)); // refused before anything was done
}

// A wrong number of arguments is wrong usage (exit 2, README: "2 wrong usage"), like extra arguments to a
// command that takes none.
void tst_Cli::wrongArgumentCount_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("workflows show, no name") << QStringList{u"workflows"_s, u"show"_s};
    QTest::newRow("workflows show, two names") << QStringList{u"workflows"_s, u"show"_s, u"cleanup"_s, u"billing"_s};
    QTest::newRow("export, no name") << QStringList{u"export"_s};
    QTest::newRow("export, two names") << QStringList{u"export"_s, u"cleanup"_s, u"billing"_s};
    QTest::newRow("import, no file") << QStringList{u"import"_s};
    QTest::newRow("packages install, no id") << QStringList{u"packages"_s, u"install"_s};
    QTest::newRow("accounts add, no name") << QStringList{u"accounts"_s, u"add"_s, u"--type"_s, u"messageCenter"_s};
    QTest::newRow("accounts add, no type") << QStringList{u"accounts"_s, u"add"_s, u"paris"_s};
}

void tst_Cli::wrongArgumentCount()
{
    QFETCH(QStringList, args);
    const QString instance = newInstance();
    const CliRun r = on(instance, args);
    COMPARE_EXIT(r, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.errLines().first().startsWith(u"nightshiftctl: "_s), r.err.constData());
}

void tst_Cli::unknownOption()
{
    const CliRun r = run({u"workflows"_s, u"list"_s, u"--tabel"_s});
    COMPARE_EXIT(r, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines(),
             (QStringList{u"nightshiftctl: Unknown option 'tabel'."_s,
                          u"Run \"nightshiftctl workflows list --help\" for the options."_s}));
}

void tst_Cli::version()
{
    const CliRun r = run({u"--version"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.out, QByteArray("nightshiftctl " NIGHTSHIFT_VERSION "\n"));
    QCOMPARE(r.err, QByteArray());
}

// ------------------------------------------------------------------------------------ the instance

void tst_Cli::instancePath_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("environment"); // NIGHTSHIFT_INSTANCE
    QTest::addColumn<QString>("expected");

    const QString work = m_root.filePath(u"work"_s);
    const QString home = m_root.filePath(u"home"_s);
    QTest::newRow("default") << QStringList{} << QString() << home + u"/.local/share/nightshift/default.sqlite"_s;
    QTest::newRow("environment") << QStringList{} << u"/srv/ns/prod.sqlite"_s << u"/srv/ns/prod.sqlite"_s;
    QTest::newRow("option beats environment")
        << QStringList{u"--instance"_s, u"/srv/a.sqlite"_s} << u"/srv/b.sqlite"_s << u"/srv/a.sqlite"_s;
    QTest::newRow("relative path") << QStringList{u"-i"_s, u"sub/x.sqlite"_s} << QString() << work + u"/sub/x.sqlite"_s;
    QTest::newRow("sqlite: prefix") << QStringList{u"-i"_s, u"sqlite:/srv/c.sqlite"_s} << QString()
                                    << u"/srv/c.sqlite"_s;
    QTest::newRow("home") << QStringList{u"-i"_s, u"~/n.sqlite"_s} << QString() << home + u"/n.sqlite"_s;
    QTest::newRow("postgresql") << QStringList{u"-i"_s, u"postgresql://ns@db.example:5433/night"_s} << QString()
                                << u"postgresql://ns@db.example:5433/night"_s;
    QTest::newRow("postgresql, default port") << QStringList{u"-i"_s, u"postgresql://ns@db.example/night"_s}
                                              << QString() << u"postgresql://ns@db.example:5432/night"_s;
    QTest::newRow("postgresql, password hidden")
        << QStringList{u"-i"_s, u"postgresql://ns:s3cret@db.example:5432/night"_s} << QString()
        << u"postgresql://ns@db.example:5432/night"_s;
}

void tst_Cli::instancePath()
{
    QFETCH(QStringList, args);
    QFETCH(QString, environment);
    QFETCH(QString, expected);
    QProcessEnvironment env = m_env;
    if (!environment.isEmpty())
        env.insert(u"NIGHTSHIFT_INSTANCE"_s, environment);
    const CliRun r = run(args + QStringList{u"instance"_s, u"path"_s}, {}, env);
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{expected});
    QCOMPARE(r.err, QByteArray());
}

void tst_Cli::defaultInstanceIsUnderXdgDataHome()
{
    // A home of its own, so that no other test sees this default instance.
    const QString home = newDir();
    QProcessEnvironment env = m_env;
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    const QString expected = home + u"/data/nightshift/default.sqlite"_s;

    CliRun r = run({u"init"_s, u"--password-stdin"_s}, kPassword + '\n', env);
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{u"Created instance %1 with administrator \"admin\"."_s.arg(expected)});
    QVERIFY(QFileInfo::exists(expected));
    r = run({u"workflows"_s, u"list"_s, u"--table"_s}, {}, env);
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines().size(), 11);
}

void tst_Cli::instanceOptionAnywhere_data()
{
    QTest::addColumn<QStringList>("args"); // INSTANCE stands for the path
    QTest::newRow("--instance first") << QStringList{u"--instance"_s, u"INSTANCE"_s, u"workflows"_s, u"list"_s,
                                                     u"--table"_s};
    QTest::newRow("--instance last") << QStringList{u"workflows"_s, u"list"_s, u"--table"_s, u"--instance"_s,
                                                    u"INSTANCE"_s};
    QTest::newRow("-i between") << QStringList{u"workflows"_s, u"-i"_s, u"INSTANCE"_s, u"list"_s, u"--table"_s};
    QTest::newRow("--instance=") << QStringList{u"workflows"_s, u"list"_s, u"--instance=INSTANCE"_s, u"--table"_s};
}

void tst_Cli::instanceOptionAnywhere()
{
    QFETCH(QStringList, args);
    const QString instance = newInstance();
    for (QString &arg : args)
        arg.replace(u"INSTANCE"_s, instance);
    const CliRun r = run(args);
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines().size(), 11);
    QCOMPARE(r.err, QByteArray());
}

void tst_Cli::missingInstance_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("workflows list") << QStringList{u"workflows"_s, u"list"_s};
    QTest::newRow("workflows show") << QStringList{u"workflows"_s, u"show"_s, u"cleanup"_s};
    QTest::newRow("packages list") << QStringList{u"packages"_s, u"list"_s};
    QTest::newRow("packages install") << QStringList{u"packages"_s, u"install"_s, u"campaign"_s};
    QTest::newRow("accounts add") << QStringList{u"accounts"_s, u"add"_s, u"paris"_s, u"--type"_s, u"messageCenter"_s};
    QTest::newRow("export") << QStringList{u"export"_s, u"cleanup"_s};
    QTest::newRow("import") << QStringList{u"import"_s, u"DEFINITION"_s};
}

void tst_Cli::missingInstance()
{
    QFETCH(QStringList, args);
    const QString dir = newDir();
    const QString definition = dir + u"/nightlyExport.xml"_s;
    QVERIFY(writeFile(definition, nonTechnicalDefinition(u"nightlyExport"_s)));
    args.replaceInStrings(u"DEFINITION"_s, definition);

    const QString missing = dir + u"/nowhere/instance.sqlite"_s;
    const CliRun r = on(missing, args);
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines(),
             QStringList{u"nightshiftctl: there is no instance at %1; create one with "
                         "\"nightshiftctl init --instance %1\""_s.arg(missing)});
    QVERIFY(!QFileInfo::exists(dir + u"/nowhere"_s)); // not even its folder was created
}

void tst_Cli::notAnInstance()
{
    const QString path = newDir() + u"/empty.sqlite"_s;
    QVERIFY(writeFile(path, {}));
    const CliRun r = on(path, {u"workflows"_s, u"list"_s});
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines(),
             QStringList{u"nightshiftctl: %1 is not a Nightshift instance (it has no schema); create one "
                         "with \"nightshiftctl init\""_s.arg(path)});
    SqliteFile db(path);
    QVERIFY(db.isOpen());
    QCOMPARE(db.strings(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s), QStringList());
}

// -------------------------------------------------------------------------------------------- init

void tst_Cli::initCreatesInstance()
{
    const QString path = newDir() + u"/sub/dir/new.sqlite"_s; // missing folders are made
    const CliRun r = on(path, {u"init"_s, u"--password-stdin"_s}, kPassword + '\n');
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{u"Created instance %1 with administrator \"admin\"."_s.arg(path)});
    QCOMPARE(r.err, QByteArray());

    SqliteFile db(path);
    QVERIFY(db.isOpen());

    // The schema is at the latest version: one step per number NNNN of app/store/migrations/NNNN_*.sql.
    QSet<QString> steps;
    for (const QString &file :
         QDir(QStringLiteral(NIGHTSHIFT_SOURCE_DIR) + u"/app/store/migrations"_s).entryList({u"*.sql"_s}, QDir::Files))
        steps.insert(file.left(4));
    const qsizetype migrations = steps.size();
    QVERIFY(migrations >= 3);
    QCOMPARE(db.value(u"SELECT MAX(version) FROM schema_version"_s).toLongLong(), migrations);
    QCOMPARE(db.count(u"schema_version"_s), migrations);

    // The administrator, with a hash of the password given on stdin and membership of the admin group.
    const auto operators = db.rows(u"SELECT login, name, password_hash, disabled FROM operators"_s);
    QCOMPARE(operators.size(), 1);
    QCOMPARE(operators[0][0].toString(), u"admin"_s);
    QCOMPARE(operators[0][1].toString(), u"Administrator"_s);
    QCOMPARE(operators[0][3].toInt(), 0);
    const QString hash = operators[0][2].toString();
    QVERIFY2(hash.startsWith(u"$argon2id$"_s), qPrintable(hash));
    QVERIFY(nightshift::PasswordHasher::verify(QString::fromUtf8(kPassword), hash));
    QVERIFY(!nightshift::PasswordHasher::verify(u"correct horse battery\n"_s, hash));
    QCOMPARE(db.strings(u"SELECT g.name FROM group_members m JOIN operator_groups g ON g.id = m.group_id "
                        "JOIN operators o ON o.id = m.operator_id WHERE o.login = 'admin'"_s),
             QStringList{u"admin"_s});

    // The standard explorer tree, and the folders of the default packages.
    QCOMPARE(db.folderPaths(), sorted(kStandardFolders + kDefaultPackageFolders));

    // The default packages and their ten workflows, with their first definition version.
    QCOMPARE(sorted(db.strings(u"SELECT id FROM packages WHERE installed = 1"_s)),
             sorted({u"delivery"_s, u"defaultInstallation"_s}));
    QCOMPARE(sorted(db.strings(u"SELECT internal_name FROM workflows"_s)),
             sorted(kDeliveryWorkflows + kDefaultInstallationWorkflows));
    QCOMPARE(sorted(db.strings(u"SELECT internal_name FROM workflows WHERE package_id = 'delivery' AND folder_id = ?"_s,
                               {db.folderId(kDeliveryFolder)})),
             sorted(kDeliveryWorkflows));
    QCOMPARE(db.count(u"workflow_versions"_s), 10);
    QCOMPARE(db.value(u"SELECT COUNT(*) FROM workflows WHERE definition_version <> 1"_s).toInt(), 0);

    // Installing them is in the audit trail, under the operator running the CLI.
    const auto audit = db.rows(u"SELECT action, object_type, object, operator FROM audit ORDER BY id"_s);
    QCOMPARE(audit.size(), 2);
    QStringList installed;
    for (const QVariantList &row : audit) {
        QCOMPARE(row[0].toString(), u"package.install"_s);
        QCOMPARE(row[1].toString(), u"package"_s);
        QCOMPARE(row[3].toString(), kOperator);
        installed << row[2].toString();
    }
    QCOMPARE(sorted(installed), sorted({u"delivery"_s, u"defaultInstallation"_s}));
}

void tst_Cli::initPasswordLength_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("7 characters") << QByteArray("1234567") << false;
    QTest::newRow("8 characters") << QByteArray("12345678") << true;
    QTest::newRow("8 accented characters") << QByteArray("éàèùçôîë") << true;
    // Four characters outside the BMP are 8 UTF-16 units, but only 4 characters.
    QTest::newRow("4 astral characters") << QByteArray(
        "\xF0\x9F\x8C\x99\xF0\x9F\x8C\x99\xF0\x9F\x8C\x99\xF0\x9F\x8C\x99")
                                         << false;
    QTest::newRow("1025 characters") << QByteArray(1025, 'x') << false;
    QTest::newRow("1024 characters") << QByteArray(1024, 'x') << true;
}

void tst_Cli::initPasswordLength()
{
    QFETCH(QByteArray, password);
    QFETCH(bool, accepted);
    const QString path = newDir() + u"/i.sqlite"_s;
    const CliRun r = on(path, {u"init"_s, u"--password-stdin"_s}, password + '\n');
    if (accepted) {
        COMPARE_EXIT(r, 0);
        SqliteFile db(path);
        QVERIFY(nightshift::PasswordHasher::verify(QString::fromUtf8(password),
                                                   db.value(u"SELECT password_hash FROM operators"_s).toString()));
        return;
    }
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    const QString expected = password.size() > 1000 ? u"nightshiftctl: the password must have at most 1024 characters"_s
                                                    : u"nightshiftctl: the password must have at least 8 characters"_s;
    QCOMPARE(r.errLines(), QStringList{expected});
    // Nothing was made: no operator, no folder, no workflow, no audit entry.
    if (QFileInfo::exists(path)) {
        SqliteFile db(path);
        QVERIFY(db.isOpen());
        QCOMPARE(db.count(u"operators"_s), 0);
        QCOMPARE(db.count(u"folders"_s), 0);
        QCOMPARE(db.count(u"workflows"_s), 0);
        QCOMPARE(db.value(u"SELECT COUNT(*) FROM audit WHERE action NOT LIKE 'login.%'"_s).toLongLong(), 0);
    }
    // ... so the same init with a good password simply works.
    COMPARE_EXIT(on(path, {u"init"_s, u"--password-stdin"_s}, kPassword + '\n'), 0);
    SqliteFile db(path);
    QCOMPARE(db.count(u"operators"_s), 1);
    QCOMPARE(db.count(u"workflows"_s), 10);
}

void tst_Cli::initTwice()
{
    const QString path = newInstance();
    const QByteArray before = readAll(path);
    const CliRun r = on(path, {u"init"_s, u"--password-stdin"_s}, "another password\n");
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines(), QStringList{u"nightshiftctl: %1 is already initialized; it has 1 operator(s)"_s.arg(path)});
    SqliteFile db(path);
    QCOMPARE(db.count(u"operators"_s), 1);
    QVERIFY(nightshift::PasswordHasher::verify(QString::fromUtf8(kPassword),
                                               db.value(u"SELECT password_hash FROM operators"_s).toString()));
    QCOMPARE(db.count(u"workflows"_s), 10);
    QCOMPARE(db.value(u"SELECT COUNT(*) FROM audit WHERE action NOT LIKE 'login.%'"_s).toLongLong(), 2);
}

void tst_Cli::initIfMissing()
{
    // On an existing instance: success, nothing changed, no password read.
    const QString path = newInstance();
    CliRun r = on(path, {u"init"_s, u"--if-missing"_s, u"--password-stdin"_s}, "short\n");
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{u"Instance %1 already exists; left as it is."_s.arg(path)});
    QCOMPARE(r.err, QByteArray());
    {
        SqliteFile db(path);
        QCOMPARE(db.count(u"operators"_s), 1);
        QCOMPARE(db.count(u"workflows"_s), 10);
        QCOMPARE(db.value(u"SELECT COUNT(*) FROM audit WHERE action NOT LIKE 'login.%'"_s).toLongLong(), 2);
    }

    // On a missing instance: an ordinary init.
    const QString fresh = newDir() + u"/fresh.sqlite"_s;
    r = on(fresh, {u"init"_s, u"--if-missing"_s, u"--password-stdin"_s}, kPassword + '\n');
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{u"Created instance %1 with administrator \"admin\"."_s.arg(fresh)});
    SqliteFile db(fresh);
    QCOMPARE(db.count(u"operators"_s), 1);
}

void tst_Cli::initPasswordFile()
{
    const QString dir = newDir();
    const QString file = dir + u"/password.txt"_s;
    QVERIFY(writeFile(file, "from a file 123\r\nsecond line is ignored\n"));
    const QString path = dir + u"/i.sqlite"_s;
    // Standard input is ignored when --password-file is given.
    const CliRun r = on(path, {u"init"_s, u"--password-file"_s, file}, "stdin password\n");
    COMPARE_EXIT(r, 0);
    SqliteFile db(path);
    const QString hash = db.value(u"SELECT password_hash FROM operators"_s).toString();
    QVERIFY(nightshift::PasswordHasher::verify(u"from a file 123"_s, hash));
}

void tst_Cli::initMissingPasswordFile()
{
    const QString dir = newDir();
    const QString path = dir + u"/i.sqlite"_s;
    const QString file = dir + u"/no-such-password.txt"_s;
    const CliRun r = on(path, {u"init"_s, u"--password-file"_s, file});
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.errLines().first().startsWith(u"nightshiftctl: cannot read the password file %1: "_s.arg(file)),
             r.err.constData());
    if (QFileInfo::exists(path)) {
        SqliteFile db(path);
        QCOMPARE(db.count(u"operators"_s), 0);
    }
}

void tst_Cli::initAdminLogin_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("valid");
    QTest::newRow("letters") << u"root"_s << true;
    QTest::newRow("underscore and digits") << u"_ops_2"_s << true;
    QTest::newRow("leading digit") << u"9admin"_s << false;
    QTest::newRow("space") << u"ad min"_s << false;
    QTest::newRow("hyphen") << u"ad-min"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_Cli::initAdminLogin()
{
    QFETCH(QString, login);
    QFETCH(bool, valid);
    const QString path = newDir() + u"/i.sqlite"_s;
    const CliRun r = on(path, {u"init"_s, u"--admin-login"_s, login, u"--password-stdin"_s}, kPassword + '\n');
    if (valid) {
        COMPARE_EXIT(r, 0);
        QCOMPARE(r.outLines(), QStringList{u"Created instance %1 with administrator \"%2\"."_s.arg(path, login)});
        SqliteFile db(path);
        QCOMPARE(db.strings(u"SELECT login FROM operators"_s), QStringList{login});
        return;
    }
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines(),
             QStringList{u"nightshiftctl: \"%1\" is not a valid login: start with a letter or _, then "
                         "letters, digits or _"_s.arg(login)});
    QVERIFY(!QFileInfo::exists(path)); // checked before the instance is opened
}

// ---------------------------------------------------------------------------------- workflows list

void tst_Cli::listTree()
{
    const QString instance = newInstance();
    const CliRun r = on(instance, {u"workflows"_s, u"list"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.err, QByteArray());
    const QStringList out = r.outLines();

    // Only the folders that hold workflows, indented two spaces a level; workflows by label.
    const QStringList expectedNames = kDeliveryWorkflows + kDefaultInstallationWorkflows;
    QCOMPARE(out.size(), 5 + expectedNames.size());
    QCOMPARE(out[0], u"Administration"_s);
    QCOMPARE(out[1], u"  Production"_s);
    QCOMPARE(out[2], u"    Technical workflows"_s);
    QCOMPARE(out[3], u"      Delivery"_s);
    QCOMPARE(out[4 + kDeliveryWorkflows.size()], u"      Default installation"_s);
    QStringList names;
    qsizetype labelColumn = -1;
    for (qsizetype i = 4; i < out.size(); ++i) {
        if (i == 4 + kDeliveryWorkflows.size())
            continue;
        QVERIFY2(out[i].startsWith(u"        "_s) && out[i].at(8) != u' ', qPrintable(out[i]));
        const QStringList fields = columns(out[i]);
        QCOMPARE(fields.size(), 4); // name, label, state, trigger
        names << fields[0];
        // Columns are aligned.
        const qsizetype at = out[i].indexOf(fields[1], 8 + fields[0].size());
        if (labelColumn < 0)
            labelColumn = at;
        QCOMPARE(at, labelColumn);
        if (fields[0] == u"cleanup"_s)
            QCOMPARE(fields, (QStringList{u"cleanup"_s, u"Database cleanup"_s, u"startPending"_s, u"daily at 04:00"_s}));
        if (fields[0] == u"collectDataHeatMapService"_s)
            QCOMPARE(fields,
                     (QStringList{u"collectDataHeatMapService"_s, u"Collect data for the HeatMap service"_s,
                                  u"paused"_s, u"every 5m"_s}));
    }
    QCOMPARE(names, expectedNames);

    // Nothing of the packages that are not installed.
    const QString text = QString::fromUtf8(r.out);
    const QStringList packages = QDir(QStringLiteral(NIGHTSHIFT_SOURCE_DIR) + u"/resources/workflows"_s)
                                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(packages.size() > 10);
    for (const QString &package : packages) {
        if (package == u"delivery"_s || package == u"defaultInstallation"_s)
            continue;
        for (QString name : catalogWorkflowsOf(package)) {
            name.remove(u"{account}"_s);
            QVERIFY2(!text.contains(QRegularExpression(u"\\b"_s + QRegularExpression::escape(name))),
                     qPrintable(package + u": "_s + name));
        }
    }
    QVERIFY(!text.contains(u"Message Center"_s));
    QVERIFY(!text.contains(u"Monitoring"_s));
}

void tst_Cli::listTable()
{
    const QString instance = newInstance();
    const CliRun r = on(instance, {u"workflows"_s, u"list"_s, u"--table"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.err, QByteArray());
    const QStringList out = r.outLines();
    QCOMPARE(out.size(), 11);
    const QStringList header
        = {u"NAME"_s, u"LABEL"_s, u"PACKAGE"_s, u"STATE"_s, u"SEVERITY"_s, u"FOLDER"_s, u"TRIGGER"_s};
    QCOMPARE(columns(out[0]), header);
    QList<qsizetype> starts;
    for (const QString &title : header)
        starts << out[0].indexOf(title);

    QStringList names;
    for (qsizetype i = 1; i < out.size(); ++i) {
        const QStringList fields = columns(out[i]);
        QCOMPARE(fields.size(), header.size());
        names << fields[0];
        for (qsizetype c = 0; c < header.size(); ++c) // every value starts under its title
            QCOMPARE(out[i].mid(starts[c], fields[c].size()), fields[c]);
        const bool delivery = kDeliveryWorkflows.contains(fields[0]);
        QCOMPARE(fields[2], delivery ? u"delivery"_s : u"defaultInstallation"_s);
        QCOMPARE(fields[5],
                 delivery ? kDeliveryFolder : u"administration/production/technicalWorkflows/defaultInstallation"_s);
        if (fields[0] == u"cleanup"_s)
            QCOMPARE(fields,
                     (QStringList{u"cleanup"_s, u"Database cleanup"_s, u"delivery"_s, u"startPending"_s, u"production"_s,
                                  kDeliveryFolder, u"daily at 04:00"_s}));
    }
    QCOMPARE(sorted(names), sorted(kDeliveryWorkflows + kDefaultInstallationWorkflows));
}

// ---------------------------------------------------------------------------------------- packages

void tst_Cli::packagesList()
{
    const QString instance = newInstance();
    const CliRun r = on(instance, {u"packages"_s, u"list"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.err, QByteArray());
    const QStringList out = r.outLines();
    const QStringList packages = QDir(QStringLiteral(NIGHTSHIFT_SOURCE_DIR) + u"/resources/workflows"_s)
                                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(out.size(), packages.size());
    QStringList listed;
    for (const QString &line : out) {
        const QStringList fields = columns(line);
        QVERIFY2(fields.size() == 3, qPrintable(line));
        listed << fields[0];
        const bool byDefault = fields[0] == u"delivery"_s || fields[0] == u"defaultInstallation"_s;
        QCOMPARE(fields[1], byDefault ? u"installed"_s : u"available"_s);
        const QString count = u"(%1 workflows)"_s.arg(catalogWorkflowsOf(fields[0]).size());
        QVERIFY2(fields[2].contains(count), qPrintable(line + u" lacks "_s + count));
    }
    QCOMPARE(sorted(listed), sorted(packages));
    QVERIFY(out.contains(u"campaign                available  Campaign (5 workflows)"_s));
    QVERIFY(out.contains(u"socialNetworks          available  Social networks (4 workflows) — Campaign v7 only"_s));
    QCOMPARE(out.first(), u"delivery                installed  Delivery (9 workflows)"_s);
}

void tst_Cli::installCampaign()
{
    const QString instance = newInstance();
    CliRun r = on(instance, {u"packages"_s, u"install"_s, u"campaign"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{u"Installed package campaign: 5 workflow(s) created."_s});
    QCOMPARE(r.err, QByteArray());
    {
        SqliteFile db(instance);
        QCOMPARE(db.count(u"workflows"_s), 15);
        const qint64 folder = db.folderId(u"administration/production/technicalWorkflows/campaign"_s);
        QVERIFY(folder != 0);
        QCOMPARE(
            sorted(db.strings(u"SELECT internal_name FROM workflows WHERE package_id = 'campaign' AND folder_id = ?"_s,
                              {folder})),
            sorted(kCampaignWorkflows));
        QCOMPARE(db.value(u"SELECT installed FROM packages WHERE id = 'campaign'"_s).toInt(), 1);
        QCOMPARE(db.value(u"SELECT installed_by FROM packages WHERE id = 'campaign'"_s).toString(), kAdmin);
        const auto audit = db.rows(u"SELECT operator, object_type, after_value FROM audit "
                                   "WHERE action = 'package.install' AND object = 'campaign'"_s);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0][0].toString(), kAdmin);
        QCOMPARE(audit[0][1].toString(), u"package"_s);
        QCOMPARE(sorted(audit[0][2].toString().split(u", "_s)), sorted(kCampaignWorkflows));
    }
    r = on(instance, {u"packages"_s, u"list"_s});
    COMPARE_EXIT(r, 0);
    QVERIFY2(r.outLines().contains(u"campaign                installed  Campaign (5 workflows)"_s), r.out.constData());
    r = on(instance, {u"workflows"_s, u"list"_s, u"--table"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines().size(), 16);
    r = on(instance, {u"workflows"_s, u"list"_s});
    COMPARE_EXIT(r, 0);
    QVERIFY2(r.outLines().contains(u"      Campaign"_s), r.out.constData());
}

void tst_Cli::installTwice()
{
    const QString instance = newInstance();
    COMPARE_EXIT(on(instance, {u"packages"_s, u"install"_s, u"campaign"_s}), 0);
    const CliRun r = on(instance, {u"packages"_s, u"install"_s, u"campaign"_s, u"delivery"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(),
             (QStringList{u"Package campaign is already installed."_s, u"Package delivery is already installed."_s}));
    QCOMPARE(r.err, QByteArray());
    SqliteFile db(instance);
    QCOMPARE(db.count(u"workflows"_s), 15);
    QCOMPARE(db.value(u"SELECT COUNT(*) FROM audit WHERE action = 'package.install'"_s).toInt(), 3);
}

void tst_Cli::installUnknownPackage_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("alone") << QStringList{u"nosuch"_s};
    QTest::newRow("after a valid one") << QStringList{u"campaign"_s, u"nosuch"_s};
    QTest::newRow("before a valid one") << QStringList{u"nosuch"_s, u"campaign"_s};
    QTest::newRow("wrong case") << QStringList{u"Campaign"_s};
}

void tst_Cli::installUnknownPackage()
{
    QFETCH(QStringList, ids);
    const QString instance = newInstance();
    const QString unknown = ids.contains(u"Campaign"_s) ? u"Campaign"_s : u"nosuch"_s;
    const CliRun r = on(instance, QStringList{u"packages"_s, u"install"_s} + ids);
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines(),
             QStringList{u"nightshiftctl: there is no package \"%1\"; \"nightshiftctl packages list\" "
                         "shows them"_s.arg(unknown)});
    SqliteFile db(instance);
    QCOMPARE(db.count(u"workflows"_s), 10);
    QCOMPARE(db.value(u"SELECT COUNT(*) FROM packages WHERE installed = 1"_s).toInt(), 2);
    QCOMPARE(db.value(u"SELECT COUNT(*) FROM audit WHERE action NOT LIKE 'login.%'"_s).toLongLong(), 2);
    QCOMPARE(db.folderId(u"administration/production/technicalWorkflows/campaign"_s), 0);
}

// ---------------------------------------------------------------------------------------- accounts

void tst_Cli::addAccountCreatesTemplateWorkflow()
{
    const QString instance = newInstance();
    CliRun r = on(instance, {u"packages"_s, u"install"_s, u"messageCenterControl"_s});
    COMPARE_EXIT(r, 0);
    // No account yet: the template makes no workflow, only agg_messageCenter_full is created.
    QCOMPARE(r.outLines(), QStringList{u"Installed package messageCenterControl: 1 workflow(s) created."_s});

    r = on(instance,
           {u"accounts"_s, u"add"_s, u"paris"_s, u"--type"_s, u"messageCenter"_s, u"--server"_s,
            u"https://mc-paris.example"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), (QStringList{u"Added external account paris."_s, u"Created workflow mcSynch_paris."_s}));
    QCOMPARE(r.err, QByteArray());

    SqliteFile db(instance);
    const auto accounts = db.rows(u"SELECT name, type, label, server, enabled FROM external_accounts"_s);
    QCOMPARE(accounts.size(), 1);
    QStringList account;
    for (const QVariant &v : accounts[0])
        account << v.toString();
    QCOMPARE(account, (QStringList{u"paris"_s, u"messageCenter"_s, u"paris"_s, u"https://mc-paris.example"_s, u"1"_s}));
    const auto workflow = db.rows(u"SELECT label, package_id, template_name, account, folder_id FROM workflows "
                                  "WHERE internal_name = 'mcSynch_paris'"_s);
    QCOMPARE(workflow.size(), 1);
    QCOMPARE(workflow[0][0].toString(), u"Message Center paris"_s);
    QCOMPARE(workflow[0][1].toString(), u"messageCenterControl"_s);
    QCOMPARE(workflow[0][2].toString(), u"mcSynch_{account}"_s);
    QCOMPARE(workflow[0][3].toString(), u"paris"_s);
    QCOMPARE(workflow[0][4].toLongLong(),
             db.folderId(u"administration/production/messageCenter/technicalWorkflows/messageCenterControl"_s));
    QVERIFY(!db.value(u"SELECT definition FROM workflows WHERE internal_name = 'mcSynch_paris'"_s)
                 .toString()
                 .contains(u"{account}"_s));
    QCOMPARE(db.count(u"workflows"_s), 12);
    QCOMPARE(
        db.rows(
            u"SELECT operator, object_type, after_value FROM audit WHERE action = 'account.add' AND object = 'paris'"_s),
        (QList<QVariantList>{{kAdmin, u"externalAccount"_s, u"messageCenter"_s}}));
}

void tst_Cli::addAccountBeforePackage()
{
    const QString instance = newInstance();
    CliRun r = on(instance, {u"accounts"_s, u"add"_s, u"lyon"_s, u"--type"_s, u"messageCenter"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{u"Added external account lyon."_s});
    r = on(instance, {u"accounts"_s, u"add"_s, u"mailer"_s, u"--type"_s, u"smtp"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{u"Added external account mailer."_s});

    // Installing the package later makes the template's workflow for the existing account of its type only.
    r = on(instance, {u"packages"_s, u"install"_s, u"messageCenterControl"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{u"Installed package messageCenterControl: 2 workflow(s) created."_s});
    SqliteFile db(instance);
    QCOMPARE(db.strings(u"SELECT internal_name FROM workflows WHERE template_name IS NOT NULL"_s),
             QStringList{u"mcSynch_lyon"_s});
    QCOMPARE(db.count(u"workflows"_s), 12);
}

void tst_Cli::addAccountInvalidName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("space") << u"my account"_s;
    QTest::newRow("leading digit") << u"9lives"_s;
    QTest::newRow("hyphen") << u"paris-nord"_s;
    QTest::newRow("placeholder") << u"{account}"_s;
}

void tst_Cli::addAccountInvalidName()
{
    QFETCH(QString, name);
    const QString instance = newInstance();
    COMPARE_EXIT(on(instance, {u"packages"_s, u"install"_s, u"messageCenterControl"_s}), 0);
    const CliRun r = on(instance, {u"accounts"_s, u"add"_s, name, u"--type"_s, u"messageCenter"_s});
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines(),
             QStringList{u"nightshiftctl: \"%1\" is not a valid account name: start with a letter or _, "
                         "then letters, digits or _"_s.arg(name)});
    SqliteFile db(instance);
    QCOMPARE(db.count(u"external_accounts"_s), 0);
    QCOMPARE(db.count(u"workflows"_s), 11);
    QCOMPARE(db.value(u"SELECT COUNT(*) FROM audit WHERE action = 'account.add'"_s).toInt(), 0);
}

void tst_Cli::addAccountUnknownType()
{
    const QString instance = newInstance();
    const CliRun r = on(instance, {u"accounts"_s, u"add"_s, u"zz"_s, u"--type"_s, u"bogusType"_s});
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.errLines(),
             QStringList{u"nightshiftctl: \"bogusType\" is not an external account type; use one of "
                         "deliverability, executionInstance, experienceCloud, facebook, line, "
                         "messageCenter, midSourcing, smtp, twitter, webAnalytics"_s});
    SqliteFile db(instance);
    QCOMPARE(db.count(u"external_accounts"_s), 0);
}

void tst_Cli::addAccountTwice()
{
    const QString instance = newInstance();
    COMPARE_EXIT(on(instance, {u"packages"_s, u"install"_s, u"messageCenterControl"_s}), 0);
    COMPARE_EXIT(on(instance, {u"accounts"_s, u"add"_s, u"paris"_s, u"--type"_s, u"messageCenter"_s}), 0);
    const CliRun r = on(instance, {u"accounts"_s, u"add"_s, u"paris"_s, u"--type"_s, u"messageCenter"_s});
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.errLines().first().startsWith(u"nightshiftctl: "_s), r.err.constData());
    SqliteFile db(instance);
    QCOMPARE(db.count(u"external_accounts"_s), 1);
    QCOMPARE(db.value(u"SELECT COUNT(*) FROM workflows WHERE internal_name = 'mcSynch_paris'"_s).toInt(), 1);
    QCOMPARE(db.value(u"SELECT COUNT(*) FROM audit WHERE action = 'account.add'"_s).toInt(), 1);
}

// An SMTP account's login and JSON settings (from, security) are stored as given, for the billing job.
void tst_Cli::addAccountWithSettings()
{
    const QString instance = newInstance();
    const CliRun r = on(instance, {u"accounts"_s, u"add"_s, u"mail"_s, u"--type"_s, u"smtp"_s, u"--server"_s,
                                   u"smtp://127.0.0.1:2525"_s, u"--account-login"_s, u"billing-robot"_s, u"--settings"_s,
                                   uR"({"from": "noreply@example.test", "security": "none"})"_s});
    COMPARE_EXIT(r, 0);
    SqliteFile db(instance);
    QCOMPARE(db.strings(u"SELECT name || ' ' || login || ' ' || settings FROM external_accounts"_s),
             QStringList{uR"(mail billing-robot {"from": "noreply@example.test", "security": "none"})"_s});
}

void tst_Cli::addAccountBadSettings_data()
{
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << uR"({"from": )"_s
                              << u"nightshiftctl: --settings is not valid JSON: unterminated object at character 10"_s;
    QTest::newRow("an array") << uR"(["from"])"_s
                              << uR"(nightshiftctl: --settings must be a JSON object, e.g. {"from": "noreply@example.com"})"_s;
}

// Wrong settings are wrong usage, said with where the JSON breaks; nothing is written.
void tst_Cli::addAccountBadSettings()
{
    QFETCH(QString, settings);
    QFETCH(QString, error);
    const QString instance = newInstance();
    const CliRun r = on(instance, {u"accounts"_s, u"add"_s, u"mail"_s, u"--type"_s, u"smtp"_s, u"--settings"_s, settings});
    COMPARE_EXIT(r, 2);
    QCOMPARE(r.errLines().value(0), error);
    SqliteFile db(instance);
    QCOMPARE(db.count(u"external_accounts"_s), 0);
}

// ---------------------------------------------------------------------------------- workflows show

void tst_Cli::showCleanup()
{
    const QString instance = newInstance();
    const CliRun r = on(instance, {u"workflows"_s, u"show"_s, u"cleanup"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.err, QByteArray());
    const QStringList out = r.outLines();
    QCOMPARE(out.size(), 16);
    QCOMPARE(out.mid(0, 9),
             (QStringList{
                 u"Label:              Database cleanup"_s,
                 u"Internal name:      cleanup"_s,
                 u"Package:            delivery"_s,
                 u"Folder:             administration/production/technicalWorkflows/delivery"_s,
                 u"State:              startPending"_s,
                 u"Severity:           production"_s,
                 u"History:            30 days"_s,
                 u"Supervisors:        workflowSupervisors"_s,
                 u"Triggers:           daily at 04:00"_s,
             }));
    const QRegularExpression version(
        u"^Version:            1, saved \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d by %1$"_s.arg(
            QRegularExpression::escape(kOperator)));
    QVERIFY2(version.match(out[9]).hasMatch(), qPrintable(out[9]));
    QVERIFY2(out[10].startsWith(u"Description:        Deletes obsolete data"_s), qPrintable(out[10]));
    QCOMPARE(out.mid(11),
             (QStringList{
                 u"Activities:"_s,
                 u"  start                 start       → schedule"_s,
                 u"  schedule              scheduler   → purge"_s,
                 u"  purge                 job         job cleanup  → end"_s,
                 u"  end                   end"_s,
             }));
}

void tst_Cli::showTemplateInstance()
{
    const QString instance = newInstance();
    COMPARE_EXIT(on(instance, {u"packages"_s, u"install"_s, u"messageCenterControl"_s}), 0);
    COMPARE_EXIT(on(instance, {u"accounts"_s, u"add"_s, u"paris"_s, u"--type"_s, u"messageCenter"_s}), 0);
    const CliRun r = on(instance, {u"workflows"_s, u"show"_s, u"mcSynch_paris"_s});
    COMPARE_EXIT(r, 0);
    const QStringList out = r.outLines();
    QVERIFY2(out.size() > 12, r.out.constData());
    QCOMPARE(out[0], u"Label:              Message Center paris"_s);
    QCOMPARE(out[1], u"Internal name:      mcSynch_paris"_s);
    QCOMPARE(out[2], u"Package:            messageCenterControl"_s);
    QVERIFY2(!r.out.contains("{account}"), r.out.constData());
}

void tst_Cli::showUnknown()
{
    const QString instance = newInstance();
    const CliRun r = on(instance, {u"workflows"_s, u"show"_s, u"nosuch"_s});
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines(),
             QStringList{u"nightshiftctl: there is no workflow named \"nosuch\"; \"nightshiftctl "
                         "workflows list\" shows them"_s});
}

// ---------------------------------------------------------------------------------- export / import

void tst_Cli::exportStdoutEqualsFile()
{
    const QString instance = newInstance();
    const QString file = exportToFile(instance, u"cleanup"_s);
    QVERIFY(!file.isEmpty());
    const CliRun r = on(instance, {u"export"_s, u"cleanup"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.out, readAll(file));
    QVERIFY(
        r.out.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<workflow format=\"1\" name=\"cleanup\" label=\"Database cleanup\" package=\"delivery\">\n"));
    QVERIFY(r.out.endsWith("</workflow>\n"));
}

void tst_Cli::exportUnknown()
{
    const QString instance = newInstance();
    const QString file = newDir() + u"/nosuch.xml"_s;
    const CliRun r = on(instance, {u"export"_s, u"nosuch"_s, u"-o"_s, file});
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines(),
             QStringList{u"nightshiftctl: there is no workflow named \"nosuch\"; \"nightshiftctl "
                         "workflows list\" shows them"_s});
    QVERIFY(!QFileInfo::exists(file));
}

void tst_Cli::exportToMissingDirectory()
{
    const QString instance = newInstance();
    const QString file = newDir() + u"/missing/cleanup.xml"_s;
    const CliRun r = on(instance, {u"export"_s, u"cleanup"_s, u"-o"_s, file});
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.errLines().first().startsWith(u"nightshiftctl: cannot write %1: "_s.arg(file)), r.err.constData());
    QVERIFY(!QFileInfo::exists(file));
}

void tst_Cli::importUnchanged()
{
    const QString instance = newInstance();
    const QString file = exportToFile(instance, u"cleanup"_s);
    QVERIFY(!file.isEmpty());
    const CliRun r = on(instance, {u"import"_s, file});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{u"Workflow cleanup is unchanged."_s});
    QCOMPARE(r.err, QByteArray());
    SqliteFile db(instance);
    QCOMPARE(db.value(u"SELECT definition_version FROM workflows WHERE internal_name = 'cleanup'"_s).toInt(), 1);
    QCOMPARE(db.count(u"workflow_versions"_s), 10);
    QCOMPARE(db.value(u"SELECT COUNT(*) FROM audit WHERE action = 'workflow.save'"_s).toInt(), 0);
}

void tst_Cli::importModified()
{
    const QString instance = newInstance();
    const QString file = exportToFile(instance, u"cleanup"_s);
    QVERIFY(!file.isEmpty());
    const QByteArray original = readAll(file);
    QByteArray modified = original;
    const QByteArray from = "name=\"cleanup\" label=\"Database cleanup\"";
    QVERIFY(modified.contains(from));
    modified.replace(from, "name=\"cleanup\" label=\"Nightly purge\"");
    QVERIFY(writeFile(file, modified));

    CliRun r = on(instance, {u"import"_s, file});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{u"Updated workflow cleanup to version 2."_s});
    QCOMPARE(r.err, QByteArray());
    {
        SqliteFile db(instance);
        const auto row = db.rows(u"SELECT label, definition_version, modified_by, package_id, folder_id FROM workflows "
                                 "WHERE internal_name = 'cleanup'"_s);
        QCOMPARE(row.size(), 1);
        QCOMPARE(row[0][0].toString(), u"Nightly purge"_s);
        QCOMPARE(row[0][1].toInt(), 2);
        QCOMPARE(row[0][2].toString(), kAdmin);
        QCOMPARE(row[0][3].toString(), u"delivery"_s);
        QCOMPARE(row[0][4].toLongLong(), db.folderId(kDeliveryFolder));
        QCOMPARE(db.strings(u"SELECT v.version FROM workflow_versions v JOIN workflows w ON w.id = v.workflow_id "
                            "WHERE w.internal_name = 'cleanup' ORDER BY v.version"_s),
                 (QStringList{u"1"_s, u"2"_s}));
        const auto audit = db.rows(u"SELECT operator, object_type, before_value, after_value FROM audit "
                                   "WHERE action = 'workflow.save' AND object = 'cleanup'"_s);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0][0].toString(), kAdmin);
        QCOMPARE(audit[0][1].toString(), u"workflow"_s);
        QCOMPARE(audit[0][2].toString().toUtf8(), original);
        QCOMPARE(audit[0][3].toString().toUtf8(), modified);
    }

    r = on(instance, {u"export"_s, u"cleanup"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.out, modified);
    r = on(instance, {u"workflows"_s, u"show"_s, u"cleanup"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines().value(0), u"Label:              Nightly purge"_s);
    QVERIFY2(r.outLines().value(9).startsWith(u"Version:            2, saved "_s), r.out.constData());
    // The same file again changes nothing.
    r = on(instance, {u"import"_s, file});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{u"Workflow cleanup is unchanged."_s});
}

void tst_Cli::exportImportExportIsByteIdentical()
{
    const QString instance = newInstance();
    COMPARE_EXIT(on(instance, {u"packages"_s, u"install"_s, u"campaign"_s}), 0);
    for (const QString &name : kDeliveryWorkflows + kDefaultInstallationWorkflows + kCampaignWorkflows) {
        const QString file = exportToFile(instance, name);
        QVERIFY2(!file.isEmpty(), qPrintable(name));
        const CliRun imported = on(instance, {u"import"_s, file});
        COMPARE_EXIT(imported, 0);
        QCOMPARE(imported.outLines(), QStringList{u"Workflow %1 is unchanged."_s.arg(name)});
        const CliRun again = on(instance, {u"export"_s, name});
        COMPARE_EXIT(again, 0);
        QCOMPARE(again.out, readAll(file));
    }
    SqliteFile db(instance);
    QCOMPARE(db.value(u"SELECT MAX(definition_version) FROM workflows"_s).toInt(), 1);
}

void tst_Cli::importBrokenFile_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QByteArray>("at"); // the text the error must point at
    QTest::addColumn<QString>("mentions"); // what the message must contain

    QTest::newRow("transition to a missing activity")
        << QByteArray("<transition to=\"end\"/>") << QByteArray("<transition to=\"purj\"/>")
        << QByteArray("<transition to=\"purj\"/>") << u"\"purj\""_s;
    QTest::newRow("job without its job attribute")
        << QByteArray(" job=\"cleanup\">") << QByteArray(">") << QByteArray("<job name=\"purge\"") << u"\"job\""_s;
    QTest::newRow("unknown activity type") << QByteArray("<end name=\"end\"/>") << QByteArray("<stop name=\"end\"/>")
                                           << QByteArray("<stop name=\"end\"/>") << u"<stop>"_s;
    QTest::newRow("newer format") << QByteArray("format=\"1\"") << QByteArray("format=\"2\"")
                                  << QByteArray("<workflow format") << u"format 2"_s;
}

void tst_Cli::importBrokenFile()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QByteArray, at);
    QFETCH(QString, mentions);

    const QString instance = newInstance();
    const QString exported = exportToFile(instance, u"cleanup"_s);
    QVERIFY(!exported.isEmpty());
    const QByteArray original = readAll(exported);
    QByteArray broken = original;
    broken.replace("label=\"Database cleanup\" package", "label=\"Broken\" package");
    QVERIFY(broken.contains(from));
    broken.replace(from, to);
    const QString file = QFileInfo(exported).absolutePath() + u"/cleanup-broken.xml"_s;
    QVERIFY(writeFile(file, broken));

    // Where the offending element starts, 1-based.
    const qsizetype offset = broken.indexOf(at);
    QVERIFY(offset > 0);
    const qsizetype line = broken.left(offset).count('\n') + 1;
    const qsizetype column = offset - (broken.lastIndexOf('\n', offset) + 1) + 1;

    const CliRun r = on(instance, {u"import"_s, file});
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    const QStringList err = r.errLines();
    QVERIFY2(!err.isEmpty(), r.err.constData());
    const QString prefix = u"nightshiftctl: cleanup-broken.xml:%1:%2: "_s.arg(line).arg(column);
    QVERIFY2(err.first().startsWith(prefix), qPrintable(err.first() + u"\ndoes not start with "_s + prefix));
    QVERIFY2(err.first().contains(mentions), qPrintable(err.first()));
    static const QRegularExpression located(u"^nightshiftctl: cleanup-broken\\.xml:\\d+:\\d+: \\S.*$"_s);
    for (const QString &message : err)
        QVERIFY2(located.match(message).hasMatch(), qPrintable(message));

    // Nothing was imported.
    const CliRun after = on(instance, {u"export"_s, u"cleanup"_s});
    COMPARE_EXIT(after, 0);
    QCOMPARE(after.out, original);
    SqliteFile db(instance);
    QCOMPARE(db.value(u"SELECT definition_version FROM workflows WHERE internal_name = 'cleanup'"_s).toInt(), 1);
    QCOMPARE(db.value(u"SELECT COUNT(*) FROM audit WHERE action = 'workflow.save'"_s).toInt(), 0);
}

void tst_Cli::importNewWorkflowNeedsFolder()
{
    const QString instance = newInstance();
    const QString file = newDir() + u"/nightlyExport.xml"_s;
    QVERIFY(writeFile(file, nonTechnicalDefinition(u"nightlyExport"_s)));
    const CliRun r = on(instance, {u"import"_s, file});
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines(),
             QStringList{u"nightshiftctl: nightlyExport is not a technical workflow; say which folder it goes in"_s});
    SqliteFile db(instance);
    QCOMPARE(db.count(u"workflows"_s), 10);
    QCOMPARE(db.value(u"SELECT COUNT(*) FROM audit WHERE action NOT LIKE 'login.%'"_s).toLongLong(), 2);
}

void tst_Cli::importNewWorkflowIntoFolder()
{
    const QString instance = newInstance();
    const QString file = newDir() + u"/nightlyExport.xml"_s;
    const QByteArray definition = nonTechnicalDefinition(u"nightlyExport"_s);
    QVERIFY(writeFile(file, definition));
    CliRun r = on(instance, {u"import"_s, file, u"--folder"_s, u"administration/production"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{u"Imported workflow nightlyExport into administration/production."_s});
    QCOMPARE(r.err, QByteArray());
    {
        SqliteFile db(instance);
        const auto row = db.rows(u"SELECT label, folder_id, package_id, definition_version, state, created_by "
                                 "FROM workflows WHERE internal_name = 'nightlyExport'"_s);
        QCOMPARE(row.size(), 1);
        QCOMPARE(row[0][0].toString(), u"Nightly export"_s);
        QCOMPARE(row[0][1].toLongLong(), db.folderId(u"administration/production"_s));
        QVERIFY(row[0][2].toString().isEmpty());
        QCOMPARE(row[0][3].toInt(), 1);
        QCOMPARE(row[0][4].toString(), u"edited"_s); // being edited until someone starts it
        QCOMPARE(row[0][5].toString(), kAdmin);
        QCOMPARE(db.count(u"workflows"_s), 11);
        const auto audit = db.rows(u"SELECT operator, before_value FROM audit WHERE action = 'workflow.save' "
                                   "AND object = 'nightlyExport'"_s);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0][0].toString(), kAdmin);
        QVERIFY(audit[0][1].toString().isEmpty());
    }
    // Listed in its folder, before the subfolders.
    r = on(instance, {u"workflows"_s, u"list"_s});
    COMPARE_EXIT(r, 0);
    const QStringList out = r.outLines();
    QCOMPARE(out.value(1), u"  Production"_s);
    QCOMPARE(columns(out.value(2)), (QStringList{u"nightlyExport"_s, u"Nightly export"_s, u"edited"_s, u"manual"_s}));
    QVERIFY2(out.value(2).startsWith(u"    nightlyExport "_s), qPrintable(out.value(2)));
    QCOMPARE(out.value(3), u"    Technical workflows"_s);
    // Show says it is not technical.
    r = on(instance, {u"workflows"_s, u"show"_s, u"nightlyExport"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines().value(2), u"Package:            (none: not a technical workflow)"_s);
    QCOMPARE(r.outLines().value(3), u"Folder:             administration/production"_s);
    // Exported in canonical form, the same file that was imported.
    r = on(instance, {u"export"_s, u"nightlyExport"_s});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.out, definition);
}

void tst_Cli::importIntoMissingFolder()
{
    const QString instance = newInstance();
    const QString file = newDir() + u"/nightlyExport.xml"_s;
    QVERIFY(writeFile(file, nonTechnicalDefinition(u"nightlyExport"_s)));
    const CliRun r = on(instance, {u"import"_s, file, u"--folder"_s, u"administration/nowhere"_s});
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.errLines().first().startsWith(u"nightshiftctl: "_s) && r.err.contains("administration/nowhere"),
             r.err.constData());
    SqliteFile db(instance);
    QCOMPARE(db.count(u"workflows"_s), 10);
    QCOMPARE(db.value(u"SELECT COUNT(*) FROM audit WHERE action NOT LIKE 'login.%'"_s).toLongLong(), 2);
    QCOMPARE(db.folderId(u"administration/nowhere"_s), 0);
}

// A folder that shows a view (heat map, operators, …) holds no workflows.
void tst_Cli::importIntoAViewFolder()
{
    const QString instance = newInstance();
    const QString file = newDir() + u"/nightlyExport.xml"_s;
    QVERIFY(writeFile(file, nonTechnicalDefinition(u"nightlyExport"_s)));
    const CliRun r = on(instance, {u"import"_s, file, u"--folder"_s, u"administration/monitoring/heatMap"_s});
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.errLines(),
             QStringList{u"nightshiftctl: folder administration/monitoring/heatMap holds the "
                         "\"Workflow heat map\" view, not workflows; choose a folder of workflows"_s});
    SqliteFile db(instance);
    QCOMPARE(db.count(u"workflows"_s), 10);
}

void tst_Cli::importTechnicalOfMissingPackage()
{
    const QString instance = newInstance();
    const QString file = newDir() + u"/budgetMgt.xml"_s;
    QVERIFY(
        QFile::copy(QStringLiteral(NIGHTSHIFT_SOURCE_DIR) + u"/resources/workflows/campaign/budgetMgt.xml"_s, file));
    CliRun r = on(instance, {u"import"_s, file, u"--folder"_s, u"administration/production"_s});
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines(),
             QStringList{u"nightshiftctl: workflow budgetMgt belongs to package campaign, which is not "
                         "installed; install it first"_s});
    {
        SqliteFile db(instance);
        QCOMPARE(db.count(u"workflows"_s), 10);
        QVERIFY(!db.value(u"SELECT id FROM workflows WHERE internal_name = 'budgetMgt'"_s).isValid());
    }
    // Once the package is installed, the shipped file is what the instance already has.
    COMPARE_EXIT(on(instance, {u"packages"_s, u"install"_s, u"campaign"_s}), 0);
    r = on(instance, {u"import"_s, file});
    COMPARE_EXIT(r, 0);
    QCOMPARE(r.outLines(), QStringList{u"Workflow budgetMgt is unchanged."_s});
}

void tst_Cli::importChangingPackage_data()
{
    QTest::addColumn<QByteArray>("package"); // the root's package attribute, as written
    QTest::addColumn<QString>("says");
    QTest::newRow("another package") << QByteArray(" package=\"campaign\"") << u"campaign"_s;
    QTest::newRow("no package") << QByteArray() << QString();
}

void tst_Cli::importChangingPackage()
{
    QFETCH(QByteArray, package);
    QFETCH(QString, says);
    const QString instance = newInstance();
    COMPARE_EXIT(on(instance, {u"packages"_s, u"install"_s, u"campaign"_s}), 0);
    const QString file = exportToFile(instance, u"cleanup"_s);
    QVERIFY(!file.isEmpty());
    const QByteArray original = readAll(file);
    QByteArray changed = original;
    QVERIFY(changed.contains(" package=\"delivery\""));
    changed.replace(" package=\"delivery\"", package);
    QVERIFY(writeFile(file, changed));

    const CliRun r = on(instance, {u"import"_s, file, u"--folder"_s, u"administration/production"_s});
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines(),
             QStringList{u"nightshiftctl: workflow cleanup belongs to package \"delivery\"; the definition "
                         "says \"%1\""_s.arg(says)});
    const CliRun after = on(instance, {u"export"_s, u"cleanup"_s});
    COMPARE_EXIT(after, 0);
    QCOMPARE(after.out, original);
}

void tst_Cli::importTemplate()
{
    const QString instance = newInstance();
    COMPARE_EXIT(on(instance, {u"packages"_s, u"install"_s, u"messageCenterControl"_s}), 0);
    const QString file = newDir() + u"/mcSynch_{account}.xml"_s;
    QVERIFY(QFile::copy(QStringLiteral(NIGHTSHIFT_SOURCE_DIR)
                            + u"/resources/workflows/messageCenterControl/mcSynch_{account}.xml"_s,
                        file));
    const CliRun r = on(instance, {u"import"_s, file});
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.errLines().first().startsWith(u"nightshiftctl: %1 is a template"_s.arg(file)), r.err.constData());
    SqliteFile db(instance);
    QCOMPARE(db.count(u"workflows"_s), 11);
}

void tst_Cli::importMissingFile()
{
    const QString instance = newInstance();
    const QString file = newDir() + u"/absent.xml"_s;
    const CliRun r = on(instance, {u"import"_s, file});
    COMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.errLines().first().startsWith(u"nightshiftctl: cannot read %1: "_s.arg(file)), r.err.constData());
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
