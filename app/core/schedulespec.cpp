#include "schedulespec.h"

#include "cronexpression.h"
#include "duration.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::ScheduleSpec)
};

struct KindName
{
    ScheduleSpec::Kind kind;
    QString element;
    QStringList attributes; // besides the common ones
};

const QList<KindName> &kindNames()
{
    using K = ScheduleSpec::Kind;
    static const QList<KindName> names = {
        {K::Times, u"times"_s, {u"at"_s}},
        {K::Every, u"every"_s, {u"interval"_s, u"from"_s, u"to"_s}},
        {K::Daily, u"daily"_s, {u"at"_s}},
        {K::Weekly, u"weekly"_s, {u"days"_s, u"at"_s}},
        {K::Monthly, u"monthly"_s, {u"day"_s, u"ordinal"_s, u"weekday"_s, u"at"_s}},
        {K::Yearly, u"yearly"_s, {u"date"_s, u"at"_s}},
        {K::Once, u"once"_s, {u"at"_s}},
        {K::Cron, u"cron"_s, {u"expression"_s}},
        {K::Continuous, u"continuous"_s, {u"pause"_s}},
    };
    return names;
}

const QStringList commonAttributes = {u"timezone"_s, u"validFrom"_s, u"validUntil"_s, u"maxRuns"_s};
const QStringList weekdayNames = {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
const QStringList ordinalNames = {u"first"_s, u"second"_s, u"third"_s, u"fourth"_s};

// Reads the attributes of one schedule element, remembering the first error.
class AttributeReader
{
public:
    AttributeReader(const QString &element, const QMap<QString, QString> &attributes)
        : m_element(element), m_attributes(attributes)
    { }

    bool has(const QString &name) const { return m_attributes.contains(name); }
    QString text(const QString &name) const { return m_attributes.value(name); }
    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }

    void refuse(const QString &name, const QString &expected)
    {
        if (!m_error)
            m_error = Error{Text::tr("<%1> attribute \"%2\": %3").arg(m_element, name, expected), {}, 0, 0};
    }
    void require(const QString &name)
    {
        if (!has(name) && !m_error)
            m_error = Error{Text::tr("<%1> needs a \"%2\" attribute").arg(m_element, name), {}, 0, 0};
    }

    QList<int> clockTimes(const QString &name)
    {
        require(name);
        QList<int> result;
        for (const QString &part : text(name).split(u',', Qt::SkipEmptyParts)) {
            const auto minutes = parseClockTime(part.trimmed());
            if (!minutes) {
                refuse(name,
                       Text::tr("\"%1\" is not a time of day written HH:MM (00:00 to 23:59)").arg(part.trimmed()));
                return {};
            }
            if (!result.contains(*minutes))
                result << *minutes;
        }
        if (has(name) && result.isEmpty())
            refuse(name, Text::tr("give at least one time of day, HH:MM"));
        std::sort(result.begin(), result.end());
        return result;
    }

    int optionalClockTime(const QString &name)
    {
        if (!has(name))
            return -1;
        const auto minutes = parseClockTime(text(name));
        if (!minutes)
            refuse(name, Text::tr("\"%1\" is not a time of day written HH:MM").arg(text(name)));
        return minutes.value_or(-1);
    }

    int weekday(const QString &value, const QString &name)
    {
        const int index = weekdayNames.indexOf(value.trimmed().toLower());
        if (index < 0)
            refuse(name, Text::tr("\"%1\" is not a day; use mon, tue, wed, thu, fri, sat or sun").arg(value));
        return index + 1;
    }

    QDate date(const QString &name)
    {
        if (!has(name))
            return {};
        const QDate d = QDate::fromString(text(name), Qt::ISODate);
        if (!d.isValid())
            refuse(name, Text::tr("\"%1\" is not a date written YYYY-MM-DD").arg(text(name)));
        return d;
    }

    std::chrono::seconds duration(const QString &name, std::chrono::seconds fallback)
    {
        if (!has(name))
            return fallback;
        const auto d = parseDuration(text(name));
        if (!d)
            refuse(name, Text::tr("\"%1\" is not a duration such as 30s, 10m, 1h30m").arg(text(name)));
        return d.value_or(fallback);
    }

private:
    QString m_element;
    QMap<QString, QString> m_attributes;
    std::optional<Error> m_error;
};

QString joinTimes(const QList<int> &times)
{
    QStringList parts;
    for (int t : times)
        parts << formatClockTime(t);
    return parts.join(u',');
}

} // namespace

QString ScheduleSpec::serverTimeZone()
{
    return u"server"_s;
}

