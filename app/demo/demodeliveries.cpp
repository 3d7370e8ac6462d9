// Steps for the deliveries and what hangs off them: budgets and campaigns, deliveries in every state,
// the provisional calendar, tracking URLs, broad logs, tracking logs, consolidated statistics, indicators,
// email error statistics, cost lines, stock and order lines.
#include "demosteps.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

const QStringList kSubjects{u"Spring sale"_s,     u"Newsletter"_s,        u"Welcome series"_s, u"Loyalty points"_s,
                            u"Back in stock"_s,   u"Summer collection"_s, u"Black Friday"_s,   u"Event invitation"_s,
                            u"Customer survey"_s, u"Winter catalogue"_s};
const QStringList kUserAgents{
    u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"_s,
    u"Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"_s,
    u"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15"_s,
    u"Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"_s,
    u"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36"_s,
    u"Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0)"_s};

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : demoNull();
}

// The address a message went to, by channel.
QString addressFor(const DemoPlan &plan, const PlannedDelivery &d, qint64 recipient)
{
    if (d.channel == u"sms"_s)
        return u"+33 6 %1"_s.arg(demoMix(plan.seed(), 0x5e5, quint64(recipient)) % 100'000'000, 8, 10, QChar(u'0'));
    if (d.channel == u"mobileApp"_s)
        return u"push:%1"_s.arg(demoMix(plan.seed(), 0x9a9, quint64(recipient)), 16, 16, QChar(u'0'));
    if (d.channel == u"line"_s)
        return u"U%1"_s.arg(demoMix(plan.seed(), 0x11e, quint64(recipient)), 16, 16, QChar(u'0'));
    return demoEmail(plan, recipient);
}

void fillBroadLog(const DemoPlan &plan, qint64 i, DemoDice &dice, QVariantList &row)
{
    static const QList<std::pair<QString, QString>> failures{
        {u"soft"_s, u"Mailbox full"_s}, {u"soft"_s, u"Unreachable"_s},    {u"soft"_s, u"Refused"_s},
        {u"hard"_s, u"User unknown"_s}, {u"hard"_s, u"Invalid domain"_s}, {u"ignored"_s, u"Address on quarantine"_s},
        {u"ignored"_s, u"Duplicate"_s}};
    const qint64 di = plan.deliveryOfLog(i);
    const PlannedDelivery &d = plan.deliveries().at(di);
    const qint64 r = plan.recipientOfLog(i);
    QString status = u"sent"_s;
    QString failureType;
    QString failureReason;
    const int roll = int(dice.below(1000));
    if (d.state == u"inProgress"_s && roll < (d.expired ? 350 : 250)) {
        status = u"pending"_s; // still waiting to go; cancelled by the cleanup once the validity is over
    } else if (roll >= 880) {
        const auto &failure = dice.pick(failures);
        status = failure.first == u"ignored"_s ? u"ignored"_s : u"failed"_s;
        failureType = failure.first;
        failureReason = failure.second;
    }
    row << plan.id(u"broad_logs"_s, i) << plan.id(u"deliveries"_s, di) << plan.id(u"recipients"_s, r)
        << addressFor(plan, d, r) << status << textOrNull(failureType) << textOrNull(failureReason)
        << plan.logEventAt(i, d);
}

QString redirectionFileName(qint64 at)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
    return u"redir-%1.log"_s.arg(time.toString(u"yyyyMMdd-HH"_s));
}

