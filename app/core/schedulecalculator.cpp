#include "schedulecalculator.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::ScheduleCalculator)
};

constexpr qint64 secondsPerDay = 86400;
constexpr qint64 epochJulianDay = 2440588; // 1970-01-01

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// Seconds since 1970-01-01T00:00 on a clock, at the start of `day`.
qint64 localSecondsOf(QDate day)
{
    return (day.toJulianDay() - epochJulianDay) * secondsPerDay;
}

} // namespace

Result<ScheduleCalculator> ScheduleCalculator::create(const ScheduleSpec &spec, const ScheduleZones &zones)
{
    ScheduleCalculator calc;
    calc.m_spec = spec;
    if (spec.timeZone == u"server"_s)
        calc.m_zone = zones.server;
    else if (spec.timeZone == u"operator"_s)
        calc.m_zone = zones.operatorZone;
    else
        calc.m_zone = QTimeZone(spec.timeZone.toUtf8());
    if (!calc.m_zone.isValid())
        return fail(Text::tr("\"%1\" is not a known time zone; use server, operator or a name such as Europe/Paris")
                        .arg(spec.timeZone));

    using K = ScheduleSpec::Kind;
    switch (spec.kind) {
    case K::Cron: {
        auto cron = CronExpression::parse(spec.cronExpression);
        if (!cron)
            return std::unexpected(cron.error());
        calc.m_cron = *cron;
        for (int h = 0; h < 24; ++h)
            for (int m = 0; m < 60; ++m)
                if (cron->matchesHour(h) && cron->matchesMinute(m))
                    calc.m_dayTimes << h * 60 + m;
        break;
    }
    case K::Every: {
        const qint64 step = spec.interval.count() / 60;
        if (step < 1 || step > 24 * 60 || spec.interval.count() % 60 != 0)
            return fail(Text::tr("<every> interval must be whole minutes, from 1m to 24h"));
        const int from = spec.windowFrom >= 0 ? spec.windowFrom : 0;
        const int to = spec.windowTo >= 0 ? std::min(spec.windowTo, 24 * 60 - 1) : 24 * 60 - 1;
        for (qint64 t = from; t <= to; t += step)
            calc.m_dayTimes << int(t);
        break;
    }
    case K::Continuous:
        if (spec.interval.count() < 0)
            return fail(Text::tr("<continuous> pause must not be negative"));
        break;
    default:
        for (int t : spec.times)
            if (t >= 0 && t < 24 * 60)
                calc.m_dayTimes << t;
        std::sort(calc.m_dayTimes.begin(), calc.m_dayTimes.end());
        calc.m_dayTimes.erase(std::unique(calc.m_dayTimes.begin(), calc.m_dayTimes.end()), calc.m_dayTimes.end());
        break;
    }
    return calc;
}

const QTimeZone &ScheduleCalculator::zone() const
{
    return m_zone;
}

int ScheduleCalculator::offsetAt(qint64 utcSeconds) const
{
    return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
}

qint64 ScheduleCalculator::instantOf(qint64 localSeconds) const
{
    // The offsets in force around this local time: a day either side covers any one transition.
    const int offsets[]
        = {offsetAt(localSeconds - secondsPerDay), offsetAt(localSeconds), offsetAt(localSeconds + secondsPerDay)};
    std::optional<qint64> first;
    for (int offset : offsets) {
        const qint64 instant = localSeconds - offset;
        if (offsetAt(instant) == offset && (!first || instant < *first))
            first = instant; // the earliest of the instants showing this local time: a repeated time fires once
    }
    if (first)
        return *first;

    // A DST gap: no instant shows this local time. Find the first instant whose local time is later, by
    // bisection between an instant before the gap (local time earlier) and one after it (local time later).
    const auto [lowest, highest] = std::minmax({offsets[0], offsets[1], offsets[2]});
    qint64 before = localSeconds - highest;
    qint64 after = localSeconds - lowest;
    while (after - before > 1) {
        const qint64 middle = before + (after - before) / 2;
        if (middle + offsetAt(middle) >= localSeconds)
            after = middle;
        else
            before = middle;
    }
    const qint64 local = after + offsetAt(after);
    const qint64 past = local - floorDiv(local, 60) * 60;
    return past == 0 ? after : after + (60 - past);
}

bool ScheduleCalculator::monthMayFire(int year, int month) const
{
    using K = ScheduleSpec::Kind;
    const int days = QDate(year, month, 1).daysInMonth();
    switch (m_spec.kind) {
    case K::Cron:
        return m_cron->matchesMonth(month);
    case K::Monthly:
        return m_spec.ordinal != 0 || m_spec.monthDay == ScheduleSpec::LastDay || m_spec.monthDay <= days;
    case K::Yearly:
        return month == m_spec.month && m_spec.day <= days;
    case K::Once:
        return year == m_spec.onceDate.year() && month == m_spec.onceDate.month();
    default:
        return true;
    }
}

