#pragma once

#include "store/auditlog.h"
#include "store/instance.h"

namespace nightshift {

struct AuditRecord
{
    qint64 id = 0;
    qint64 at = 0;
    AuditEntry entry;
};

struct AuditFilter
{
    QString operatorLogin; // exact
    QString action; // exact, or a prefix ending with '.' ("workflow.")
    QString object; // substring; % and _ match themselves
    qint64 from = 0, to = 0; // milliseconds since the epoch; 0 = open
    int limit = 1000;
};

// Reading the audit trail: administrators only (checked against the acting operator as it is now).
class AuditTrail
{
public:
    AuditTrail(Instance &instance, qint64 actingOperatorId) : m_instance(instance), m_actor(actingOperatorId) { }
    Result<QList<AuditRecord>> find(const AuditFilter &filter);

    static QString escapeLike(QString text); // for LIKE … ESCAPE '\'

private:
    Instance &m_instance;
    qint64 m_actor;
};

} // namespace nightshift
