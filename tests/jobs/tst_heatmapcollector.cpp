// collectDataHeatMapService: runs copied into the heat-map store with their 5-minute slots; runs crossing
// midnight, still running (then ending), ending "before" they started, vanished; incremental by watermark;
// interruptions; the shipped workflow. The rollups (schema 7) get a run's slots once it has ended.
#include "goldenjobtest.h"

#include "jobs/defaultinstall/heatmapcollectorjob.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {
const QString Name = u"collectDataHeatMapService"_s;
constexpr qint64 Minute = 60'000;
} // namespace

class HeatMapCollectorTest : public GoldenJobTest
{
    Q_OBJECT

public:
    // Two reports per batch of two runs.
    HeatMapCollectorTest()
        : GoldenJobTest({.name = Name, .reports = 6, .cancelledPrefix = u"cancelled while collecting runs"_s})
    {
    }

private:
    std::unique_ptr<Job> makeJob() const override { return std::make_unique<HeatMapCollectorJob>(); }
    // The watermark is set only by a whole collection.
    QString checkCancelled() const override
    {
        const int watermarks = f->count(u"SELECT COUNT(*) FROM job_watermarks"_s);
        return watermarks == 0 ? QString() : u"%1 watermark(s), none expected"_s.arg(watermarks);
    }

    int slots(qint64 runId) const
    {
        return f->count(u"SELECT COUNT(*) FROM heatmap_slots WHERE run_id = ?"_s, {runId});
    }
    // The rollup rows of workflow 903 (hmLong: run 5 only), "slot rows/hour rows/longest".
    QString rolledLong() const
    {
        return u"%1/%2/%3"_s.arg(f->count(u"SELECT COUNT(*) FROM heatmap_slot_workflows WHERE workflow_id = 903"_s))
            .arg(f->count(u"SELECT COUNT(*) FROM heatmap_hour_workflows WHERE workflow_id = 903"_s))
            .arg(f->value(u"SELECT COALESCE(MAX(longest_ms), -1) FROM heatmap_slot_workflows WHERE workflow_id = 903"_s)
                     .toLongLong());
    }
    // The hours of run 5's slots, as the hour rollup should hold them.
    int hoursOfLong() const
    {
        return f->count(u"SELECT COUNT(DISTINCT slot_at / 3600000) FROM heatmap_slots WHERE run_id = 5"_s);
    }

private Q_SLOTS:
    // A running run gets the slots up to now; once it ends, its end, status and only the slots it ran in.
    void aRunningRunIsCompletedWhenItEnds()
    {
        const qint64 started = nowMs() - 30 * Minute;
        QVERIFY(f->exec(u"UPDATE runs SET started_at = ? WHERE id = 5"_s, {started}));
        QVERIFY(run().status.has_value());
        QVERIFY(slots(5) >= 6 && slots(5) <= 7);
        QVERIFY(f->value(u"SELECT ended_at FROM heatmap_runs WHERE run_id = 5"_s).isNull());
        QCOMPARE(rolledLong(), u"0/0/-1"_s); // running: not in the rollups yet
        // It ended ten minutes after it started (its node's report came late).
        QVERIFY(f->exec(u"UPDATE runs SET ended_at = ?, status = 'failed' WHERE id = 5"_s, {started + 10 * Minute}));
        const golden::Outcome second = run();
        QVERIFY(second.status.has_value());
        QCOMPARE(second.journal, QStringList{u"info: 1 run(s) collected (0 still running) in # ms"_s});
        QCOMPARE(f->value(u"SELECT status || ' ' || duration_ms FROM heatmap_runs WHERE run_id = 5"_s).toString(),
                 u"failed 600000"_s);
        const qint64 S = HeatMapCollectorJob::SlotMs;
        QCOMPARE(slots(5), int((started + 10 * Minute - 1) / S - started / S + 1));
        QCOMPARE(f->value(u"SELECT MAX(slot_at) FROM heatmap_slots WHERE run_id = 5"_s).toLongLong(),
                 (started + 10 * Minute - 1) / S * S);
        // Ended: its remaining slots in the rollups, with its duration; a third collection changes nothing.
        const QString rolled = u"%1/%2/600000"_s.arg(slots(5)).arg(hoursOfLong());
        QCOMPARE(rolledLong(), rolled);
        QVERIFY(run().status.has_value());
        QCOMPARE(rolledLong(), rolled);
    }

