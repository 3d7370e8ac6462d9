#include "heatmapgrid.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

qint64 offsetMs(const QTimeZone &zone, qint64 at)
{
    return qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()))) * 1000;
}

QString clock(qint64 at, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).toTimeZone(zone).toString(u"HH:mm"_s);
}

// One day's rows of 12 five-minute cells, labelled with the wall-clock time each row starts at. On a day whose
// offset changes, every label also names the zone's abbreviation then ("02:00 CEST", "02:00 CET"), since a
// wall-clock hour may appear twice (25 rows) or not at all (23 rows).
void appendDay(HeatMapLayout &layout, QDate date, const QString &dayPrefix)
{
    const qint64 start = heatmap::instantOf(date, QTime(0, 0), layout.zone);
    const qint64 end = heatmap::instantOf(date.addDays(1), QTime(0, 0), layout.zone);
    const bool changes = offsetMs(layout.zone, start) != offsetMs(layout.zone, end - 1);
    const qint64 rows = (end - start + heatmap::HourMs - 1) / heatmap::HourMs;
    for (qint64 row = 0; row < rows; ++row) {
        const qint64 rowStart = start + row * heatmap::HourMs;
        QString label = clock(rowStart, layout.zone);
        if (changes)
            label += u' ' + layout.zone.abbreviation(QDateTime::fromMSecsSinceEpoch(rowStart, QTimeZone::utc()));
        layout.rowLabels << (row == 0 ? dayPrefix + label : label);
        for (int column = 0; column < 12; ++column) {
            const qint64 cellStart = std::min(end, rowStart + column * heatmap::SlotMs);
            layout.cells.append({.start = cellStart, .end = std::min(end, cellStart + heatmap::SlotMs)});
        }
    }
}

void fiveMinuteColumns(HeatMapLayout &layout)
{
    for (int minute = 0; minute < 60; minute += 5)
        layout.columnLabels << u":%1"_s.arg(minute, 2, 10, QChar(u'0'));
}

} // namespace

qint64 heatmap::instantOf(QDate date, QTime wall, const QTimeZone &zone)
{
    const qint64 asUtc = QDateTime(date, wall, QTimeZone::utc()).toMSecsSinceEpoch();
    // The offsets around that wall time: each gives a candidate instant, valid when the zone agrees.
    QList<qint64> offsets = {offsetMs(zone, asUtc - DayMs), offsetMs(zone, asUtc), offsetMs(zone, asUtc + DayMs)};
    std::optional<qint64> first;
    for (const qint64 offset : offsets) {
        const qint64 candidate = asUtc - offset;
        if (offsetMs(zone, candidate) == offset && (!first || candidate < *first))
            first = candidate;
    }
    if (first)
        return *first;
    // Skipped by a DST change: the end of the gap, i.e. the transition after which the clock reads past it.
    const qint64 before = asUtc - *std::min_element(offsets.cbegin(), offsets.cend());
    const auto transition = zone.previousTransition(QDateTime::fromMSecsSinceEpoch(before + 1, QTimeZone::utc()));
    return transition.atUtc.isValid() ? transition.atUtc.toMSecsSinceEpoch() : before;
}

qint64 HeatMapLayout::granularity() const
{
    for (const qint64 size : {heatmap::HourMs, 3 * heatmap::SlotMs, heatmap::SlotMs}) {
        const bool aligned = std::all_of(cells.cbegin(), cells.cend(), [size](const HeatMapCell &c) {
            return c.isEmpty() || (c.start % size == 0 && c.end % size == 0);
        });
        if (aligned)
            return size;
    }
    return heatmap::SlotMs;
}

HeatMapLayout HeatMapLayout::build(HeatMapView view, QDate date, const QTimeZone &zone)
{
    HeatMapLayout layout;
    layout.view = view;
    layout.zone = zone;
    const QLocale locale;
    switch (view) {
    case HeatMapView::Day:
        appendDay(layout, date, {});
        fiveMinuteColumns(layout);
        break;
    case HeatMapView::Projected:
        for (int day = 0; day < heatmap::ProjectedDays; ++day)
            appendDay(layout, date.addDays(day), locale.toString(date.addDays(day), u"ddd d MMM  "_s));
        fiveMinuteColumns(layout);
        break;
    case HeatMapView::Month: {
        const QDate first(date.year(), date.month(), 1);
        for (QDate day = first; day.month() == first.month(); day = day.addDays(1)) {
            layout.rowLabels << locale.toString(day, u"ddd d"_s);
            for (int hour = 0; hour < 24; ++hour)
                layout.cells.append({.start = heatmap::instantOf(day, QTime(hour, 0), zone),
                                     .end = hour == 23 ? heatmap::instantOf(day.addDays(1), QTime(0, 0), zone)
                                                       : heatmap::instantOf(day, QTime(hour + 1, 0), zone)});
        }
        for (int hour = 0; hour < 24; ++hour)
            layout.columnLabels << u"%1"_s.arg(hour, 2, 10, QChar(u'0'));
        break;
    }
    case HeatMapView::Year:
        for (int month = 1; month <= 12; ++month) {
            layout.rowLabels << locale.standaloneMonthName(month, QLocale::ShortFormat);
            for (int day = 1; day <= 31; ++day) {
                const QDate d(date.year(), month, day);
                layout.cells.append(d.isValid()
                                        ? HeatMapCell{.start = heatmap::instantOf(d, QTime(0, 0), zone),
                                                      .end = heatmap::instantOf(d.addDays(1), QTime(0, 0), zone)}
                                        : HeatMapCell{});
            }
        }
        for (int day = 1; day <= 31; ++day)
            layout.columnLabels << QString::number(day);
        break;
    }
    qint64 first = std::numeric_limits<qint64>::max(), last = std::numeric_limits<qint64>::min();
    for (const HeatMapCell &c : std::as_const(layout.cells))
        if (!c.isEmpty()) {
            first = std::min(first, c.start);
            last = std::max(last, c.end);
        }
    layout.start = first <= last ? first : 0;
    layout.end = first <= last ? last : 0;
    return layout;
}

} // namespace nightshift
