#include "manualcheckpoints.h"

#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nightshift {

ManualCheckpoints::ManualCheckpoints(QSqlDatabase db, Dialect dialect, int cacheKiB, qint64 walBudget)
    : m_db(std::move(db))
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
    if (m_restoreTo <= 0)
        return;
    const qint64 pageSize = query.exec(u"PRAGMA page_size"_s) && query.next() ? query.value(0).toLongLong() : 0;
    if (pageSize > 0)
        m_handle = sqliteHandle(m_db);
    if (m_handle) { // the hook SQLite's own automatic checkpoints use, which wal_autocheckpoint = 0 removed
        m_budgetFrames = std::max<qint64>(1, walBudget / pageSize);
        sqlite3_wal_hook(m_handle, &ManualCheckpoints::walHook, this);
    }
}

ManualCheckpoints::~ManualCheckpoints()
{
    if (m_restoreTo <= 0)
        return;
    QSqlQuery query(m_db);
    query.exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(m_restoreTo)); // also replaces the hook
    if (m_cacheBefore.isValid())
        query.exec(u"PRAGMA cache_size = %1"_s.arg(m_cacheBefore.toLongLong()));
    checkpoint();
}

int ManualCheckpoints::walHook(void *self, sqlite3 *, const char *, int frames)
{
    auto *checkpoints = static_cast<ManualCheckpoints *>(self);
    checkpoints->m_written += std::max<qint64>(0, frames - checkpoints->m_hooked);
    checkpoints->m_hooked = frames;
    checkpoints->m_frames = frames;
    return SQLITE_OK;
}

void ManualCheckpoints::afterCommit()
{
    if (m_restoreTo <= 0 || (m_handle && m_frames < m_budgetFrames))
        return;
    checkpoint();
}

void ManualCheckpoints::flush()
{
    if (m_restoreTo > 0 && m_frames > 0)
        checkpoint();
}

void ManualCheckpoints::checkpoint()
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(m_db); // a busy reader only shortens it: the next one goes further
    // (busy, frames in the WAL, frames copied): all copied, the next commit starts the WAL afresh (unless a
    // reader still uses it, when framesWritten() undercounts that commit).
    if (query.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) && query.next() && query.value(1) == query.value(2))
        m_hooked = 0;
    m_frames = 0; // until the next commit says otherwise
    ++m_checkpoints;
    m_checkpointMs += timer.elapsed();
}

} // namespace nightshift
