// The demo-data generator (app/demo): the same seed gives the same rows, an interrupted run resumed ends
// like an uninterrupted one, the data has what the jobs need (18 months of dates, every delivery state,
// aliases to cleanse, corrupt tracking lines), nightshiftctl demo works as a user runs it, and the
// generator runs on a real PostgreSQL server too.
#include "demo/demogenerator.h"

#include "support/clirun.h"
#include "support/postgresserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace nightshift;
using namespace nightshift::testing;

namespace {

const qint64 kAnchor = QDateTime(QDate(2026, 5, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
const DemoScale kScale{u"6000"_s, 6'000};
const QByteArray kPassword = "correct horse battery";
constexpr qint64 kDay = 86'400'000;

// A checksum of every row of a table, in id order.
QByteArray checksum(Instance &instance, const QString &table)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto query = execute(*instance.database(), u"SELECT * FROM %1 ORDER BY id"_s.arg(table));
    if (!query)
        return query.error().message.toUtf8();
    while (query->next()) {
        for (int i = 0; i < query->record().count(); ++i)
            hash.addData((query->value(i).isNull() ? u"\\N"_s : query->value(i).toString()).toUtf8() + '\x1f');
        hash.addData("\n");
    }
    return hash.result().toHex();
}

QMap<QString, QByteArray> checksums(Instance &instance)
{
    QMap<QString, QByteArray> all;
    for (const QString &table : DemoGenerator::tables())
        all.insert(table, checksum(instance, table));
    return all;
}

QMap<QString, QByteArray> filesIn(const QString &folder)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : QDir(folder).entryList(QDir::Files))
        files.insert(name, readAll(QDir(folder).filePath(name)));
    return files;
}

qint64 count(Instance &instance, const QString &sql)
{
    auto value = scalar(*instance.database(), sql);
    return value ? value->toLongLong() : -1;
}

} // namespace

class tst_DemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parseScale_data();
    void parseScale();
    void sameSeedSameRows();
    void resumedRunEqualsUninterrupted();
    void refusesAnotherDemo();
    void refusesForeignData();
    void distributions();
    void trackingFiles();
    void cliDemo();
    void cliBadScale_data();
    void cliBadScale();
    void cliNeedsAdministration();
    void onPostgres();

private:
    std::shared_ptr<Instance> newInstance(const QString &name);
    Status generate(Instance &instance, quint64 seed, const QString &folder, const std::atomic_bool *cancel = nullptr,
                    DemoGenerator::ProgressCallback progress = {});
    CliRun ctl(const QStringList &args, const QString &login = u"admin"_s, const QByteArray &input = {});

    QTemporaryDir m_root;
    std::shared_ptr<Instance> m_reference; // seed 1, generated once, read by several tests
    QString m_referenceFolder;
    QProcessEnvironment m_env;
};

void tst_DemoGenerator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_root.isValid());
    m_reference = newInstance(u"reference"_s);
    QVERIFY(m_reference);
    m_referenceFolder = m_root.filePath(u"reference-files"_s);
    const Status done = generate(*m_reference, 1, m_referenceFolder);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));

    m_env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : m_env.keys())
        if (key.startsWith(u"NIGHTSHIFT_"_s) || key.startsWith(u"XDG_"_s) || key.startsWith(u"LC_"_s)
            || key == u"LANG"_s || key == u"LANGUAGE"_s || key == u"DBUS_SESSION_BUS_ADDRESS"_s)
            m_env.remove(key);
    QVERIFY(QDir().mkpath(m_root.filePath(u"home/.local/share"_s)));
    m_env.insert(u"HOME"_s, m_root.filePath(u"home"_s));
    m_env.insert(u"XDG_DATA_HOME"_s, m_root.filePath(u"home/.local/share"_s));
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_root.filePath(u"home/.config"_s));
    m_env.insert(u"USER"_s, u"nightshift_tester"_s);
    m_env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
}

std::shared_ptr<Instance> tst_DemoGenerator::newInstance(const QString &name)
{
    InstanceLocation location;
    location.path = m_root.filePath(name + u".sqlite"_s);
    auto opened = Instance::open(location, Instance::OpenMode::CreateIfMissing);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return {};
    }
    return *opened;
}

