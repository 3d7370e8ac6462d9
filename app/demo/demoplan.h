#pragma once

#include "demoscale.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>

namespace nightshift {

constexpr qint64 kDemoDayMs = 86'400'000;
constexpr qint64 kDemoSpanDays = 540; // 18 months of history, so every retention has work to do

// A QRandomGenerator seeded from (seed, stream, chunk): the rows of one chunk of one step are the same
// whenever and however often the chunk is generated.
class DemoDice
{
public:
    DemoDice(quint64 seed, quint64 stream, quint64 chunk);

    qint64 below(qint64 n) { return n <= 1 ? 0 : qint64(m_rng.generate64() % quint64(n)); }
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); } // inclusive
    bool perMille(int chance) { return below(1000) < chance; }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(list.size()));
    }

private:
    QRandomGenerator m_rng;
};

// A stable 64-bit hash (FNV-1a then splitmix64): qHash is salted per process, this is not.
quint64 demoHash(QStringView text);
quint64 demoMix(quint64 a, quint64 b = 0, quint64 c = 0);

struct PlannedDelivery
{
    QString state; // edition, scheduled, inProgress, finished, stopped, failed
    QString channel;
    bool provisional = false; // in the provisional calendar: scheduled in the future, forecast only
    bool deleted = false; // in the recycle bin since deletedAt
    bool expired = false; // validity over while messages were still pending
    bool isMain = false;
    qint64 createdAt = 0;
    qint64 scheduledAt = 0; // 0: none
    qint64 sentAt = 0; // 0: never sent
    qint64 validityEndAt = 0;
    qint64 deletedAt = 0;
    qint64 firstLog = 0; // its broad logs are the indexes [firstLog, firstLog + logCount)
    qint64 logCount = 0;
    qint64 campaign = -1; // index of its campaign, -1: none

    bool hasLogs() const { return logCount > 0; }
};

// Everything rows of different tables must agree on, computed from the seed alone: the deliveries with
// their dates and broad-log ranges, which recipient each broad log went to, and each table's id base
// (ids are base + 1 + row index, so a resumed chunk gets the same ids).
class DemoPlan
{
public:
    DemoPlan(quint64 seed, qint64 anchorMs, const DemoVolumes &volumes, QHash<QString, qint64> idBases);

    quint64 seed() const { return m_seed; }
    qint64 anchor() const { return m_anchor; }
    qint64 start() const { return m_anchor - kDemoSpanDays * kDemoDayMs; }
    const DemoVolumes &volumes() const { return m_volumes; }
    const QList<PlannedDelivery> &deliveries() const { return m_deliveries; }

    qint64 id(const QString &table, qint64 index) const { return m_bases.value(table) + 1 + index; }
    qint64 base(const QString &table) const { return m_bases.value(table); }

    qint64 deliveryOfLog(qint64 logIndex) const; // index into deliveries()
    qint64 recipientOfLog(qint64 logIndex) const; // recipient index
    qint64 logEventAt(qint64 logIndex, const PlannedDelivery &delivery) const;

    // Deliveries with broad logs (indexes), in order; each has the tracking URLs of urlTags(), whose rows
    // are urlRow(delivery) + tag index.
    const QList<qint64> &sentDeliveries() const { return m_sent; }
    qint64 urlRow(qint64 delivery) const { return m_urlRows.value(delivery, -1); }
    static const QStringList &urlTags(); // the last one is the opt-out link

private:
    void planDeliveries();

    quint64 m_seed;
    qint64 m_anchor;
    DemoVolumes m_volumes;
    QHash<QString, qint64> m_bases;
    QList<PlannedDelivery> m_deliveries;
    QList<qint64> m_sent;
    QHash<qint64, qint64> m_urlRows;
    QList<qint64> m_logEnds; // exclusive end of each delivery's broad-log range, for deliveryOfLog
};

} // namespace nightshift
