#include "operatoradmin.h"

#include "passwordhasher.h"
#include "principalloader.h"

#include "core/workflowdefinition.h"
#include "store/auditlog.h"
#include "store/operatorrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::OperatorAdmin)
};

using Change = std::pair<QString, QString>; // before, after (for the audit trail)

Result<QStringList> strings(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    auto query = execute(db, sql, values);
    if (!query)
        return std::unexpected(query.error());
    QStringList out;
    while (query->next())
        out << query->value(0).toString();
    return out;
}

Result<QStringList> groupsOf(const QSqlDatabase &db, qint64 operatorId)
{
    return strings(db,
                   u"SELECT g.name FROM operator_groups g JOIN group_members m ON m.group_id = g.id "
                   "WHERE m.operator_id = ? ORDER BY g.name"_s,
                   {operatorId});
}

Result<QStringList> ownRightsOf(const QSqlDatabase &db, qint64 operatorId)
{
    return strings(db, u"SELECT right_name FROM operator_rights WHERE operator_id = ? ORDER BY right_name"_s,
                   {operatorId});
}

// What an operator holds, as one line for the audit trail: "groups: admin; rights: export".
Result<QString> holdings(const QSqlDatabase &db, qint64 operatorId)
{
    auto groups = groupsOf(db, operatorId);
    auto rights = ownRightsOf(db, operatorId);
    if (!groups || !rights)
        return std::unexpected(groups ? rights.error() : groups.error());
    return u"groups: %1; rights: %2"_s.arg(groups->join(u", "_s), rights->join(u", "_s));
}

} // namespace

Result<void> OperatorAdmin::administer(const QString &action, const QString &login,
                                       const std::function<Result<Change>(const QSqlDatabase &, qint64)> &change)
{
    auto db = m_instance.database();
    if (!db)
        return std::unexpected(db.error());
    WriteTransaction transaction(*db, m_instance.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto actor = PrincipalLoader(*db).loadAdministrator(m_actor, Text::tr("manage operators"));
    if (!actor)
        return std::unexpected(actor.error());
    qint64 target = 0;
    if (action != u"operator.add"_s) {
        auto found = OperatorRepository(*db).find(login);
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return fail(Text::tr("there is no operator %1").arg(login));
        target = (*found)->id;
    }
    auto changed = change(*db, target);
    if (!changed)
        return std::unexpected(changed.error());
    if (auto audited
        = AuditLog(*db).append({actor->login, action, u"operator"_s, login, changed->first, changed->second});
        !audited)
        return audited;
    return transaction.commit();
}

Result<QList<OperatorSummary>> OperatorAdmin::list()
{
    auto db = m_instance.database();
    if (!db)
        return std::unexpected(db.error());
    if (auto actor = PrincipalLoader(*db).loadAdministrator(m_actor, Text::tr("list operators")); !actor)
        return std::unexpected(actor.error());
    auto query
        = execute(*db, u"SELECT id, login, name, disabled, COALESCE(last_login_at, 0) FROM operators ORDER BY login"_s);
    if (!query)
        return std::unexpected(query.error());
    QList<OperatorSummary> result;
    while (query->next()) {
        OperatorSummary s{query->value(1).toString(),  query->value(2).toString(), query->value(3).toInt() != 0, {}, {},
                          query->value(4).toLongLong()};
        const qint64 id = query->value(0).toLongLong();
        auto groups = groupsOf(*db, id);
        auto rights = ownRightsOf(*db, id);
        if (!groups || !rights)
            return std::unexpected(groups ? rights.error() : groups.error());
        s.groups = *groups;
        s.rights = *rights;
        result << s;
    }
    return result;
}

Result<void> OperatorAdmin::add(const QString &login, const QString &name, const QString &password,
                                const QStringList &groups)
{
    if (!isIdentifier(login))
        return fail(
            Text::tr("\"%1\" is not a valid login: start with a letter or _, then letters, digits or _").arg(login));
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return std::unexpected(hash.error());
    return administer(u"operator.add"_s, login, [&](const QSqlDatabase &db, qint64) -> Result<Change> {
        auto existing = OperatorRepository(db).find(login);
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing)
            return fail(Text::tr("an operator %1 already exists").arg(login));
        auto id = OperatorRepository(db).create({0, login, name.isEmpty() ? login : name, *hash, false}, groups);
        if (!id)
            return std::unexpected(id.error());
        auto now = holdings(db, *id);
        if (!now)
            return std::unexpected(now.error());
        return Change{{}, *now};
    });
}

Result<void> OperatorAdmin::resetPassword(const QString &login, const QString &newPassword)
{
    auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return std::unexpected(hash.error());
    return administer(u"operator.password.reset"_s, login, [&](const QSqlDatabase &db, qint64 id) -> Result<Change> {
        auto updated = execute(db,
                               u"UPDATE operators SET password_hash = ?, failed_logins = 0, locked_until = NULL, "
                               "modified_at = ? WHERE id = ?"_s,
                               {*hash, nowMs(), id});
        if (!updated)
            return std::unexpected(updated.error());
        return Change{}; // never a password, not even hashed, in the audit trail
    });
}

