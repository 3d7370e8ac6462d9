// Steps for offers and Message Center: offer categories and offers (some approved, not deployed),
// propositions, message templates (event type + channel), real-time and batch events in every status,
// archived events and their statistics, console web sessions.
#include "demosteps.h"

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

// Event types; LOYALTY_POINTS has no template at all, CART_ABANDONED none for SMS: "not covered".
const QStringList kEventTypes{u"ORDER_CONFIRMATION"_s, u"PASSWORD_RESET"_s,  u"SHIPPING_NOTICE"_s,
                              u"CART_ABANDONED"_s,     u"ACCOUNT_WELCOME"_s, u"LOYALTY_POINTS"_s};
const QStringList kEventChannels{u"email"_s, u"email"_s, u"email"_s, u"sms"_s, u"mobileApp"_s};

} // namespace

QList<DemoStep> demoEventSteps(const DemoPlan &plan)
{
    const DemoVolumes &v = plan.volumes();
    const qint64 day = kDemoDayMs;
    const qint64 now = plan.anchor();
    QList<DemoStep> steps;
    steps << demoRowStep(u"offer_categories"_s,
                         {u"id"_s, u"parent_id"_s, u"name"_s, u"label"_s, u"state"_s, u"deployed_at"_s}, 6,
                         [&plan, now, day](qint64 i, DemoDice &dice, QVariantList &row) {
                             static const QStringList labels{u"All offers"_s, u"Discounts"_s, u"Upsell"_s,
                                                             u"Loyalty"_s,    u"Partners"_s,  u"Seasonal"_s};
                             const QString state = i == 5 ? u"approved"_s : u"live"_s; // Seasonal: waits for offerMgt
                             row << plan.id(u"offer_categories"_s, i)
                                 << (i == 0 ? demoNull() : QVariant(plan.id(u"offer_categories"_s, 0)))
                                 << u"CAT%1"_s.arg(i + 1, 3, 10, QChar(u'0')) << labels.at(i) << state
                                 << (state == u"live"_s ? QVariant(now - dice.between(10, 300) * day) : demoNull());
                         });
    steps << demoRowStep(
        u"offers"_s, {u"id"_s, u"category_id"_s, u"name"_s, u"label"_s, u"state"_s, u"approved_at"_s, u"deployed_at"_s},
        v.offers, [&plan, now, day](qint64 i, DemoDice &dice, QVariantList &row) {
            static const QStringList states{u"draft"_s, u"approved"_s, u"live"_s,    u"live"_s,
                                            u"live"_s,  u"approved"_s, u"archived"_s};
            static const QStringList kinds{u"10% off"_s, u"Free shipping"_s, u"Double points"_s,
                                           u"Gift with purchase"_s, u"Premium upgrade"_s};
            const QString state = dice.pick(states);
            const qint64 approved = now - dice.between(1, 400) * day;
            const bool wasApproved = state != u"draft"_s;
            const bool deployed = state == u"live"_s || state == u"archived"_s;
            row << plan.id(u"offers"_s, i) << plan.id(u"offer_categories"_s, 1 + dice.below(5))
                << u"OFR%1"_s.arg(i + 1, 4, 10, QChar(u'0')) << u"%1 #%2"_s.arg(dice.pick(kinds)).arg(i + 1) << state
                << (wasApproved ? QVariant(approved) : demoNull())
                << (deployed ? QVariant(approved + dice.between(1, 3) * day) : demoNull());
        });
    steps << demoRowStep(
        u"propositions"_s,
        {u"id"_s, u"offer_id"_s, u"recipient_id"_s, u"delivery_id"_s, u"channel"_s, u"status"_s, u"created_at"_s},
        v.propositions, [&plan, day](qint64 i, DemoDice &dice, QVariantList &row) {
            static const QStringList channels{u"email"_s, u"email"_s, u"web"_s, u"mobileApp"_s, u"callCenter"_s};
            static const QStringList statuses{u"proposed"_s, u"proposed"_s, u"presented"_s, u"accepted"_s,
                                              u"rejected"_s};
            const QString channel = dice.pick(channels);
            const bool outbound = channel == u"email"_s && !plan.sentDeliveries().isEmpty();
            const qint64 delivery = outbound ? dice.pick(plan.sentDeliveries()) : -1;
            const qint64 at
                = outbound ? plan.deliveries().at(delivery).sentAt : plan.start() + dice.below(kDemoSpanDays * day);
            row << plan.id(u"propositions"_s, i) << plan.id(u"offers"_s, dice.below(plan.volumes().offers))
                << plan.id(u"recipients"_s, dice.below(plan.volumes().recipients))
                << (outbound ? QVariant(plan.id(u"deliveries"_s, delivery)) : demoNull()) << channel
                << dice.pick(statuses) << at;
        });
    // Templates for every event type and channel except LOYALTY_POINTS and CART_ABANDONED by SMS.
    QList<std::pair<QString, QString>> templates;
    for (const QString &type : kEventTypes)
        for (const QString &channel : {u"email"_s, u"sms"_s, u"mobileApp"_s})
            if (type != u"LOYALTY_POINTS"_s && !(type == u"CART_ABANDONED"_s && channel == u"sms"_s))
                templates.append({type, channel});
    steps << demoRowStep(
        u"message_templates"_s,
        {u"id"_s, u"name"_s, u"label"_s, u"event_type"_s, u"channel"_s, u"state"_s, u"created_at"_s, u"published_at"_s},
        templates.size(), [&plan, templates, day](qint64 i, DemoDice &dice, QVariantList &row) {
            const auto &[type, channel] = templates.at(i);
            const qint64 created = plan.start() + dice.below(200) * day;
            const bool published = i % 7 != 6;
            row << plan.id(u"message_templates"_s, i) << u"%1_%2"_s.arg(type.toLower(), channel)
                << u"%1 (%2)"_s.arg(type, channel) << type << channel << (published ? u"published"_s : u"draft"_s)
                << created << (published ? QVariant(created + day) : demoNull());
        });
    // Events of the last 60 days (the 30-day retention has half of them to purge) in every status of SPEC §8.
    steps << demoRowStep(
        u"mc_events"_s,
        {u"id"_s, u"type"_s, u"channel"_s, u"status"_s, u"is_realtime"_s, u"payload"_s, u"created_at"_s,
         u"processed_at"_s},
        v.mcEvents, [&plan, now, day](qint64 i, DemoDice &dice, QVariantList &row) {
            static const QList<std::pair<QString, int>> statuses{
                {u"pending"_s, 150},      {u"pendingDelivery"_s, 100}, {u"sent"_s, 500},  {u"ignored"_s, 50},
                {u"deliveryError"_s, 80}, {u"notCovered"_s, 70},       {u"expired"_s, 50}};
            int roll = int(dice.below(1000));
            QString status = statuses.last().first;
            for (const auto &[name, share] : statuses) {
                if (roll < share) {
                    status = name;
                    break;
                }
                roll -= share;
            }
            const QString type = dice.pick(kEventTypes);
            const qint64 created = now - dice.between(60'000, 60 * day);
            const qint64 recipient = dice.below(plan.volumes().recipients);
            row << plan.id(u"mc_events"_s, i) << type << dice.pick(kEventChannels) << status << int(dice.perMille(700))
                << u"{\"email\":\"%1\",\"orderId\":%2}"_s.arg(demoEmail(plan, recipient))
                       .arg(dice.between(10'000, 999'999))
                << created << (status == u"pending"_s ? demoNull() : QVariant(created + dice.between(1'000, 600'000)));
        });
    steps << demoRowStep(
        u"mc_archived_events"_s, {u"id"_s, u"type"_s, u"channel"_s, u"status"_s, u"created_at"_s, u"archived_at"_s},
        v.mcArchivedEvents, [&plan, day](qint64 i, DemoDice &dice, QVariantList &row) {
            static const QStringList statuses{u"sent"_s,    u"sent"_s,          u"sent"_s,       u"sent"_s,
                                              u"ignored"_s, u"deliveryError"_s, u"notCovered"_s, u"expired"_s};
            const qint64 created = plan.start() + dice.below(kDemoSpanDays * day);
            row << plan.id(u"mc_archived_events"_s, i) << dice.pick(kEventTypes) << dice.pick(kEventChannels)
                << dice.pick(statuses) << created << created + dice.between(1, 3) * day;
        });
    steps << demoSqlStep(
        u"mc_event_stats"_s,
        {u"INSERT INTO mc_event_stats (day, type, channel, status, count) "
         "SELECT created_at / 86400000 * 86400000, type, channel, status, COUNT(*) FROM mc_archived_events "
         "WHERE id > %1 GROUP BY created_at / 86400000 * 86400000, type, channel, status "
         "ORDER BY created_at / 86400000 * 86400000, type, channel, status"_s.arg(plan.base(u"mc_archived_events"_s))});
    // Console sessions: most expired, a few still open at the anchor.
    steps << demoRowStep(u"web_sessions"_s, {u"id"_s, u"operator_login"_s, u"created_at"_s, u"expires_at"_s},
                         v.webSessions, [&plan, now, day](qint64 i, DemoDice &dice, QVariantList &row) {
                             static const QStringList logins{u"admin"_s, u"operator1"_s, u"supervisor"_s, u"analyst"_s};
                             const qint64 created = i % 10 == 0 ? now - dice.between(60'000, 3'600'000)
                                                                : now - dice.between(1, 20 * day);
                             row << plan.id(u"web_sessions"_s, i) << dice.pick(logins) << created
                                 << created + 8 * 3'600'000;
                         });
    return steps;
}

} // namespace nightshift
