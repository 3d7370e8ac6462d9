#pragma once

#include "store/instance.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace nightshift {

// Notices changes made by other processes (an engine node, nightshiftctl, another console) with one small
// query every couple of seconds on a worker thread: the highest ids and times of the tables a change touches.
// Never more than one check at a time, so a slow database makes checks rarer, not piled up.
//
// Two fingerprints: what the main window shows (workflows, their runs and next runs, commands, progress,
// folders), whose change makes it read its snapshot again, and the execution under way (journal lines, tasks),
// which only open workflow windows follow: a node writing journal lines does not make the list reload.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(QObject *parent = nullptr);

    void watch(std::shared_ptr<Instance> instance); // null stops watching
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    bool isWatching() const { return m_timer.isActive(); }

    struct Fingerprint
    {
        QString list; // what the list, the explorer and the status bar show
        QString execution; // journal and tasks: what a workflow window's diagram shows beside it
        qint64 heartbeat = 0; // the freshest node heartbeat, 0 when there is no node
    };
    // What the check reads; another value than last time means something changed.
    static Result<Fingerprint> fingerprint(const QSqlDatabase &db);

Q_SIGNALS:
    void changed(); // the list's fingerprint changed
    void executionChanged(); // either fingerprint changed
    void heartbeat(qint64 lastHeartbeatMs); // the freshest node heartbeat, 0 when there is no node

private:
    void check();

    std::shared_ptr<Instance> m_instance;
    QTimer m_timer;
    std::optional<Fingerprint> m_last;
    bool m_busy = false;
    quint64 m_generation = 0;
};

} // namespace nightshift