// Opens, clicks and opt-outs on random broad logs, hours to days after the sending; never inside the
// last hours, which the redirection-server files not yet collected hold.
void fillTrackingLog(const DemoPlan &plan, qint64 i, DemoDice &dice, QVariantList &row)
{
    const qint64 log = qint64(demoMix(plan.seed(), 0x7ac, quint64(i)) % quint64(plan.volumes().broadLogs));
    const qint64 di = plan.deliveryOfLog(log);
    const PlannedDelivery &d = plan.deliveries().at(di);
    const int roll = int(dice.below(100));
    const QString type = roll < 60 ? u"open"_s : roll < 95 ? u"click"_s : u"optout"_s;
    const qint64 urlRow = plan.urlRow(di);
    qint64 url = 0;
    if (type == u"click"_s)
        url = plan.id(u"tracking_urls"_s, urlRow + dice.below(DemoPlan::urlTags().size() - 1));
    else if (type == u"optout"_s)
        url = plan.id(u"tracking_urls"_s, urlRow + DemoPlan::urlTags().size() - 1);
    const qint64 latest = plan.anchor() - 7 * 3'600'000;
    const qint64 at
        = std::min(plan.logEventAt(log, d) + dice.between(60'000, 10 * kDemoDayMs), latest - dice.below(3'600'000));
    row << plan.id(u"tracking_logs"_s, i) << plan.id(u"deliveries"_s, di) << plan.id(u"broad_logs"_s, log)
        << plan.id(u"recipients"_s, plan.recipientOfLog(log)) << idOrNull(url) << type << at << redirectionFileName(at)
        << dice.pick(kUserAgents);
}

} // namespace

const QStringList &demoUserAgents()
{
    return kUserAgents;
}

QList<DemoStep> demoDeliverySteps(const DemoPlan &plan)
{
    const DemoVolumes &v = plan.volumes();
    const qint64 day = kDemoDayMs;
    const qint64 now = plan.anchor();
    QList<DemoStep> steps;
    // A plan, three programs, one budget per campaign.
    steps << demoRowStep(u"budgets"_s,
                         {u"id"_s, u"parent_id"_s, u"name"_s, u"label"_s, u"level"_s, u"amount"_s, u"committed"_s,
                          u"spent"_s, u"computed_at"_s},
                         4 + v.campaigns, [&plan](qint64 i, DemoDice &dice, QVariantList &row) {
                             const QString level = i == 0 ? u"plan"_s : i < 4 ? u"program"_s : u"campaign"_s;
                             const qint64 parent = i == 0 ? 0
                                 : i < 4                  ? plan.id(u"budgets"_s, 0)
                                                          : plan.id(u"budgets"_s, 1 + (i - 4) % 3);
                             const double amount = double(dice.between(1'000, i < 4 ? 500'000 : 50'000) * 100);
                             row << plan.id(u"budgets"_s, i) << idOrNull(parent)
                                 << u"BDG%1"_s.arg(i + 1, 5, 10, QChar(u'0'))
                                 << (i == 0      ? u"Marketing plan"_s
                                         : i < 4 ? u"Program %1"_s.arg(i)
                                                 : u"Campaign budget %1"_s.arg(i - 3))
                                 << level << amount << 0.0 << 0.0 << demoNull();
                         });
    steps << demoRowStep(u"campaigns"_s,
                         {u"id"_s, u"internal_name"_s, u"label"_s, u"budget_id"_s, u"state"_s, u"recurrence"_s,
                          u"start_at"_s, u"end_at"_s, u"created_at"_s},
                         v.campaigns, [&plan, day](qint64 i, DemoDice &dice, QVariantList &row) {
                             static const QStringList states{u"edition"_s,  u"inProgress"_s, u"finished"_s,
                                                             u"finished"_s, u"finished"_s,   u"cancelled"_s};
                             static const QStringList recurrences{u"single"_s, u"single"_s,    u"single"_s,
                                                                  u"single"_s, u"recurring"_s, u"periodic"_s};
                             const qint64 startAt = plan.start() + dice.below((kDemoSpanDays + 60) * day);
                             row << plan.id(u"campaigns"_s, i) << u"OP%1"_s.arg(i + 1, 5, 10, QChar(u'0'))
                                 << u"%1 %2"_s.arg(dice.pick(kSubjects)).arg(i + 1) << plan.id(u"budgets"_s, 4 + i)
                                 << dice.pick(states) << dice.pick(recurrences) << startAt
                                 << startAt + dice.between(7, 90) * day << startAt - dice.between(5, 30) * day;
                         });
    steps << demoRowStep(
        u"deliveries"_s,
        {u"id"_s, u"internal_name"_s, u"label"_s, u"channel"_s, u"state"_s, u"provisional"_s, u"is_main"_s,
         u"deleted"_s, u"deleted_at"_s, u"created_at"_s, u"scheduled_at"_s, u"validity_end_at"_s, u"campaign_id"_s},
        v.deliveries, [&plan](qint64 i, DemoDice &dice, QVariantList &row) {
            const PlannedDelivery &d = plan.deliveries().at(i);
            row << plan.id(u"deliveries"_s, i) << u"DM%1"_s.arg(plan.id(u"deliveries"_s, i), 6, 10, QChar(u'0'))
                << u"%1 (%2)"_s.arg(dice.pick(kSubjects), d.channel) << d.channel << d.state << int(d.provisional)
                << int(d.isMain) << int(d.deleted) << idOrNull(d.deletedAt) << d.createdAt << idOrNull(d.scheduledAt)
                << idOrNull(d.validityEndAt)
                << (d.campaign >= 0 ? QVariant(plan.id(u"campaigns"_s, d.campaign)) : demoNull());
        });
    // The provisional calendar: forecast volumes for the next days of each provisional delivery.
    QList<qint64> provisional;
    for (qint64 i = 0; i < plan.deliveries().size(); ++i)
        if (plan.deliveries().at(i).provisional)
            provisional << i;
    steps << demoRowStep(u"provisional_logs"_s, {u"id"_s, u"delivery_id"_s, u"day"_s, u"volume"_s},
                         provisional.size() * 3,
                         [&plan, provisional, day](qint64 i, DemoDice &dice, QVariantList &row) {
                             const qint64 di = provisional.at(i / 3);
                             const qint64 first = plan.deliveries().at(di).scheduledAt / day * day;
                             row << plan.id(u"provisional_logs"_s, i) << plan.id(u"deliveries"_s, di)
                                 << first + (i % 3) * day << dice.between(100, 20'000);
                         });
    const qint64 tags = DemoPlan::urlTags().size();
    steps << demoRowStep(u"tracking_urls"_s, {u"id"_s, u"delivery_id"_s, u"tag"_s, u"url"_s, u"label"_s, u"type"_s},
                         plan.sentDeliveries().size() * tags, [&plan, tags](qint64 i, DemoDice &, QVariantList &row) {
                             const qint64 di = plan.sentDeliveries().at(i / tags);
                             const QString tag = DemoPlan::urlTags().at(i % tags);
                             const bool optout = i % tags == tags - 1;
                             row << plan.id(u"tracking_urls"_s, i) << plan.id(u"deliveries"_s, di) << tag
                                 << (optout ? u"https://shop.example/unsubscribe"_s
                                            : u"https://shop.example/%1?d=%2"_s.arg(tag).arg(di + 1))
                                 << (optout ? u"Unsubscribe"_s : tag) << (optout ? u"optout"_s : u"click"_s);
                         });
    steps << demoRowStep(u"broad_logs"_s,
                         {u"id"_s, u"delivery_id"_s, u"recipient_id"_s, u"address"_s, u"status"_s, u"failure_type"_s,
                          u"failure_reason"_s, u"event_at"_s},
                         v.broadLogs,
                         [&plan](qint64 i, DemoDice &dice, QVariantList &row) { fillBroadLog(plan, i, dice, row); });
    steps << demoRowStep(u"tracking_logs"_s,
                         {u"id"_s, u"delivery_id"_s, u"broad_log_id"_s, u"recipient_id"_s, u"url_id"_s, u"type"_s,
                          u"event_at"_s, u"source_file"_s, u"user_agent"_s},
                         v.trackingLogs,
                         [&plan](qint64 i, DemoDice &dice, QVariantList &row) { fillTrackingLog(plan, i, dice, row); });
    // Consolidated statistics and delivery indicators, computed from the rows above.
    const QString firstDelivery = QString::number(plan.base(u"deliveries"_s));
    steps << demoSqlStep(
        u"tracking_stats"_s,
        {u"INSERT INTO tracking_stats (delivery_id, url_id, day, opens, clicks, opt_outs) "
         "SELECT delivery_id, url_id, event_at / 86400000 * 86400000, "
         "SUM(CASE WHEN type = 'open' THEN 1 ELSE 0 END), SUM(CASE WHEN type = 'click' THEN 1 ELSE 0 END), "
         "SUM(CASE WHEN type = 'optout' THEN 1 ELSE 0 END) FROM tracking_logs WHERE delivery_id > %1 "
         "GROUP BY delivery_id, url_id, event_at / 86400000 * 86400000 "
         "ORDER BY delivery_id, COALESCE(url_id, 0), event_at / 86400000 * 86400000"_s.arg(firstDelivery)});
    steps << demoSqlStep(
        u"indicators"_s,
        {u"UPDATE deliveries SET sent = s.sent, delivered = s.delivered, errors = s.errors FROM ("
         "SELECT delivery_id, SUM(CASE WHEN status IN ('sent', 'failed') THEN 1 ELSE 0 END) AS sent, "
         "SUM(CASE WHEN status = 'sent' THEN 1 ELSE 0 END) AS delivered, "
         "SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS errors FROM broad_logs WHERE delivery_id > %1 "
         "GROUP BY delivery_id) s WHERE deliveries.id = s.delivery_id"_s.arg(firstDelivery),
         u"UPDATE deliveries SET opens = t.opens, clicks = t.clicks, opt_outs = t.opt_outs, indicators_at = %2 FROM ("
         "SELECT delivery_id, SUM(opens) AS opens, SUM(clicks) AS clicks, SUM(opt_outs) AS opt_outs "
         "FROM tracking_stats WHERE delivery_id > %1 GROUP BY delivery_id) t WHERE deliveries.id = t.delivery_id"_s
             .arg(firstDelivery)
             .arg(now - day)});
    static const QStringList kErrorDomains{u"mail.example"_s,   u"post.example"_s,  u"inbox.example.fr"_s,
                                           u"web.example.de"_s, u"example.co.uk"_s, u"correo.example"_s};
    const qint64 domains = kErrorDomains.size();
    steps << demoRowStep(u"email_error_stats"_s,
                         {u"id"_s, u"domain"_s, u"day"_s, u"errors"_s, u"soft_bounces"_s, u"hard_bounces"_s},
                         domains * kDemoSpanDays, [&plan, domains, day](qint64 i, DemoDice &dice, QVariantList &row) {
                             const qint64 soft = dice.below(40);
                             const qint64 hard = dice.below(10);
                             row << plan.id(u"email_error_stats"_s, i) << kErrorDomains.at(i % domains)
                                 << plan.start() + (i / domains) * day << soft + hard + dice.below(5) << soft << hard;
                         });
    // Cost lines to compute (actual empty for some), stocks and their order lines.
    steps << demoRowStep(
        u"cost_lines"_s,
        {u"id"_s, u"budget_id"_s, u"campaign_id"_s, u"delivery_id"_s, u"category"_s, u"label"_s, u"planned"_s,
         u"actual"_s, u"created_at"_s, u"computed_at"_s},
        v.campaigns * 3, [&plan, day](qint64 i, DemoDice &dice, QVariantList &row) {
            static const QStringList categories{u"creative"_s, u"routing"_s, u"printing"_s, u"agency"_s};
            const qint64 campaign = i / 3;
            const double planned = double(dice.between(100, 20'000) * 100);
            const qint64 sent = plan.sentDeliveries().isEmpty() ? -1 : dice.pick(plan.sentDeliveries());
            const bool withDelivery = i % 3 == 1 && sent >= 0;
            row << plan.id(u"cost_lines"_s, i) << plan.id(u"budgets"_s, 4 + campaign)
                << plan.id(u"campaigns"_s, campaign)
                << (withDelivery ? QVariant(plan.id(u"deliveries"_s, sent)) : demoNull()) << dice.pick(categories)
                << u"Cost line %1"_s.arg(i + 1) << planned
                << (dice.perMille(600) ? QVariant(planned * double(dice.between(70, 130)) / 100.0)
                                       : QVariant(QMetaType::fromType<double>()))
                << plan.start() + dice.below(kDemoSpanDays * day) << demoNull();
        });
    steps << demoRowStep(
        u"stocks"_s,
        {u"id"_s, u"name"_s, u"label"_s, u"initial_quantity"_s, u"alert_threshold"_s, u"available"_s, u"alert_at"_s}, 8,
        [&plan](qint64 i, DemoDice &dice, QVariantList &row) {
            static const QStringList labels{u"Brochures"_s, u"Catalogues"_s, u"Samples"_s, u"Vouchers"_s,
                                            u"Posters"_s,   u"Goodies"_s,    u"Flyers"_s,  u"Gift cards"_s};
            const qint64 initial = dice.between(1'000, 100'000);
            row << plan.id(u"stocks"_s, i) << u"STK%1"_s.arg(i + 1, 3, 10, QChar(u'0')) << labels.at(i % 8) << initial
                << initial / 10 << demoNull() << demoNull();
        });
    steps << demoRowStep(
        u"order_lines"_s,
        {u"id"_s, u"stock_id"_s, u"campaign_id"_s, u"quantity"_s, u"state"_s, u"ordered_at"_s, u"delivered_at"_s},
        v.orderLines, [&plan, day](qint64 i, DemoDice &dice, QVariantList &row) {
            static const QStringList states{u"ordered"_s, u"delivered"_s, u"delivered"_s, u"cancelled"_s};
            const QString state = dice.pick(states);
            const qint64 ordered = plan.start() + dice.below(kDemoSpanDays * day);
            row << plan.id(u"order_lines"_s, i) << plan.id(u"stocks"_s, dice.below(8)) << plan.id(u"campaigns"_s, i / 3)
                << dice.between(10, 5'000) << state << ordered
                << (state == u"delivered"_s ? QVariant(ordered + dice.between(1, 10) * day) : demoNull());
        });
    return steps;
}

} // namespace nightshift
