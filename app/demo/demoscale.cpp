#include "demoscale.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::DemoGenerator)
};
} // namespace

Result<DemoScale> DemoScale::parse(const QString &text)
{
    const QString scale = text.trimmed().toLower();
    for (const DemoScale &named : {small(), medium(), large()})
        if (scale == named.name)
            return named;
    bool ok = false;
    const qint64 rows = scale.toLongLong(&ok);
    if (!ok)
        return fail(Text::tr("unknown demo scale \"%1\": give small, medium, large or a number of broad logs "
                             "(%2 to %3)")
                        .arg(text)
                        .arg(minimumRows)
                        .arg(maximumRows));
    if (rows < minimumRows || rows > maximumRows)
        return fail(Text::tr("a demo of %1 broad logs is out of range: give %2 to %3 rows, or small, medium or large")
                        .arg(rows)
                        .arg(minimumRows)
                        .arg(maximumRows));
    return DemoScale{QString::number(rows), rows};
}

DemoVolumes DemoVolumes::forBroadLogs(qint64 broadLogs)
{
    DemoVolumes v;
    v.broadLogs = broadLogs;
    v.recipients = std::max<qint64>(500, broadLogs / 12); // each recipient gets a dozen messages
    v.deliveries = 30 + broadLogs / 2'500; // small: ~50 deliveries of ~1000 messages each
    v.trackingLogs = broadLogs / 4;
    v.propositions = broadLogs / 5;
    v.mcEvents = broadLogs / 10;
    v.mcArchivedEvents = broadLogs / 10;
    v.importRejects = std::max<qint64>(50, broadLogs / 100);
    v.visitors = v.recipients / 2;
    v.quarantines = std::max<qint64>(40, v.recipients / 20);
    v.webEvents = broadLogs / 20;
    v.lineUsers = std::max<qint64>(40, v.recipients / 20);
    v.privacyRequests = 20 + v.recipients / 200;
    v.offers = 20 + v.deliveries / 10;
    v.campaigns = 5 + v.deliveries / 5;
    v.orderLines = v.campaigns * 3;
    v.webSessions = 60;
    v.trackingFileLines = std::clamp<qint64>(broadLogs / 200, 600, 30'000);
    return v;
}

} // namespace nightshift