bool ScheduleSpec::isScheduleElement(const QString &element)
{
    return std::ranges::any_of(kindNames(), [&](const KindName &k) { return k.element == element; });
}

Result<ScheduleSpec> ScheduleSpec::fromElement(const QString &element, const QMap<QString, QString> &attributes)
{
    const auto kindName = std::ranges::find_if(kindNames(), [&](const KindName &k) { return k.element == element; });
    if (kindName == kindNames().end())
        return fail(Text::tr("<%1> is not a schedule; use one of times, every, daily, weekly, monthly, yearly, once, "
                             "cron, continuous")
                        .arg(element));
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        if (!kindName->attributes.contains(it.key()) && !commonAttributes.contains(it.key()))
            return fail(Text::tr("<%1> has no attribute \"%2\"; it accepts %3")
                            .arg(element, it.key(), (kindName->attributes + commonAttributes).join(u", "_s)));
    }

    ScheduleSpec spec;
    spec.kind = kindName->kind;
    AttributeReader in(element, attributes);
    switch (spec.kind) {
    case Kind::Times:
    case Kind::Daily:
        spec.times = in.clockTimes(u"at"_s);
        if (spec.kind == Kind::Daily && spec.times.size() > 1)
            in.refuse(u"at"_s, Text::tr("a daily schedule has one time; use <times> for several"));
        break;
    case Kind::Every: {
        in.require(u"interval"_s);
        spec.interval = in.duration(u"interval"_s, std::chrono::seconds(0));
        if (!in.failed()
            && (spec.interval < std::chrono::minutes(1) || spec.interval > std::chrono::hours(24)
                || spec.interval.count() % 60 != 0))
            in.refuse(u"interval"_s, Text::tr("must be whole minutes, from 1m to 24h"));
        spec.windowFrom = in.optionalClockTime(u"from"_s);
        spec.windowTo = in.optionalClockTime(u"to"_s);
        if ((spec.windowFrom < 0) != (spec.windowTo < 0))
            in.refuse(in.has(u"from"_s) ? u"to"_s : u"from"_s, Text::tr("a window needs both \"from\" and \"to\""));
        else if (spec.windowFrom >= 0 && spec.windowFrom >= spec.windowTo)
            in.refuse(u"to"_s, Text::tr("the window must end after it starts"));
        break;
    }
    case Kind::Weekly:
        in.require(u"days"_s);
        for (const QString &d : in.text(u"days"_s).split(u',', Qt::SkipEmptyParts)) {
            const int day = in.weekday(d, u"days"_s);
            if (!spec.weekdays.contains(day))
                spec.weekdays << day;
        }
        std::sort(spec.weekdays.begin(), spec.weekdays.end());
        spec.times = in.clockTimes(u"at"_s);
        break;
    case Kind::Monthly:
        if (in.has(u"day"_s) == in.has(u"ordinal"_s)) {
            in.refuse(u"day"_s, Text::tr("give either \"day\" (1 to 31 or last) or \"ordinal\" with \"weekday\""));
        } else if (in.has(u"day"_s)) {
            bool ok = false;
            spec.monthDay = in.text(u"day"_s) == u"last"_s ? LastDay : in.text(u"day"_s).toInt(&ok);
            if (spec.monthDay != LastDay && (!ok || spec.monthDay < 1 || spec.monthDay > 31))
                in.refuse(u"day"_s,
                          Text::tr("\"%1\" is not a day of the month (1 to 31, or last)").arg(in.text(u"day"_s)));
            if (in.has(u"weekday"_s))
                in.refuse(u"weekday"_s, Text::tr("goes with \"ordinal\", not with \"day\""));
        } else {
            const QString ordinal = in.text(u"ordinal"_s);
            spec.ordinal = ordinal == u"last"_s ? LastDay : int(ordinalNames.indexOf(ordinal)) + 1;
            if (spec.ordinal == 0)
                in.refuse(u"ordinal"_s,
                          Text::tr("\"%1\" is not one of first, second, third, fourth, last").arg(ordinal));
            in.require(u"weekday"_s);
            spec.weekdays = {in.weekday(in.text(u"weekday"_s), u"weekday"_s)};
        }
        spec.times = in.clockTimes(u"at"_s);
        break;
    case Kind::Yearly: {
        in.require(u"date"_s);
        const QDate d = QDate::fromString(u"2000-"_s + in.text(u"date"_s), Qt::ISODate); // 2000: a leap year
        if (!in.failed() && !d.isValid())
            in.refuse(u"date"_s, Text::tr("\"%1\" is not a date written MM-DD").arg(in.text(u"date"_s)));
        spec.month = d.month();
        spec.day = d.day();
        spec.times = in.clockTimes(u"at"_s);
        break;
    }
    case Kind::Once: {
        in.require(u"at"_s);
        const QDateTime at = QDateTime::fromString(in.text(u"at"_s), u"yyyy-MM-ddTHH:mm"_s);
        if (!in.failed() && !at.isValid())
            in.refuse(u"at"_s,
                      Text::tr("\"%1\" is not a date and time written YYYY-MM-DDTHH:MM").arg(in.text(u"at"_s)));
        spec.onceDate = at.date();
        spec.times = {at.time().hour() * 60 + at.time().minute()};
        break;
    }
    case Kind::Cron: {
        in.require(u"expression"_s);
        spec.cronExpression = in.text(u"expression"_s).simplified();
        if (const auto cron = CronExpression::parse(spec.cronExpression); !in.failed() && !cron)
            in.refuse(u"expression"_s, cron.error().message);
        break;
    }
    case Kind::Continuous:
        spec.interval = in.duration(u"pause"_s, std::chrono::seconds(0));
        break;
    }

    if (in.has(u"timezone"_s)) {
        spec.timeZone = in.text(u"timezone"_s);
        if (spec.timeZone != u"server"_s && spec.timeZone != u"operator"_s
            && !QTimeZone::isTimeZoneIdAvailable(spec.timeZone.toUtf8()))
            in.refuse(u"timezone"_s,
                      Text::tr("\"%1\" is not server, operator or a known time zone such as Europe/Paris")
                          .arg(spec.timeZone));
    }
    spec.validFrom = in.date(u"validFrom"_s);
    spec.validUntil = in.date(u"validUntil"_s);
    if (spec.validFrom.isValid() && spec.validUntil.isValid() && spec.validUntil < spec.validFrom)
        in.refuse(u"validUntil"_s, Text::tr("the validity period ends before it starts"));
    if (in.has(u"maxRuns"_s)) {
        bool ok = false;
        spec.maxRuns = in.text(u"maxRuns"_s).toInt(&ok);
        if (!ok || spec.maxRuns <= 0)
            in.refuse(u"maxRuns"_s, Text::tr("\"%1\" is not a positive number of runs").arg(in.text(u"maxRuns"_s)));
    }
    if (in.failed())
        return std::unexpected(in.error());
    return spec;
}

