#pragma once

#include "core/rights.h"
#include "store/instance.h"

namespace nightshift {

struct OperatorSummary
{
    QString login;
    QString name;
    bool disabled = false;
    QStringList groups;
    QStringList rights; // granted to the operator itself, besides its groups'
    qint64 lastLoginAt = 0;
};

// Operators, their groups and rights, changed only by administrators (checked against the acting
// operator as it is now, at each call) and audited with before and after values.
class OperatorAdmin
{
public:
    OperatorAdmin(Instance &instance, qint64 actingOperatorId) : m_instance(instance), m_actor(actingOperatorId) { }

    Result<QList<OperatorSummary>> list();
    Result<void> add(const QString &login, const QString &name, const QString &password, const QStringList &groups);
    Result<void> resetPassword(const QString &login, const QString &newPassword); // administrators
    Result<void> changeOwnPassword(const QString &oldPassword, const QString &newPassword); // anyone, for itself
    Result<void> grant(const QString &login, const QString &rightOrGroup); // a right name, or @group
    Result<void> revoke(const QString &login, const QString &rightOrGroup);
    Result<void> setDisabled(const QString &login, bool disabled);
    Result<void> remove(const QString &login);

private:
    // Runs `change` in a transaction after checking the actor is an administrator, then audits it.
    Result<void>
    administer(const QString &action, const QString &login,
               const std::function<Result<std::pair<QString, QString>>(const QSqlDatabase &, qint64)> &change);

    // Groups and rights before and after `change`, for the audit trail.
    Result<void> changeHoldings(const QString &action, const QString &login,
                                const std::function<Result<void>(const QSqlDatabase &, qint64)> &change);

    Instance &m_instance;
    qint64 m_actor;
};

} // namespace nightshift
