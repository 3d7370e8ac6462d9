// The run history against a real SQLite instance with 1,200 runs: the runs page by page, the duration chart's
// data and median, the Gantt rows of a run, and two runs compared; and screenshots.
#include "common/formatting.h"
#include "history/durationchart.h"
#include "history/ganttview.h"
#include "history/historydata.h"
#include "history/historyview.h"
#include "history/runcomparisonview.h"
#include "history/runsmodel.h"
#include "seededinstance.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

constexpr int Runs = 1200;
constexpr qint64 Start = 1'780'000'000'000;

// Run i (oldest first) lasts (i % 7 + 1) seconds; every 50th failed. Its id is recorded in the test.
qint64 durationOf(int i)
{
    return (i % 7 + 1) * 1000LL;
}

} // namespace

class HistoryViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_instance = testing::seededInstance(m_dir.path());
        QVERIFY(m_instance);
        auto db = m_instance->database();
        QVERIFY(db);
        auto id = scalar(*db, u"SELECT id FROM workflows WHERE internal_name = 'cleanup'"_s);
        QVERIFY(id && !id->isNull());
        m_workflow = id->toLongLong();

        QVERIFY(db->transaction());
        for (int i = 0; i < Runs; ++i) {
            const qint64 started = Start + i * 3'600'000LL;
            const bool failed = i % 50 == 49;
            QVERIFY(execute(*db,
                            u"INSERT INTO runs (workflow_id, trigger, started_at, ended_at, status, error, rows_processed) "
                            "VALUES (?, 'scheduler', ?, ?, ?, ?, ?)"_s,
                            {m_workflow, started, started + durationOf(i), failed ? u"failed"_s : u"succeeded"_s,
                             failed ? QVariant(u"Deleting the delivery logs failed: disk full"_s) : QVariant(), i * 10}));
        }
        // The two newest runs get parameters, tasks and journal lines to compare.
        auto newest = execute(*db, u"SELECT id FROM runs WHERE workflow_id = ? ORDER BY id DESC LIMIT 2"_s, {m_workflow});
        QVERIFY(newest && newest->next());
        m_second = newest->value(0).toLongLong();
        QVERIFY(newest->next());
        m_first = newest->value(0).toLongLong();
        newest->finish();
        QVERIFY(execute(*db, u"UPDATE runs SET trigger = 'start', operator = 'admin', parameters = ? WHERE id = ?"_s,
                        {u"{\"days\":30,\"dryRun\":false}"_s, m_first}));
        QVERIFY(execute(*db, u"UPDATE runs SET trigger = 'start', operator = 'admin', parameters = ? WHERE id = ?"_s,
                        {u"{\"days\":7}"_s, m_second}));
        for (auto [run, purges, purgeState] : {std::tuple{m_first, 2, u"done"_s}, std::tuple{m_second, 1, u"failed"_s}}) {
            const qint64 started = scalar(*db, u"SELECT started_at FROM runs WHERE id = ?"_s, {run})->toLongLong();
            QStringList activities{u"start"_s, u"query"_s};
            for (int p = 0; p < purges; ++p)
                activities << u"purge"_s;
            activities << u"end"_s;
            for (int t = 0; t < activities.size(); ++t) {
                const bool last = activities[t] == u"purge"_s && t == activities.size() - 2;
                QVERIFY(execute(*db,
                                u"INSERT INTO tasks (workflow_id, run_id, activity, state, created_at, started_at, "
                                "ended_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                {m_workflow, run, activities[t], last ? purgeState : u"done"_s, started + t * 100,
                                 started + t * 100, started + t * 100 + 80}));
            }
            for (int l = 0; l < purges; ++l)
                QVERIFY(execute(*db,
                                u"INSERT INTO journal (workflow_id, run_id, at, level, activity, message) "
                                "VALUES (?, ?, ?, 1, 'purge', ?)"_s,
                                {m_workflow, run, started, u"Deleted %1 rows in %2 ms"_s.arg(100 * run + l).arg(l)}));
            QVERIFY(execute(*db,
                            u"INSERT INTO journal (workflow_id, run_id, at, level, activity, message) "
                            "VALUES (?, ?, ?, 1, 'start', ?)"_s,
                            {m_workflow, run, started, u"Run %1 started (start by admin)"_s.arg(run)}));
        }
        QVERIFY(execute(*db,
                        u"INSERT INTO journal (workflow_id, run_id, at, level, activity, message) "
                        "VALUES (?, ?, ?, 3, 'purge', 'Disk full')"_s,
                        {m_workflow, m_second, Start}));
        QVERIFY(db->commit());
    }

    void runsArePagedNewestFirst()
    {
        RunsModel model(m_instance, m_workflow);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy page(&model, &RunsModel::pageLoaded);
        QVERIFY(page.wait(10000));
        QCOMPARE(model.rowCount(), RunsModel::PageSize);
        QCOMPARE(model.run(0).id, m_second);
        while (model.rowCount() < Runs) { // the tester may have asked for the next page already
            if (model.canFetchMore({}))
                model.fetchMore({});
            QVERIFY(page.wait(10000));
        }
        QCOMPARE(model.rowCount(), Runs); // every run, no cap
        QVERIFY(!model.canFetchMore({}));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.run(row).startedAt < model.run(row - 1).startedAt);
        const int oldest = Runs - 1;
        QCOMPARE(model.index(oldest, RunsModel::Duration).data().toString(), u"1.0 s"_s);
        QCOMPARE(model.index(oldest - 49, RunsModel::Status).data().toString(), u"Failed"_s); // run 49
        QCOMPARE(model.index(oldest - 49, RunsModel::Error).data().toString(),
                 u"Deleting the delivery logs failed: disk full"_s);
        QCOMPARE(model.index(0, RunsModel::Trigger).data().toString(), u"start by admin"_s);
        QCOMPARE(durationText(185'000), u"3 min 05 s"_s);
    }

    void theMedianAndDownsampling()
    {
        QCOMPARE(median({}), 0.0);
        QCOMPARE(median({3, 1, 2}), 2.0);
        QCOMPARE(median({4, 1, 3, 2}), 2.5);
        QList<DurationPoint> points;
        for (int i = 0; i < 1000; ++i)
            points << DurationPoint{.startedAt = i, .seconds = double(i % 10), .failed = i == 333};
        points[500].seconds = 99;
        const QList<DurationPoint> kept = downsample(points, 100);
        QVERIFY(kept.size() <= 100);
        QVERIFY(std::any_of(kept.begin(), kept.end(), [](auto &p) { return p.seconds == 99; })); // the peak
        QVERIFY(std::any_of(kept.begin(), kept.end(), [](auto &p) { return p.failed; })); // the failure
        QVERIFY(std::is_sorted(kept.begin(), kept.end(), [](auto &a, auto &b) { return a.startedAt < b.startedAt; }));
        QCOMPARE(downsample(points.mid(0, 10), 100).size(), 10);

        auto series = readDurations(*m_instance, m_workflow, 200);
        QVERIFY2(series, series ? "" : qPrintable(series.error().message));
        QCOMPARE(series->runs, Runs);
        QVERIFY(series->downsampled);
        QVERIFY(series->points.size() <= 200);
        QList<double> all;
        for (int i = 0; i < Runs; ++i)
            all << double(durationOf(i)) / 1000.0;
        std::sort(all.begin(), all.end());
        QCOMPARE(series->medianSeconds, (all[Runs / 2 - 1] + all[Runs / 2]) / 2);
    }

    void theChartShowsTheDurationsAndTheMedian()
    {
        HistoryView view(m_instance, m_workflow);
        QSignalSpy durations(&view, &HistoryView::durationsLoaded);
        QVERIFY(durations.wait(10000));
        const DurationSeries &series = view.durationChart()->series();
        QCOMPARE(series.runs, Runs);
        QCOMPARE(series.points.size(), Runs); // under the 2,000 points kept
        QCOMPARE(series.medianSeconds, 4.0);
        QCOMPARE(view.durationChart()->unitName(), u"s"_s);
        QCOMPARE(view.durationChart()->chart()->series().size(), 3); // durations, median, failures
    }

    void theGanttShowsTheTasksOfTheSelectedRun()
    {
        HistoryView view(m_instance, m_workflow);
        QVERIFY(runsShown(view));
        QSignalSpy gantt(&view, &HistoryView::ganttLoaded);
        view.selectRuns({m_first});
        QVERIFY(gantt.wait(10000));
        const QList<GanttRow> &rows = view.ganttView()->rows();
        QStringList activities;
        for (const GanttRow &row : rows)
            activities << row.activity;
        QCOMPARE(activities, (QStringList{u"start"_s, u"query"_s, u"purge"_s, u"purge"_s, u"end"_s}));
        QCOMPARE(rows.at(1).end - rows.at(1).start, 80);
        QVERIFY(rows.at(2).start > rows.at(1).start);
        QCOMPARE(view.tabs()->tabText(1), u"Tasks of run %1"_s.arg(m_first));
        view.selectRuns({m_second});
        QVERIFY(gantt.wait(10000));
        QCOMPARE(view.ganttView()->rows().size(), 4);
        QCOMPARE(view.ganttView()->rows().at(2).state, u"failed"_s);
        QCOMPARE(GanttView::stateColor(u"failed"_s), GanttView::stateColor(u"suspended"_s));
        QVERIFY(GanttView::stateColor(u"failed"_s) != GanttView::stateColor(u"done"_s));
    }

    void twoRunsAreComparedSideBySide()
    {
        auto c = compareRuns(*m_instance, m_first, m_second);
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        QCOMPARE(c->first.id, m_first);
        QCOMPARE(c->parameters.size(), 2);
        QCOMPARE(c->parameters.at(0).name, u"days"_s);
        QCOMPARE(c->parameters.at(0).first, u"30"_s);
        QCOMPARE(c->parameters.at(0).second, u"7"_s);
        QCOMPARE(c->parameters.at(1).name, u"dryRun"_s);
        QCOMPARE(c->parameters.at(1).second, QString());
        QStringList activities;
        for (const auto &a : c->activities)
            activities << u"%1 %2/%3 %4/%5"_s.arg(a.activity).arg(a.firstCount).arg(a.secondCount).arg(a.firstMs).arg(
                a.secondMs);
        QCOMPARE(activities, (QStringList{u"start 1/1 80/80"_s, u"query 1/1 80/80"_s, u"purge 2/1 160/80"_s,
                                          u"end 1/1 80/80"_s}));
        // "Run # started" is the same in both once masked; the purge lines and the error differ.
        QStringList journal;
        for (const auto &d : c->journal)
            journal << u"%1: %2/%3"_s.arg(d.message).arg(d.firstCount).arg(d.secondCount);
        QCOMPARE(journal, (QStringList{u"Deleted # rows in # ms: 2/1"_s, u"Disk full: 0/1"_s}));
        QCOMPARE(maskNumbers(u"Deleted 1200 rows in 3.5 s"_s), u"Deleted # rows in #.# s"_s);

        HistoryView view(m_instance, m_workflow);
        QVERIFY(runsShown(view));
        QSignalSpy compared(&view, &HistoryView::comparisonLoaded);
        view.selectRuns({m_first, m_second});
        QVERIFY(compared.wait(10000));
        RunComparisonView *tree = view.comparisonView();
        QCOMPARE(tree->headerItem()->text(1), u"Run %1"_s.arg(m_first)); // the older run on the left
        QTreeWidgetItem *summary = tree->section(u"summary"_s);
        QVERIFY(summary);
        QCOMPARE(summary->child(0)->text(1), u"Succeeded"_s);
        QCOMPARE(tree->section(u"parameters"_s)->childCount(), 2);
        QCOMPARE(tree->section(u"activities"_s)->child(2)->text(1), u"2 × 160 ms"_s);
        QCOMPARE(tree->section(u"journal"_s)->childCount(), 2);
        QVERIFY(tree->section(u"parameters"_s)->child(0)->font(1).bold()); // a difference
        QVERIFY(!tree->section(u"activities"_s)->child(0)->font(1).bold());
    }

    void screenshots()
    {
        HistoryView view(m_instance, m_workflow);
        QSignalSpy durations(&view, &HistoryView::durationsLoaded);
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(durations.count() > 0 || durations.wait(10000));
        QVERIFY(runsShown(view));
        const QString folder = QStringLiteral(NIGHTSHIFT_BINARY_DIR) + u"/screenshots"_s;
        QVERIFY(QDir().mkpath(folder));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(view.grab().save(folder + u"/history-durations.png"_s));

        QSignalSpy gantt(&view, &HistoryView::ganttLoaded);
        view.selectRuns({m_first});
        QVERIFY(gantt.wait(10000));
        view.tabs()->setCurrentIndex(1);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(view.grab().save(folder + u"/history-gantt.png"_s));

        QSignalSpy compared(&view, &HistoryView::comparisonLoaded);
        view.selectRuns({m_first, m_second});
        QVERIFY(compared.wait(10000));
        view.tabs()->setCurrentIndex(2);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(view.grab().save(folder + u"/history-comparison.png"_s));
    }

private:
    static bool runsShown(HistoryView &view)
    {
        if (view.runsModel()->rowCount() > 0)
            return true;
        QSignalSpy page(view.runsModel(), &RunsModel::pageLoaded);
        return page.wait(10000);
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Instance> m_instance;
    qint64 m_workflow = 0;
    qint64 m_first = 0; // the second newest run
    qint64 m_second = 0; // the newest
};

QTEST_MAIN(HistoryViewTest)
#include "tst_historyview.moc"
