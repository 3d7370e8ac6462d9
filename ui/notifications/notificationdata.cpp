#include "notificationdata.h"

#include "security/principalloader.h"
#include "store/sqlsupport.h"

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks(count, u"?"_s);
    return marks.join(u", "_s);
}

const QString columns = u"SELECT n.id, COALESCE(n.workflow_id, 0), COALESCE(w.internal_name, ''), "
                        "COALESCE(w.label, ''), n.group_name, n.level, n.subject, n.message, n.created_at, "
                        "COALESCE(n.acknowledged_at, 0), COALESCE(n.acknowledged_by, '') "
                        "FROM notifications n LEFT JOIN workflows w ON w.id = n.workflow_id "_s;

NotificationRow row(const QSqlQuery &q)
{
    return {.id = q.value(0).toLongLong(),
            .workflowId = q.value(1).toLongLong(),
            .workflowName = q.value(2).toString(),
            .workflowLabel = q.value(3).toString(),
            .recipient = q.value(4).toString(),
            .level = q.value(5).toInt(),
            .subject = q.value(6).toString(),
            .message = q.value(7).toString(),
            .createdAt = q.value(8).toLongLong(),
            .acknowledgedAt = q.value(9).toLongLong(),
            .acknowledgedBy = q.value(10).toString()};
}

} // namespace

QStringList notificationRecipients(const Principal &who)
{
    QStringList recipients(who.groupNames.cbegin(), who.groupNames.cend());
    recipients.sort();
    recipients << u"operator:"_s + who.login;
    return recipients;
}

Result<NotificationList> readNotifications(Instance &instance, qint64 operatorId, int acknowledgedLimit)
{
    auto db = instance.database();
    if (!db)
        return std::unexpected(db.error());
    auto who = PrincipalLoader(*db).load(operatorId);
    if (!who)
        return std::unexpected(who.error());
    const QStringList recipients = notificationRecipients(*who);
    const QVariantList binds(recipients.cbegin(), recipients.cend());
    const QString to = u"n.group_name IN ("_s + placeholders(recipients.size()) + u")"_s;
    NotificationList list;
    const auto readInto = [&](const QString &condition, const QVariantList &values) -> Status {
        auto rows = execute(*db, columns + u"WHERE "_s + to + condition, values);
        if (!rows)
            return std::unexpected(rows.error());
        while (rows->next())
            list.rows << row(*rows);
        return {};
    };
    // Both reads use the (group_name, acknowledged_at) index: the unread ones are few, the read ones capped.
    if (auto unread = readInto(u" AND n.acknowledged_at IS NULL ORDER BY n.created_at DESC, n.id DESC"_s, binds);
        !unread)
        return std::unexpected(unread.error());
    list.unread = int(list.rows.size());
    if (auto read = readInto(u" AND n.acknowledged_at IS NOT NULL ORDER BY n.acknowledged_at DESC, n.id DESC LIMIT ?"_s,
                             binds + QVariantList{acknowledgedLimit});
        !read)
        return std::unexpected(read.error());
    return list;
}

Result<int> acknowledgeNotifications(Instance &instance, qint64 operatorId, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return 0;
    auto db = instance.database();
    if (!db)
        return std::unexpected(db.error());
    auto who = PrincipalLoader(*db).load(operatorId);
    if (!who)
        return std::unexpected(who.error());
    const QStringList recipients = notificationRecipients(*who);
    const qint64 now = nowMs();
    int changed = 0;
    constexpr qsizetype Chunk = 400; // bound parameters per statement stay far below SQLite's limit
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        const QList<qint64> some = ids.mid(from, Chunk);
        QVariantList binds{now, who->login};
        for (qint64 id : some)
            binds << id;
        for (const QString &r : recipients)
            binds << r;
        // What another member acknowledged meanwhile keeps its first who and when.
        auto done = execute(*db,
                            u"UPDATE notifications SET acknowledged_at = ?, acknowledged_by = ? WHERE id IN ("_s
                                + placeholders(some.size()) + u") AND group_name IN ("_s
                                + placeholders(recipients.size()) + u") AND acknowledged_at IS NULL"_s,
                            binds);
        if (!done)
            return std::unexpected(done.error());
        changed += done->numRowsAffected();
    }
    return changed;
}

} // namespace nightshift
