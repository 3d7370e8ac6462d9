#pragma once

#include "store/instance.h"

#include <QObject>
#include <QTimer>

namespace nightshift {

// Registers this process as an engine node of the instance and keeps its row alive, so consoles and other
// nodes can tell which nodes are live and which affinities are served.
class NodeHeartbeat : public QObject
{
    Q_OBJECT
public:
    NodeHeartbeat(std::shared_ptr<Instance> instance, QString name, QString affinities, QObject *parent = nullptr);

    static constexpr int IntervalMs = 5000;

    Status start();
    Status stop(); // marks the node stopped

Q_SIGNALS:
    void failed(const QString &message);

private:
    Status beat();

    std::shared_ptr<Instance> m_instance;
    QString m_name;
    QString m_affinities;
    QTimer m_timer;
};

} // namespace nightshift
