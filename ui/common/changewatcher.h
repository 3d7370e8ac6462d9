#pragma once

#include "store/instance.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace nightshift {

// Notices changes made by other processes (an engine node, nightshiftctl, another console) with one small
// query every couple of seconds on a worker thread: the highest ids and times of the tables a change touches.
// Never more than one check at a time, so a slow database makes checks rarer, not piled up.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(QObject *parent = nullptr);

    void watch(std::shared_ptr<Instance> instance); // null stops watching
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    bool isWatching() const { return m_timer.isActive(); }

    // What the check reads; another value than last time means something changed.
    static Result<QString> fingerprint(const QSqlDatabase &db, qint64 *lastHeartbeat = nullptr);

Q_SIGNALS:
    void changed();
    void heartbeat(qint64 lastHeartbeatMs); // the freshest node heartbeat, 0 when there is no node

private:
    void check();

    std::shared_ptr<Instance> m_instance;
    QTimer m_timer;
    QString m_last;
    bool m_busy = false;
    quint64 m_generation = 0;
};

} // namespace nightshift
