#pragma once

#include "error.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <chrono>

namespace nightshift {

using AttributeList = QList<std::pair<QString, QString>>; // ordered, as written in a file

// The trigger of a <scheduler> activity: one of the forms of docs/definition-format.md "Schedules".
struct ScheduleSpec
{
    enum class Kind { Times, Every, Daily, Weekly, Monthly, Yearly, Once, Cron, Continuous };

    Kind kind = Kind::Daily;
    QList<int> times; // minutes since midnight: times, daily, weekly, monthly, yearly
    std::chrono::seconds interval{0}; // every: the period; continuous: the pause between runs
    int windowFrom = -1, windowTo = -1; // every: optional daily window, minutes since midnight
    QList<int> weekdays; // weekly: days (1 = Monday … 7 = Sunday); monthly by ordinal: one day
    int monthDay = 0; // monthly: 1…31, or LastDay
    int ordinal = 0; // monthly by ordinal: 1…4, or LastDay
    int month = 0, day = 0; // yearly
    QDate onceDate; // once (with times.first())
    QString cronExpression;
    QString timeZone = serverTimeZone(); // "server", "operator", or an IANA name
    QDate validFrom, validUntil;
    int maxRuns = 0; // 0 = unlimited

    static constexpr int LastDay = -1;
    static QString serverTimeZone();

    // Reads the schedule element `element` (e.g. "daily") with its attributes. Errors name the attribute.
    static Result<ScheduleSpec> fromElement(const QString &element, const QMap<QString, QString> &attributes);
    static bool isScheduleElement(const QString &element);

    QString elementName() const;
    AttributeList attributes() const; // canonical order, defaults omitted

    bool operator==(const ScheduleSpec &) const = default;
};

} // namespace nightshift
