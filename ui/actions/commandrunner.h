#pragma once

#include "engine/commandqueue.h"

#include <QObject>

#include <memory>

namespace nightshift {

// Sends commands through the CommandQueue on a worker thread, one after the other, reporting each outcome
// as it comes (the GUI thread never waits on the database). Owned by a window or dialog: once it is gone,
// outcomes still on their way are dropped.
class CommandRunner : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        int index = 0; // in the list given to run()
        QString workflow;
        bool queued = false;
        WorkflowState shown = WorkflowState::Edited; // when queued: the transitional state
        QString message; // when refused or failed: why
    };

    using QObject::QObject;

    void run(std::shared_ptr<Instance> instance, qint64 operatorId, const QList<CommandRequest> &requests);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void outcome(const nightshift::CommandRunner::Outcome &outcome);
    void finished(int queued, int refused);

private:
    bool m_busy = false;
};

} // namespace nightshift
