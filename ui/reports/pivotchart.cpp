#include "pivotchart.h"

#include "common/theme.h"
#include "pivotmodel.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <array>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

constexpr int MaxCategories = 40; // beyond, bars are too thin to read: the first ones, said in the title

constexpr std::array<QRgb, 8> OkabeIto{0x0072b2, 0xe69f00, 0x009e73, 0xcc79a7, 0x56b4e9, 0xd55e00, 0xf0e442, 0x000000};

QColor seriesColor(qsizetype i)
{
    return QColor(OkabeIto[size_t(i) % OkabeIto.size()]);
}

} // namespace

PivotChart::PivotChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(u"pivotChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    replaceChart(new QChart);
}

QString PivotChart::typeName(Type type)
{
    switch (type) {
    case Bar:
        return tr("Bars");
    case StackedBar:
        return tr("Stacked bars");
    case Line:
        return tr("Lines");
    case Pie:
        return tr("Pie");
    }
    return {};
}

void PivotChart::setType(Type type)
{
    m_type = type;
    if (m_model)
        showPivot(*m_model);
}

void PivotChart::showPivot(const PivotModel &model)
{
    m_model = &model;
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(m_type == Pie ? Qt::AlignRight : Qt::AlignBottom);
    if (Theme::instance().isDark())
        chart->setTheme(QChart::ChartThemeDark);

    const PivotTable &table = model.table();
    QList<int> rows; // model rows of the categories
    for (int r = 0; r < model.rowCount() && rows.size() < MaxCategories; ++r)
        if (!model.index(r, 0).data(PivotModel::TotalRole).toBool())
            rows << r;
    m_categories = int(rows.size());
    m_series = 0;
    if (table.measures.isEmpty() || rows.isEmpty()) {
        chart->setTitle(table.measures.isEmpty() ? tr("Add a measure to see a chart") : tr("Nothing to chart"));
        replaceChart(chart);
        return;
    }

    // The model columns charted: per column combination for the first measure, else per measure.
    QList<int> columns;
    int totalOfFirst = -1;
    for (int c = 1; c < model.columnCount(); ++c) {
        const PivotColumn &column = model.pivotColumn(c);
        if (column.total && column.measure == 0)
            totalOfFirst = c;
        if (!column.total && (table.spec.columns.isEmpty() || column.measure == 0))
            columns << c;
    }
    if (totalOfFirst < 0)
        totalOfFirst = 1; // without column levels, the first measure's column is the row total
    QStringList categories;
    for (int r : rows)
        categories << model.index(r, 0).data().toString();
    const QString measure = table.measures.first().label;
    const QString rowsTitle = model.headerData(0, Qt::Horizontal).toString();
    QString title = table.spec.columns.isEmpty() && table.measures.size() > 1 ? rowsTitle
                                                                               : tr("%1 by %2").arg(measure, rowsTitle);
    if (model.rowCount() - 1 > MaxCategories)
        title += u' ' + tr("(first %1)").arg(MaxCategories);
    chart->setTitle(title);

    auto value = [&](int r, int c) { return model.index(r, c).data(PivotModel::ValueRole).toDouble(); };
    auto seriesName = [&](int c) {
        return table.spec.columns.isEmpty() ? table.measures[model.pivotColumn(c).measure].label
                                            : model.columnTitle(c);
    };

    if (m_type == Pie) {
        auto *pie = new QPieSeries;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QPieSlice *slice = pie->append(categories[i], std::max(0.0, value(rows[i], totalOfFirst)));
            slice->setColor(seriesColor(i));
            slice->setBorderColor(chart->backgroundBrush().color());
        }
        pie->setPieSize(0.8);
        chart->addSeries(pie);
        m_series = 1;
        replaceChart(chart);
        return;
    }

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(u"%.4g"_s);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    double low = 0, high = 0;
    if (m_type == Line) {
        for (qsizetype s = 0; s < columns.size(); ++s) {
            auto *line = new QLineSeries;
            line->setName(seriesName(columns[s]));
            line->setPen(QPen(seriesColor(s), 2));
            line->setPointsVisible(true);
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const double v = value(rows[i], columns[s]);
                line->append(double(i), v);
                low = std::min(low, v);
                high = std::max(high, v);
            }
            chart->addSeries(line);
            line->attachAxis(categoryAxis);
            line->attachAxis(valueAxis);
        }
    } else {
        QAbstractBarSeries *bars = m_type == StackedBar ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                                        : new QBarSeries;
        QList<double> stacked(rows.size(), 0.0);
        for (qsizetype s = 0; s < columns.size(); ++s) {
            auto *set = new QBarSet(seriesName(columns[s]));
            set->setColor(seriesColor(s));
            set->setBorderColor(seriesColor(s));
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const double v = value(rows[i], columns[s]);
                *set << v;
                stacked[i] += v;
                low = std::min(low, m_type == StackedBar ? stacked[i] : v);
                high = std::max(high, m_type == StackedBar ? stacked[i] : v);
            }
            bars->append(set);
        }
        chart->addSeries(bars);
        bars->attachAxis(categoryAxis);
        bars->attachAxis(valueAxis);
    }
    m_series = int(columns.size());
    valueAxis->setRange(low, high > low ? high * 1.05 : low + 1);
    valueAxis->applyNiceNumbers();
    chart->legend()->setVisible(columns.size() > 1);
    replaceChart(chart);
}

void PivotChart::replaceChart(QChart *chart)
{
    QChart *previous = this->chart();
    setChart(chart); // releases the previous chart without deleting it
    delete previous;
}

} // namespace nightshift
