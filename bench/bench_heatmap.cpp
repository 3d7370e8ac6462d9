// bench_heatmap (heatmap-day, issue #7): the workflow heat map over R runs (default 1,000,000) of 200 workflows
// spread over one year, on a temporary SQLite instance. The collector's store (runs, slots and their rollups)
// holds every run but those of the last 30 days (its watermark then), so a day is read from the store, from runs,
// or from both. Prints the median, minimum and maximum wall time and the median CPU time of several queries
// (after one warm-up) for a day from the store, a recent day from runs, today (runs still running), a filtered
// day, a month from the store (hours; and in a zone whose hours are not UTC hours: quarter hours), this month, a
// year, and one cell's drill-down, with the load average before and after. Target: a day ≤ 100 ms.
//
//   bench_heatmap [--runs R (1000000)] [--repeat N (7)] [--dir D (reuses D/heat.sqlite when it is there)]
//                 [--only T (the figures whose name contains T)]
#include "demo/bulkinserter.h"
#include "reports/heatmapquery.h"
#include "store/operatorrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 DayMs = 86'400'000;
constexpr int Workflows = 200;

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_heatmap: %s\n", qPrintable(what));
    std::exit(1);
}

template<typename T>
T check(Result<T> result, const char *what)
{
    if (!result)
        die(u"%1: %2"_s.arg(QString::fromLatin1(what), result.error().message));
    return std::move(*result);
}

void check(const Status &status, const char *what)
{
    if (!status)
        die(u"%1: %2"_s.arg(QString::fromLatin1(what), status.error().message));
}

