// The cubes page against a cube in memory: a dimension dropped onto the rows (and moved, and added from the
// keyboard), filters chosen from the members, expanding a row by double click, each chart type, the facts behind
// a cell (truncated with a note), errors shown, and the exports read back: CSV parsed against the model, PDF
// through pdftotext, PNG loaded at the widget's size. Then one pass on the real cube engine: Message Center
// events refreshed by the aggregate job and read through the page, checked against a naive recomputation.
// Screenshots go to <build>/screenshots.
#include "../reports/cubenaive.h"
#include "common/messagebar.h"
#include "consoletesting.h"
#include "fakepivotsource.h"
#include "goldenjob.h"
#include "reports/cubejob.h"
#include "reports/cubespage.h"
#include "reports/drillthroughdialog.h"
#include "reports/pivotmodel.h"

#include <QCheckBox>
#include <QDialog>
#include <QDropEvent>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QProcess>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QtCharts/QChart>

using namespace Qt::StringLiterals;
using namespace nightshift;
using nightshift::reports::AxisLevel;
using nightshift::testing::FakePivotSource;

namespace {

const AxisLevel Channel{.dimension = u"channel"_s, .level = u"channel"_s};
const AxisLevel Year{.dimension = u"date"_s, .level = u"year"_s};
const AxisLevel StatusLevel{.dimension = u"status"_s, .level = u"status"_s};

// RFC 4180 read back: fields, quotes doubled inside quoted fields, CRLF between records.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

// Sends the drag-and-drop events a drop of `mime` at `at` produces.
bool dropOn(QAbstractItemView *zone, QMimeData *mime, QPoint at = {10, 10})
{
    QWidget *target = zone->viewport();
    QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(at, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(at), Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

QModelIndex rowNamed(const PivotModel &model, const QString &label, const QModelIndex &parent = {})
{
    for (int r = 0; r < model.rowCount(parent); ++r)
        if (model.index(r, 0, parent).data().toString() == label)
            return model.index(r, 0, parent);
    return {};
}

} // namespace

class CubesPageTest : public QObject
{
    Q_OBJECT

private:
    // Applies `change` and waits until the page shows the new pivot.
    template <typename Change>
    bool shown(Change change)
    {
        QSignalSpy spy(m_page.get(), &CubesPage::pivotShown);
        change();
        return !spy.isEmpty() || spy.wait(10000);
    }

    QTemporaryDir m_settings;
    QTemporaryDir m_out;
    std::shared_ptr<FakePivotSource> m_source;
    std::unique_ptr<CubesPage> m_page;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid() && m_out.isValid());
        testing::isolateSettings(m_settings.path());
        qRegisterMetaType<DrillThroughDialog *>(); // drillThroughShown's argument, for QSignalSpy
    }

    void init()
    {
        m_source = std::make_shared<FakePivotSource>(620, true);
        m_page = std::make_unique<CubesPage>(m_source);
        m_page->resize(1180, 720);
        QVERIFY(shown([this] { m_page->show(); }));
        QCOMPARE(m_page->cubes().size(), 1);
        QTRY_VERIFY(m_page->refreshLabel()->text().startsWith(u"Refreshed "_s));
        // A first pivot: the first dimension by the first measure.
        QCOMPARE(m_page->model()->spec().rows.size(), 1);
        QCOMPARE(m_page->model()->spec().measures, QStringList{u"count"_s});
        QCOMPARE(m_page->zone(PivotZone::Rows)->count(), 1);
    }

    void cleanup() { m_page.reset(); }