bool ScheduleCalculator::firesOn(QDate day) const
{
    using K = ScheduleSpec::Kind;
    switch (m_spec.kind) {
    case K::Times:
    case K::Daily:
    case K::Every:
        return true;
    case K::Weekly:
        return m_spec.weekdays.contains(day.dayOfWeek());
    case K::Monthly:
        if (m_spec.ordinal != 0) {
            if (m_spec.weekdays.isEmpty() || day.dayOfWeek() != m_spec.weekdays.first())
                return false;
            return m_spec.ordinal == ScheduleSpec::LastDay ? day.day() + 7 > day.daysInMonth()
                                                           : (day.day() - 1) / 7 + 1 == m_spec.ordinal;
        }
        return m_spec.monthDay == ScheduleSpec::LastDay ? day.day() == day.daysInMonth() : day.day() == m_spec.monthDay;
    case K::Yearly:
        return day.month() == m_spec.month && day.day() == m_spec.day;
    case K::Once:
        return day == m_spec.onceDate;
    case K::Cron:
        return m_cron->matchesMonth(day.month()) && m_cron->matchesDay(day.day(), day.dayOfWeek());
    case K::Continuous:
        return false;
    }
    return false;
}

std::optional<qint64> ScheduleCalculator::nextTimed(qint64 afterMSecs) const
{
    if (m_dayTimes.isEmpty())
        return std::nullopt;
    // Local times earlier than the local time of `after` fire at or before it (the mapping from local times
    // to instants never decreases), so the search starts on the local date of `after`.
    const qint64 afterSeconds = floorDiv(afterMSecs, 1000);
    const qint64 localAfter = afterSeconds + offsetAt(afterSeconds);
    QDate day = QDate::fromJulianDay(floorDiv(localAfter, secondsPerDay) + epochJulianDay);
    if (m_spec.validFrom.isValid() && day < m_spec.validFrom)
        day = m_spec.validFrom;
    QDate last = m_spec.kind == ScheduleSpec::Kind::Once ? m_spec.onceDate : day.addYears(searchYears);
    if (m_spec.validUntil.isValid() && m_spec.validUntil < last)
        last = m_spec.validUntil;

    // At most searchYears × 366 days, and whole months that cannot fire are skipped at once.
    while (day.isValid() && day <= last) {
        if (!monthMayFire(day.year(), day.month())) {
            day = QDate(day.year(), day.month(), 1).addMonths(1);
            continue;
        }
        if (firesOn(day)) {
            const qint64 base = localSecondsOf(day);
            // The first time of the day that fires after `after`, by bisection (instants increase with times).
            auto firstLater = std::ranges::partition_point(
                m_dayTimes, [&](int minutes) { return instantOf(base + minutes * 60) * 1000 <= afterMSecs; });
            if (firstLater != m_dayTimes.end())
                return instantOf(base + *firstLater * 60);
        }
        day = day.addDays(1);
    }
    return std::nullopt;
}

std::optional<QDateTime> ScheduleCalculator::nextAfter(const QDateTime &after, int firedSoFar) const
{
    if (!after.isValid())
        return std::nullopt;
    int maxRuns = m_spec.maxRuns;
    if (m_spec.kind == ScheduleSpec::Kind::Once)
        maxRuns = 1;
    if (maxRuns > 0 && firedSoFar >= maxRuns)
        return std::nullopt;

    const qint64 afterMSecs = after.toMSecsSinceEpoch();
    if (m_spec.kind == ScheduleSpec::Kind::Continuous) {
        qint64 at = afterMSecs + qint64(m_spec.interval.count()) * 1000;
        const auto localDate = [this](qint64 msecs) {
            const qint64 seconds = floorDiv(msecs, 1000);
            return QDate::fromJulianDay(floorDiv(seconds + offsetAt(seconds), secondsPerDay) + epochJulianDay);
        };
        if (m_spec.validFrom.isValid() && localDate(at) < m_spec.validFrom)
            at = instantOf(localSecondsOf(m_spec.validFrom)) * 1000;
        if (m_spec.validUntil.isValid() && localDate(at) > m_spec.validUntil)
            return std::nullopt;
        return QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    }

    const auto next = nextTimed(afterMSecs);
    if (!next)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(*next, Qt::UTC);
}

QList<QDateTime> ScheduleCalculator::preview(const QDateTime &after, int count, int firedSoFar) const
{
    QList<QDateTime> times;
    QDateTime from = after;
    for (int i = 0; i < count; ++i) {
        const auto next = nextAfter(from, firedSoFar + i);
        if (!next)
            break;
        times << *next;
        if (*next <= from) // a continuous schedule without pause: the same instant again and again
            break;
        from = *next;
    }
    return times;
}

int ScheduleCalculator::countBetween(const QDateTime &from, const QDateTime &to, int cap) const
{
    int count = 0;
    QDateTime at = from;
    while (count < cap) {
        const auto next = nextAfter(at, count);
        if (!next || *next > to || *next <= at)
            break;
        ++count;
        at = *next;
    }
    return count;
}

} // namespace nightshift