QString ScheduleSpec::elementName() const
{
    return std::ranges::find_if(kindNames(), [&](const KindName &k) { return k.kind == kind; })->element;
}

AttributeList ScheduleSpec::attributes() const
{
    AttributeList out;
    switch (kind) {
    case Kind::Times:
    case Kind::Daily:
        out.append({u"at"_s, joinTimes(times)});
        break;
    case Kind::Every:
        out.append({u"interval"_s, formatDuration(interval)});
        if (windowFrom >= 0) {
            out.append({u"from"_s, formatClockTime(windowFrom)});
            out.append({u"to"_s, formatClockTime(windowTo)});
        }
        break;
    case Kind::Weekly: {
        QStringList days;
        for (int d : weekdays)
            days << weekdayNames.at(d - 1);
        out.append({u"days"_s, days.join(u',')});
        out.append({u"at"_s, joinTimes(times)});
        break;
    }
    case Kind::Monthly:
        if (ordinal != 0) {
            out.append({u"ordinal"_s, ordinal == LastDay ? u"last"_s : ordinalNames.at(ordinal - 1)});
            out.append({u"weekday"_s, weekdayNames.at(weekdays.first() - 1)});
        } else {
            out.append({u"day"_s, monthDay == LastDay ? u"last"_s : QString::number(monthDay)});
        }
        out.append({u"at"_s, joinTimes(times)});
        break;
    case Kind::Yearly:
        out.append({u"date"_s, u"%1-%2"_s.arg(month, 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0'))});
        out.append({u"at"_s, joinTimes(times)});
        break;
    case Kind::Once:
        out.append({u"at"_s, onceDate.toString(Qt::ISODate) + u'T' + formatClockTime(times.value(0))});
        break;
    case Kind::Cron:
        out.append({u"expression"_s, cronExpression});
        break;
    case Kind::Continuous:
        if (interval.count() > 0)
            out.append({u"pause"_s, formatDuration(interval)});
        break;
    }
    if (timeZone != serverTimeZone())
        out.append({u"timezone"_s, timeZone});
    if (validFrom.isValid())
        out.append({u"validFrom"_s, validFrom.toString(Qt::ISODate)});
    if (validUntil.isValid())
        out.append({u"validUntil"_s, validUntil.toString(Qt::ISODate)});
    if (maxRuns > 0)
        out.append({u"maxRuns"_s, QString::number(maxRuns)});
    return out;
}

} // namespace nightshift
