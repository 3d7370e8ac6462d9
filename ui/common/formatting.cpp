#include "formatting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::Formatting)
};

} // namespace

QString durationText(qint64 ms)
{
    if (ms < 1000) // a run of a few milliseconds is not "0 s"
        return Text::tr("%1 ms").arg(std::max<qint64>(ms, 0));
    if (ms < 9'950) // one decimal while it says something
        return Text::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 s = ms / 1000;
    if (s < 60)
        return Text::tr("%1 s").arg(std::max<qint64>(s, 10));
    if (s < 3600)
        return Text::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
    return Text::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QChar(u'0'));
}

QString localTimeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::systemTimeZone()).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace nightshift
