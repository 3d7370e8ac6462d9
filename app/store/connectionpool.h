#pragma once

#include "instancelocation.h"

#include <QSqlDatabase>

#include <atomic>

namespace nightshift {

// Hands each thread its own connection to one instance, opened lazily on first use and removed when
// the thread ends (QSqlDatabase may only be used by the thread that opened it).
class ConnectionPool
{
public:
    explicit ConnectionPool(InstanceLocation location);
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool &) = delete;
    ConnectionPool &operator=(const ConnectionPool &) = delete;

    // The calling thread's open connection, or why it could not be opened.
    Result<QSqlDatabase> database();

    const InstanceLocation &location() const { return m_location; }
    Dialect dialect() const { return m_location.dialect; }

private:
    Result<QSqlDatabase> openConnection(const QString &name);

    InstanceLocation m_location;
    QString m_prefix; // unique per pool, so two pools never share a connection name
    static std::atomic<int> s_poolCount;
};

} // namespace nightshift