    void dropsADimensionOntoTheRows()
    {
        QTreeWidgetItem *year = m_page->fieldList()->itemFor(u"date"_s, u"year"_s);
        QVERIFY(year);
        auto *mime = m_page->fieldList()->mimeData({year}); // what dragging it carries
        QVERIFY(mime);
        QVERIFY(shown([&] { QVERIFY(dropOn(m_page->zone(PivotZone::Rows), mime, {300, 10})); }));
        delete mime;
        QCOMPARE(m_page->model()->spec().rows.size(), 2);
        QCOMPARE(m_page->model()->spec().rows[1].level, u"year"_s);
        QCOMPARE(m_page->zone(PivotZone::Rows)->item(1)->text(), u"Date › Year"_s);
        const QModelIndex email = rowNamed(*m_page->model(), u"Email"_s);
        QCOMPARE(m_page->model()->rowCount(email), 2);
        QVERIFY(m_page->tableView()->isExpanded(email));

        // A measure is refused on the rows.
        auto *measure = m_page->fieldList()->mimeData({m_page->fieldList()->itemFor(u"amount"_s)});
        QVERIFY(!dropOn(m_page->zone(PivotZone::Rows), measure));
        QVERIFY(dropOn(m_page->zone(PivotZone::Measures), measure, {400, 10}));
        delete measure;
        QTRY_COMPARE(m_page->model()->spec().measures, (QStringList{u"count"_s, u"amount"_s}));

        // The year chip dragged from the rows onto the columns moves it there.
        auto *chip = m_page->zone(PivotZone::Rows)->model()->mimeData(
            {m_page->zone(PivotZone::Rows)->model()->index(1, 0)});
        QVERIFY(shown([&] { QVERIFY(dropOn(m_page->zone(PivotZone::Columns), chip)); }));
        delete chip;
        QCOMPARE(m_page->model()->spec().rows.size(), 1);
        QCOMPARE(m_page->model()->spec().columns.size(), 1);
        QCOMPARE(m_page->model()->columnCount(), 1 + 2 * 2 + 2); // 2025, 2026 and the total, 2 measures each

        // From the keyboard: the status onto the columns with Ctrl+2, then removed with Delete.
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->fieldList()->setFocus();
        m_page->fieldList()->setCurrentItem(m_page->fieldList()->itemFor(u"status"_s, u"status"_s));
        QVERIFY(shown([&] { QTest::keyClick(m_page->fieldList(), Qt::Key_2, Qt::ControlModifier); }));
        QCOMPARE(m_page->model()->spec().columns.size(), 2);
        m_page->zone(PivotZone::Columns)->setFocus();
        m_page->zone(PivotZone::Columns)->setCurrentRow(0);
        QVERIFY(shown([&] { QTest::keyClick(m_page->zone(PivotZone::Columns), Qt::Key_Delete); }));
        QCOMPARE(m_page->model()->spec().columns.size(), 1);
        QCOMPARE(m_page->model()->spec().columns.first().dimension, u"status"_s);
    }

    void filtersOnChosenMembers()
    {
        QSignalSpy dialogs(m_page.get(), &CubesPage::filterDialogShown);
        m_page->editFilter(Channel);
        QVERIFY(dialogs.wait(10000));
        auto *dialog = qobject_cast<FilterDialog *>(dialogs.first().first().value<QWidget *>());
        QVERIFY(dialog);
        QCOMPARE(dialog->membersModel()->rowCount(), 4);
        dialog->membersModel()->item(0)->setCheckState(Qt::Checked); // email
        QVERIFY(shown([&] { dialog->accept(); }));
        QCOMPARE(m_page->zone(PivotZone::Filters)->item(0)->text(), u"Channel: Email"_s);
        QCOMPARE(m_page->model()->rowCount(), 2); // Email and the total
        QCOMPARE(rowNamed(*m_page->model(), u"Total"_s).siblingAtColumn(1).data(PivotModel::ValueRole).toLongLong(),
                 qlonglong(m_source->matching({{.on = Channel, .members = {u"email"_s}, .exclude = false}}).size()));
        QVERIFY(shown([&] { m_page->removeField(PivotZone::Filters, 0); }));
        QCOMPARE(m_page->model()->rowCount(), 5);
    }

    void expandsARowByDoubleClick()
    {
        QVERIFY(shown([&] { m_page->removeField(PivotZone::Rows, 0); }));
        QVERIFY(shown([&] { m_page->addField({.kind = PivotField::Level, .level = Year, .measure = {}, .label = {}},
                                             PivotZone::Rows); }));
        QTreeView *table = m_page->tableView();
        const QModelIndex year = rowNamed(*m_page->model(), u"2026"_s);
        QVERIFY(m_page->model()->canExpand(year));
        QVERIFY(table->visualRect(year).isValid());
        QVERIFY(shown([&] { Q_EMIT table->doubleClicked(year); })); // the view's double click
        const QModelIndex opened = rowNamed(*m_page->model(), u"2026"_s);
        QVERIFY(m_page->model()->rowCount(opened) > 1);
        QVERIFY(table->isExpanded(opened));
        QVERIFY(m_page->model()->index(0, 0, opened).data().toString().startsWith(u'Q'));
    }

