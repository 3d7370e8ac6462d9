#include "triggerdescription.h"

#include "duration.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::Triggers)
};

QString times(const QList<int> &minutes)
{
    QStringList parts;
    for (int m : minutes)
        parts << formatClockTime(m);
    return parts.join(u", "_s);
}

QString dayNames(const QList<int> &days)
{
    QStringList names;
    for (int d : days)
        names << QLocale::c().dayName(d, QLocale::ShortFormat);
    return names.join(u", "_s);
}

QString ordinalName(int ordinal)
{
    static const char *names[]
        = {QT_TRANSLATE_NOOP("nightshift::Triggers", "first"), QT_TRANSLATE_NOOP("nightshift::Triggers", "second"),
           QT_TRANSLATE_NOOP("nightshift::Triggers", "third"), QT_TRANSLATE_NOOP("nightshift::Triggers", "fourth")};
    return ordinal == ScheduleSpec::LastDay ? Text::tr("last") : Text::tr(names[ordinal - 1]);
}

} // namespace

QString describeSchedule(const ScheduleSpec &s)
{
    using K = ScheduleSpec::Kind;
    QString text;
    switch (s.kind) {
    case K::Times:
    case K::Daily:
        text = Text::tr("daily at %1").arg(times(s.times));
        break;
    case K::Every:
        text = Text::tr("every %1").arg(formatDuration(s.interval));
        if (s.windowFrom >= 0)
            text += u' ' + Text::tr("from %1 to %2").arg(formatClockTime(s.windowFrom), formatClockTime(s.windowTo));
        break;
    case K::Weekly:
        text = Text::tr("weekly on %1 at %2").arg(dayNames(s.weekdays), times(s.times));
        break;
    case K::Monthly:
        text = s.ordinal != 0
            ? Text::tr("monthly on the %1 %2 at %3").arg(ordinalName(s.ordinal), dayNames(s.weekdays), times(s.times))
            : s.monthDay == ScheduleSpec::LastDay
            ? Text::tr("monthly on the last day at %1").arg(times(s.times))
            : Text::tr("monthly on day %1 at %2").arg(s.monthDay).arg(times(s.times));
        break;
    case K::Yearly:
        text = Text::tr("yearly on %1 at %2")
                   .arg(QLocale::c().toString(QDate(2000, s.month, s.day), u"MMM d"_s), times(s.times));
        break;
    case K::Once:
        text = Text::tr("once on %1 at %2").arg(s.onceDate.toString(Qt::ISODate), times(s.times));
        break;
    case K::Cron:
        text = Text::tr("cron %1").arg(s.cronExpression);
        break;
    case K::Continuous:
        text = s.interval.count() > 0 ? Text::tr("continuously, pausing %1").arg(formatDuration(s.interval))
                                      : Text::tr("continuously");
        break;
    }
    if (s.timeZone != ScheduleSpec::serverTimeZone())
        text += u" ("_s + s.timeZone + u')';
    return text;
}

QString describeTriggers(const WorkflowDefinition &definition)
{
    QStringList triggers;
    for (const Activity &a : definition.activities) {
        if (a.type == ActivityType::Scheduler && a.schedule)
            triggers << describeSchedule(*a.schedule);
        else if (a.type == ActivityType::Signal)
            triggers << Text::tr("on signal %1").arg(a.name);
    }
    return triggers.isEmpty() ? Text::tr("manual") : triggers.join(u"; "_s);
}

} // namespace nightshift