Status tst_DemoGenerator::generate(Instance &instance, quint64 seed, const QString &folder,
                                   const std::atomic_bool *cancel, DemoGenerator::ProgressCallback progress)
{
    DemoGenerator generator(instance, {.scale = kScale, .seed = seed, .anchorMs = kAnchor, .trackingFolder = folder});
    generator.setCancelFlag(cancel);
    generator.onProgress(std::move(progress));
    return generator.run();
}

CliRun tst_DemoGenerator::ctl(const QStringList &args, const QString &login, const QByteArray &input)
{
    QProcessEnvironment env = m_env;
    env.insert(u"NIGHTSHIFT_LOGIN"_s, login);
    env.insert(u"NIGHTSHIFT_PASSWORD"_s, QString::fromUtf8(kPassword));
    return runProgram(QStringLiteral(NIGHTSHIFTCTL), args, input, env, m_root.path());
}

void tst_DemoGenerator::parseScale_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("rows"); // 0: refused
    QTest::newRow("small") << u"small"_s << qint64(50'000);
    QTest::newRow("medium") << u"Medium"_s << qint64(1'000'000);
    QTest::newRow("large") << u"large"_s << qint64(10'000'000);
    QTest::newRow("rows") << u"2500"_s << qint64(2'500);
    QTest::newRow("word") << u"huge"_s << qint64(0);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("negative") << u"-5"_s << qint64(0);
    QTest::newRow("too few") << u"999"_s << qint64(0);
    QTest::newRow("trailing") << u"12abc"_s << qint64(0);
}

void tst_DemoGenerator::parseScale()
{
    QFETCH(QString, text);
    QFETCH(qint64, rows);
    auto scale = DemoScale::parse(text);
    QCOMPARE(scale.has_value(), rows > 0);
    if (rows > 0)
        QCOMPARE(scale->broadLogs, rows);
    else
        QVERIFY2(scale.error().message.contains(u"small"_s) && scale.error().message.contains(u"large"_s),
                 qPrintable(scale.error().message));
}

void tst_DemoGenerator::sameSeedSameRows()
{
    auto twin = newInstance(u"twin"_s);
    QVERIFY(twin);
    const QString folder = m_root.filePath(u"twin-files"_s);
    const Status done = generate(*twin, 1, folder);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(checksums(*twin), checksums(*m_reference));
    QCOMPARE(filesIn(folder), filesIn(m_referenceFolder));
    QCOMPARE(count(*twin, u"SELECT COUNT(*) FROM broad_logs"_s), kScale.broadLogs);

    auto other = newInstance(u"other-seed"_s);
    QVERIFY(other);
    QVERIFY(generate(*other, 2, m_root.filePath(u"other-files"_s)));
    QVERIFY(checksum(*other, u"recipients"_s) != checksum(*m_reference, u"recipients"_s));
    QVERIFY(checksum(*other, u"broad_logs"_s) != checksum(*m_reference, u"broad_logs"_s));
}

void tst_DemoGenerator::resumedRunEqualsUninterrupted()
{
    auto instance = newInstance(u"resumed"_s);
    QVERIFY(instance);
    const QString folder = m_root.filePath(u"resumed-files"_s);
    // Interrupted twice: once in the middle of the tables, once among the tracking files.
    for (const QString &stopAt : {u"tracking_logs"_s, u"tracking files"_s}) {
        std::atomic_bool cancel{false};
        QStringList seen;
        const Status stopped = generate(*instance, 1, folder, &cancel, [&](const DemoProgress &p) {
            seen << p.step;
            if (seen.count(stopAt) == 2) // the step began and wrote its first chunk
                cancel.store(true);
        });
        QVERIFY(!stopped);
        QVERIFY2(stopped.error().message.contains(u"again"_s), qPrintable(stopped.error().message));
        QVERIFY(seen.contains(stopAt));
        QCOMPARE(count(*instance, u"SELECT COUNT(*) FROM demo_runs WHERE finished_at IS NULL"_s), qint64(1));
    }
    QVERIFY(count(*instance, u"SELECT COUNT(*) FROM broad_logs"_s) > 0);
    QCOMPARE(filesIn(folder).size(), qsizetype(1));

    DemoGenerator resumed(*instance, {.scale = kScale, .seed = 1, .anchorMs = 0, .trackingFolder = {}});
    const Status done = resumed.run();
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QVERIFY(resumed.rowsWritten() > 0
            && resumed.rowsWritten() < count(*m_reference, u"SELECT COUNT(*) FROM broad_logs"_s));
    QCOMPARE(resumed.anchor(), kAnchor); // the recorded anchor, not today
    QCOMPARE(checksums(*instance), checksums(*m_reference));
    QCOMPARE(filesIn(folder), filesIn(m_referenceFolder));
}

void tst_DemoGenerator::refusesAnotherDemo()
{
    // The same demo again: nothing to do.
    DemoGenerator again(*m_reference, {.scale = kScale, .seed = 1, .anchorMs = kAnchor, .trackingFolder = {}});
    QVERIFY(again.run());
    QVERIFY(again.alreadyComplete());
    QCOMPARE(again.rowsWritten(), qint64(0));

    DemoGenerator otherSeed(*m_reference, {.scale = kScale, .seed = 7, .anchorMs = kAnchor, .trackingFolder = {}});
    const Status refused = otherSeed.run();
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"seed 1 and scale 6000"_s), qPrintable(refused.error().message));

    DemoGenerator otherScale(*m_reference,
                             {.scale = DemoScale::small(), .seed = 1, .anchorMs = 0, .trackingFolder = {}});
    QVERIFY(!otherScale.run());
    const QByteArray before = checksum(*m_reference, u"recipients"_s);
    QCOMPARE(checksum(*m_reference, u"recipients"_s), before);
}

