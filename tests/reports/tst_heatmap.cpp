// The workflow heat map (issue #7): 5-minute slot counting on hand-made runs (crossing hours, midnight and both
// DST changes of Europe/Paris, still running), the collector's store and runs together without counting twice,
// the filters, a cell's drill-down, the month and year views, the projected schedule, and the rights check. The
// core counting runs on PostgreSQL too. Views read from the collector's rollups equal the same views read from
// runs (random runs around a DST change, every filter, hours and quarter-hour zones).
#include "jobs/defaultinstall/heatmapcollectorjob.h"
#include "reports/heatmapquery.h"
#include "store/migrator.h"
#include "store/operatorrepository.h"
#include "support/postgresserver.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

constexpr qint64 Minute = 60'000;
const QTimeZone paris("Europe/Paris");

qint64 at(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), paris).toMSecsSinceEpoch();
}
qint64 utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

const QString scheduledDefinition = uR"(<?xml version="1.0" encoding="UTF-8"?>
<workflow format="1" name="morningLoad" label="Morning load">
  <activities>
    <scheduler name="tick"><daily at="04:00" timezone="UTC"/><transition to="end"/></scheduler>
    <end name="end"/>
  </activities>
</workflow>
)"_s;

// An instance with an administrator and an operator without rights, and four workflows: export (technical),
// newsletter and morningLoad (marketing, scheduled daily at 04:00 UTC), pausedLoad (same schedule, paused).
struct Fixture
{
    std::shared_ptr<Instance> instance;
    qint64 admin = 0, nobody = 0;

    QString open(const InstanceLocation &location)
    {
        auto opened = Instance::open(location, Instance::OpenMode::CreateIfMissing);
        if (!opened)
            return opened.error().message;
        instance = *opened;
        auto db = instance->database();
        auto a = OperatorRepository(*db).create({0, u"admin"_s, u"admin"_s, u"x"_s, false}, {u"admin"_s});
        auto n = OperatorRepository(*db).create({0, u"nobody"_s, u"nobody"_s, u"x"_s, false}, {});
        if (!a || !n)
            return (a ? n.error() : a.error()).message;
        admin = *a;
        nobody = *n;
        const QStringList statements = {
            u"INSERT INTO folders (id, name, label, created_at) VALUES (900, 'heat', 'Heat', 0)"_s,
            u"INSERT INTO packages (id, label) VALUES ('heatpkg', 'Heat package')"_s,
            u"INSERT INTO workflows (id, internal_name, label, folder_id, package_id, definition, state, created_at, "
            "modified_at) VALUES (901, 'export', 'Nightly export', 900, 'heatpkg', '', 'started', 0, 0)"_s,
            u"INSERT INTO workflows (id, internal_name, label, folder_id, definition, state, created_at, modified_at) "
            "VALUES (902, 'newsletter', 'Weekly Newsletter', 900, '', 'started', 0, 0)"_s,
        };
        for (const QString &sql : statements)
            if (!exec(sql))
                return sql;
        for (const auto &[id, name, state] :
             {std::tuple{903, u"morningLoad"_s, u"started"_s}, std::tuple{904, u"pausedLoad"_s, u"paused"_s}})
            if (!exec(u"INSERT INTO workflows (id, internal_name, label, folder_id, definition, state, created_at, "
                      "modified_at) VALUES (?, ?, ?, 900, ?, ?, 0, 0)"_s,
                      {id, name, name, QString(scheduledDefinition).replace(u"morningLoad"_s, name), state}))
                return u"workflow "_s + name;
        return {};
    }
    bool exec(const QString &sql, const QVariantList &values = {}) const
    {
        auto done = execute(*instance->database(), sql, values);
        if (!done)
            qWarning("%s", qPrintable(done.error().message));
        return done.has_value();
    }
    bool run(qint64 id, qint64 workflow, qint64 start, std::optional<qint64> end,
             const QString &status = u"succeeded"_s)
    {
        return exec(
            u"INSERT INTO runs (id, workflow_id, trigger, started_at, ended_at, status) VALUES (?, ?, 'start', ?, ?, ?)"_s,
            {id, workflow, start, end ? QVariant(*end) : QVariant(QMetaType(QMetaType::LongLong)),
             end ? status : u"running"_s});
    }
    // As collectDataHeatMapService stores an ended run: its row, one row per 5-minute slot, and the rollups.
    bool stored(qint64 id, qint64 workflow, const QString &name, bool technical, qint64 start, qint64 end)
    {
        if (!exec(u"INSERT INTO heatmap_runs (run_id, workflow_id, workflow_name, technical, status, started_at, "
                  "ended_at, duration_ms) VALUES (?, ?, ?, ?, 'succeeded', ?, ?, ?)"_s,
                  {id, workflow, name, technical ? 1 : 0, start, end, end - start}))
            return false;
        const qint64 S = heatmap::SlotMs;
        for (qint64 slot = start / S * S; slot <= (end - 1) / S * S; slot += S)
            if (!exec(u"INSERT INTO heatmap_slots (slot_at, run_id, workflow_id) VALUES (?, ?, ?)"_s,
                      {slot, id, workflow}))
                return false;
        auto rolled = HeatMapCollectorJob::rollUp(*instance->database(), {id});
        if (!rolled)
            qWarning("%s", qPrintable(rolled.error().message));
        return rolled.has_value();
    }
    bool task(qint64 run, const QString &activity, qint64 start, std::optional<qint64> end)
    {
        return exec(u"INSERT INTO tasks (workflow_id, run_id, activity, state, created_at, started_at, ended_at) "
                    "SELECT workflow_id, id, ?, ?, ?, ?, ? FROM runs WHERE id = ?"_s,
                    {activity, end ? u"done"_s : u"running"_s, start, start,
                     end ? QVariant(*end) : QVariant(QMetaType(QMetaType::LongLong)), run});
    }
};

