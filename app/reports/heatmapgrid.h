#pragma once

#include <QDate>
#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace nightshift {

// One cell of a heat map: the instants [start, end) it stands for, ms since the epoch (UTC). A cell with
// start == end is no time at all: the 02:00 hour a DST change skips in the month view, February 30 in the
// year view, the tail of a day's last row when the day is not a whole number of hours.
struct HeatMapCell
{
    qint64 start = 0;
    qint64 end = 0;

    bool isEmpty() const { return end <= start; }
};

// The views of SPEC §9 (docs/architecture.md, "The heat map").
enum class HeatMapView {
    Day, // rows: the day's hours in the operator's zone (23 or 25 on a DST change); columns: 12 × 5 minutes
    Month, // rows: the days of the month; columns: the 24 hours of the wall clock
    Year, // rows: the 12 months; columns: the days 1–31 (a cell: that local day)
    Projected, // the day grid for the 7 days from the chosen one, one day after the other (168 rows or so)
};

// Rows × columns of cells, row by row, with their labels. Built for one view, day and zone; pure computation.
struct HeatMapLayout
{
    HeatMapView view = HeatMapView::Day;
    QTimeZone zone;
    QStringList rowLabels;
    QStringList columnLabels;
    QList<HeatMapCell> cells; // rowLabels.size() × columnLabels.size()
    qint64 start = 0, end = 0; // the whole range the cells cover

    int rows() const { return int(rowLabels.size()); }
    int columns() const { return int(columnLabels.size()); }
    const HeatMapCell &cell(int row, int column) const { return cells.at(row * columns() + column); }
    // The largest slot size (5 min, 15 min or 1 h) every cell boundary is a multiple of: the heat-map store is
    // read at that granularity, so a month or a year is not read 5 minutes at a time.
    qint64 granularity() const;

    // `date`: the day (Day, Projected: the first of the 7), any day of the month (Month) or of the year (Year).
    static HeatMapLayout build(HeatMapView view, QDate date, const QTimeZone &zone);
};

namespace heatmap {
constexpr qint64 SlotMs = 5 * 60 * 1000;
constexpr qint64 HourMs = 60 * 60 * 1000;
constexpr qint64 DayMs = 24 * HourMs;
constexpr int ProjectedDays = 7;

// The first instant at which the zone's clock reads `wall` or later: a time a DST change skips maps to the
// end of the gap, a repeated time to its first occurrence (the rule of ScheduleCalculator).
qint64 instantOf(QDate date, QTime wall, const QTimeZone &zone);
} // namespace heatmap

} // namespace nightshift
