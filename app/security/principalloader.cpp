#include "principalloader.h"

#include "core/accesspolicy.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::PrincipalLoader)
};
} // namespace

Result<Principal> PrincipalLoader::load(qint64 operatorId) const
{
    return loadWhere(u"id"_s, operatorId);
}

Result<Principal> PrincipalLoader::load(const QString &login) const
{
    return loadWhere(u"login"_s, login);
}

Result<Principal> PrincipalLoader::loadAdministrator(qint64 operatorId, const QString &what) const
{
    auto who = load(operatorId);
    if (!who)
        return who;
    if (auto allowed = AccessPolicy::checkAdministration(*who, what); !allowed)
        return std::unexpected(allowed.error());
    return who;
}

Result<Principal> PrincipalLoader::loadWhere(const QString &column, const QVariant &value) const
{
    auto row = execute(m_db, u"SELECT id, login, disabled FROM operators WHERE %1 = ?"_s.arg(column), {value});
    if (!row)
        return std::unexpected(row.error());
    if (!row->next())
        return fail(Text::tr("operator %1 does not exist (any more)").arg(value.toString()));
    Principal who;
    who.operatorId = row->value(0).toLongLong();
    who.login = row->value(1).toString();
    if (row->value(2).toInt() != 0)
        return fail(Text::tr("operator %1 is disabled").arg(who.login));

    auto groups = execute(m_db,
                          u"SELECT g.id, g.name FROM operator_groups g JOIN group_members m ON m.group_id = g.id "
                          "WHERE m.operator_id = ?"_s,
                          {who.operatorId});
    if (!groups)
        return std::unexpected(groups.error());
    while (groups->next()) {
        who.groupIds.insert(groups->value(0).toLongLong());
        who.groupNames.insert(groups->value(1).toString());
    }
    auto rights
        = execute(m_db,
                  u"SELECT r.right_name FROM group_rights r JOIN group_members m ON m.group_id = r.group_id "
                  "WHERE m.operator_id = ? UNION SELECT right_name FROM operator_rights WHERE operator_id = ?"_s,
                  {who.operatorId, who.operatorId});
    if (!rights)
        return std::unexpected(rights.error());
    while (rights->next())
        if (const auto right = rightFromName(rights->value(0).toString()))
            who.rights.insert(*right);
    return who;
}

Result<bool> PrincipalLoader::canReadFolder(const Principal &who, qint64 folderId) const
{
    auto readable = readableFolders(who);
    if (!readable)
        return std::unexpected(readable.error());
    return readable->contains(folderId);
}

Result<QSet<qint64>> PrincipalLoader::readableFolders(const Principal &who) const
{
    QHash<qint64, qint64> parents;
    auto folders = execute(m_db, u"SELECT id, COALESCE(parent_id, 0) FROM folders"_s);
    if (!folders)
        return std::unexpected(folders.error());
    while (folders->next())
        parents.insert(folders->value(0).toLongLong(), folders->value(1).toLongLong());
    QHash<qint64, QList<std::pair<qint64, bool>>> permissions; // folder → (group, can read)
    auto rows = execute(m_db, u"SELECT folder_id, group_id, can_read FROM folder_permissions"_s);
    if (!rows)
        return std::unexpected(rows.error());
    while (rows->next())
        permissions[rows->value(0).toLongLong()].append({rows->value(1).toLongLong(), rows->value(2).toInt() != 0});

    QSet<qint64> readable;
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        bool canRead = true;
        if (!who.isAdministrator()) {
            for (qint64 id = it.key(); id != 0; id = parents.value(id)) {
                const auto granted = permissions.constFind(id);
                if (granted == permissions.cend())
                    continue;
                canRead = std::ranges::any_of(
                    *granted, [&](const auto &p) { return p.second && who.groupIds.contains(p.first); });
                break;
            }
        }
        if (canRead)
            readable.insert(it.key());
    }
    return readable;
}

} // namespace nightshift
