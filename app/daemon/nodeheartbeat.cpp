#include "nodeheartbeat.h"

#include <QCoreApplication>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace nightshift {

NodeHeartbeat::NodeHeartbeat(std::shared_ptr<Instance> instance, QString name, QString affinities, QObject *parent)
    : QObject(parent), m_instance(std::move(instance)), m_name(std::move(name)), m_affinities(std::move(affinities))
{
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (auto beaten = beat(); !beaten)
            Q_EMIT failed(beaten.error().message);
    });
}

Status NodeHeartbeat::start()
{
    auto db = m_instance->database();
    if (!db)
        return std::unexpected(db.error());
    WriteTransaction transaction(*db, m_instance->dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    const qint64 now = nowMs();
    auto removed = execute(*db, u"DELETE FROM nodes WHERE name = ?"_s, {m_name});
    if (!removed)
        return std::unexpected(removed.error());
    auto inserted
        = execute(*db,
                  u"INSERT INTO nodes (name, affinities, host, pid, started_at, heartbeat_at, state) "
                  "VALUES (?, ?, ?, ?, ?, ?, 'running')"_s,
                  {m_name, m_affinities, QSysInfo::machineHostName(), QCoreApplication::applicationPid(), now, now});
    if (!inserted)
        return std::unexpected(inserted.error());
    if (auto committed = transaction.commit(); !committed)
        return committed;
    m_timer.start();
    return {};
}

Status NodeHeartbeat::beat()
{
    auto db = m_instance->database();
    if (!db)
        return std::unexpected(db.error());
    auto updated = execute(*db, u"UPDATE nodes SET heartbeat_at = ? WHERE name = ?"_s, {nowMs(), m_name});
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

Status NodeHeartbeat::stop()
{
    m_timer.stop();
    auto db = m_instance->database();
    if (!db)
        return std::unexpected(db.error());
    auto updated
        = execute(*db, u"UPDATE nodes SET state = 'stopped', heartbeat_at = ? WHERE name = ?"_s, {nowMs(), m_name});
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

} // namespace nightshift