// Runs mostly of 1–15 minutes, some of about an hour, a few of two days; 20 still running at `now`.
void generate(Instance &instance, qint64 runs, qint64 from, qint64 now)
{
    auto db = check(instance.database(), "database");
    QElapsedTimer clock;
    clock.start();
    check(execute(db, u"INSERT INTO folders (id, name, label, created_at) VALUES (9000, 'bench', 'Bench', 0)"_s),
          "folder");
    check(execute(db, u"INSERT INTO packages (id, label) VALUES ('benchpkg', 'Bench')"_s), "package");
    WriteTransaction transaction(db, instance.dialect());
    check(transaction.begin(), "begin");
    BulkInserter workflows(db, u"workflows"_s,
                           {u"id"_s, u"internal_name"_s, u"label"_s, u"folder_id"_s, u"package_id"_s, u"definition"_s,
                            u"state"_s, u"created_at"_s, u"modified_at"_s});
    for (int w = 1; w <= Workflows; ++w)
        check(workflows.add({10000 + w, u"benchFlow%1"_s.arg(w), u"Bench flow %1"_s.arg(w), 9000,
                             w % 4 == 0 ? QVariant(u"benchpkg"_s) : QVariant(QMetaType(QMetaType::QString)), u""_s,
                             u"started"_s, 0, 0}),
              "workflow");
    check(workflows.flush(), "workflows");
    BulkInserter inserter(db, u"runs"_s, {u"workflow_id"_s, u"trigger"_s, u"started_at"_s, u"ended_at"_s, u"status"_s});
    QRandomGenerator random(7);
    const qint64 span = now - from - 2 * 3600 * 1000;
    for (qint64 i = 0; i < runs; ++i) {
        const qint64 started = from + span * i / runs + random.bounded(60'000);
        const int kind = random.bounded(1000);
        const qint64 duration = kind < 900 ? Minute * random.bounded(1, 15)
            : kind < 999                   ? Minute * random.bounded(30, 90)
                                           : 2 * DayMs;
        const bool running = i >= runs - 20;
        check(inserter.add({10000 + 1 + random.bounded(Workflows), u"scheduler"_s, started,
                            running ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(started + duration),
                            running ? u"running"_s : u"succeeded"_s}),
              "run");
    }
    check(inserter.flush(), "runs");
    check(transaction.commit(), "commit");
    std::printf("generated %lld runs in %.1f s\n", static_cast<long long>(runs), double(clock.elapsed()) / 1000.0);
}

// What collectDataHeatMapService would have stored up to `cutoff`: the ended runs started before it, their
// slots (one recursive INSERT … SELECT), the rollups (as schema 7 fills them from an older store) and its
// watermark.
void collectUpTo(Instance &instance, qint64 cutoff)
{
    auto db = check(instance.database(), "database");
    QElapsedTimer clock;
    clock.start();
    WriteTransaction transaction(db, instance.dialect());
    check(transaction.begin(), "begin");
    check(execute(
              db,
              u"INSERT INTO heatmap_runs (run_id, workflow_id, workflow_name, technical, status, started_at, ended_at, "
              "duration_ms) SELECT r.id, r.workflow_id, w.internal_name, CASE WHEN w.package_id IS NULL THEN 0 ELSE 1 "
              "END, "
              "r.status, r.started_at, r.ended_at, r.ended_at - r.started_at FROM runs r JOIN workflows w "
              "ON w.id = r.workflow_id WHERE r.started_at < ? AND r.ended_at IS NOT NULL"_s,
              {cutoff}),
          "store runs");
    check(execute(
              db,
              u"WITH RECURSIVE s(slot_at, last, run_id, workflow_id) AS (SELECT started_at / 300000 * 300000, "
              "(ended_at - 1) / 300000 * 300000, run_id, workflow_id FROM heatmap_runs UNION ALL "
              "SELECT slot_at + 300000, last, run_id, workflow_id FROM s WHERE slot_at < last) "
              "INSERT INTO heatmap_slots (slot_at, run_id, workflow_id) SELECT slot_at, run_id, workflow_id FROM s"_s),
          "store slots");
    check(execute(db, u"INSERT INTO heatmap_names (workflow_id, workflow_name) SELECT DISTINCT workflow_id, "
                      "workflow_name FROM heatmap_runs"_s),
          "names");
    check(execute(db, u"INSERT INTO heatmap_slot_workflows (slot_at, workflow_id, technical, longest_ms) SELECT "
                      "s.slot_at, h.workflow_id, h.technical, MAX(h.duration_ms) FROM heatmap_slots s JOIN heatmap_runs "
                      "h ON h.run_id = s.run_id GROUP BY s.slot_at, h.workflow_id, h.technical"_s),
          "slot rollup");
    check(execute(db, u"INSERT INTO heatmap_hour_workflows (hour_at, workflow_id, technical, longest_ms) SELECT "
                      "slot_at / 3600000 * 3600000, workflow_id, technical, MAX(longest_ms) FROM heatmap_slot_workflows "
                      "GROUP BY slot_at / 3600000 * 3600000, workflow_id, technical"_s),
          "hour rollup");
    check(execute(
              db,
              u"INSERT INTO job_watermarks (name, mark, updated_at) VALUES ('collectDataHeatMapService.runs', ?, ?)"_s,
              {cutoff, cutoff}),
          "watermark");
    check(transaction.commit(), "commit");
    const auto count = [&](const QString &table) {
        return static_cast<long long>(check(scalar(db, u"SELECT COUNT(*) FROM "_s + table), "count").toLongLong());
    };
    std::printf("store filled up to 30 days ago in %.1f s: %lld slot rows, rollups of %lld slot rows and %lld hour "
                "rows\n",
                double(clock.elapsed()) / 1000.0, count(u"heatmap_slots"_s), count(u"heatmap_slot_workflows"_s),
                count(u"heatmap_hour_workflows"_s));
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2) : u"?"_s;
}

QString only; // --only: the figures whose name contains it

