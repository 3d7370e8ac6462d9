#include "operatorrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

Result<std::optional<OperatorRecord>> OperatorRepository::find(const QString &login) const
{
    auto query
        = execute(m_db, u"SELECT id, login, name, password_hash, disabled FROM operators WHERE login = ?"_s, {login});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<OperatorRecord>();
    return std::optional<OperatorRecord>(OperatorRecord{query->value(0).toLongLong(), query->value(1).toString(),
                                                        query->value(2).toString(), query->value(3).toString(),
                                                        query->value(4).toInt() != 0});
}

Result<qint64> OperatorRepository::count() const
{
    auto n = scalar(m_db, u"SELECT COUNT(*) FROM operators"_s);
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

Result<qint64> OperatorRepository::create(const OperatorRecord &op, const QStringList &groupNames)
{
    const qint64 now = nowMs();
    auto inserted = execute(m_db,
                            u"INSERT INTO operators (login, name, password_hash, disabled, created_at, modified_at) "
                            "VALUES (?, ?, ?, ?, ?, ?)"_s,
                            {op.login, op.name, op.passwordHash, op.disabled ? 1 : 0, now, now});
    if (!inserted)
        return std::unexpected(inserted.error());
    auto id = scalar(m_db, u"SELECT id FROM operators WHERE login = ?"_s, {op.login});
    if (!id)
        return std::unexpected(id.error());
    for (const QString &group : groupNames) {
        auto member = execute(m_db,
                              u"INSERT INTO group_members (group_id, operator_id) "
                              "SELECT id, ? FROM operator_groups WHERE name = ?"_s,
                              {*id, group});
        if (!member)
            return std::unexpected(member.error());
        if (member->numRowsAffected() != 1)
            return fail(
                QCoreApplication::translate("nightshift::OperatorRepository", "there is no operator group \"%1\"")
                    .arg(group));
    }
    return id->toLongLong();
}

} // namespace nightshift