void tst_DemoGenerator::refusesForeignData()
{
    auto instance = newInstance(u"foreign"_s);
    QVERIFY(instance);
    QVERIFY(execute(*instance->database(),
                    u"INSERT INTO recipients (email, created_at, modified_at) VALUES ('a@b.example', 0, 0)"_s));
    const Status refused = generate(*instance, 1, m_root.filePath(u"foreign-files"_s));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"not demo data"_s), qPrintable(refused.error().message));
    QCOMPARE(count(*instance, u"SELECT COUNT(*) FROM demo_runs"_s), qint64(0));
}

void tst_DemoGenerator::distributions()
{
    Instance &db = *m_reference;
    // Broad logs over at least 17 months, a good share older than the 180-day retention.
    const qint64 span = count(db, u"SELECT MAX(event_at) - MIN(event_at) FROM broad_logs"_s);
    QVERIFY2(span >= 17 * 30 * kDay, qPrintable(QString::number(span / kDay)));
    QVERIFY(count(db, u"SELECT COUNT(*) FROM broad_logs WHERE event_at < %1"_s.arg(kAnchor - 180 * kDay))
            > kScale.broadLogs / 3);
    QVERIFY(count(db, u"SELECT MAX(event_at) FROM tracking_logs"_s) < kAnchor);
    // Deliveries in every state, in the recycle bin either side of the 7 days, expired, provisional.
    for (const QString &state :
         {u"edition"_s, u"scheduled"_s, u"inProgress"_s, u"finished"_s, u"stopped"_s, u"failed"_s})
        QVERIFY2(count(db, u"SELECT COUNT(*) FROM deliveries WHERE state = '%1'"_s.arg(state)) > 0, qPrintable(state));
    QVERIFY(
        count(db, u"SELECT COUNT(*) FROM deliveries WHERE deleted = 1 AND deleted_at < %1"_s.arg(kAnchor - 7 * kDay))
        > 0);
    QVERIFY(
        count(db, u"SELECT COUNT(*) FROM deliveries WHERE deleted = 1 AND deleted_at > %1"_s.arg(kAnchor - 7 * kDay))
        > 0);
    QVERIFY(
        count(db,
              u"SELECT COUNT(*) FROM deliveries d WHERE state = 'inProgress' AND validity_end_at < %1 AND "
              "EXISTS (SELECT 1 FROM broad_logs b WHERE b.delivery_id = d.id AND b.status = 'pending')"_s.arg(kAnchor))
        > 0);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM deliveries WHERE provisional = 1 AND scheduled_at > %1"_s.arg(kAnchor))
            > 0);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM provisional_logs"_s) > 0);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM deliveries WHERE sent > 0 AND opens > 0"_s) > 0);
    QCOMPARE(count(db, u"SELECT SUM(opens + clicks + opt_outs) FROM tracking_stats"_s),
             count(db, u"SELECT COUNT(*) FROM tracking_logs"_s));
    // Failures of each type.
    for (const QString &type : {u"soft"_s, u"hard"_s, u"ignored"_s})
        QVERIFY(count(db, u"SELECT COUNT(*) FROM broad_logs WHERE failure_type = '%1'"_s.arg(type)) > 0);
    // Recipient values aliasCleansing has to rewrite: they match an alias once case and spaces are ignored.
    QVERIFY(count(db,
                  u"SELECT COUNT(*) FROM recipients r JOIN enumerations e ON e.field = 'country' "
                  "JOIN enumeration_aliases a ON a.enumeration_id = e.id "
                  "WHERE LOWER(TRIM(r.country)) = LOWER(TRIM(a.alias)) AND r.country <> a.value"_s)
            > 10);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM recipients WHERE country = ' france '"_s) > 0);
    // Quarantines either side of the release delays, events in every status, things past their lifespan.
    QVERIFY(count(db,
                  u"SELECT COUNT(*) FROM quarantines WHERE reason = 'Mailbox full' AND last_error_at < %1"_s.arg(
                      kAnchor - 30 * kDay))
            > 0);
    QVERIFY(count(db,
                  u"SELECT COUNT(*) FROM quarantines WHERE error_type = 'soft' AND last_error_at > %1"_s.arg(
                      kAnchor - 10 * kDay))
            > 0);
    QCOMPARE(count(db, u"SELECT COUNT(DISTINCT status) FROM mc_events"_s), qint64(7));
    QCOMPARE(count(db, u"SELECT COUNT(DISTINCT is_realtime) FROM mc_events"_s), qint64(2));
    QVERIFY(count(db, u"SELECT COUNT(*) FROM mc_events WHERE created_at < %1"_s.arg(kAnchor - 30 * kDay)) > 0);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM mc_archived_events WHERE created_at < %1"_s.arg(kAnchor - 365 * kDay))
            > 0);
    QVERIFY(count(db,
                  u"SELECT COUNT(*) FROM mc_events e WHERE NOT EXISTS (SELECT 1 FROM message_templates t "
                  "WHERE t.event_type = e.type AND t.channel = e.channel)"_s)
            > 0);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM offers WHERE state = 'approved' AND deployed_at IS NULL"_s) > 0);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM visitors WHERE last_seen_at < %1"_s.arg(kAnchor - 30 * kDay)) > 0);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM web_events WHERE expires_at < %1"_s.arg(kAnchor)) > 0);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM web_sessions WHERE expires_at < %1"_s.arg(kAnchor)) > 0);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM web_sessions WHERE expires_at > %1"_s.arg(kAnchor)) > 0);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM line_users WHERE blocked_at < %1"_s.arg(kAnchor - 180 * kDay)) > 0);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM privacy_requests WHERE data_file_at < %1"_s.arg(kAnchor - 90 * kDay)) > 0);
    QVERIFY(count(db,
                  u"SELECT COUNT(*) FROM privacy_requests WHERE type = 'delete' AND second_confirmed_at IS NULL "
                  "AND first_confirmed_at IS NOT NULL"_s)
            > 0);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM import_rejects WHERE created_at < %1"_s.arg(kAnchor - 180 * kDay)) > 0);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM cost_lines WHERE actual IS NULL"_s) > 0);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM order_lines"_s) > 0);
    // Rows of other tables point at real recipients and deliveries.
    QCOMPARE(
        count(
            db,
            u"SELECT COUNT(*) FROM broad_logs b LEFT JOIN recipients r ON r.id = b.recipient_id WHERE r.id IS NULL"_s),
        qint64(0));
    QCOMPARE(count(db,
                   u"SELECT COUNT(*) FROM tracking_logs t JOIN broad_logs b ON b.id = t.broad_log_id "
                   "WHERE b.delivery_id <> t.delivery_id OR b.recipient_id <> t.recipient_id"_s),
             qint64(0));
    QCOMPARE(
        count(
            db,
            u"SELECT value = (SELECT tracking_folder FROM demo_runs) FROM options WHERE name = 'tracking.logFolder'"_s),
        qint64(1));
}