// The cells of a map that are not 0, as "row label col label=count".
QStringList nonZero(const HeatMap &map)
{
    QStringList cells;
    for (int row = 0; row < map.layout.rows(); ++row)
        for (int column = 0; column < map.layout.columns(); ++column)
            if (const int count = map.counts.at(row * map.layout.columns() + column))
                cells << u"%1 %2=%3"_s.arg(map.layout.rowLabels.at(row), map.layout.columnLabels.at(column)).arg(count);
    return cells;
}

} // namespace

class HeatMapTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Fixture> f;
    const qint64 now = at(2026, 3, 10, 12, 0);

    HeatMap day(QDate date, const HeatMapFilter &filter = {}, HeatMapView view = HeatMapView::Day) const
    {
        auto map = HeatMapQuery(*f->instance, f->admin)
                       .heatMap({.view = view, .date = date, .zone = paris, .filter = filter, .now = now});
        if (!map)
            qFatal("heat map: %s", qPrintable(map.error().message));
        return *map;
    }

    // 10 March 2026 (UTC+1): export 10:02–10:13 (stored by the collector, still in runs) and 10:07–10:08;
    // newsletter 10:55–11:06 (only in the store: its history is purged) and 23:50 on the 9th – 00:12 (stored); a
    // newsletter still running since 11:40 (now is 12:00); export 11:59–12:01 started after the collector's
    // last pass (its watermark: 11:30).
    void addTenthOfMarch() const
    {
        QVERIFY(f->run(1, 901, at(2026, 3, 10, 10, 2), at(2026, 3, 10, 10, 13)));
        QVERIFY(f->stored(1, 901, u"export"_s, true, at(2026, 3, 10, 10, 2), at(2026, 3, 10, 10, 13)));
        QVERIFY(f->run(2, 901, at(2026, 3, 10, 10, 7), at(2026, 3, 10, 10, 8)));
        QVERIFY(f->stored(2, 901, u"export"_s, true, at(2026, 3, 10, 10, 7), at(2026, 3, 10, 10, 8)));
        QVERIFY(f->stored(3, 902, u"newsletter"_s, false, at(2026, 3, 10, 10, 55), at(2026, 3, 10, 11, 6)));
        QVERIFY(f->run(4, 902, at(2026, 3, 9, 23, 50), at(2026, 3, 10, 0, 12)));
        QVERIFY(f->stored(4, 902, u"newsletter"_s, false, at(2026, 3, 9, 23, 50), at(2026, 3, 10, 0, 12)));
        QVERIFY(f->run(5, 902, at(2026, 3, 10, 11, 40), std::nullopt));
        QVERIFY(f->run(6, 901, at(2026, 3, 10, 11, 59), at(2026, 3, 10, 12, 1)));
        QVERIFY(f->exec(
            u"INSERT INTO job_watermarks (name, mark, updated_at) VALUES ('collectDataHeatMapService.runs', ?, ?)"_s,
            {at(2026, 3, 10, 11, 30), at(2026, 3, 10, 11, 30)}));
        QVERIFY(f->task(1, u"start"_s, at(2026, 3, 10, 10, 2), at(2026, 3, 10, 10, 2)));
        QVERIFY(f->task(1, u"extract"_s, at(2026, 3, 10, 10, 3), at(2026, 3, 10, 10, 12)));
        QVERIFY(f->task(5, u"send"_s, at(2026, 3, 10, 11, 41), std::nullopt));
    }

    const QStringList tenthOfMarch = {
        u"00:00 :00=1"_s, u"00:00 :05=1"_s, u"00:00 :10=1"_s, // newsletter, from the day before
        u"10:00 :00=1"_s, u"10:00 :05=1"_s, u"10:00 :10=1"_s, u"10:00 :55=1"_s, // export (twice: once), newsletter
        u"11:00 :00=1"_s, u"11:00 :05=1"_s, // newsletter across the hour
        u"11:00 :40=1"_s, u"11:00 :45=1"_s, u"11:00 :50=1"_s, u"11:00 :55=2"_s, // running newsletter; export
        u"12:00 :00=1"_s, // export up to 12:01; the running newsletter up to now (12:00) only
    };

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<Fixture>();
        static int count = 0;
        const QString error = f->open({.dialect = Dialect::Sqlite,
                                       .path = m_dir.filePath(u"heat%1.sqlite"_s.arg(++count)),
                                       .host = {},
                                       .port = 0,
                                       .database = {},
                                       .user = {},
                                       .password = {}});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanup() { f.reset(); }

    void countsDistinctWorkflowsPerFiveMinutes()
    {
        addTenthOfMarch();
        const HeatMap map = day(QDate(2026, 3, 10));
        QCOMPARE(map.layout.rows(), 24);
        QCOMPARE(map.layout.columns(), 12);
        QCOMPARE(map.layout.rowLabels.first(), u"00:00"_s);
        QCOMPARE(nonZero(map), tenthOfMarch);
        QCOMPARE(map.maximum, 2);
        // The day before ends with the newsletter crossing midnight.
        QCOMPARE(nonZero(day(QDate(2026, 3, 9))), (QStringList{u"23:00 :50=1"_s, u"23:00 :55=1"_s}));
    }

    void springForwardDayHas23Rows()
    {
        // No collection yet: everything comes from runs. A run crossing midnight, one crossing the change.
        QVERIFY(f->run(1, 902, utc(2026, 3, 28, 22, 55), utc(2026, 3, 28, 23, 5))); // 23:55 – 00:05 CET
        QVERIFY(f->run(2, 901, utc(2026, 3, 29, 0, 55), utc(2026, 3, 29, 1, 7))); // 01:55 CET – 03:07 CEST
        const HeatMap map = day(QDate(2026, 3, 29));
        QCOMPARE(map.layout.rows(), 23);
        QCOMPARE(map.layout.rowLabels.mid(0, 3), (QStringList{u"00:00 CET"_s, u"01:00 CET"_s, u"03:00 CEST"_s}));
        QCOMPARE(
            nonZero(map),
            (QStringList{u"00:00 CET :00=1"_s, u"01:00 CET :55=1"_s, u"03:00 CEST :00=1"_s, u"03:00 CEST :05=1"_s}));
        QCOMPARE(nonZero(day(QDate(2026, 3, 28))), QStringList{u"23:00 :55=1"_s});
    }

    void fallBackDayHas25Rows()
    {
        QVERIFY(f->run(1, 901, utc(2026, 10, 25, 0, 10), utc(2026, 10, 25, 0, 14))); // 02:10 CEST
        QVERIFY(f->run(2, 902, utc(2026, 10, 25, 1, 10), utc(2026, 10, 25, 1, 14))); // 02:10 CET
        const HeatMap map = day(QDate(2026, 10, 25));
        QCOMPARE(map.layout.rows(), 25);
        QCOMPARE(map.layout.rowLabels.mid(1, 4),
                 (QStringList{u"01:00 CEST"_s, u"02:00 CEST"_s, u"02:00 CET"_s, u"03:00 CET"_s}));
        QCOMPARE(nonZero(map), (QStringList{u"02:00 CEST :10=1"_s, u"02:00 CET :10=1"_s}));
    }

    void filters()
    {
        addTenthOfMarch();
        const QDate tenth(2026, 3, 10);
        // Ten minutes or more: export's 11-minute run, newsletter's 11 and 22-minute runs and the running one (20).
        QCOMPARE(nonZero(day(tenth, {.minDurationMs = 10 * Minute, .workflowId = 0, .technical = {}, .text = {}})),
                 (QStringList{u"00:00 :00=1"_s, u"00:00 :05=1"_s, u"00:00 :10=1"_s, u"10:00 :00=1"_s, u"10:00 :05=1"_s,
                              u"10:00 :10=1"_s, u"10:00 :55=1"_s, u"11:00 :00=1"_s, u"11:00 :05=1"_s, u"11:00 :40=1"_s,
                              u"11:00 :45=1"_s, u"11:00 :50=1"_s, u"11:00 :55=1"_s}));
        QCOMPARE(nonZero(day(tenth, {.minDurationMs = 21 * Minute, .workflowId = 0, .technical = {}, .text = {}})),
                 (QStringList{u"00:00 :00=1"_s, u"00:00 :05=1"_s, u"00:00 :10=1"_s}));
        const QStringList exportOnly
            = {u"10:00 :00=1"_s, u"10:00 :05=1"_s, u"10:00 :10=1"_s, u"11:00 :55=1"_s, u"12:00 :00=1"_s};
        QCOMPARE(nonZero(day(tenth, {.minDurationMs = 0, .workflowId = 901, .technical = {}, .text = {}})), exportOnly);
        QCOMPARE(nonZero(day(tenth, {.minDurationMs = 0, .workflowId = 0, .technical = true, .text = {}})), exportOnly);
        const HeatMap marketing = day(tenth, {.minDurationMs = 0, .workflowId = 0, .technical = false, .text = {}});
        const HeatMap byLabel
            = day(tenth, {.minDurationMs = 0, .workflowId = 0, .technical = {}, .text = u"NEWSLETTER"_s});
        QCOMPARE(nonZero(byLabel), nonZero(marketing));
        QCOMPARE(nonZero(marketing).size(), tenthOfMarch.size() - 4); // export's own four cells
        QCOMPARE(nonZero(day(tenth, {.minDurationMs = 0, .workflowId = 0, .technical = {}, .text = u"ightly ex"_s})),
                 exportOnly); // the label
        QVERIFY(
            nonZero(day(tenth, {.minDurationMs = 0, .workflowId = 0, .technical = {}, .text = u"50%"_s})).isEmpty());
    }

    void drillDownListsRunsAndTheirActivities()
    {
        addTenthOfMarch();
        HeatMapQuery query(*f->instance, f->admin);
        const HeatMapRequest request{
            .view = HeatMapView::Day, .date = QDate(2026, 3, 10), .zone = paris, .filter = {}, .now = now};
        auto runs = query.runsDuring(request, at(2026, 3, 10, 10, 5), at(2026, 3, 10, 10, 10));
        QVERIFY2(runs, qPrintable(runs ? QString() : runs.error().message));
        QCOMPARE(runs->size(), 2);
        QCOMPARE(runs->at(0).runId, 1);
        QCOMPARE(runs->at(0).workflowLabel, u"Nightly export"_s);
        QVERIFY(runs->at(0).technical);
        QCOMPARE(runs->at(0).durationMs, 11 * Minute);
        QCOMPARE(runs->at(0).activities.size(), 2);
        QCOMPARE(runs->at(0).activities.at(1).activity, u"extract"_s);
        QCOMPARE(runs->at(0).activities.at(1).startedAt, at(2026, 3, 10, 10, 3));
        QCOMPARE(runs->at(0).activities.at(1).durationMs, 9 * Minute);
        QCOMPARE(runs->at(1).runId, 2);
        // The stored run whose history is gone, and the running one with its running activity.
        runs = query.runsDuring(request, at(2026, 3, 10, 11, 0), at(2026, 3, 10, 11, 5));
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->at(0).runId, 3);
        QVERIFY(!runs->at(0).historyKept);
        runs = query.runsDuring(request, at(2026, 3, 10, 11, 55), at(2026, 3, 10, 12, 0));
        QCOMPARE(runs->size(), 2);
        QCOMPARE(runs->at(0).runId, 5);
        QCOMPARE(runs->at(0).endedAt, 0);
        QCOMPARE(runs->at(0).durationMs, 20 * Minute);
        QCOMPARE(runs->at(0).activities.size(), 1);
        QCOMPARE(runs->at(0).activities.at(0).durationMs, 19 * Minute);
        QCOMPARE(runs->at(1).runId, 6);
    }

    void monthAndYearViews()
    {
        addTenthOfMarch();
        QVERIFY(f->run(7, 901, at(2026, 3, 29, 3, 10), at(2026, 3, 29, 3, 20)));
        const HeatMap month = day(QDate(2026, 3, 1), {}, HeatMapView::Month);
        QCOMPARE(month.layout.rows(), 31);
        QCOMPARE(month.layout.columns(), 24);
        // 10 March: newsletter at 00, export and newsletter at 10, both at 11, export at 12; the 9th ends at 23.
        const QStringList expected
            = {month.layout.rowLabels.at(8) + u" 23=1"_s, month.layout.rowLabels.at(9) + u" 00=1"_s,
               month.layout.rowLabels.at(9) + u" 10=2"_s, month.layout.rowLabels.at(9) + u" 11=2"_s,
               month.layout.rowLabels.at(9) + u" 12=1"_s, month.layout.rowLabels.at(28) + u" 03=1"_s};
        QCOMPARE(nonZero(month), expected);
        QVERIFY(month.layout.cell(28, 2).isEmpty()); // 02:00 does not exist on 29 March
        const HeatMap october = day(QDate(2026, 10, 1), {}, HeatMapView::Month);
        QCOMPARE(october.layout.cell(24, 2).end - october.layout.cell(24, 2).start, 2 * heatmap::HourMs);

        const HeatMap year = day(QDate(2026, 6, 1), {}, HeatMapView::Year);
        QCOMPARE(year.layout.rows(), 12);
        QCOMPARE(year.layout.columns(), 31);
        QCOMPARE(year.counts.at(2 * 31 + 8), 1); // 9 March
        QCOMPARE(year.counts.at(2 * 31 + 9), 2); // 10 March
        QCOMPARE(year.counts.at(2 * 31 + 28), 1); // 29 March
        QVERIFY(year.layout.cell(1, 29).isEmpty()); // 30 February
        QCOMPARE(year.maximum, 2);
    }

    void projectsTheScheduledRunsOfTheNextSevenDays()
    {
        // morningLoad: armed for 11 March 04:00 UTC, its runs took 10, 20 and 30 minutes; pausedLoad never fires.
        for (const qint64 workflow : {903, 904})
            QVERIFY(f->exec(u"INSERT INTO tasks (workflow_id, activity, state, created_at, wake_at, fire_count) "
                            "VALUES (?, 'tick', 'armed', 0, ?, 3)"_s,
                            {workflow, utc(2026, 3, 11, 4, 0)}));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(f->run(10 + i, 903, utc(2026, 3, 6 + i, 4, 0), utc(2026, 3, 6 + i, 4, 10 * i)));
        const HeatMap map = day(QDate(2026, 3, 10), {}, HeatMapView::Projected);
        QCOMPARE(map.layout.rows(), 7 * 24);
        QStringList expected;
        for (int day = 1; day <= 6; ++day)
            for (const QString &column : {u":00"_s, u":05"_s, u":10"_s, u":15"_s})
                expected << u"05:00 %1=1"_s.arg(column); // 04:00 UTC is 05:00 in Paris; 20 minutes each
        QCOMPARE(nonZero(map), expected);
        QCOMPARE(map.layout.rowLabels.at(24).section(u"  "_s, 1), u"00:00"_s); // the 11th's first row names it

        const HeatMapRequest request{
            .view = HeatMapView::Projected, .date = QDate(2026, 3, 10), .zone = paris, .filter = {}, .now = now};
        auto runs
            = HeatMapQuery(*f->instance, f->admin).runsDuring(request, at(2026, 3, 12, 5, 10), at(2026, 3, 12, 5, 15));
        QVERIFY2(runs, qPrintable(runs ? QString() : runs.error().message));
        QCOMPARE(runs->size(), 1);
        QVERIFY(runs->at(0).projected);
        QCOMPARE(runs->at(0).workflowName, u"morningLoad"_s);
        QCOMPARE(runs->at(0).startedAt, utc(2026, 3, 12, 4, 0));
        QCOMPARE(runs->at(0).durationMs, 20 * Minute);
        // A minimum duration above the estimate leaves it out.
        QVERIFY(nonZero(day(QDate(2026, 3, 10),
                            {.minDurationMs = 30 * Minute, .workflowId = 0, .technical = {}, .text = {}},
                            HeatMapView::Projected))
                    .isEmpty());
    }

    void refusedWithoutAdministration()
    {
        HeatMapQuery query(*f->instance, f->nobody);
        auto map = query.heatMap(
            {.view = HeatMapView::Day, .date = QDate(2026, 3, 10), .zone = paris, .filter = {}, .now = now});
        QVERIFY(!map);
        QCOMPARE(map.error().message,
                 u"operator nobody may not see the workflow heat map: that needs the ADMINISTRATION right"_s);
        QVERIFY(!query.runsDuring({}, 0, 1));
        QVERIFY(!query.workflows());
        auto listed = HeatMapQuery(*f->instance, f->admin).workflows();
        QVERIFY(listed);
        QVERIFY(std::any_of(listed->cbegin(), listed->cend(),
                            [](const HeatMapWorkflow &w) { return w.name == u"export"_s && w.technical; }));
    }

    // Random ended runs from 23 to 27 October 2026 (Paris falls back on the 25th), read first straight from runs,
    // then from the store the real collector fills (rollups), then again once the history of one workflow is
    // purged: every view and filter gives the same cells.
    void collectedViewsEqualViewsFromRuns()
    {
        QRandomGenerator random(25);
        const qint64 from = utc(2026, 10, 23, 0, 0);
        for (int id = 1; id <= 160; ++id) {
            const qint64 start = from + qint64(random.bounded(4 * 24 * 60)) * Minute + random.bounded(60'000);
            const int kind = random.bounded(10);
            const qint64 duration = kind == 0 ? 0 // instantaneous
                : kind == 1                   ? -Minute // ended "before" it started (a node's late clock)
                : kind == 2                   ? qint64(random.bounded(60, 600)) * Minute
                                              : qint64(random.bounded(1, 45)) * Minute + random.bounded(60'000);
            QVERIFY(f->run(id, 901 + random.bounded(4), start, start + duration));
        }
        const QTimeZone kolkata("Asia/Kolkata");
        const QList<HeatMapFilter> filters = {
            {},
            {.minDurationMs = 30 * Minute, .workflowId = 0, .technical = {}, .text = {}},
            {.minDurationMs = 0, .workflowId = 0, .technical = false, .text = {}},
            {.minDurationMs = 0, .workflowId = 902, .technical = {}, .text = {}},
            {.minDurationMs = 0, .workflowId = 0, .technical = {}, .text = u"EXPORT"_s},
        };
        const auto views = [&] {
            QList<QStringList> all;
            for (const HeatMapFilter &filter : filters) {
                for (int d = 23; d <= 27; ++d)
                    all << nonZero(day(QDate(2026, 10, d), filter));
                all << nonZero(day(QDate(2026, 10, 1), filter, HeatMapView::Month));
                all << nonZero(day(QDate(2026, 1, 1), filter, HeatMapView::Year));
                auto india = HeatMapQuery(*f->instance, f->admin)
                                 .heatMap({.view = HeatMapView::Month, .date = QDate(2026, 10, 1), .zone = kolkata,
                                           .filter = filter, .now = now});
                all << (india ? nonZero(*india) : QStringList{india.error().message});
            }
            return all;
        };
        const QList<QStringList> fromRuns = views();
        QVERIFY(fromRuns.first().size() > 20);

        JobContext::Reporting reporting;
        QStringList journal;
        JobContext context(*f->instance->database(), f->instance->dialect(), {{u"batch"_s, u"7"_s}}, {}, reporting,
                           [&](JournalLevel, const QString &line) { journal << line; }, false);
        HeatMapCollectorJob collector;
        auto collected = collector.run(context);
        QVERIFY2(collected, qPrintable(collected ? journal.join(u'\n') : collected.error().message));
        QVERIFY(scalar(*f->instance->database(), u"SELECT COUNT(*) FROM heatmap_hour_workflows"_s)->toInt() > 0);
        const QList<QStringList> fromStore = views();
        for (qsizetype i = 0; i < fromRuns.size(); ++i)
            QCOMPARE(fromStore.at(i), fromRuns.at(i));
        QVERIFY(f->exec(u"DELETE FROM runs WHERE workflow_id = 901"_s)); // only the store remembers them
        const QList<QStringList> purged = views();
        for (qsizetype i = 0; i < fromRuns.size(); ++i)
            QCOMPARE(purged.at(i), fromRuns.at(i));
    }

    // An instance whose store was filled before schema 7 gets its rollups and names from the migration.
    void schema7RollsUpAnOlderStore()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema6"_s);
            db.setDatabaseName(m_dir.filePath(u"schema6.sqlite"_s));
            QVERIFY(db.open());
            QVERIFY(Migrator::migrate(db, Dialect::Sqlite, 6).has_value());
            const QStringList rows = {
                u"INSERT INTO heatmap_runs VALUES (1, 901, 'export', 1, 'succeeded', 0, 600000, 600000)"_s,
                u"INSERT INTO heatmap_runs VALUES (2, 901, 'export2', 1, 'succeeded', 300000, 3900000, 3600000)"_s,
                u"INSERT INTO heatmap_runs VALUES (3, 902, 'news', 0, 'running', 0, NULL, 300000)"_s,
                u"INSERT INTO heatmap_slots VALUES (0, 1, 901), (300000, 1, 901), (0, 3, 902)"_s,
            };
            for (const QString &sql : rows)
                QVERIFY2(execute(db, sql).has_value(), qPrintable(sql));
            for (qint64 slot = 300000; slot < 3900000; slot += 300000)
                QVERIFY(execute(db, u"INSERT INTO heatmap_slots VALUES (?, 2, 901)"_s, {slot}).has_value());
            QVERIFY(Migrator::migrate(db, Dialect::Sqlite).has_value());
            const auto read = [&](const QString &sql) {
                QStringList lines;
                auto query = execute(db, sql);
                while (query && query->next())
                    lines << u"%1 %2"_s.arg(query->value(0).toString(), query->value(1).toString());
                return lines;
            };
            // Run 3 is running: named, not rolled up. Slot 300000 holds both runs of 901: the longest counts.
            QCOMPARE(read(u"SELECT workflow_id, workflow_name FROM heatmap_names ORDER BY 1, 2"_s),
                     (QStringList{u"901 export"_s, u"901 export2"_s, u"902 news"_s}));
            QCOMPARE(read(u"SELECT slot_at, longest_ms FROM heatmap_slot_workflows WHERE slot_at <= 300000 ORDER BY 1"_s),
                     (QStringList{u"0 600000"_s, u"300000 3600000"_s}));
            QCOMPARE(read(u"SELECT hour_at, longest_ms FROM heatmap_hour_workflows ORDER BY 1"_s),
                     (QStringList{u"0 3600000"_s, u"3600000 3600000"_s}));
        }
        QSqlDatabase::removeDatabase(u"schema6"_s);
    }

    // The same counting on PostgreSQL (its own instance, same statements).
    void countsOnPostgres()
    {
        testing::PostgresServer server;
        QString error;
        QVERIFY2(testing::PostgresServer::serverBinariesAvailable(&error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString database = server.createDatabase(u"heatmap"_s, &error);
        QVERIFY2(!database.isEmpty(), qPrintable(error));
        f = std::make_unique<Fixture>();
        error = f->open({.dialect = Dialect::Postgres,
                         .path = {},
                         .host = server.host(),
                         .port = server.port(),
                         .database = database,
                         .user = server.user(),
                         .password = server.password()});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        addTenthOfMarch();
        QCOMPARE(nonZero(day(QDate(2026, 3, 10))), tenthOfMarch);
        QCOMPARE(
            nonZero(day(QDate(2026, 3, 10),
                        {.minDurationMs = 21 * Minute, .workflowId = 0, .technical = {}, .text = u"newsletter"_s})),
            (QStringList{u"00:00 :00=1"_s, u"00:00 :05=1"_s, u"00:00 :10=1"_s}));
        auto runs
            = HeatMapQuery(*f->instance, f->admin)
                  .runsDuring(
                      {.view = HeatMapView::Day, .date = QDate(2026, 3, 10), .zone = paris, .filter = {}, .now = now},
                      at(2026, 3, 10, 11, 55), at(2026, 3, 10, 12, 0));
        QVERIFY2(runs, qPrintable(runs ? QString() : runs.error().message));
        QCOMPARE(runs->size(), 2);
        f.reset(); // its connections go before the server
    }
};

QTEST_GUILESS_MAIN(HeatMapTest)
#include "tst_heatmap.moc"
