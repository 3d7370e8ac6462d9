#include "demoplan.h"

#include <algorithm>
#include <array>
#include <random>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

quint64 splitmix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// One cycle of delivery kinds: every kind appears at least twice in the smallest demo.
enum class Kind { Deleted, Expired, Provisional, Edition, Scheduled, InProgress, Stopped, Failed, Finished };
constexpr std::array<Kind, 20> kCycle{Kind::Deleted,     Kind::Expired,    Kind::Provisional, Kind::Edition,
                                      Kind::Scheduled,   Kind::InProgress, Kind::Stopped,     Kind::Failed,
                                      Kind::Provisional, Kind::Finished,   Kind::Finished,    Kind::Finished,
                                      Kind::Finished,    Kind::Finished,   Kind::Finished,    Kind::Finished,
                                      Kind::Finished,    Kind::Finished,   Kind::Finished,    Kind::Finished};

} // namespace

DemoDice::DemoDice(quint64 seed, quint64 stream, quint64 chunk)
{
    const std::array<quint32, 6> words{quint32(seed),         quint32(seed >> 32), quint32(stream),
                                       quint32(stream >> 32), quint32(chunk),      quint32(chunk >> 32)};
    std::seed_seq sequence(words.begin(), words.end());
    m_rng.seed(sequence);
}

quint64 demoHash(QStringView text)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return splitmix(h);
}

quint64 demoMix(quint64 a, quint64 b, quint64 c)
{
    return splitmix(splitmix(splitmix(a) ^ b) ^ c);
}

DemoPlan::DemoPlan(quint64 seed, qint64 anchorMs, const DemoVolumes &volumes, QHash<QString, qint64> idBases)
    : m_seed(seed), m_anchor(anchorMs), m_volumes(volumes), m_bases(std::move(idBases))
{
    planDeliveries();
}

void DemoPlan::planDeliveries()
{
    DemoDice dice(m_seed, demoHash(u"plan"), 0);
    const qint64 count = m_volumes.deliveries;
    const qint64 span = kDemoSpanDays * kDemoDayMs;
    const qint64 slot = span / count;
    const QStringList channels{u"email"_s, u"email"_s, u"email"_s, u"email"_s,     u"email"_s,
                               u"email"_s, u"email"_s, u"sms"_s,   u"mobileApp"_s, u"line"_s};
    qint64 totalWeight = 0;
    QList<qint64> weights;
    for (qint64 i = 0; i < count; ++i) {
        PlannedDelivery d;
        const Kind kind = kCycle[size_t(i % qint64(kCycle.size()))];
        d.channel = dice.pick(channels);
        // Sent dates climb through the 18 months, so old deliveries are old everywhere (logs, tracking).
        const qint64 sentAt = start() + i * slot + dice.below(slot) + 6 * 3'600'000;
        d.createdAt = sentAt - dice.between(1, 20) * kDemoDayMs;
        d.campaign = dice.perMille(700) && m_volumes.campaigns > 0 ? dice.below(m_volumes.campaigns) : -1;
        switch (kind) {
        case Kind::Deleted: // sent, then moved to the recycle bin: in turn past and within the 7-day retention
            d.state = u"finished"_s;
            d.sentAt = sentAt;
            d.deleted = true;
            d.deletedAt = m_anchor
                - ((i / qint64(kCycle.size())) % 2 == 0 ? dice.between(8 * kDemoDayMs, 40 * kDemoDayMs)
                                                        : dice.between(3'600'000, 6 * kDemoDayMs));
            break;
        case Kind::Expired: // validity ended with messages still pending
            d.state = u"inProgress"_s;
            d.sentAt = sentAt;
            d.expired = true;
            break;
        case Kind::Provisional:
        case Kind::Scheduled:
            d.state = u"scheduled"_s;
            d.provisional = kind == Kind::Provisional;
            d.createdAt = m_anchor - dice.between(1, 30) * kDemoDayMs;
            d.scheduledAt = m_anchor + dice.between(1, 90) * kDemoDayMs + dice.below(kDemoDayMs);
            break;
        case Kind::Edition:
            d.state = u"edition"_s;
            d.createdAt = m_anchor - dice.between(1, 60) * kDemoDayMs;
            break;
        case Kind::InProgress: // sending these days
            d.state = u"inProgress"_s;
            d.sentAt = m_anchor - dice.between(3'600'000, 3 * kDemoDayMs);
            d.createdAt = d.sentAt - dice.between(1, 10) * kDemoDayMs;
            break;
        case Kind::Stopped:
            d.state = u"stopped"_s;
            d.sentAt = sentAt;
            break;
        case Kind::Failed:
            d.state = u"failed"_s;
            d.sentAt = sentAt;
            break;
        case Kind::Finished:
            d.state = u"finished"_s;
            d.sentAt = sentAt;
            d.isMain = dice.perMille(300);
            break;
        }
        if (d.sentAt) {
            d.scheduledAt = d.sentAt;
            d.validityEndAt = d.sentAt + (d.expired ? 5 : 7 + dice.below(20)) * kDemoDayMs;
        } else if (d.scheduledAt) {
            d.validityEndAt = d.scheduledAt + 7 * kDemoDayMs;
        }
        const qint64 weight = d.sentAt ? (d.isMain ? 6 : 1 + dice.below(4)) : 0;
        weights << weight;
        totalWeight += weight;
        m_deliveries << d;
    }
    // Shares of the broad logs in proportion to the weights; the last sent delivery takes the remainder.
    qint64 next = 0;
    qint64 lastSent = -1;
    for (qint64 i = 0; i < count; ++i) {
        PlannedDelivery &d = m_deliveries[i];
        d.firstLog = next;
        if (weights[i] > 0) {
            d.logCount = m_volumes.broadLogs * weights[i] / totalWeight;
            lastSent = i;
        }
        next += d.logCount;
    }
    if (lastSent >= 0)
        m_deliveries[lastSent].logCount += m_volumes.broadLogs - next;
    next = 0;
    for (qint64 i = 0; i < count; ++i) {
        PlannedDelivery &d = m_deliveries[i];
        d.firstLog = next;
        next += d.logCount;
        m_logEnds << next;
        if (d.hasLogs()) {
            m_urlRows.insert(i, m_sent.size() * urlTags().size());
            m_sent << i;
        }
    }
}

qint64 DemoPlan::deliveryOfLog(qint64 logIndex) const
{
    return std::upper_bound(m_logEnds.cbegin(), m_logEnds.cend(), logIndex) - m_logEnds.cbegin();
}

qint64 DemoPlan::recipientOfLog(qint64 logIndex) const
{
    return qint64(demoMix(m_seed, 0xb10c, quint64(logIndex)) % quint64(m_volumes.recipients));
}

qint64 DemoPlan::logEventAt(qint64 logIndex, const PlannedDelivery &delivery) const
{
    // A sending takes up to three hours.
    return delivery.sentAt + qint64(demoMix(m_seed, 0xe7e7, quint64(logIndex)) % (3 * 3'600'000ULL));
}

const QStringList &DemoPlan::urlTags()
{
    static const QStringList tags{u"offer"_s, u"shop"_s, u"news"_s, u"optout"_s};
    return tags;
}

} // namespace nightshift
