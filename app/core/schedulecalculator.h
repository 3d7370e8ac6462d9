#pragma once

#include "cronexpression.h"
#include "error.h"
#include "schedulespec.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace nightshift {

// What "server" and "operator" mean in a schedule's `timezone` attribute.
struct ScheduleZones
{
    QTimeZone server = QTimeZone::systemTimeZone();
    QTimeZone operatorZone = QTimeZone::systemTimeZone();
};

// The fire times of a schedule (docs/definition-format.md "Schedules"): wall-clock times in the schedule's
// zone, mapped to instants by one rule: a local time fires at the first instant at which the zone's clock
// reads that time or later. So a time a DST change skips fires when the clock jumps past it (02:30 on the
// Paris spring-forward day fires at 03:00 CEST), and a time it repeats fires once, at its first occurrence.
// Pure computation: no clock, no I/O; every search is bounded (see searchYears).
class ScheduleCalculator
{
public:
    // How far ahead (from `after`, or from validFrom when later) a fire time is looked for. No schedule
    // form has gaps longer than 8 years (02-29 across a non-leap century year), so a schedule without a fire
    // time in this span never fires again.
    static constexpr int searchYears = 50;

    // Resolves the spec's time zone ("server", "operator" or an IANA id; an unknown id is an error naming it)
    // and parses the cron expression if any (error = the cron parse error).
    static Result<ScheduleCalculator> create(const ScheduleSpec &spec, const ScheduleZones &zones = {});

    // The first fire time strictly after `after` (any QDateTime; result in UTC), honouring validFrom/validUntil
    // (dates in the schedule's zone, inclusive) and maxRuns given `firedSoFar`; nullopt when it never fires
    // again. Continuous: after + pause (the engine passes the end of the previous run as `after`).
    std::optional<QDateTime> nextAfter(const QDateTime &after, int firedSoFar = 0) const;

    // The next `count` fire times after `after` (fewer when the schedule ends). A continuous schedule is
    // previewed as if its runs took no time: after + pause, after + 2 × pause, … (one time when pause is 0).
    QList<QDateTime> preview(const QDateTime &after, int count, int firedSoFar = 0) const;

    // How many fire times fall in (from, to], counting at most `cap` (for the catch-up journal line: "missed
    // N ticks"). The times are those preview(from, cap) gives, so maxRuns caps the count too.
    int countBetween(const QDateTime &from, const QDateTime &to, int cap = 1000) const;

    const QTimeZone &zone() const;
    const ScheduleSpec &spec() const { return m_spec; }

    ScheduleCalculator() = default; // never fires; use create()

    // The instant (seconds since the epoch, UTC) at which local wall-clock time `localSeconds` (seconds since
    // 1970-01-01T00:00 on the zone's clock) fires: the first instant whose local time is that or later, rounded
    // up to a whole local minute when a DST gap ends off the minute.
    qint64 instantOf(qint64 localSeconds) const;

private:
    int offsetAt(qint64 utcSeconds) const;
    bool firesOn(QDate day) const; // whether the schedule has fire times on this local date
    bool monthMayFire(int year, int month) const; // false: no day of this month fires (skip it whole)
    std::optional<qint64> nextTimed(qint64 afterMSecs) const; // times … cron, once (UTC seconds)

    ScheduleSpec m_spec;
    QTimeZone m_zone;
    std::optional<CronExpression> m_cron;
    QList<int> m_dayTimes; // the fire times of a day that fires, minutes since midnight, increasing
};

} // namespace nightshift
