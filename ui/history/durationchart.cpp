#include "durationchart.h"

#include <QLocale>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

using namespace Qt::StringLiterals;

namespace nightshift {

DurationChart::DurationChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(u"durationChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    setSeries({});
}

void DurationChart::setSeries(const DurationSeries &series)
{
    m_series = series;
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (series.points.isEmpty()) {
        chart->setTitle(tr("No finished runs yet"));
        replaceChart(chart);
        return;
    }

    // One unit for the whole axis, the one that keeps the numbers short.
    double longest = series.medianSeconds;
    for (const DurationPoint &p : series.points)
        longest = std::max(longest, p.seconds);
    double scale = 1;
    m_unit = tr("s");
    if (longest >= 2 * 3600) {
        scale = 3600;
        m_unit = tr("h");
    } else if (longest >= 120) {
        scale = 60;
        m_unit = tr("min");
    }

    auto *durations = new QLineSeries;
    durations->setName(series.downsampled ? tr("Duration (%n runs, peaks kept)", nullptr, int(series.runs))
                                          : tr("Duration (%n runs)", nullptr, int(series.runs)));
    durations->setPen(QPen(QColor(0x2f, 0x7e, 0xd8), 1.5));
    auto *failures = new QScatterSeries;
    failures->setName(tr("Failed"));
    failures->setMarkerSize(7);
    failures->setColor(QColor(0xd0, 0x3b, 0x3b));
    failures->setBorderColor(QColor(0xd0, 0x3b, 0x3b).darker(130));
    for (const DurationPoint &p : series.points) {
        durations->append(double(p.startedAt), p.seconds / scale);
        if (p.failed)
            failures->append(double(p.startedAt), p.seconds / scale);
    }
    auto *median = new QLineSeries;
    median->setName(tr("Median: %1 %2").arg(QLocale().toString(series.medianSeconds / scale, 'f', 1), m_unit));
    QPen dashed(QColor(0xe0, 0x7b, 0x1f), 1.5, Qt::DashLine);
    median->setPen(dashed);
    median->append(double(series.points.first().startedAt), series.medianSeconds / scale);
    median->append(double(series.points.last().startedAt), series.medianSeconds / scale);

    chart->addSeries(durations);
    chart->addSeries(median);
    if (failures->count() > 0)
        chart->addSeries(failures);
    else
        delete failures;

    auto *time = new QDateTimeAxis;
    const qint64 span = series.points.last().startedAt - series.points.first().startedAt;
    time->setFormat(span > 2 * 86'400'000LL ? u"yyyy-MM-dd"_s : u"MM-dd HH:mm"_s);
    time->setTickCount(6);
    auto *value = new QValueAxis;
    value->setTitleText(tr("Duration (%1)").arg(m_unit));
    value->setLabelFormat(u"%.1f"_s);
    value->setMin(0);
    value->setMax(std::max(longest / scale * 1.1, 0.1));
    value->applyNiceNumbers();
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(value, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(time);
        s->attachAxis(value);
    }
    replaceChart(chart);
}

void DurationChart::replaceChart(QChart *chart)
{
    QChart *previous = this->chart();
    setChart(chart); // releases the previous chart without deleting it
    delete previous;
}

} // namespace nightshift
