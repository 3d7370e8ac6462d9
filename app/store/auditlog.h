#pragma once

#include "sqlsupport.h"

namespace nightshift {

struct AuditEntry
{
    QString operatorLogin;
    QString action; // e.g. "package.install", "workflow.import"
    QString objectType; // e.g. "package", "workflow"
    QString object; // its name
    QString before; // the value before the change, when there is one
    QString after;
};

// The append-only audit trail. There is deliberately no update or delete here: only the cleanup job
// removes entries, after their retention.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) { }
    Status append(const AuditEntry &entry);

private:
    QSqlDatabase m_db;
};

} // namespace nightshift