    void switchesChartTypes()
    {
        QVERIFY(shown([&] { m_page->addField({.kind = PivotField::Level, .level = StatusLevel, .measure = {}, .label = {}},
                                             PivotZone::Columns); }));
        PivotChart *chart = m_page->chartView();
        QCOMPARE(m_page->tabs()->currentWidget(), m_page->tableView());
        const QList<std::pair<PivotChart::Type, QAbstractSeries::SeriesType>> types{
            {PivotChart::StackedBar, QAbstractSeries::SeriesTypeStackedBar},
            {PivotChart::Line, QAbstractSeries::SeriesTypeLine},
            {PivotChart::Pie, QAbstractSeries::SeriesTypePie},
            {PivotChart::Bar, QAbstractSeries::SeriesTypeBar}};
        for (const auto &[type, seriesType] : types) {
            m_page->setChartType(type);
            QCOMPARE(chart->type(), type);
            QCOMPARE(m_page->tabs()->currentWidget(), chart);
            QVERIFY(!chart->chart()->series().isEmpty());
            QCOMPARE(chart->chart()->series().first()->type(), seriesType);
            QCOMPARE(chart->categoryCount(), 4); // the channels, not the total
            QCOMPARE(chart->seriesCount(), type == PivotChart::Pie ? 1 : 2); // per status; a pie of the totals
            QCOMPARE(chart->chart()->series().size(), type == PivotChart::Line ? 2 : 1);
            if (type == PivotChart::StackedBar || type == PivotChart::Pie)
                testing::saveScreenshot(*m_page, type == PivotChart::Pie ? u"cubes-chart-pie.png"_s
                                                                         : u"cubes-chart-stacked.png"_s);
        }
    }

    void showsTheFactsOfACell()
    {
        QVERIFY(shown([&] { m_page->addField({.kind = PivotField::Level, .level = StatusLevel, .measure = {}, .label = {}},
                                             PivotZone::Columns); }));
        QTreeView *table = m_page->tableView();
        QSignalSpy shownDialogs(m_page.get(), &CubesPage::drillThroughShown);
        // Sms × sent, by double click: every fact listed.
        const QModelIndex cell = rowNamed(*m_page->model(), u"Sms"_s).siblingAtColumn(2);
        QCOMPARE(m_page->model()->headerData(2, Qt::Horizontal).toString(), u"sent"_s);
        QVERIFY(table->visualRect(cell).isValid());
        Q_EMIT table->doubleClicked(cell); // the view's double click
        QVERIFY(shownDialogs.wait(10000));
        DrillThroughDialog *dialog = m_page->drillThroughDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(qlonglong(dialog->factsModel()->rowCount()), cell.data(PivotModel::ValueRole).toLongLong());
        QCOMPARE(dialog->factsModel()->columnCount(), 4);
        for (int r = 0; r < dialog->factsModel()->rowCount(); ++r) {
            QCOMPARE(dialog->factsModel()->item(r, 0)->text(), u"sms"_s);
            QCOMPARE(dialog->factsModel()->item(r, 2)->text(), u"sent"_s);
        }
        QVERIFY(dialog->windowTitle().contains(u"Sms › sent"_s));
        QVERIFY(!dialog->note()->text().contains(u"first"_s));

        // The grand total has more facts than are shown: truncated, and said so.
        m_page->drillThrough(rowNamed(*m_page->model(), u"Total"_s).siblingAtColumn(3));
        QVERIFY(shownDialogs.wait(10000));
        dialog = m_page->drillThroughDialog();
        QCOMPARE(dialog->factsModel()->rowCount(), CubesPage::DrillThroughLimit);
        QVERIFY(dialog->note()->text().contains(u"first 500"_s));
        testing::saveScreenshot(*dialog, u"cubes-drillthrough.png"_s);
        dialog->close();
    }

    void showsErrors()
    {
        m_source->failWith(u"The aggregate of \"sales\" is missing: refresh the cube."_s);
        QSignalSpy failed(m_page->model(), &PivotModel::failed);
        m_page->model()->reload();
        QVERIFY(failed.wait(10000));
        QVERIFY(m_page->messageBar()->isVisible());
        QVERIFY(m_page->messageBar()->text().contains(u"refresh the cube"_s));
        QVERIFY(!m_page->progressBar()->isVisible());
        m_source->failWith({});
        QVERIFY(shown([&] { m_page->model()->reload(); }));
        QVERIFY(!m_page->messageBar()->isVisible());
    }

