#include "manualcheckpoints.h"

using namespace Qt::StringLiterals;

namespace nightshift {

ManualCheckpoints::ManualCheckpoints(QSqlDatabase db, Dialect dialect, int cacheKiB) : m_db(std::move(db))
{
    if (dialect != Dialect::Sqlite)
        return;
    QSqlQuery query(m_db);
    if (cacheKiB > 0 && query.exec(u"PRAGMA cache_size"_s) && query.next()) {
        m_cacheBefore = query.value(0);
        query.exec(u"PRAGMA cache_size = -%1"_s.arg(cacheKiB)); // negative: KiB rather than pages
    }
    if (query.exec(u"PRAGMA wal_autocheckpoint"_s) && query.next())
        m_restoreTo = query.value(0).toInt();
    if (m_restoreTo > 0 && !query.exec(u"PRAGMA wal_autocheckpoint = 0"_s))
        m_restoreTo = 0;
}

ManualCheckpoints::~ManualCheckpoints()
{
    if (m_restoreTo <= 0)
        return;
    QSqlQuery query(m_db);
    query.exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(m_restoreTo));
    if (m_cacheBefore.isValid())
        query.exec(u"PRAGMA cache_size = %1"_s.arg(m_cacheBefore.toLongLong()));
    afterCommit();
}

void ManualCheckpoints::afterCommit()
{
    if (m_restoreTo <= 0)
        return;
    QSqlQuery query(m_db); // a busy reader only shortens it: the next one goes further
    query.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
}

} // namespace nightshift
