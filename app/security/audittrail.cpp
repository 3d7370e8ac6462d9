#include "audittrail.h"

#include "principalloader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::AuditTrail)
};
} // namespace

QString AuditTrail::escapeLike(QString text)
{
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u'%', u"\\%"_s);
    text.replace(u'_', u"\\_"_s);
    return text;
}

Result<QList<AuditRecord>> AuditTrail::find(const AuditFilter &filter)
{
    auto db = m_instance.database();
    if (!db)
        return std::unexpected(db.error());
    if (auto actor = PrincipalLoader(*db).loadAdministrator(m_actor, Text::tr("read the audit trail")); !actor)
        return std::unexpected(actor.error());

    QString sql = u"SELECT id, at, COALESCE(operator, ''), action, object_type, COALESCE(object, ''), "
                  "COALESCE(before_value, ''), COALESCE(after_value, '') FROM audit WHERE 1 = 1"_s;
    QVariantList values;
    if (!filter.operatorLogin.isEmpty()) {
        sql += u" AND operator = ?"_s;
        values << filter.operatorLogin;
    }
    if (filter.action.endsWith(u'.')) {
        sql += u" AND action LIKE ? ESCAPE '\\'"_s;
        values << escapeLike(filter.action) + u'%';
    } else if (!filter.action.isEmpty()) {
        sql += u" AND action = ?"_s;
        values << filter.action;
    }
    if (!filter.object.isEmpty()) {
        sql += u" AND object LIKE ? ESCAPE '\\'"_s;
        values << u'%' + escapeLike(filter.object) + u'%';
    }
    if (filter.from > 0) {
        sql += u" AND at >= ?"_s;
        values << filter.from;
    }
    if (filter.to > 0) {
        sql += u" AND at < ?"_s;
        values << filter.to;
    }
    sql += u" ORDER BY at DESC, id DESC LIMIT %1"_s.arg(std::clamp(filter.limit, 1, 1'000'000));
    auto query = execute(*db, sql, values);
    if (!query)
        return std::unexpected(query.error());
    QList<AuditRecord> records;
    while (query->next())
        records << AuditRecord{query->value(0).toLongLong(),
                               query->value(1).toLongLong(),
                               {query->value(2).toString(), query->value(3).toString(), query->value(4).toString(),
                                query->value(5).toString(), query->value(6).toString(), query->value(7).toString()}};
    return records;
}

} // namespace nightshift
