#pragma once

#include "historydata.h"

#include <QtCharts/QChartView>

namespace nightshift {

// The durations of a workflow's runs over time, failed runs marked, with the median of all runs as a dashed line.
class DurationChart : public QChartView
{
    Q_OBJECT
public:
    explicit DurationChart(QWidget *parent = nullptr);

    void setSeries(const DurationSeries &series);
    const DurationSeries &series() const { return m_series; }
    QString unitName() const { return m_unit; } // of the vertical axis: "s", "min" or "h"

private:
    void replaceChart(QChart *chart);

    DurationSeries m_series;
    QString m_unit;
};

} // namespace nightshift
