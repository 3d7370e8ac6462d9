#include "duration.h"

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct Unit
{
    QChar symbol;
    qint64 seconds;
};
constexpr Unit units[] = {{u'd', 86400}, {u'h', 3600}, {u'm', 60}, {u's', 1}};
} // namespace

std::optional<std::chrono::seconds> parseDuration(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    qsizetype pos = 0;
    size_t nextUnit = 0; // units must come in decreasing order, each at most once
    while (pos < text.size()) {
        const qsizetype digitsStart = pos;
        while (pos < text.size() && text[pos].isDigit())
            ++pos;
        if (pos == digitsStart || pos == text.size() || pos - digitsStart > 9)
            return std::nullopt;
        const qint64 value = text.mid(digitsStart, pos - digitsStart).toLongLong();
        const QChar symbol = text[pos++];
        size_t u = nextUnit;
        while (u < std::size(units) && units[u].symbol != symbol)
            ++u;
        if (u == std::size(units))
            return std::nullopt;
        total += value * units[u].seconds;
        nextUnit = u + 1;
    }
    return std::chrono::seconds(total);
}

QString formatDuration(std::chrono::seconds duration)
{
    qint64 rest = duration.count();
    if (rest == 0)
        return u"0s"_s;
    QString text;
    for (const Unit &unit : units) {
        if (rest >= unit.seconds) {
            text += QString::number(rest / unit.seconds) + unit.symbol;
            rest %= unit.seconds;
        }
    }
    return text;
}

std::optional<int> parseClockTime(QStringView text)
{
    if (text.size() != 5 || text[2] != u':')
        return std::nullopt;
    bool hoursOk = false;
    bool minutesOk = false;
    const int hours = text.left(2).toInt(&hoursOk);
    const int minutes = text.mid(3).toInt(&minutesOk);
    if (!hoursOk || !minutesOk || !text[0].isDigit() || !text[3].isDigit() || hours > 23 || minutes > 59)
        return std::nullopt;
    return hours * 60 + minutes;
}

QString formatClockTime(int minutesSinceMidnight)
{
    return u"%1:%2"_s.arg(minutesSinceMidnight / 60, 2, 10, QChar(u'0'))
        .arg(minutesSinceMidnight % 60, 2, 10, QChar(u'0'));
}

} // namespace nightshift
