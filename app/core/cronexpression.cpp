#include "cronexpression.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct FieldSpec
{
    const char *name;
    int min;
    int max;
    QStringList names; // names[i] stands for min + i
};

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::CronExpression)
};

std::optional<int> parseValue(const QString &token, const FieldSpec &field)
{
    const int named = field.names.indexOf(token.toLower());
    if (named >= 0)
        return field.min + named;
    bool ok = false;
    const int value = token.toInt(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

// Sets the bits (value - field.min) of one field; returns whether the field is restricted (not "*").
Result<bool> parseField(const QString &text, const FieldSpec &field, auto &bits, int maxAccepted)
{
    const auto invalid = [&](const QString &what) {
        return fail(Text::tr("cron %1 field \"%2\": %3").arg(QString::fromLatin1(field.name), text, what));
    };
    bool restricted = false;
    for (const QString &part : text.split(u',')) {
        QString range = part;
        int step = 1;
        if (const qsizetype slash = part.indexOf(u'/'); slash >= 0) {
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step <= 0)
                return invalid(Text::tr("the step after \"/\" must be a positive number"));
            range = part.left(slash);
        }
        int first = field.min;
        int last = field.max;
        if (range == u"*"_s) {
            restricted = restricted || step != 1;
        } else {
            restricted = true;
            const QStringList ends = range.split(u'-');
            if (ends.size() > 2 || ends.first().isEmpty())
                return invalid(Text::tr("\"%1\" is not a value or a range").arg(range));
            const auto from = parseValue(ends.first(), field);
            const auto to = ends.size() == 2 ? parseValue(ends.last(), field) : from;
            if (!from || !to)
                return invalid(Text::tr("\"%1\" is not a number or a name").arg(range));
            if (*from < field.min || *to > maxAccepted || *from > *to)
                return invalid(
                    Text::tr("values must be between %1 and %2, in increasing order").arg(field.min).arg(field.max));
            first = *from;
            // "5/15" means "from 5 to the end, every 15"; a lone value without a step is just itself.
            last = ends.size() == 2 ? *to : (step != 1 ? field.max : *from);
        }
        for (int v = first; v <= last; v += step)
            bits.set(size_t((v > field.max ? field.min : v) - field.min)); // 7 in day-of-week is Sunday
    }
    return restricted;
}

} // namespace

Result<CronExpression> CronExpression::parse(const QString &text)
{
    static const QHash<QString, QString> shorthands
        = {{u"@hourly"_s, u"0 * * * *"_s},  {u"@daily"_s, u"0 0 * * *"_s},   {u"@midnight"_s, u"0 0 * * *"_s},
           {u"@weekly"_s, u"0 0 * * 0"_s},  {u"@monthly"_s, u"0 0 1 * *"_s}, {u"@yearly"_s, u"0 0 1 1 *"_s},
           {u"@annually"_s, u"0 0 1 1 *"_s}};
    const QString expanded = shorthands.value(text.trimmed().toLower(), text.trimmed());
    const QStringList fields = expanded.split(u' ', Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return fail(Text::tr("cron expression \"%1\" must have 5 fields (minute hour day month weekday), not %2")
                        .arg(text)
                        .arg(fields.size()));

    static const FieldSpec minute{"minute", 0, 59, {}};
    static const FieldSpec hour{"hour", 0, 23, {}};
    static const FieldSpec day{"day of month", 1, 31, {}};
    static const FieldSpec month{"month",
                                 1,
                                 12,
                                 {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s, u"jul"_s, u"aug"_s,
                                  u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s}};
    static const FieldSpec weekday{
        "day of week", 0, 6, {u"sun"_s, u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s}};

    CronExpression cron;
    Result<bool> parsed = parseField(fields[0], minute, cron.m_minutes, 59);
    if (parsed)
        parsed = parseField(fields[1], hour, cron.m_hours, 23);
    if (parsed) {
        parsed = parseField(fields[2], day, cron.m_daysOfMonth, 31);
        cron.m_dayOfMonthRestricted = parsed.value_or(false);
    }
    if (parsed)
        parsed = parseField(fields[3], month, cron.m_months, 12);
    if (parsed) {
        parsed = parseField(fields[4], weekday, cron.m_daysOfWeek, 7);
        cron.m_dayOfWeekRestricted = parsed.value_or(false);
    }
    if (!parsed)
        return std::unexpected(parsed.error());
    return cron;
}

bool CronExpression::matchesDay(int dayOfMonth, int dayOfWeek) const
{
    const bool domMatch = m_daysOfMonth.test(size_t(dayOfMonth - 1));
    const bool dowMatch = m_daysOfWeek.test(size_t(dayOfWeek % 7));
    if (m_dayOfMonthRestricted && m_dayOfWeekRestricted)
        return domMatch || dowMatch;
    return domMatch && dowMatch;
}

} // namespace nightshift
