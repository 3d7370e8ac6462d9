#include "trackinglogline.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::TrackingJob)
};

constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kEpochJulianDay = 2'440'588; // 1970-01-01
constexpr int kFields = 7;

int digits(const QString &text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The servers' own form, "yyyy-MM-ddTHH:mm:ssZ", without going through QDateTime (a million lines a run).
std::optional<qint64> parseCompact(const QString &t)
{
    if (t.size() != 20 || t.at(4) != u'-' || t.at(7) != u'-' || t.at(10) != u'T' || t.at(13) != u':' || t.at(16) != u':'
        || t.at(19) != u'Z')
        return std::nullopt;
    const int year = digits(t, 0, 4), month = digits(t, 5, 2), day = digits(t, 8, 2);
    const int hour = digits(t, 11, 2), minute = digits(t, 14, 2), second = digits(t, 17, 2);
    const QDate date(year, month, day);
    if (year < 0 || month < 0 || day < 0 || !date.isValid() || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59)
        return std::nullopt;
    return (date.toJulianDay() - kEpochJulianDay) * kDayMs + ((hour * 60 + minute) * 60 + second) * 1000LL;
}

std::optional<qint64> parseId(const QString &text, bool optional)
{
    if (text.isEmpty())
        return optional ? std::optional<qint64>(0) : std::nullopt;
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

std::optional<qint64> parseUtcTimestamp(const QString &text)
{
    if (auto compact = parseCompact(text))
        return compact;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    // Without a zone the time would be local to this node: a server's line must say it is UTC.
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

Result<TrackingEvent> parseTrackingLine(QByteArrayView line)
{
    if (line.contains('\0'))
        return fail(Text::tr("holds a NUL byte"));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(line);
    if (decoder.hasError())
        return fail(Text::tr("not valid UTF-8"));
    const QStringList fields = text.split(u'\t');
    if (fields.size() != kFields)
        return fail(Text::tr("%1 tab-separated field(s) instead of %2").arg(fields.size()).arg(kFields));
    TrackingEvent event;
    const auto at = parseUtcTimestamp(fields.at(0));
    if (!at)
        return fail(Text::tr("\"%1\" is not an ISO-8601 UTC time").arg(fields.at(0).left(40)));
    event.at = *at;
    event.type = fields.at(1);
    if (event.type != u"open"_s && event.type != u"click"_s && event.type != u"optout"_s)
        return fail(Text::tr("unknown event type \"%1\" (open, click or optout)").arg(event.type.left(40)));
    const auto delivery = parseId(fields.at(2), false);
    if (!delivery)
        return fail(Text::tr("\"%1\" is not a delivery id").arg(fields.at(2).left(40)));
    event.deliveryId = *delivery;
    const auto log = parseId(fields.at(3), true);
    if (!log)
        return fail(Text::tr("\"%1\" is not a broad log id").arg(fields.at(3).left(40)));
    event.broadLogId = *log;
    const auto recipient = parseId(fields.at(4), true);
    if (!recipient)
        return fail(Text::tr("\"%1\" is not a recipient id").arg(fields.at(4).left(40)));
    event.recipientId = *recipient;
    event.tag = fields.at(5);
    if (event.type == u"click"_s && event.tag.isEmpty())
        return fail(Text::tr("a click without a URL tag"));
    event.userAgent = fields.at(6);
    return event;
}

} // namespace nightshift