    void exportsReadBack()
    {
        QVERIFY(shown([&] { m_page->addField({.kind = PivotField::Level, .level = Year, .measure = {}, .label = {}},
                                             PivotZone::Rows); }));
        QVERIFY(shown([&] { m_page->addField({.kind = PivotField::Level, .level = StatusLevel, .measure = {}, .label = {}},
                                             PivotZone::Columns); }));
        QVERIFY(shown([&] { m_page->addField({.kind = PivotField::Measure, .level = {}, .measure = u"average"_s,
                                              .label = {}}, PivotZone::Measures); }));
        m_page->highlightBox()->setChecked(true);
        testing::saveScreenshot(*m_page, u"cubes-page.png"_s);
        const PivotModel &model = *m_page->model();

        // CSV: the header, then every row in the table's order with its ancestors, the values raw.
        const QString csvPath = m_out.filePath(u"pivot.csv"_s);
        QVERIFY(m_page->exportCsv(csvPath));
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(u"\"Web, \"\"beta\"\"\""_s)); // quoted, quotes doubled
        const QList<QStringList> csv = parseCsv(text);
        QCOMPARE(csv.first().mid(0, 2), (QStringList{u"Channel"_s, u"Date › Year"_s}));
        QCOMPARE(csv.first().size(), 2 + model.columnCount() - 1);
        for (int c = 1; c < model.columnCount(); ++c)
            QCOMPARE(csv.first()[1 + c], model.columnTitle(c));
        int line = 1;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex top = model.index(r, 0);
            QList<QModelIndex> rows{top};
            for (int k = 0; k < model.rowCount(top); ++k)
                rows << model.index(k, 0, top);
            for (const QModelIndex &row : rows) {
                const QStringList &fields = csv.at(line++);
                QCOMPARE(fields.size(), csv.first().size());
                if (row.parent().isValid()) {
                    QCOMPARE(fields[0], row.parent().data().toString());
                    QCOMPARE(fields[1], row.data().toString());
                } else {
                    QCOMPARE(fields[0], row.data().toString());
                    QCOMPARE(fields[1], model.rowCount(row) > 0 ? u"Total"_s : QString()); // a subtotal is marked
                }
                for (int c = 1; c < model.columnCount(); ++c) {
                    const QVariant value = row.siblingAtColumn(c).data(PivotModel::ValueRole);
                    if (value.isNull())
                        QCOMPARE(fields[1 + c], QString());
                    else
                        QCOMPARE(fields[1 + c].toDouble(), value.toDouble());
                }
            }
        }
        QCOMPARE(line, csv.size());
        QCOMPARE(csv.last().first(), u"Total"_s);

        // PDF: its text has the cube, the headers and the members.
        const QString pdfPath = m_out.filePath(u"pivot.pdf"_s);
        QVERIFY(m_page->exportPdf(pdfPath));
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-layout"_s, pdfPath, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(20000));
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString pdfText = QString::fromUtf8(pdftotext.readAllStandardOutput());
        for (const QString &expected : {u"Sales"_s, u"Email"_s, u"Sms"_s, u"2026"_s, u"Total"_s, u"Average amount"_s,
                                        u"failed"_s})
            QVERIFY2(pdfText.contains(expected), qPrintable(expected));

        // PNG: the chart and the table at their size on screen.
        for (bool chart : {true, false}) {
            const QString pngPath = m_out.filePath(chart ? u"chart.png"_s : u"table.png"_s);
            QVERIFY(m_page->exportPng(pngPath, chart));
            const QImage image(pngPath);
            QVERIFY(!image.isNull());
            const QWidget *widget = chart ? static_cast<QWidget *>(m_page->chartView()) : m_page->tableView();
            QCOMPARE(image.size(), widget->size() * widget->devicePixelRatio());
        }
        m_page->tabs()->setCurrentWidget(m_page->chartView());
        testing::saveScreenshot(*m_page, u"cubes-chart-bar.png"_s);
    }

    void endToEndOnTheCubeEngine()
    {
        m_page.reset();
        EngineFixture f;
        QString error;
        QVERIFY2(f.setUp(&error), qPrintable(error));
        const QSqlDatabase db = *f.instance->database();
        QRandomGenerator random(5);
        QCOMPARE(cubetest::addMessageCenterEvents(db, random, 700, 1), QString());
        reports::CubeJob job(u"messageCenter"_s, u"full"_s);
        const auto outcome = golden::run(f, job, u"aggregate:messageCenter"_s);
        QVERIFY2(outcome.status.has_value(), qPrintable(outcome.status ? QString() : outcome.status.error().message));

        m_page = std::make_unique<CubesPage>(std::make_shared<CubeReaderSource>(f.instance, std::nullopt));
        m_page->resize(1180, 720);
        QSignalSpy cubesLoaded(m_page.get(), &CubesPage::cubesLoaded);
        m_page->show();
        QVERIFY(cubesLoaded.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isBusy(), 10000);
        if (m_page->model()->cube().name != u"messageCenter")
            QVERIFY(shown([&] { QVERIFY(m_page->setCube(u"messageCenter"_s)); }));
        QTRY_VERIFY(m_page->refreshLabel()->text().startsWith(u"Refreshed "_s));
        QVERIFY2(!m_page->messageBar()->isVisible(), qPrintable(m_page->messageBar()->text()));
        QCOMPARE(m_page->model()->spec().rows.first().dimension, u"channel"_s);
        QVERIFY(shown([&] { m_page->addField({.kind = PivotField::Level, .level = StatusLevel, .measure = {}, .label = {}},
                                             PivotZone::Columns); }));
        QVERIFY(shown([&] { m_page->addField({.kind = PivotField::Measure, .level = {}, .measure = u"avgDelay"_s,
                                              .label = {}}, PivotZone::Measures); }));
        QVERIFY2(!m_page->messageBar()->isVisible(), qPrintable(m_page->messageBar()->text()));

        // Row totals and the grand total against the facts recomputed naively.
        const PivotModel &model = *m_page->model();
        const auto naive = cubetest::NaiveCube::messageCenter(db);
        const QStringList measures{u"events"_s, u"avgDelay"_s};
        const auto byChannel = naive.query(model.cube(), {.groupBy = {Channel}, .measures = measures, .filters = {}});
        const auto all = naive.query(model.cube(), {.groupBy = {}, .measures = measures, .filters = {}});
        const int totalEvents = model.columnCount() - 2, totalDelay = model.columnCount() - 1;
        QVERIFY(model.pivotColumn(totalEvents).total && model.pivotColumn(totalDelay).total);
        QCOMPARE(model.rowCount(), byChannel.cells.size() + 1);
        for (const auto &cell : byChannel.cells) {
            QModelIndex row;
            for (int r = 0; r < model.rowCount(); ++r)
                if (model.index(r, 0).data(PivotModel::ValueRole) == cell.members.first().key)
                    row = model.index(r, 0);
            QVERIFY2(row.isValid(), qPrintable(cell.members.first().key.toString()));
            QCOMPARE(row.siblingAtColumn(totalEvents).data(PivotModel::ValueRole).toLongLong(), cell.values[0].toLongLong());
            QVERIFY(qFuzzyCompare(row.siblingAtColumn(totalDelay).data(PivotModel::ValueRole).toDouble(),
                                  cell.values[1].toDouble()));
        }
        const QModelIndex total = rowNamed(model, u"Total"_s);
        QCOMPARE(total.siblingAtColumn(totalEvents).data(PivotModel::ValueRole).toLongLong(), 700);
        QVERIFY(qFuzzyCompare(total.siblingAtColumn(totalDelay).data(PivotModel::ValueRole).toDouble(),
                              all.cells.first().values[1].toDouble()));

        // The facts of the first channel's first status.
        QSignalSpy dialogs(m_page.get(), &CubesPage::drillThroughShown);
        const QModelIndex cell = model.index(0, 1);
        m_page->drillThrough(cell);
        QVERIFY(dialogs.wait(10000));
        QCOMPARE(qlonglong(m_page->drillThroughDialog()->factsModel()->rowCount()),
                 std::min<qlonglong>(cell.data(PivotModel::ValueRole).toLongLong(), CubesPage::DrillThroughLimit));
        m_page->drillThroughDialog()->close();
        m_page->highlightBox()->setChecked(true);
        testing::saveScreenshot(*m_page, u"cubes-page-engine.png"_s);
        m_page.reset(); // before the instance goes
    }
};

QTEST_MAIN(CubesPageTest)
#include "tst_cubespage.moc"
