#include "authenticator.h"

#include "passwordhasher.h"
#include "principalloader.h"

#include "store/auditlog.h"
#include "store/operatorrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::Authenticator)
};

QString wrongCredentials()
{
    return Text::tr("unknown login or wrong password");
}

// Verifying against this keeps an unknown login as slow as a wrong password.
const QString &dummyHash()
{
    static const QString hash = PasswordHasher::hash(u"nightshift-dummy-password"_s).value_or(QString());
    return hash;
}

} // namespace

qint64 Authenticator::lockoutMs(int consecutiveFailures)
{
    if (consecutiveFailures < FreeAttempts)
        return 0;
    const int doublings = std::min(consecutiveFailures - FreeAttempts, 5);
    return std::min<qint64>(30'000LL << doublings, 15 * 60'000LL);
}

std::unexpected<Error> Authenticator::refuse(const QSqlDatabase &db, const QString &login, const QString &reason,
                                             const QString &message)
{
    // The refusal stands even if auditing fails; the audit error is then what the caller sees.
    if (auto audited = AuditLog(db).append({login.left(MaximumLoginLength),
                                            u"login.failure"_s,
                                            u"operator"_s,
                                            login.left(MaximumLoginLength),
                                            {},
                                            reason});
        !audited)
        return std::unexpected(audited.error());
    return fail(message);
}

Result<Principal> Authenticator::login(const QString &login, const QString &password)
{
    auto db = m_instance.database();
    if (!db)
        return std::unexpected(db.error());
    if (login.trimmed().isEmpty())
        return refuse(*db, login, u"empty login"_s, Text::tr("give a login"));
    if (login.size() > MaximumLoginLength)
        return refuse(*db, login, u"login too long"_s,
                      Text::tr("a login has at most %1 characters").arg(MaximumLoginLength));
    if (password.isEmpty())
        return refuse(*db, login, u"empty password"_s, Text::tr("give a password"));
    if (password.size() > 2 * PasswordHasher::MaximumLength)
        return refuse(*db, login, u"password too long"_s,
                      Text::tr("a password has at most %1 characters").arg(PasswordHasher::MaximumLength));

    auto found = OperatorRepository(*db).find(login);
    if (!found)
        return std::unexpected(found.error());
    if (!*found) {
        PasswordHasher::verify(password, dummyHash());
        return refuse(*db, login, u"unknown login"_s, wrongCredentials());
    }
    const OperatorRecord &op = **found;
    const qint64 now = nowMs();
    auto state
        = execute(*db, u"SELECT failed_logins, COALESCE(locked_until, 0) FROM operators WHERE id = ?"_s, {op.id});
    if (!state || !state->next())
        return state ? fail(wrongCredentials()) : std::unexpected(state.error());
    const int failures = state->value(0).toInt();
    const qint64 lockedUntil = state->value(1).toLongLong();
    if (lockedUntil > now)
        return refuse(*db, login, u"locked"_s,
                      Text::tr("too many failed logins for %1; try again in %2 s")
                          .arg(login)
                          .arg((lockedUntil - now + 999) / 1000));

    if (!PasswordHasher::verify(password, op.passwordHash)) {
        const int nowFailing = failures + 1;
        const qint64 lockout = lockoutMs(nowFailing);
        auto counted = execute(*db, u"UPDATE operators SET failed_logins = ?, locked_until = ? WHERE id = ?"_s,
                               {nowFailing, lockout > 0 ? QVariant(now + lockout) : QVariant(), op.id});
        if (!counted)
            return std::unexpected(counted.error());
        return refuse(*db, login, u"wrong password (%1 consecutive)"_s.arg(nowFailing), wrongCredentials());
    }
    if (op.disabled)
        return refuse(*db, login, u"disabled"_s,
                      Text::tr("operator %1 is disabled; ask an administrator to enable it").arg(login));

    auto reset = execute(*db,
                         u"UPDATE operators SET failed_logins = 0, locked_until = NULL, last_login_at = ? "
                         "WHERE id = ?"_s,
                         {now, op.id});
    if (!reset)
        return std::unexpected(reset.error());
    if (auto audited = AuditLog(*db).append({login, u"login.success"_s, u"operator"_s, login, {}, {}}); !audited)
        return std::unexpected(audited.error());
    return PrincipalLoader(*db).load(op.id);
}

} // namespace nightshift
