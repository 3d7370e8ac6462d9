#pragma once

#include <QtCharts/QChartView>

namespace nightshift {

class PivotModel;

// A chart of the pivot as it stands: one category per top-level row (the grand total left out), in the table's
// order; one series per column combination for the first measure, or per measure when there are no column
// levels. A pie shows the rows' totals of the first measure. Colours: the Okabe–Ito palette, told apart with
// every common colour-vision deficiency.
class PivotChart : public QChartView
{
    Q_OBJECT
public:
    enum Type { Bar, StackedBar, Line, Pie };
    Q_ENUM(Type)

    explicit PivotChart(QWidget *parent = nullptr);

    void setType(Type type);
    Type type() const { return m_type; }
    void showPivot(const PivotModel &model); // call again when the pivot changes
    static QString typeName(Type type); // as the chart type picker shows it

    int categoryCount() const { return m_categories; }
    int seriesCount() const { return m_series; }

private:
    void replaceChart(QChart *chart);

    Type m_type = Bar;
    const PivotModel *m_model = nullptr;
    int m_categories = 0;
    int m_series = 0;
};

} // namespace nightshift
