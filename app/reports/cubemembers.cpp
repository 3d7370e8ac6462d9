#include "cubemembers.h"

#include "cubequery.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace nightshift::reports {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::reports::CubeMembers)
};

const QDate epoch(1970, 1, 1);

bool isNone(const QVariant &stored)
{
    return stored.isNull() || stored.toString().isEmpty() || (stored.canConvert<qint64>() && stored.toString() == u"-1"_s);
}

bool numericKey(const LevelDef &level)
{
    switch (level.kind) {
    case LevelKind::Year:
    case LevelKind::Hour:
    case LevelKind::Weekday:
    case LevelKind::Ranges: return true;
    case LevelKind::Value:
    case LevelKind::Top: return level.integer;
    default: return false;
    }
}

} // namespace

bool CubeMembers::isOthers(const QVariant &v)
{
    return v.typeId() == QMetaType::QString && v.toString() == CubeReader::othersKey().toString();
}

QVariant CubeMembers::key(const LevelDef &level, const QVariant &stored)
{
    if (level.kind == LevelKind::Top && CubeMembers::isOthers(stored))
        return stored;
    if (isNone(stored))
        return numericKey(level) ? QVariant(qint64(-1)) : QVariant(u""_s);
    const qint64 n = stored.toLongLong();
    switch (level.kind) {
    case LevelKind::Quarter: return u"%1-Q%2"_s.arg(n / 10).arg(n % 10);
    case LevelKind::Month: return u"%1-%2"_s.arg(n / 100).arg(n % 100, 2, 10, QLatin1Char('0'));
    case LevelKind::Day: return epoch.addDays(n).toString(Qt::ISODate);
    case LevelKind::Value:
    case LevelKind::Top: return level.integer ? QVariant(n) : QVariant(stored.toString());
    default: return QVariant(n);
    }
}

QString CubeMembers::label(const LevelDef &level, const QVariant &stored, const QVariant &labelValue)
{
    if (level.kind == LevelKind::Top && CubeMembers::isOthers(stored))
        return Text::tr("Others");
    if (isNone(stored))
        return Text::tr("(none)");
    const qint64 n = stored.toLongLong();
    switch (level.kind) {
    case LevelKind::Hour: return u"%1:00"_s.arg(n, 2, 10, QLatin1Char('0'));
    case LevelKind::Weekday: return QLocale().dayName(int(n), QLocale::LongFormat);
    case LevelKind::Quarter: return u"%1 Q%2"_s.arg(n / 10).arg(n % 10);
    case LevelKind::Ranges: return n >= 0 && n < level.ranges.size() ? level.ranges[n].label : QString::number(n);
    case LevelKind::Value:
    case LevelKind::Top:
        return labelValue.isNull() || labelValue.toString().isEmpty() ? stored.toString() : labelValue.toString();
    default: return key(level, stored).toString();
    }
}

Result<QVariant> CubeMembers::stored(const LevelDef &level, const QVariant &key)
{
    if (level.kind == LevelKind::Top && CubeMembers::isOthers(key))
        return key;
    const QString text = key.toString();
    const auto invalid = [&] {
        return fail(Text::tr("\"%1\" is not a member of level %2").arg(text, level.name));
    };
    if (!numericKey(level) && text.isEmpty())
        return level.kind == LevelKind::Value || level.kind == LevelKind::Top ? QVariant(u""_s) : QVariant(qint64(-1));
    bool ok = true;
    switch (level.kind) {
    case LevelKind::Quarter: {
        const QStringList parts = text.split(u"-Q"_s);
        const int year = parts.value(0).toInt(&ok);
        const int quarter = parts.size() == 2 ? parts[1].toInt() : 0;
        if (!ok || quarter < 1 || quarter > 4)
            return invalid();
        return QVariant(qint64(year) * 10 + quarter);
    }
    case LevelKind::Month: {
        const QDate date = QDate::fromString(text + u"-01"_s, Qt::ISODate);
        if (!date.isValid())
            return invalid();
        return QVariant(qint64(date.year()) * 100 + date.month());
    }
    case LevelKind::Day: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return invalid();
        return QVariant(epoch.daysTo(date));
    }
    case LevelKind::Value:
    case LevelKind::Top:
        if (!level.integer)
            return QVariant(text);
        [[fallthrough]];
    default: {
        const qint64 n = text.toLongLong(&ok);
        if (!ok)
            return invalid();
        return QVariant(n);
    }
    }
}

QVariant CubeMembers::previousDate(const LevelDef &level, const QVariant &key)
{
    auto value = stored(level, key);
    if (!value || value->toLongLong() < 0)
        return {};
    const qint64 n = value->toLongLong();
    qint64 previous = n - 1;
    if (level.kind == LevelKind::Quarter && n % 10 == 1)
        previous = (n / 10 - 1) * 10 + 4;
    else if (level.kind == LevelKind::Month && n % 100 == 1)
        previous = (n / 100 - 1) * 100 + 12;
    else if (level.kind == LevelKind::Hour && n == 0)
        previous = 23;
    else if (level.kind == LevelKind::Weekday && n == 1)
        previous = 7;
    return CubeMembers::key(level, QVariant(previous));
}

bool CubeMembers::less(const QVariant &a, const QVariant &b)
{
    const bool aOthers = CubeMembers::isOthers(a), bOthers = CubeMembers::isOthers(b);
    if (aOthers || bOthers)
        return !aOthers && bOthers;
    const bool aNumber = a.typeId() == QMetaType::LongLong, bNumber = b.typeId() == QMetaType::LongLong;
    if (aNumber && bNumber)
        return a.toLongLong() < b.toLongLong();
    if (aNumber != bNumber)
        return aNumber;
    return a.toString() < b.toString();
}

} // namespace nightshift::reports