template<typename Work>
void measure(const char *name, int repeat, Work work)
{
    if (!QString::fromUtf8(name).contains(only))
        return;
    work(); // warm-up: the page cache, the principal
    QList<double> times, cpu;
    QString detail;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer clock;
        clock.start();
        const std::clock_t cpuStart = std::clock();
        detail = work();
        times << double(clock.nsecsElapsed()) / 1e6;
        cpu << double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("%-38s median %8.1f ms   min %8.1f   max %8.1f   cpu %8.1f ms   (%s)\n", name,
                times.at(times.size() / 2), times.first(), times.last(), cpu.at(cpu.size() / 2), qPrintable(detail));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"runs"_s, u"Runs to generate."_s, u"R"_s, u"1000000"_s});
    parser.addOption({u"repeat"_s, u"Measured queries per figure."_s, u"N"_s, u"7"_s});
    parser.addOption({u"dir"_s, u"Keep the instance in D (heat.sqlite), and reuse it when it is there."_s, u"D"_s});
    parser.addOption({u"only"_s, u"Measure only the figures whose name contains T."_s, u"T"_s});
    parser.process(app);
    only = parser.value(u"only"_s);
    const qint64 runs = parser.value(u"runs"_s).toLongLong();
    const int repeat = std::max(1, parser.value(u"repeat"_s).toInt());

    QTemporaryDir temporary;
    const QString dir = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temporary.path();
    const QString path = dir + u"/heat.sqlite"_s;
    const bool reuse = QFile::exists(path);
    auto instance = check(Instance::open({.dialect = Dialect::Sqlite,
                                          .path = path,
                                          .host = {},
                                          .port = 0,
                                          .database = {},
                                          .user = {},
                                          .password = {}},
                                         Instance::OpenMode::CreateIfMissing),
                          "open");
    auto db = check(instance->database(), "database");
    const QTimeZone zone("Europe/Paris");
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 admin = 0;
    if (reuse) { // its clock: 30 days after the collector's watermark
        now = check(scalar(db, u"SELECT mark FROM job_watermarks WHERE name = 'collectDataHeatMapService.runs'"_s),
                    "watermark")
                  .toLongLong()
            + 30 * DayMs;
        admin = check(scalar(db, u"SELECT id FROM operators WHERE name = 'admin'"_s), "operator").toLongLong();
        std::printf("reusing %s\n", qPrintable(path));
    } else {
        admin = check(OperatorRepository(db).create({0, u"admin"_s, u"admin"_s, u"x"_s, false}, {u"admin"_s}),
                      "operator");
        generate(*instance, runs, now - 365 * DayMs, now);
        collectUpTo(*instance, now - 30 * DayMs);
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()).toTimeZone(zone).date();
    const qint64 total = check(scalar(db, u"SELECT COUNT(*) FROM runs"_s), "runs").toLongLong();
    std::printf("load average before: %s\n", qPrintable(loadAverage()));
    HeatMapQuery query(*instance, admin);
    const auto map = [&](HeatMapView view, QDate date, const HeatMapFilter &filter = {}, QTimeZone in = {}) {
        return [&, view, date, filter, in] {
            const HeatMap m = check(query.heatMap({.view = view,
                                                   .date = date,
                                                   .zone = in.isValid() ? in : zone,
                                                   .filter = filter,
                                                   .now = now}),
                                    "heat map");
            return u"max %1 workflows in a cell"_s.arg(m.maximum);
        };
    };
    std::printf("%lld runs of %d workflows over 365 days (%lld a day), Europe/Paris\n", static_cast<long long>(total),
                Workflows, static_cast<long long>(total / 365));
    measure("heatmap-day (store)", repeat, map(HeatMapView::Day, today.addDays(-100)));
    measure("heatmap-day (runs, 10 days ago)", repeat, map(HeatMapView::Day, today.addDays(-10)));
    measure("heatmap-day (today, running)", repeat, map(HeatMapView::Day, today));
    measure("heatmap-day (store, ≥ 30 min, text)", repeat,
            map(HeatMapView::Day, today.addDays(-100),
                {.minDurationMs = 30 * Minute, .workflowId = 0, .technical = false, .text = u"flow 1"_s}));
    measure("heatmap-month (store)", repeat, map(HeatMapView::Month, today.addMonths(-4)));
    measure("heatmap-month (store, Asia/Kolkata)", repeat,
            map(HeatMapView::Month, today.addMonths(-4), {}, QTimeZone("Asia/Kolkata")));
    measure("heatmap-month (this month)", repeat, map(HeatMapView::Month, today));
    measure("heatmap-year (last year)", repeat, map(HeatMapView::Year, today.addYears(-1)));
    measure("heatmap-year (this year, 30 days from runs)", repeat, map(HeatMapView::Year, today));
    const qint64 noon = QDateTime(today.addDays(-100), QTime(12, 0), zone).toMSecsSinceEpoch();
    measure("heatmap-cell drill-down (store)", repeat, [&] {
        const auto cellRuns
            = check(query.runsDuring(
                        {.view = HeatMapView::Day, .date = today.addDays(-100), .zone = zone, .filter = {}, .now = now},
                        noon, noon + 5 * Minute),
                    "drill-down");
        return u"%1 runs"_s.arg(cellRuns.size());
    });
    std::printf("load average after: %s\n", qPrintable(loadAverage()));
    return 0;
}
