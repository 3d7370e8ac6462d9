#pragma once

#include "store/sqlsupport.h"

#include <QList>
#include <QString>

namespace nightshift {

// The figures of the system activity report (SPEC §3, billing) for the period [start, end), in ms since the
// epoch. A message counts as sent when its broad log is 'sent' or 'failed' (it left for the provider); a
// profile is active when it was targeted (any broad log but 'ignored') in the 12 months before the end.
struct ChannelActivity
{
    QString channel;
    qint64 deliveries = 0; // deliveries that sent messages in the period
    qint64 messages = 0;
};

struct MainDelivery
{
    QString internalName;
    QString label;
    QString channel;
    qint64 sent = 0; // the delivery's sent indicator
};

struct BillingFigures
{
    qint64 periodStart = 0;
    qint64 periodEnd = 0;
    qint64 activeSince = 0; // the start of the 12 months counted for active profiles
    qint64 databaseBytes = 0;
    QList<ChannelActivity> channels;
    qint64 activeProfiles = 0;
    qint64 mainDeliveryThreshold = 0;
    QList<MainDelivery> mainDeliveries; // is_main, sent above the threshold, sending in the period

    qint64 marketingActions() const;
    qint64 messages() const;
};

// Each is one read-only query, so the job can check for cancellation and report progress between them.
Result<qint64> databaseSize(const QSqlDatabase &db, Dialect dialect);
Result<QList<ChannelActivity>> marketingActions(const QSqlDatabase &db, qint64 start, qint64 end);
Result<qint64> activeProfiles(const QSqlDatabase &db, qint64 since, qint64 end);
Result<QList<MainDelivery>> mainDeliveries(const QSqlDatabase &db, qint64 start, qint64 end, qint64 threshold);

} // namespace nightshift