void tst_DemoGenerator::trackingFiles()
{
    const QMap<QString, QByteArray> files = filesIn(m_referenceFolder);
    QCOMPARE(files.size(), qsizetype(6));
    QVERIFY(files.contains(u"redir-20260430-23.log"_s));
    QVERIFY(files.contains(u"redir-20260430-18.log"_s));
    int valid = 0, wrongFields = 0, badTime = 0, unknownDelivery = 0;
    for (const QByteArray &content : files) {
        for (const QString &line : lines(content)) {
            const QStringList fields = line.split(u'\t');
            if (fields.size() != 7) {
                ++wrongFields;
                continue;
            }
            const QDateTime at = QDateTime::fromString(fields[0], Qt::ISODate);
            if (!at.isValid()) {
                ++badTime;
                continue;
            }
            QVERIFY2(fields[0].size() == 20 && fields[0].endsWith(u'Z'), qPrintable(fields[0]));
            QVERIFY(at.toMSecsSinceEpoch() >= kAnchor - 6 * 3'600'000 && at.toMSecsSinceEpoch() < kAnchor);
            QVERIFY(QStringList({u"open"_s, u"click"_s, u"optout"_s}).contains(fields[1]));
            QCOMPARE(fields[5].isEmpty(), fields[1] == u"open"_s);
            const qint64 match = count(*m_reference,
                                       u"SELECT COUNT(*) FROM broad_logs WHERE id = %1 AND delivery_id = %2 "
                                       "AND recipient_id = %3"_s.arg(fields[3], fields[2], fields[4]));
            if (match == 0) {
                QCOMPARE(count(*m_reference, u"SELECT COUNT(*) FROM deliveries WHERE id = %1"_s.arg(fields[2])),
                         qint64(0));
                ++unknownDelivery;
                continue;
            }
            if (fields[1] != u"open"_s)
                QCOMPARE(count(*m_reference,
                               u"SELECT COUNT(*) FROM tracking_urls WHERE delivery_id = %1 AND tag = '%2'"_s.arg(
                                   fields[2], fields[5])),
                         qint64(1));
            ++valid;
        }
    }
    QVERIFY(wrongFields >= 6 && badTime >= 6 && unknownDelivery >= 6);
    QVERIFY(valid > 10 * (wrongFields + badTime + unknownDelivery));
}