    // The second collection reads only the runs started since the first (and those it left running).
    void collectsIncrementally()
    {
        QVERIFY(run().status.has_value());
        QVERIFY(f->exec(u"UPDATE runs SET status = 'changed behind its back' WHERE id = 1"_s));
        QVERIFY(f->exec(u"INSERT INTO runs (id, workflow_id, trigger, started_at, ended_at, status) VALUES "
                        "(7, 902, 'start', ?, ?, 'succeeded')"_s,
                        {nowMs() - 2 * Minute, nowMs() - Minute}));
        const golden::Outcome second = run();
        QCOMPARE(second.journal, QStringList{u"info: 2 run(s) collected (1 still running) in # ms"_s}); // 7 and 5
        QCOMPARE(f->value(u"SELECT status FROM heatmap_runs WHERE run_id = 1"_s).toString(), u"succeeded"_s);
        QCOMPARE(f->value(u"SELECT workflow_name FROM heatmap_runs WHERE run_id = 7"_s).toString(), u"hmNewsletter"_s);
        QVERIFY(slots(7) >= 1 && slots(7) <= 2);
    }

    // A run the store left running and whose history was purged meanwhile is closed, with a warning.
    void aVanishedRunningRunIsClosed()
    {
        QVERIFY(run().status.has_value());
        QVERIFY(f->exec(u"DELETE FROM runs WHERE id = 5"_s));
        const golden::Outcome second = run();
        QVERIFY(second.status.has_value());
        QCOMPARE(second.journal.first(),
                 u"warning: 1 run(s) left running in the heat map no longer exist (history purged): closed at their "
                 "last known duration"_s);
        QCOMPARE(f->value(u"SELECT status FROM heatmap_runs WHERE run_id = 5"_s).toString(), u"unknown"_s);
        QCOMPARE(f->value(u"SELECT ended_at - started_at - duration_ms FROM heatmap_runs WHERE run_id = 5"_s).toInt(), 0);
        const qint64 duration = f->value(u"SELECT duration_ms FROM heatmap_runs WHERE run_id = 5"_s).toLongLong();
        QCOMPARE(rolledLong(), u"%1/%2/%3"_s.arg(slots(5)).arg(hoursOfLong()).arg(duration)); // closed: rolled up
    }

    void badBatchIsRefused()
    {
        const golden::Outcome refused = run({{u"batch"_s, u"many"_s}});
        QCOMPARE(refused.status.error().message, u"parameter batch must be a positive number of runs, not \"many\""_s);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM heatmap_runs"_s), 0);
    }

    void runsAsTheShippedWorkflowThroughTheEngine()
    {
        // Runs of January would otherwise go with the engine's history purge (30 days).
        QVERIFY(f->exec(u"UPDATE workflows SET history_days = 0 WHERE id IN (901, 902, 903)"_s));
        GOLDEN_VERIFY(golden::runShippedWorkflow(*f, Name, 10000));
        // The six seeded runs, and the collector's own run, running while it collected.
        QVERIFY2(f->journalContains(Name, u"7 run(s) collected (2 still running)"_s), qPrintable(f->journal(Name).join(u'\n')));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM heatmap_runs WHERE technical = 1 AND workflow_name = ?"_s, {Name}), 1);
    }

    void goldenFolderOnPostgres()
    {
        GOLDEN_VERIFY(golden::checkOnPostgres(*makeJob(), Name, u"heatmap"_s, &f->catalog));
    }
};

QTEST_GUILESS_MAIN(HeatMapCollectorTest)
#include "tst_heatmapcollector.moc"
