// The pivot model against a cube in memory: rows nested by the row axis, columns per member and measure, totals
// from their own queries (an average's total is not a sum), drill-down and back, sorting by label and by measure
// with the grand total kept last, heat highlighting, number formats, and QAbstractItemModelTester throughout.
#include "fakepivotsource.h"
#include "reports/pivotformat.h"
#include "reports/pivotmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;
using nightshift::reports::AxisLevel;
using nightshift::reports::CubeFilter;
using nightshift::testing::FakePivotSource;

namespace {

const AxisLevel Channel{.dimension = u"channel"_s, .level = u"channel"_s};
const AxisLevel Year{.dimension = u"date"_s, .level = u"year"_s};
const AxisLevel Quarter{.dimension = u"date"_s, .level = u"quarter"_s};
const AxisLevel Month{.dimension = u"date"_s, .level = u"month"_s};
const AxisLevel StatusLevel{.dimension = u"status"_s, .level = u"status"_s};

PivotSpec spec(QList<AxisLevel> rows, QList<AxisLevel> columns, QStringList measures)
{
    return PivotSpec{.cube = u"sales"_s, .rows = std::move(rows), .columns = std::move(columns),
                     .measures = std::move(measures), .filters = {}, .drilled = {}};
}

// Waits for the model's query; false (and a test failure) when it fails or never ends.
bool waitLoaded(PivotModel &model)
{
    QSignalSpy loaded(&model, &PivotModel::loaded);
    QSignalSpy failed(&model, &PivotModel::failed);
    if (!model.isBusy() && !loaded.isEmpty())
        return true;
    const bool ok = loaded.wait(10000);
    if (!failed.isEmpty())
        qWarning() << "failed:" << failed.first().first().toString();
    return ok && failed.isEmpty();
}

bool load(PivotModel &model, const PivotSpec &s)
{
    QSignalSpy loaded(&model, &PivotModel::loaded);
    model.setSpec(s);
    return !loaded.isEmpty() || waitLoaded(model);
}

QModelIndex childNamed(const PivotModel &model, const QString &label, const QModelIndex &parent = {})
{
    for (int r = 0; r < model.rowCount(parent); ++r)
        if (model.index(r, 0, parent).data().toString() == label)
            return model.index(r, 0, parent);
    return {};
}

QStringList labels(const PivotModel &model, const QModelIndex &parent = {})
{
    QStringList result;
    for (int r = 0; r < model.rowCount(parent); ++r)
        result << model.index(r, 0, parent).data().toString();
    return result;
}

} // namespace

class PivotModelTest : public QObject
{
    Q_OBJECT

private:
    QVariant expected(const QList<CubeFilter> &filters, const QString &measure) const
    {
        return FakePivotSource::measures(m_source->matching(filters), {measure}).first();
    }
    static CubeFilter on(const AxisLevel &level, const QVariant &key)
    {
        return CubeFilter{.on = level, .members = {key}, .exclude = false};
    }