Result<void> OperatorAdmin::changeOwnPassword(const QString &oldPassword, const QString &newPassword)
{
    auto db = m_instance.database();
    if (!db)
        return std::unexpected(db.error());
    auto me = execute(*db, u"SELECT login, password_hash FROM operators WHERE id = ?"_s, {m_actor});
    if (!me)
        return std::unexpected(me.error());
    if (!me->next())
        return fail(Text::tr("your operator does not exist any more"));
    const QString login = me->value(0).toString();
    if (!PasswordHasher::verify(oldPassword, me->value(1).toString()))
        return fail(Text::tr("the current password is wrong; nothing was changed"));
    auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return std::unexpected(hash.error());
    auto updated = execute(*db, u"UPDATE operators SET password_hash = ?, modified_at = ? WHERE id = ?"_s,
                           {*hash, nowMs(), m_actor});
    if (!updated)
        return std::unexpected(updated.error());
    return AuditLog(*db).append({login, u"operator.password.change"_s, u"operator"_s, login, {}, {}});
}

Result<void> OperatorAdmin::grant(const QString &login, const QString &rightOrGroup)
{
    return changeHoldings(u"operator.grant"_s, login, [&](const QSqlDatabase &db, qint64 id) -> Result<void> {
        Result<QSqlQuery> done = fail(QString());
        if (rightOrGroup.startsWith(u'@')) {
            done = execute(db,
                           u"INSERT INTO group_members (group_id, operator_id) SELECT id, ? FROM operator_groups "
                           "WHERE name = ? AND NOT EXISTS (SELECT 1 FROM group_members m JOIN operator_groups g "
                           "ON g.id = m.group_id WHERE m.operator_id = ? AND g.name = ?)"_s,
                           {id, rightOrGroup.mid(1), id, rightOrGroup.mid(1)});
            auto exists = scalar(db, u"SELECT COUNT(*) FROM operator_groups WHERE name = ?"_s, {rightOrGroup.mid(1)});
            if (exists && exists->toInt() == 0)
                return fail(Text::tr("there is no operator group \"%1\"").arg(rightOrGroup.mid(1)));
        } else {
            const auto right = rightFromName(rightOrGroup);
            if (!right)
                return fail(Text::tr("\"%1\" is not a right; use administration, workflow, sqlScript, fileAccess, "
                                     "export, import, privacyData, or @group")
                                .arg(rightOrGroup));
            done = execute(db,
                           u"INSERT INTO operator_rights (operator_id, right_name) SELECT ?, ? WHERE NOT EXISTS "
                           "(SELECT 1 FROM operator_rights WHERE operator_id = ? AND right_name = ?)"_s,
                           {id, rightName(*right), id, rightName(*right)});
        }
        if (!done)
            return std::unexpected(done.error());
        return {};
    });
}

Result<void> OperatorAdmin::revoke(const QString &login, const QString &rightOrGroup)
{
    return changeHoldings(u"operator.revoke"_s, login, [&](const QSqlDatabase &db, qint64 id) -> Result<void> {
        Result<QSqlQuery> done = fail(QString());
        if (rightOrGroup.startsWith(u'@')) {
            done = execute(db,
                           u"DELETE FROM group_members WHERE operator_id = ? AND group_id IN "
                           "(SELECT id FROM operator_groups WHERE name = ?)"_s,
                           {id, rightOrGroup.mid(1)});
        } else {
            const auto right = rightFromName(rightOrGroup);
            if (!right)
                return fail(Text::tr("\"%1\" is not a right").arg(rightOrGroup));
            done = execute(db, u"DELETE FROM operator_rights WHERE operator_id = ? AND right_name = ?"_s,
                           {id, rightName(*right)});
        }
        if (!done)
            return std::unexpected(done.error());
        if (done->numRowsAffected() == 0)
            return fail(Text::tr("operator %1 does not hold %2").arg(login, rightOrGroup));
        return {};
    });
}

Result<void> OperatorAdmin::changeHoldings(const QString &action, const QString &login,
                                           const std::function<Result<void>(const QSqlDatabase &, qint64)> &change)
{
    return administer(action, login, [&](const QSqlDatabase &db, qint64 id) -> Result<Change> {
        auto before = holdings(db, id);
        if (!before)
            return std::unexpected(before.error());
        if (auto changed = change(db, id); !changed)
            return std::unexpected(changed.error());
        auto after = holdings(db, id);
        if (!after)
            return std::unexpected(after.error());
        return Change{*before, *after};
    });
}

Result<void> OperatorAdmin::setDisabled(const QString &login, bool disabled)
{
    return administer(
        disabled ? u"operator.disable"_s : u"operator.enable"_s, login,
        [&](const QSqlDatabase &db, qint64 id) -> Result<Change> {
            if (disabled && id == m_actor)
                return fail(Text::tr("you cannot disable yourself"));
            auto updated = execute(db, u"UPDATE operators SET disabled = ?, modified_at = ? WHERE id = ?"_s,
                                   {disabled ? 1 : 0, nowMs(), id});
            if (!updated)
                return std::unexpected(updated.error());
            return Change{disabled ? u"enabled"_s : u"disabled"_s, disabled ? u"disabled"_s : u"enabled"_s};
        });
}

Result<void> OperatorAdmin::remove(const QString &login)
{
    return administer(u"operator.delete"_s, login, [&](const QSqlDatabase &db, qint64 id) -> Result<Change> {
        if (id == m_actor)
            return fail(Text::tr("you cannot delete yourself"));
        auto before = holdings(db, id);
        if (!before)
            return std::unexpected(before.error());
        auto deleted = execute(db, u"DELETE FROM operators WHERE id = ?"_s, {id});
        if (!deleted)
            return std::unexpected(deleted.error());
        return Change{*before, {}};
    });
}

} // namespace nightshift
