#include "billingfigures.h"

using namespace Qt::StringLiterals;

namespace nightshift {

qint64 BillingFigures::marketingActions() const
{
    qint64 total = 0;
    for (const ChannelActivity &c : channels)
        total += c.deliveries;
    return total;
}

qint64 BillingFigures::messages() const
{
    qint64 total = 0;
    for (const ChannelActivity &c : channels)
        total += c.messages;
    return total;
}

Result<qint64> databaseSize(const QSqlDatabase &db, Dialect dialect)
{
    if (dialect == Dialect::Postgres) {
        auto size = scalar(db, u"SELECT pg_database_size(current_database())"_s);
        if (!size)
            return std::unexpected(size.error());
        return size->toLongLong();
    }
    auto pages = scalar(db, u"PRAGMA page_count"_s);
    if (!pages)
        return std::unexpected(pages.error());
    auto pageSize = scalar(db, u"PRAGMA page_size"_s);
    if (!pageSize)
        return std::unexpected(pageSize.error());
    return pages->toLongLong() * pageSize->toLongLong();
}

Result<QList<ChannelActivity>> marketingActions(const QSqlDatabase &db, qint64 start, qint64 end)
{
    auto query = execute(db,
                         u"SELECT d.channel, COUNT(DISTINCT b.delivery_id), COUNT(*) FROM broad_logs b "
                         "JOIN deliveries d ON d.id = b.delivery_id "
                         "WHERE b.event_at >= ? AND b.event_at < ? AND b.status IN ('sent', 'failed') "
                         "GROUP BY d.channel ORDER BY d.channel"_s,
                         {start, end});
    if (!query)
        return std::unexpected(query.error());
    QList<ChannelActivity> channels;
    while (query->next())
        channels.append({.channel = query->value(0).toString(),
                         .deliveries = query->value(1).toLongLong(),
                         .messages = query->value(2).toLongLong()});
    return channels;
}

Result<qint64> activeProfiles(const QSqlDatabase &db, qint64 since, qint64 end)
{
    auto count = scalar(db,
                        u"SELECT COUNT(DISTINCT recipient_id) FROM broad_logs WHERE event_at >= ? AND event_at < ? "
                        "AND recipient_id IS NOT NULL AND status <> 'ignored'"_s,
                        {since, end});
    if (!count)
        return std::unexpected(count.error());
    return count->toLongLong();
}

Result<QList<MainDelivery>> mainDeliveries(const QSqlDatabase &db, qint64 start, qint64 end, qint64 threshold)
{
    auto query = execute(db,
                         u"SELECT d.internal_name, d.label, d.channel, d.sent FROM deliveries d "
                         "WHERE d.is_main = 1 AND d.sent > ? AND EXISTS (SELECT 1 FROM broad_logs b "
                         "WHERE b.delivery_id = d.id AND b.event_at >= ? AND b.event_at < ? "
                         "AND b.status IN ('sent', 'failed')) ORDER BY d.sent DESC, d.internal_name"_s,
                         {threshold, start, end});
    if (!query)
        return std::unexpected(query.error());
    QList<MainDelivery> deliveries;
    while (query->next())
        deliveries.append({.internalName = query->value(0).toString(),
                           .label = query->value(1).toString(),
                           .channel = query->value(2).toString(),
                           .sent = query->value(3).toLongLong()});
    return deliveries;
}

} // namespace nightshift
