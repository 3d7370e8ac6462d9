#include "auditlog.h"

using namespace Qt::StringLiterals;

namespace nightshift {

Status AuditLog::append(const AuditEntry &e)
{
    auto inserted
        = execute(m_db,
                  u"INSERT INTO audit (at, operator, action, object_type, object, before_value, "
                  "after_value) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                  {nowMs(), orEmpty(e.operatorLogin), e.action, e.objectType, orEmpty(e.object), e.before, e.after});
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

} // namespace nightshift