void tst_DemoGenerator::cliDemo()
{
    const QString instance = m_root.filePath(u"cli.sqlite"_s);
    COMPARE_EXIT(ctl({u"--instance"_s, instance, u"init"_s, u"--password-stdin"_s}, u"admin"_s, kPassword + '\n'), 0);
    const CliRun run = ctl({u"--instance"_s, instance, u"demo"_s, u"--scale"_s, u"2000"_s, u"--seed"_s, u"5"_s,
                            u"--anchor"_s, u"2026-05-01"_s});
    COMPARE_EXIT(run, 0);
    const QStringList out = run.outLines();
    QVERIFY2(out.last().contains(u"rows/s"_s), qPrintable(out.last()));
    QVERIFY2(out.contains(u"  %1 %2"_s.arg(u"broad_logs"_s, -22).arg(2000, 12)), qPrintable(out.join(u'\n')));
    QVERIFY(out.join(u'\n').contains(u"%"_s)); // plain progress lines (not a terminal)
    const QString folder = m_root.filePath(u"cli-tracking"_s);
    QVERIFY2(out.join(u'\n').contains(folder), qPrintable(out.join(u'\n')));
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), qsizetype(6));

    // Again with the same seed: nothing to do; with another seed: refused.
    const CliRun again = ctl({u"--instance"_s, instance, u"demo"_s, u"--scale"_s, u"2000"_s, u"--seed"_s, u"5"_s});
    COMPARE_EXIT(again, 0);
    QVERIFY(again.outLines().join(u'\n').contains(u"already holds this demo"_s));
    const CliRun other = ctl({u"--instance"_s, instance, u"demo"_s, u"--scale"_s, u"2000"_s, u"--seed"_s, u"6"_s});
    COMPARE_EXIT(other, 1);
    QVERIFY2(other.errLines().join(u'\n').contains(u"seed 5"_s), other.err.constData());
}

