// bench_tracking (`tracking-ingest`): N redirection-server log lines in F files, collected by the tracking job
// through to consolidated statistics and delivery indicators, on a fresh SQLite instance (or PostgreSQL).
// Prints lines/s, the job's longest write transaction, and the longest wait of a concurrent writer that
// commits a one-row transaction every 20 ms meanwhile (what the console and other workflows would feel).
// Checks that every line is either a tracking log or a reject, and that the statistics add up.
//
//   bench_tracking [--lines N (1000000)] [--files F (10)] [--deliveries D (200)] [--chunk L (0: adaptive)]
//                  [--postgres]
#include "support/postgresserver.h"

#include "core/workflowcatalog.h"
#include "jobs/delivery/trackingjob.h"
#include "store/instance.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

struct Settings
{
    qint64 lines = 1'000'000;
    int files = 10;
    int deliveries = 200;
    int chunk = 0;
    bool postgres = false;
};

const QStringList kTags{u"offer"_s, u"shop"_s, u"news"_s, u"optout"_s};

bool check(const Status &status, const char *what)
{
    if (!status) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(status.error().message));
        return false;
    }
    return true;
}

Status seedDeliveries(Instance &instance, int deliveries)
{
    auto db = instance.database();
    if (!db)
        return std::unexpected(db.error());
    WriteTransaction transaction(*db, instance.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    for (int d = 1; d <= deliveries; ++d) {
        auto inserted = execute(*db,
                                u"INSERT INTO deliveries (id, internal_name, label, state, created_at) "
                                "VALUES (?, ?, ?, 'finished', 0)"_s,
                                {d, u"DM%1"_s.arg(d), u"Delivery %1"_s.arg(d)});
        if (!inserted)
            return std::unexpected(inserted.error());
        for (const QString &tag : kTags)
            if (auto url = execute(*db, u"INSERT INTO tracking_urls (delivery_id, tag, url) VALUES (?, ?, ?)"_s,
                                   {d, tag, u"https://example.test/"_s + tag});
                !url)
                return std::unexpected(url.error());
    }
    return transaction.commit();
}

// The files a day of redirection servers would write; about one line in 200 is corrupt.
qint64 writeFiles(const QString &folder, const Settings &s)
{
    QRandomGenerator random(42);
    const qint64 start = QDateTime(QDate(2026, 5, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    qint64 corrupt = 0;
    for (int f = 0; f < s.files; ++f) {
        QFile file(QDir(folder).filePath(u"redir-20260501-%1.log"_s.arg(f, 2, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly))
            return -1;
        const qint64 count = s.lines / s.files + (f < s.lines % s.files ? 1 : 0);
        QByteArray buffer;
        for (qint64 i = 0; i < count; ++i) {
            const qint64 at = start + f * 3'600'000LL + qint64(random.bounded(3'600'000));
            const int roll = int(random.bounded(100));
            const char *type = roll < 55 ? "open" : roll < 93 ? "click" : "optout";
            const QByteArray tag = roll < 55 ? QByteArray()
                : roll < 93                  ? kTags.at(random.bounded(3)).toUtf8()
                                             : "optout";
            const int delivery = int(random.bounded(s.deliveries)) + 1;
            QByteArray time
                = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).toString(Qt::ISODate).toUtf8();
            if (random.bounded(200) == 0) {
                time = "yesterday";
                ++corrupt;
            }
            buffer += time + '\t' + type + '\t' + QByteArray::number(delivery) + '\t'
                + QByteArray::number(random.bounded(1'000'000) + 1) + '\t'
                + QByteArray::number(random.bounded(100'000) + 1) + '\t' + tag + "\tMozilla/5.0 (X11; Linux x86_64)\n";
            if (buffer.size() > (1 << 20)) {
                file.write(buffer);
                buffer.clear();
            }
        }
        file.write(buffer);
    }
    return corrupt;
}

qint64 count(Instance &instance, const QString &sql)
{
    auto db = instance.database();
    auto value = db ? scalar(*db, sql) : Result<QVariant>(std::unexpected(db.error()));
    return value ? value->toLongLong() : -1;
}

int measure(const InstanceLocation &location, const Settings &s, const QString &label)
{
    auto catalog = WorkflowCatalog::load();
    auto opened = Instance::open(location, Instance::OpenMode::CreateIfMissing);
    if (!catalog || !opened) {
        std::fprintf(stderr, "cannot open the instance\n");
        return 1;
    }
    std::shared_ptr<Instance> instance = *opened;
    if (!check(instance->seed(*catalog, u"bench"_s), "seed")
        || !check(seedDeliveries(*instance, s.deliveries), "deliveries"))
        return 1;
    QTemporaryDir folder;
    const qint64 corrupt = writeFiles(folder.path(), s);
    if (corrupt < 0) {
        std::fprintf(stderr, "cannot write the log files\n");
        return 1;
    }
    // A writer beside the job: one-row transactions every 20 ms on its own connection, its longest wait kept.
    std::atomic<bool> stop{false};
    std::atomic<qint64> longestWait{0};
    std::atomic<qint64> longestLock{0}; // of which: until BEGIN IMMEDIATE got the write lock
    std::atomic<qint64> totalWait{0};
    std::atomic<qint64> probes{0};
    QThread *probe = QThread::create([&] {
        auto db = instance->database();
        if (!db)
            return;
        while (!stop.load()) {
            QElapsedTimer wait;
            wait.start();
            WriteTransaction transaction(*db, instance->dialect());
            if (!transaction.begin())
                continue;
            const qint64 locked = wait.elapsed();
            if (execute(*db, u"UPDATE options SET value = value WHERE name = 'tracking.logFolder'"_s)
                && transaction.commit()) {
                longestWait = std::max(longestWait.load(), wait.elapsed());
                longestLock = std::max(longestLock.load(), locked);
                totalWait += wait.elapsed();
                ++probes;
            }
            QThread::msleep(20);
        }
    });
    probe->start();
    JobContext::Reporting reporting;
    QString summary;
    QMap<QString, QString> parameters{{u"folder"_s, folder.path()}, {u"chunk"_s, QString::number(s.chunk)}};
    auto db = instance->database();
    JobContext context(
        *db, instance->dialect(), parameters, {}, reporting,
        [&summary](JournalLevel, const QString &line) { summary = line; }, false);
    QElapsedTimer timer;
    timer.start();
    const Status ran = TrackingJob().run(context);
    const double seconds = double(timer.elapsed()) / 1000.0;
    stop = true;
    probe->wait();
    delete probe;
    if (!check(ran, "tracking"))
        return 1;
    static const QRegularExpression longest(u"longest transaction (\\d+) ms"_s);
    const qint64 logs = count(*instance, u"SELECT COUNT(*) FROM tracking_logs"_s);
    const qint64 rejects = count(*instance, u"SELECT COUNT(*) FROM import_rejects"_s);
    const qint64 stats = count(*instance, u"SELECT SUM(opens + clicks + opt_outs) FROM tracking_stats"_s);
    const qint64 indicators = count(*instance, u"SELECT SUM(opens + clicks + opt_outs) FROM deliveries"_s);
    std::printf("tracking-ingest %s: %lld lines in %d files, %.2f s, %.0f lines/s; longest job transaction %s ms; "
                "concurrent writer: longest wait %lld ms (for the lock %lld ms), mean %.1f ms, over %lld "
                "transactions\n",
                qPrintable(label), s.lines, s.files, seconds, double(s.lines) / seconds,
                qPrintable(longest.match(summary).captured(1)), longestWait.load(), longestLock.load(),
                double(totalWait.load()) / double(std::max<qint64>(1, probes.load())), probes.load());
    const bool consistent = logs + rejects == s.lines && rejects == corrupt && stats == logs && indicators == logs;
    std::printf("  checks: %lld tracking logs + %lld rejects = %lld lines (%lld corrupt written); statistics %lld, "
                "indicators %lld: %s\n",
                logs, rejects, s.lines, corrupt, stats, indicators, consistent ? "consistent" : "INCONSISTENT");
    return consistent ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"tracking-ingest: redirection-server log lines through the tracking job"_s);
    parser.addHelpOption();
    const QCommandLineOption linesOption(u"lines"_s, u"Log lines in all (default 1000000)."_s, u"N"_s);
    const QCommandLineOption filesOption(u"files"_s, u"Files they are spread over (default 10)."_s, u"F"_s);
    const QCommandLineOption deliveriesOption(u"deliveries"_s, u"Deliveries they refer to (default 200)."_s, u"D"_s);
    const QCommandLineOption chunkOption(u"chunk"_s, u"Lines per transaction (default 0: adaptive)."_s, u"L"_s);
    const QCommandLineOption postgresOption(u"postgres"_s, u"Also on a throwaway PostgreSQL server."_s);
    parser.addOptions({linesOption, filesOption, deliveriesOption, chunkOption, postgresOption});
    parser.process(app);
    Settings s;
    if (parser.isSet(linesOption))
        s.lines = std::max<qint64>(1, parser.value(linesOption).toLongLong());
    if (parser.isSet(filesOption))
        s.files = std::max(1, parser.value(filesOption).toInt());
    if (parser.isSet(deliveriesOption))
        s.deliveries = std::max(1, parser.value(deliveriesOption).toInt());
    if (parser.isSet(chunkOption))
        s.chunk = std::max(0, parser.value(chunkOption).toInt());
    s.postgres = parser.isSet(postgresOption);

    QTemporaryDir dir;
    InstanceLocation sqlite;
    sqlite.path = dir.filePath(u"bench.sqlite"_s);
    int failures = measure(sqlite, s, u"SQLite"_s);
    if (s.postgres) {
        testing::PostgresServer server;
        QString error;
        if (!server.start(&error)) {
            std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(error));
            return 1;
        }
        InstanceLocation pg;
        pg.dialect = Dialect::Postgres;
        pg.host = server.host();
        pg.port = server.port();
        pg.database = server.createDatabase(u"tracking"_s, &error);
        pg.user = server.user();
        pg.password = server.password();
        failures += measure(pg, s, u"PostgreSQL"_s);
    }
    return failures == 0 ? 0 : 1;
}