    std::shared_ptr<FakePivotSource> m_source;
    std::unique_ptr<PivotModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private Q_SLOTS:
    void init()
    {
        m_source = std::make_shared<FakePivotSource>();
        m_model = std::make_unique<PivotModel>(m_source);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setCube(FakePivotSource::cube());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void nestsRowsByTheRowAxis()
    {
        QVERIFY(load(*m_model, spec({Channel, Year}, {}, {u"count"_s})));
        QCOMPARE(labels(*m_model), (QStringList{u"Email"_s, u"Push"_s, u"Sms"_s, u"Total"_s}));
        QCOMPARE(m_model->columnCount(), 2);
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), u"Channel / Date › Year"_s);
        QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), u"Messages"_s);
        const QModelIndex sms = childNamed(*m_model, u"Sms"_s);
        QCOMPARE(labels(*m_model, sms), (QStringList{u"2025"_s, u"2026"_s}));
        QCOMPARE(m_model->rowCount(m_model->index(0, 1)), 0); // only column 0 has children
        const QModelIndex sms2026 = childNamed(*m_model, u"2026"_s, sms);
        QCOMPARE(sms2026.parent(), sms);
        QCOMPARE(sms2026.siblingAtColumn(1).data(PivotModel::ValueRole),
                 expected({on(Channel, u"sms"_s), on(Year, 2026)}, u"count"_s));
        QCOMPARE(sms.siblingAtColumn(1).data(PivotModel::ValueRole), expected({on(Channel, u"sms"_s)}, u"count"_s));
        QCOMPARE(childNamed(*m_model, u"Total"_s).siblingAtColumn(1).data(PivotModel::ValueRole),
                 QVariant(qlonglong(m_source->allFacts().size())));
        QCOMPARE(sms2026.data(PivotModel::LevelRole).toString(), u"date.year"_s);
        QVERIFY(childNamed(*m_model, u"Total"_s).data(PivotModel::TotalRole).toBool());
    }

    // Averages and rates do not add up: every total is the cube's own answer for fewer group-bys.
    void totalsComeFromTheirOwnQueries()
    {
        QVERIFY(load(*m_model, spec({Channel}, {StatusLevel}, {u"average"_s, u"failureRate"_s})));
        // statuses failed, sent × 2 measures, then the 2 totals
        QCOMPARE(m_model->columnCount(), 1 + 2 * 2 + 2);
        QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), u"failed\nAverage\namount"_s);
        QCOMPARE(m_model->headerData(6, Qt::Horizontal).toString(), u"Total\nFailure rate"_s);
        QCOMPARE(m_model->columnTitle(5), u"Total · Average amount"_s);
        QVERIFY(m_model->index(0, 5).data(PivotModel::TotalRole).toBool());

        const QModelIndex email = childNamed(*m_model, u"Email"_s);
        const QModelIndex total = childNamed(*m_model, u"Total"_s);
        QCOMPARE(email.siblingAtColumn(5).data(PivotModel::ValueRole).toDouble(),
                 expected({on(Channel, u"email"_s)}, u"average"_s).toDouble());
        QCOMPARE(email.siblingAtColumn(3).data(PivotModel::ValueRole).toDouble(),
                 expected({on(Channel, u"email"_s), on(StatusLevel, u"sent"_s)}, u"average"_s).toDouble());
        QCOMPARE(total.siblingAtColumn(1).data(PivotModel::ValueRole).toDouble(),
                 expected({on(StatusLevel, u"failed"_s)}, u"average"_s).toDouble());
        const double grand = expected({}, u"average"_s).toDouble();
        QCOMPARE(total.siblingAtColumn(5).data(PivotModel::ValueRole).toDouble(), grand);
        double sumOfAverages = 0;
        for (const QString &c : {u"Email"_s, u"Push"_s, u"Sms"_s})
            sumOfAverages += childNamed(*m_model, c).siblingAtColumn(5).data(PivotModel::ValueRole).toDouble();
        QVERIFY(std::abs(sumOfAverages - grand) > 1); // a sum would have been wrong
        QCOMPARE(total.siblingAtColumn(6).data(PivotModel::ValueRole).toDouble(),
                 expected({}, u"failureRate"_s).toDouble());

        // The queries: per column combination, grand total, rows with and without the column levels.
        QList<int> groupBySizes;
        for (const auto &q : m_source->queries())
            groupBySizes << int(q.groupBy.size());
        QCOMPARE(groupBySizes, (QList<int>{1, 0, 1, 2}));
        QCOMPARE(m_model->table().queries, 4);
    }

    void expandsToTheNextLevelAndCollapses()
    {
        QVERIFY(load(*m_model, spec({Channel, Year}, {}, {u"count"_s})));
        const QModelIndex email = childNamed(*m_model, u"Email"_s);
        QVERIFY(!m_model->canExpand(email)); // its children are the row axis
        QVERIFY(!m_model->canExpand(childNamed(*m_model, u"Total"_s)));
        QModelIndex year = childNamed(*m_model, u"2026"_s, email);
        QVERIFY(m_model->canExpand(year));
        QCOMPARE(m_model->nextLevelLabel(year), u"Quarter"_s);

        m_model->expand(year);
        QVERIFY(m_model->isBusy());
        QVERIFY(waitLoaded(*m_model));
        year = childNamed(*m_model, u"2026"_s, childNamed(*m_model, u"Email"_s));
        QVERIFY(m_model->isExpanded(year));
        QSet<QString> quarters; // those the facts have
        for (const auto &f : m_source->matching({on(Channel, u"email"_s), on(Year, 2026)}))
            quarters << FakePivotSource::member(f, Quarter).label;
        QList<QString> sortedQuarters(quarters.begin(), quarters.end());
        std::sort(sortedQuarters.begin(), sortedQuarters.end());
        QVERIFY(sortedQuarters.contains(u"Q2 2026"_s));
        QCOMPARE(labels(*m_model, year), sortedQuarters);
        QModelIndex q2 = childNamed(*m_model, u"Q2 2026"_s, year);
        QCOMPARE(q2.siblingAtColumn(1).data(PivotModel::ValueRole),
                 expected({on(Channel, u"email"_s), on(Year, 2026), on(Quarter, 20262)}, u"count"_s));
        // Only Email's 2026 opened.
        QCOMPARE(m_model->rowCount(childNamed(*m_model, u"2026"_s, childNamed(*m_model, u"Sms"_s))), 0);

        m_model->expand(q2); // and a quarter into its months
        QVERIFY(waitLoaded(*m_model));
        year = childNamed(*m_model, u"2026"_s, childNamed(*m_model, u"Email"_s));
        q2 = childNamed(*m_model, u"Q2 2026"_s, year);
        QVERIFY(m_model->rowCount(q2) > 0);
        for (int r = 0; r < m_model->rowCount(q2); ++r)
            QVERIFY(QList<QString>({u"Apr 2026"_s, u"May 2026"_s, u"Jun 2026"_s}).contains(m_model->index(r, 0, q2).data().toString()));
        QVERIFY(!m_model->canExpand(m_model->index(0, 0, q2))); // months are the finest level
        QCOMPARE(m_model->cellFilters(m_model->index(0, 1, q2)).size(), 4);

        m_model->collapse(year); // closes the quarter too
        QVERIFY(waitLoaded(*m_model));
        QVERIFY(m_model->spec().drilled.isEmpty());
        year = childNamed(*m_model, u"2026"_s, childNamed(*m_model, u"Email"_s));
        QCOMPARE(m_model->rowCount(year), 0);
        QVERIFY(m_model->canExpand(year));
    }

    void sortsByLabelAndByMeasure()
    {
        QVERIFY(load(*m_model, spec({Channel}, {}, {u"amount"_s, u"count"_s})));
        QPersistentModelIndex sms = childNamed(*m_model, u"Sms"_s);
        m_model->sort(0, Qt::DescendingOrder);
        QCOMPARE(labels(*m_model), (QStringList{u"Sms"_s, u"Push"_s, u"Email"_s, u"Total"_s}));
        QCOMPARE(sms.row(), 0);
        QCOMPARE(sms.data().toString(), u"Sms"_s);

        auto amounts = [this] {
            QList<double> values;
            for (int r = 0; r < m_model->rowCount() - 1; ++r)
                values << m_model->index(r, 1).data(PivotModel::ValueRole).toDouble();
            return values;
        };
        m_model->sort(1, Qt::AscendingOrder);
        const QList<double> ascending = amounts();
        QVERIFY(std::is_sorted(ascending.begin(), ascending.end()));
        QCOMPARE(labels(*m_model).last(), u"Total"_s);
        m_model->sort(1, Qt::DescendingOrder);
        const QList<double> descending = amounts();
        QVERIFY(std::is_sorted(descending.rbegin(), descending.rend()));
        QCOMPARE(labels(*m_model).last(), u"Total"_s);
        QCOMPARE(m_model->data(sms).toString(), u"Sms"_s);

        // The order stays for the next query.
        QVERIFY(load(*m_model, spec({Channel}, {}, {u"amount"_s})));
        QCOMPARE(m_model->sortColumn(), 1);
        const QList<double> again = amounts();
        QVERIFY(std::is_sorted(again.rbegin(), again.rend()));
    }

    void highlightsLeafCellsByHeat()
    {
        QVERIFY(load(*m_model, spec({Channel, Year}, {StatusLevel}, {u"count"_s})));
        const QModelIndex email = childNamed(*m_model, u"Email"_s);
        QVERIFY(!m_model->index(0, 1, email).data(PivotModel::HeatRole).isValid()); // off by default
        QVERIFY(!m_model->index(0, 1, email).data(Qt::BackgroundRole).isValid());

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setHighlighting(true);
        QVERIFY(!changed.isEmpty());
        double low = 2, high = -1;
        for (const QString &channel : {u"Email"_s, u"Push"_s, u"Sms"_s}) {
            const QModelIndex parent = childNamed(*m_model, channel);
            QVERIFY(!parent.siblingAtColumn(1).data(PivotModel::HeatRole).isValid()); // subtotals are not heated
            for (int r = 0; r < m_model->rowCount(parent); ++r)
                for (int c = 1; c <= 2; ++c) {
                    const QModelIndex cell = m_model->index(r, c, parent);
                    if (cell.data(PivotModel::ValueRole).isNull())
                        continue; // no facts: nothing to colour
                    const double t = cell.data(PivotModel::HeatRole).toDouble();
                    QCOMPARE(cell.data(Qt::BackgroundRole).value<QColor>(), heatColor(t));
                    low = std::min(low, t);
                    high = std::max(high, t);
                }
            QVERIFY(!m_model->index(0, 3, parent).data(PivotModel::HeatRole).isValid()); // the total column
        }
        QCOMPARE(low, 0.0);
        QCOMPARE(high, 1.0);
        QVERIFY(!childNamed(*m_model, u"Total"_s).siblingAtColumn(1).data(PivotModel::HeatRole).isValid());
        // The scale runs from light to dark, and the text stays readable on it.
        QVERIFY(heatColor(0).lightness() > heatColor(1).lightness() + 100);
        QVERIFY(heatText(1) == QColor(Qt::white) && heatText(0) != QColor(Qt::white));
        m_model->setHighlighting(false);
        QVERIFY(!m_model->index(0, 1, email).data(Qt::BackgroundRole).isValid());
    }

    void formatsByMeasureAndLocale()
    {
        const QLocale c(QLocale::English, QLocale::UnitedStates);
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(formatMeasure(12345, u"count"_s, c), u"12,345"_s);
        QCOMPARE(formatMeasure(12345, u"count"_s, german), u"12.345"_s);
        QCOMPARE(formatMeasure(0.1234, u"percent"_s, c), u"12.3 %"_s);
        QCOMPARE(formatMeasure(0.1234, u"percent"_s, german), u"12,3 %"_s);
        QCOMPARE(formatMeasure(1234.5, u"money"_s, german), u"1.234,50"_s);
        QCOMPARE(formatMeasure(185000, u"duration"_s, c), u"3 min 05 s"_s);
        QCOMPARE(formatMeasure(2.5, u"number"_s, c), u"2.50"_s);
        QCOMPARE(formatMeasure(40, u"number"_s, c), u"40"_s);
        QCOMPARE(formatMeasure(QVariant(), u"count"_s, c), QString());

        m_model->setLocale(german);
        QVERIFY(load(*m_model, spec({}, {}, {u"amount"_s})));
        QCOMPARE(labels(*m_model), QStringList{u"Total"_s});
        const double amount = expected({}, u"amount"_s).toDouble();
        QCOMPARE(m_model->index(0, 1).data().toString(), german.toString(amount, 'f', 2));
        QCOMPARE(m_model->index(0, 1).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    }

    void cellFiltersSelectTheCellsFacts()
    {
        QVERIFY(load(*m_model, spec({Channel}, {StatusLevel}, {u"count"_s})));
        const QModelIndex sms = childNamed(*m_model, u"Sms"_s);
        const auto filters = m_model->cellFilters(sms.siblingAtColumn(1)); // failed
        QCOMPARE(filters.size(), 2);
        QCOMPARE(qlonglong(m_source->matching(filters).size()), sms.siblingAtColumn(1).data(PivotModel::ValueRole).toLongLong());
        QCOMPARE(m_model->cellFilters(sms.siblingAtColumn(3)).size(), 1); // the row's total
        QCOMPARE(m_model->cellFilters(childNamed(*m_model, u"Total"_s).siblingAtColumn(3)).size(), 0);
    }

    void reportsFailuresAndCancels()
    {
        m_source->failWith(u"The cube \"sales\" was never refreshed."_s);
        QSignalSpy failed(m_model.get(), &PivotModel::failed);
        m_model->setSpec(spec({Channel}, {}, {u"count"_s}));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().toString(), u"The cube \"sales\" was never refreshed."_s);
        QVERIFY(!m_model->isBusy());

        m_source->failWith({});
        QSignalSpy loaded(m_model.get(), &PivotModel::loaded);
        m_model->setSpec(spec({Channel}, {}, {u"count"_s}));
        m_model->cancel();
        QVERIFY(!m_model->isBusy());
        QTest::qWait(200);
        QVERIFY(loaded.isEmpty());

        m_model->setSpec(spec({Channel}, {}, {u"nope"_s}));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.last().first().toString().contains(u"nope"_s));
    }
};

QTEST_MAIN(PivotModelTest)
#include "tst_pivotmodel.moc"
