#pragma once

#include "core/rights.h"
#include "store/instance.h"

namespace nightshift {

// Checks a login and password against the instance. Every attempt is audited, successful or not. After
// FreeAttempts consecutive failures the operator is locked for a delay that doubles with each further
// failure (30 s, 1 min, 2 min … at most 15 min). An unknown login and a wrong password get the same
// answer, and cost the same time, so a refusal tells an attacker nothing; the audit line says which.
class Authenticator
{
public:
    static constexpr int FreeAttempts = 5;
    static constexpr int MaximumLoginLength = 64;

    explicit Authenticator(Instance &instance) : m_instance(instance) { }

    Result<Principal> login(const QString &login, const QString &password);

    static qint64 lockoutMs(int consecutiveFailures); // 0 below the threshold

private:
    std::unexpected<Error> refuse(const QSqlDatabase &db, const QString &login, const QString &reason,
                                  const QString &message);

    Instance &m_instance;
};

} // namespace nightshift
