// The heat-map page against a seeded SQLite instance with a day of runs: its model (QAbstractItemModelTester),
// the colour scale, keyboard navigation over the cells, a cell's drill-down and the requests to open a workflow or
// a run, the refusal for an operator without ADMINISTRATION, and screenshots of each view.
#include "consoletesting.h"
#include "heatmap/heatmaplegend.h"
#include "heatmap/heatmapmodel.h"
#include "heatmap/heatmappage.h"
#include "seededinstance.h"
#include "store/operatorrepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

const QTimeZone paris("Europe/Paris");
const QDate tenth(2026, 3, 10);
constexpr qint64 Minute = 60'000;

qint64 at(QDate date, int minutes)
{
    return QDateTime(date, QTime(0, 0), paris).toMSecsSinceEpoch() + minutes * Minute;
}

} // namespace

class HeatMapPageTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir, m_settings;
    std::shared_ptr<Instance> m_instance;
    qint64 m_admin = 0, m_nobody = 0;
    QList<qint64> m_workflows;

    // Shows the page for the administrator, on 10 March in Paris (server in UTC), and waits for the map.
    void showPage(HeatMapPage &page, qint64 operatorId, HeatMapView view = HeatMapView::Day)
    {
        page.resize(1360, 780);
        page.show();
        page.setTimeZones(paris, QTimeZone::utc());
        page.setDate(tenth);
        page.setView(view);
        page.setInstance(m_instance, operatorId);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_instance = testing::seededConsoleInstance(m_dir, m_settings);
        QVERIFY(m_instance);
        auto db = m_instance->database();
        auto admin = OperatorRepository(*db).create({0, u"heatadmin"_s, u"Heat admin"_s, u"x"_s, false}, {u"admin"_s});
        auto nobody = OperatorRepository(*db).create({0, u"heatnobody"_s, u"Nobody"_s, u"x"_s, false}, {});
        QVERIFY(admin && nobody);
        m_admin = *admin;
        m_nobody = *nobody;
        auto ids = execute(*db, u"SELECT id FROM workflows ORDER BY id LIMIT 10"_s);
        QVERIFY(ids);
        while (ids->next())
            m_workflows << ids->value(0).toLongLong();
        QCOMPARE(m_workflows.size(), 10);
        // Workflow k runs every (k + 1) × 25 minutes from 00:00 + 7k minutes, for (k % 4 + 1) × 6 minutes.
        QVERIFY(db->transaction());
        for (int k = 0; k < m_workflows.size(); ++k)
            for (int minute = 7 * k; minute < 24 * 60; minute += (k + 1) * 25)
                QVERIFY(execute(*db,
                                u"INSERT INTO runs (workflow_id, trigger, started_at, ended_at, status) VALUES "
                                "(?, 'scheduler', ?, ?, 'succeeded')"_s,
                                {m_workflows.at(k), at(tenth, minute), at(tenth, minute + (k % 4 + 1) * 6)}));
        QVERIFY(db->commit());
        auto run = scalar(*db, u"SELECT id FROM runs WHERE workflow_id = ? AND started_at = ?"_s,
                          {m_workflows.first(), at(tenth, 0)});
        QVERIFY(run && !run->isNull());
        QVERIFY(execute(*db,
                        u"INSERT INTO tasks (workflow_id, run_id, activity, state, created_at, started_at, ended_at) "
                        "VALUES (?, ?, 'purge', 'done', ?, ?, ?)"_s,
                        {m_workflows.first(), *run, at(tenth, 0), at(tenth, 1), at(tenth, 5)}));
    }

    void modelPassesTheTester()
    {
        HeatMapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const HeatMapView view : {HeatMapView::Day, HeatMapView::Month, HeatMapView::Year}) {
            auto map = HeatMapQuery(*m_instance, m_admin)
                           .heatMap({.view = view, .date = tenth, .zone = paris, .filter = {}, .now = 0});
            QVERIFY2(map, qPrintable(map ? QString() : map.error().message));
            model.setHeatMap(*map);
            QCOMPARE(model.rowCount(), map->layout.rows());
            QCOMPARE(model.headerData(0, Qt::Vertical).toString(), map->layout.rowLabels.first());
        }
        model.setHeatMap({});
        QCOMPARE(model.rowCount(), 0);
    }

    void colourScaleIsGreyForNoneAndDarkensWithCount()
    {
        const QColor none = HeatMapModel::colour(0, 5);
        QCOMPARE(none.saturation(), 0);
        QCOMPARE(HeatMapModel::colour(1, 5), QColor(0xfd, 0xe7, 0x25)); // viridis' light end
        QCOMPARE(HeatMapModel::colour(5, 5), QColor(0x44, 0x01, 0x54)); // its dark end
        const auto luminance = [](const QColor &c) { return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF(); };
        for (int count = 1; count < 5; ++count) // perceived lightness falls steadily with the count
            QVERIFY(luminance(HeatMapModel::colour(count, 5)) > luminance(HeatMapModel::colour(count + 1, 5)));
        QCOMPARE(HeatMapModel::textColour(HeatMapModel::colour(5, 5)), QColor(Qt::white));
    }

    void showsTheDayAndNavigatesWithTheKeyboard()
    {
        HeatMapPage page;
        showPage(page, m_admin);
        HeatMapModel *model = page.model();
        QCOMPARE(model->rowCount(), 24);
        QCOMPARE(model->columnCount(), 12);
        QCOMPARE(model->index(0, 0).data(HeatMapModel::CountRole).toInt(), 1); // workflow 0 only
        QCOMPARE(model->index(0, 1).data(HeatMapModel::CountRole).toInt(), 2); // and workflow 1 from 00:07
        QVERIFY(page.legend()->maximum() >= 3);
        QVERIFY(page.zoneLabel()->text().contains(u"Europe/Paris"_s));
        QVERIFY(page.zoneLabel()->text().contains(u"server: UTC"_s));

        QTableView *grid = page.grid();
        grid->setFocus();
        grid->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(grid, Qt::Key_Right);
        QTest::keyClick(grid, Qt::Key_Right);
        QTest::keyClick(grid, Qt::Key_Down);
        QCOMPARE(grid->currentIndex(), model->index(1, 2));
        QTest::keyClick(grid, Qt::Key_Up);
        QTest::keyClick(grid, Qt::Key_Left);
        QCOMPARE(grid->currentIndex(), model->index(0, 1));

        // Enter opens the cell's runs: one per workflow there, each with its activities.
        QSignalSpy shown(&page, &HeatMapPage::runsShown);
        QTest::keyClick(grid, Qt::Key_Return);
        QVERIFY(shown.wait(10000));
        QTreeWidget *runs = page.runsTree();
        QCOMPARE(runs->topLevelItemCount(), 2);
        QVERIFY(runs->topLevelItem(0)->text(0).contains(u"run "_s));
        QCOMPARE(runs->topLevelItem(0)->text(1), u"2026-03-10 00:00:00"_s);
        QCOMPARE(runs->topLevelItem(0)->childCount(), 1);
        QCOMPARE(runs->topLevelItem(0)->child(0)->text(0), u"purge"_s);
        QCOMPARE(runs->topLevelItem(0)->child(0)->text(2), u"4 min 00 s"_s);

        // From there: the workflow, or the run (Enter on it).
        QSignalSpy workflow(&page, &HeatMapPage::workflowOpenRequested);
        QSignalSpy run(&page, &HeatMapPage::runOpenRequested);
        runs->setCurrentItem(runs->topLevelItem(1));
        QVERIFY(page.openWorkflowButton()->isEnabled());
        page.openWorkflowButton()->click();
        QCOMPARE(workflow.size(), 1);
        QCOMPARE(workflow.first().first().toLongLong(), m_workflows.at(1));
        runs->setFocus();
        runs->setCurrentItem(runs->topLevelItem(0));
        QTest::keyClick(runs, Qt::Key_Return);
        QCOMPARE(run.size(), 1);
        QCOMPARE(run.first().first().toLongLong(), m_workflows.first());
        QVERIFY(run.first().at(1).toLongLong() > 0);
        testing::saveScreenshot(page, u"heatmap-day.png"_s);
    }

    void filtersReloadTheMap()
    {
        HeatMapPage page;
        showPage(page, m_admin);
        const int before = page.model()->index(0, 1).data(HeatMapModel::CountRole).toInt();
        QCOMPARE(before, 2);
        QSignalSpy shown(&page, &HeatMapPage::heatMapShown);
        page.workflowFilter()->setCurrentIndex(page.workflowFilter()->findData(m_workflows.at(1)));
        QVERIFY(shown.wait(10000));
        QCOMPARE(page.model()->index(0, 1).data(HeatMapModel::CountRole).toInt(), 1);
        QCOMPARE(page.model()->index(0, 0).data(HeatMapModel::CountRole).toInt(), 0);
        page.workflowFilter()->setCurrentIndex(0);
        page.minimumDuration()->setValue(int(HeatMapPage::durationSteps().indexOf(10 * Minute))); // ≥ 10 min
        QVERIFY(shown.wait(10000));
        QTRY_VERIFY(!page.isLoading());
        QCOMPARE(page.model()->index(0, 1).data(HeatMapModel::CountRole).toInt(), 1); // workflow 1's 12 minutes
        page.minimumDuration()->setValue(0);
        page.nameFilter()->setText(u"no workflow is called this"_s);
        QVERIFY(shown.wait(10000));
        QTRY_VERIFY(!page.isLoading());
        QCOMPARE(page.model()->heatMap().maximum, 0);
    }

    void monthSkipsTheHourThatDoesNotExist()
    {
        HeatMapPage page;
        showPage(page, m_admin, HeatMapView::Month);
        HeatMapModel *model = page.model();
        QCOMPARE(model->rowCount(), 31);
        QCOMPARE(model->columnCount(), 24);
        QVERIFY(model->index(9, 10).data(HeatMapModel::CountRole).toInt() > 0);
        QCOMPARE(model->flags(model->index(28, 2)), Qt::NoItemFlags); // 29 March, 02:00
        page.grid()->setFocus();
        page.grid()->setCurrentIndex(model->index(28, 1));
        QTest::keyClick(page.grid(), Qt::Key_Right);
        QCOMPARE(page.grid()->currentIndex(), model->index(28, 3));
        testing::saveScreenshot(page, u"heatmap-month.png"_s);
        page.setView(HeatMapView::Year);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QCOMPARE(page.model()->rowCount(), 12);
        QCOMPARE(page.model()->index(2, 9).data(HeatMapModel::CountRole).toInt(), 10);
        testing::saveScreenshot(page, u"heatmap-year.png"_s);
        page.setView(HeatMapView::Projected);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QCOMPARE(page.model()->rowCount() / 24, 7);
        testing::saveScreenshot(page, u"heatmap-next7days.png"_s);
    }

    void refusedWithoutAdministration()
    {
        HeatMapPage page;
        showPage(page, m_nobody);
        QCOMPARE(page.model()->rowCount(), 0);
        const QList<QLabel *> labels = page.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
            return label->isVisible() && label->text().contains(u"needs the ADMINISTRATION right"_s);
        }));
    }
};

QTEST_MAIN(HeatMapPageTest)
#include "tst_heatmappage.moc"
