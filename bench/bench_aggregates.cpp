// bench_aggregates: the incremental jobs on a SQLite instance at volume. reportingAggregates counting N broad
// logs (full run, per batch size) and collectDataHeatMapService collecting R runs (first collection, then
// the every-5-minutes incremental one); prints total time, rows/s and the median and longest batch (one
// write transaction each: the figure that must stay under ~250 ms so other writers keep their turn).
//
//   bench_aggregates [--logs N (2000000)] [--runs R (200000)] [--keep]
#include "demo/bulkinserter.h"
#include "jobs/defaultinstall/heatmapcollectorjob.h"
#include "jobs/delivery/reportingaggregatesjob.h"

#include "core/workflowcatalog.h"
#include "store/instance.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

constexpr qint64 DayMs = 86'400'000;

struct Figures
{
    double seconds = 0;
    qint64 rows = 0;
    qint64 batches = 0;
    double medianMs = 0;
    double maxMs = 0;
};

// Runs a job; a batch's time is the time between two of its rows reports.
Figures measure(Instance &instance, Job &job, const QMap<QString, QString> &parameters)
{
    JobContext::Reporting reporting;
    QElapsedTimer clock;
    QList<double> marks; // ms at each rows report (the first report of a batch)
    bool rowsReport = true;
    reporting.onReport = [&] {
        if (rowsReport)
            marks << double(clock.nsecsElapsed()) / 1e6;
        rowsReport = !rowsReport; // rows, then progress, per batch
    };
    auto db = instance.database();
    JobContext context(*db, instance.dialect(), parameters, {}, reporting,
                       [](JournalLevel, const QString &line) { std::printf("    journal: %s\n", qPrintable(line)); },
                       false);
    clock.start();
    marks << 0.0;
    const Status status = job.run(context);
    Figures figures;
    figures.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!status)
        std::printf("    FAILED: %s\n", qPrintable(status.error().message));
    figures.rows = reporting.rows.load();
    QList<double> batches;
    for (qsizetype i = 1; i < marks.size(); ++i)
        batches << marks.at(i) - marks.at(i - 1);
    figures.batches = batches.size();
    std::sort(batches.begin(), batches.end());
    if (!batches.isEmpty()) {
        figures.medianMs = batches.at(batches.size() / 2);
        figures.maxMs = batches.last();
    }
    return figures;
}

void print(const char *what, const Figures &f)
{
    std::printf("  %-44s %8.2f s %10.0f rows/s  %5lld batches  median %6.1f ms  longest %6.1f ms\n", what, f.seconds,
                f.seconds > 0 ? double(f.rows) / f.seconds : 0.0, static_cast<long long>(f.batches), f.medianMs,
                f.maxMs);
}

bool fill(Instance &instance, qint64 logs, qint64 runs)
{
    auto db = instance.database();
    QRandomGenerator random(7);
    const qint64 now = nowMs();
    auto load = [&](const QString &table, const QStringList &columns, qint64 count,
                    const std::function<QVariantList(qint64)> &row) {
        for (qint64 done = 0; done < count;) {
            WriteTransaction transaction(*db, instance.dialect());
            if (!transaction.begin())
                return false;
            BulkInserter inserter(*db, table, columns);
            for (qint64 end = std::min(count, done + 100'000); done < end; ++done)
                if (!inserter.add(row(done)))
                    return false;
            if (!inserter.flush() || !transaction.commit())
                return false;
        }
        return true;
    };
    static const QStringList channels{u"email"_s, u"email"_s, u"sms"_s, u"mobileApp"_s};
    static const QStringList statuses{u"sent"_s, u"sent"_s, u"sent"_s, u"failed"_s, u"pending"_s, u"ignored"_s};
    const qint64 deliveries = std::max<qint64>(1, logs / 2000);
    auto workflows = execute(*db, u"SELECT id FROM workflows ORDER BY id"_s);
    QVariantList workflowIds;
    while (workflows && workflows->next())
        workflowIds << workflows->value(0);
    if (workflowIds.isEmpty())
        return false;
    return load(u"deliveries"_s, {u"id"_s, u"internal_name"_s, u"label"_s, u"channel"_s, u"created_at"_s}, deliveries,
                [&](qint64 i) -> QVariantList {
                    return {i + 1, u"DM%1"_s.arg(i + 1), u"Bench"_s, channels.at(i % channels.size()), now};
                })
        && load(u"broad_logs"_s, {u"delivery_id"_s, u"status"_s, u"failure_type"_s, u"event_at"_s}, logs,
                [&](qint64 i) -> QVariantList {
                    const QString status = statuses.at(random.bounded(statuses.size()));
                    return {1 + i * deliveries / logs, status,
                            status == u"failed"_s ? QVariant(random.bounded(2) ? u"soft"_s : u"hard"_s)
                                                  : QVariant(QMetaType(QMetaType::QString)),
                            now - 180 * DayMs + i * (180 * DayMs / logs)};
                })
        && load(u"runs"_s, {u"workflow_id"_s, u"trigger"_s, u"started_at"_s, u"ended_at"_s, u"status"_s}, runs,
                [&](qint64 i) -> QVariantList {
                    const qint64 started = now - 30 * DayMs + i * (30 * DayMs / runs);
                    return {workflowIds.at(i % workflowIds.size()), u"scheduler"_s, started, started + random.bounded(1, 20 * 60) * qint64(1000),
                            u"succeeded"_s};
                });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"logs"_s, u"Broad logs to aggregate."_s, u"N"_s, u"2000000"_s});
    parser.addOption({u"runs"_s, u"Workflow runs to collect into the heat map."_s, u"R"_s, u"200000"_s});
    parser.addOption({u"keep"_s, u"Keep the SQLite instance."_s});
    parser.process(app);
    QTemporaryDir dir;
    dir.setAutoRemove(!parser.isSet(u"keep"_s));
    InstanceLocation location;
    location.path = dir.filePath(u"bench.sqlite"_s);
    auto catalog = WorkflowCatalog::load();
    auto instance = Instance::open(location, Instance::OpenMode::CreateIfMissing);
    if (!catalog || !instance || !(*instance)->seed(*catalog, u"bench"_s)) {
        std::fprintf(stderr, "cannot create the instance in %s\n", qPrintable(dir.path()));
        return 1;
    }
    const qint64 logs = parser.value(u"logs"_s).toLongLong();
    const qint64 runs = parser.value(u"runs"_s).toLongLong();
    std::printf("SQLite instance %s: %lld broad logs, %lld runs\n", qPrintable(location.path),
                static_cast<long long>(logs), static_cast<long long>(runs));
    QElapsedTimer filling;
    filling.start();
    if (!fill(**instance, logs, runs)) {
        std::fprintf(stderr, "cannot fill the instance\n");
        return 1;
    }
    std::printf("  filled in %.1f s\n", double(filling.elapsed()) / 1000);
    std::printf("reportingAggregates, full=true:\n");
    for (int batch : {10'000, 50'000, 100'000}) {
        ReportingAggregatesJob job;
        print(qPrintable(u"batch %1"_s.arg(batch)), measure(**instance, job, {{u"full"_s, u"true"_s},
                                                                              {u"batch"_s, QString::number(batch)}}));
    }
    std::printf("collectDataHeatMapService:\n");
    HeatMapCollectorJob collector;
    print("first collection (batch 200)", measure(**instance, collector, {}));
    print("next collection (incremental, at once)", measure(**instance, collector, {}));
    return 0;
}
