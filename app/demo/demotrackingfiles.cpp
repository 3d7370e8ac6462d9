// The redirection server's log files for the hours before the anchor, which the tracking job collects:
// UTF-8, one event per line, 7 TAB-separated fields
//   <ISO-8601 UTC time>\t<open|click|optout>\t<delivery id>\t<broad log id>\t<recipient id>\t<url tag>\t<user agent>
// with a few corrupt lines (wrong field count, bad time, unknown delivery) as real servers produce.
#include "demosteps.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::DemoGenerator)
};

constexpr qint64 kFiles = 6; // the last six hours
constexpr qint64 kHourMs = 3'600'000;

QString isoTime(qint64 at)
{
    // Qt::ISODate would write "+00:00"; the format says "Z".
    return QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

Status writeFile(const DemoPlan &plan, const QString &folder, DemoChunk &c, const QList<qint64> &recent)
{
    DemoDice &dice = c.dice;
    const qint64 hour = plan.anchor() - (kFiles - c.index) * kHourMs;
    const QString name
        = u"redir-%1.log"_s.arg(QDateTime::fromMSecsSinceEpoch(hour, QTimeZone::utc()).toString(u"yyyyMMdd-HH"_s));
    QList<qint64> times;
    for (qint64 i = 0; i < c.count; ++i)
        times << hour + dice.below(kHourMs);
    std::sort(times.begin(), times.end()); // a server writes in time order
    const qint64 unknownDelivery = plan.id(u"deliveries"_s, plan.volumes().deliveries) + 100'000;
    QStringList lines;
    lines.reserve(c.count);
    for (qint64 i = 0; i < c.count; ++i) {
        const qint64 di = dice.pick(recent);
        const PlannedDelivery &d = plan.deliveries().at(di);
        const qint64 log = d.firstLog + dice.below(d.logCount);
        const int roll = int(dice.below(100));
        const QString type = roll < 55 ? u"open"_s : roll < 93 ? u"click"_s : u"optout"_s;
        const QString tag = type == u"open"_s ? QString()
            : type == u"optout"_s             ? DemoPlan::urlTags().last()
                                              : DemoPlan::urlTags().at(dice.below(3));
        QStringList fields{isoTime(times.at(i)),
                           type,
                           QString::number(plan.id(u"deliveries"_s, di)),
                           QString::number(plan.id(u"broad_logs"_s, log)),
                           QString::number(plan.id(u"recipients"_s, plan.recipientOfLog(log))),
                           tag,
                           dice.pick(demoUserAgents())};
        // Corrupt lines: the first three lines of a file are never corrupt, then one of each kind early on,
        // then about one in two hundred.
        const qint64 kind = i == 3 ? 0 : i == 5 ? 1 : i == 7 ? 2 : (i > 7 && dice.perMille(5)) ? dice.below(3) : -1;
        if (kind == 0)
            fields.removeLast(); // a truncated line
        else if (kind == 1)
            fields[0] = dice.perMille(500) ? u"2026-02-30T25:61:00Z"_s : u"yesterday"_s;
        else if (kind == 2)
            fields[2] = QString::number(unknownDelivery + i);
        lines << fields.join(u'\t');
    }
    if (!QDir().mkpath(folder))
        return fail(Text::tr("cannot create the tracking log folder %1").arg(folder));
    QSaveFile file(QDir(folder).filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return fail(Text::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    file.write((lines.join(u'\n') + u'\n').toUtf8());
    if (!file.commit())
        return fail(Text::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

} // namespace

QList<DemoStep> demoTrackingFileSteps(const DemoPlan &plan, const QString &folder)
{
    // Events come from deliveries sent in the last month (any sent one in a tiny demo), not deleted.
    QList<qint64> recent;
    for (qint64 di : plan.sentDeliveries()) {
        const PlannedDelivery &d = plan.deliveries().at(di);
        if (!d.deleted && d.sentAt >= plan.anchor() - 30 * kDemoDayMs && d.sentAt < plan.anchor() - 9 * kHourMs)
            recent << di;
    }
    if (recent.isEmpty())
        recent = plan.sentDeliveries();
    const qint64 perFile = std::max<qint64>(10, plan.volumes().trackingFileLines / kFiles);
    return {DemoStep{.name = u"tracking files"_s,
                     .tables = {},
                     .rows = perFile * kFiles,
                     .chunkRows = perFile,
                     .run = [&plan, folder, recent](DemoChunk &c) { return writeFile(plan, folder, c, recent); }}};
}

} // namespace nightshift
