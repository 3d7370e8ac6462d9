#pragma once

#include "error.h"

#include <bitset>

namespace nightshift {

// A five-field cron expression (minute hour day-of-month month day-of-week), with ranges, steps, lists,
// month and weekday names, and the @hourly/@daily/@weekly/@monthly/@yearly shorthands.
class CronExpression
{
public:
    static Result<CronExpression> parse(const QString &text);

    bool matchesMinute(int minute) const { return m_minutes.test(size_t(minute)); }
    bool matchesHour(int hour) const { return m_hours.test(size_t(hour)); }
    bool matchesMonth(int month) const { return m_months.test(size_t(month - 1)); }
    // Classic cron rule: when both day fields are restricted, a day matches if either matches.
    bool matchesDay(int dayOfMonth, int dayOfWeek /* 1 = Monday … 7 = Sunday */) const;

private:
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<31> m_daysOfMonth;
    std::bitset<12> m_months;
    std::bitset<7> m_daysOfWeek; // bit 0 = Sunday
    bool m_dayOfMonthRestricted = false;
    bool m_dayOfWeekRestricted = false;
};

} // namespace nightshift