void tst_DemoGenerator::cliBadScale_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown word") << QStringList{u"--scale"_s, u"huge"_s} << u"unknown demo scale \"huge\""_s;
    QTest::newRow("too small") << QStringList{u"--scale"_s, u"10"_s} << u"out of range"_s;
    QTest::newRow("missing") << QStringList{} << u"--scale small|medium|large|ROWS"_s;
    QTest::newRow("bad seed") << QStringList{u"--scale"_s, u"small"_s, u"--seed"_s, u"x"_s} << u"seed"_s;
}

void tst_DemoGenerator::cliBadScale()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun run = ctl(QStringList{u"--instance"_s, m_root.filePath(u"none.sqlite"_s), u"demo"_s} + args);
    COMPARE_EXIT(run, 2);
    QVERIFY2(run.errLines().join(u'\n').contains(message), run.err.constData());
    QVERIFY(!QFileInfo::exists(m_root.filePath(u"none.sqlite"_s))); // refused before anything was opened
}

void tst_DemoGenerator::cliNeedsAdministration()
{
    const QString instance = m_root.filePath(u"rights.sqlite"_s);
    COMPARE_EXIT(ctl({u"--instance"_s, instance, u"init"_s, u"--password-stdin"_s}, u"admin"_s, kPassword + '\n'), 0);
    COMPARE_EXIT(ctl({u"--instance"_s, instance, u"operators"_s, u"add"_s, u"viewer"_s, u"--group"_s,
                      u"workflowExecution"_s, u"--password-stdin"_s},
                     u"admin"_s, kPassword + '\n'),
                 0);
    const CliRun refused = ctl({u"--instance"_s, instance, u"demo"_s, u"--scale"_s, u"small"_s}, u"viewer"_s);
    COMPARE_EXIT(refused, 1);
    QVERIFY2(refused.errLines().join(u'\n').contains(u"ADMINISTRATION"_s), refused.err.constData());
}

void tst_DemoGenerator::onPostgres()
{
    QString why;
    if (!PostgresServer::serverBinariesAvailable(&why))
        QFAIL(qPrintable(u"PostgreSQL is required (scripts/bootstrap.sh installs it): "_s + why));
    PostgresServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString database = server.createDatabase(u"demo"_s, &error);
    QVERIFY2(!database.isEmpty(), qPrintable(error));
    InstanceLocation location{.dialect = Dialect::Postgres,
                              .path = {},
                              .host = server.host(),
                              .port = server.port(),
                              .database = database,
                              .user = server.user(),
                              .password = server.password()};
    {
        auto opened = Instance::open(location, Instance::OpenMode::CreateIfMissing);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        Instance &instance = **opened;
        // No folder of its own: the generator says what to give.
        DemoGenerator noFolder(instance, {.scale = kScale, .seed = 1, .anchorMs = kAnchor, .trackingFolder = {}});
        const Status refused = noFolder.run();
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"--tracking-folder"_s), qPrintable(refused.error().message));

        const QString folder = m_root.filePath(u"postgres-files"_s);
        const Status done = generate(instance, 1, folder);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        for (const QString &table : DemoGenerator::tables())
            QVERIFY2(count(instance, u"SELECT COUNT(*) FROM %1"_s.arg(table))
                         == count(*m_reference, u"SELECT COUNT(*) FROM %1"_s.arg(table)),
                     qPrintable(table));
        for (const QString &table : {u"recipients"_s, u"broad_logs"_s, u"tracking_logs"_s, u"deliveries"_s})
            QCOMPARE(checksum(instance, table), checksum(*m_reference, table));
        QCOMPARE(filesIn(folder), filesIn(m_referenceFolder));
        // The identities moved past the explicit ids: a job's insert gets a new id.
        QVERIFY(execute(*instance.database(),
                        u"INSERT INTO recipients (email, created_at, modified_at) VALUES ('new@x.example', 0, 0)"_s));
        QCOMPARE(count(instance, u"SELECT MAX(id) FROM recipients"_s),
                 count(*m_reference, u"SELECT COUNT(*) FROM recipients"_s) + 1);
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    tst_DemoGenerator test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_demogenerator.moc"
