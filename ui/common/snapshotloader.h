#pragma once

#include "store/instance.h"
#include "livestatus.h"
#include "store/instancesnapshot.h"

#include <QObject>

namespace nightshift {

// Opens an instance and reads its snapshot on a worker thread, never on the GUI thread. Only the latest request
// reports back: an older one still running when a new one starts is dropped, and so is everything once the
// loader (a child of its window) is gone.
class SnapshotLoader : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void open(const InstanceLocation &location); // the instance must exist; its schema is brought up to date
    void load(std::shared_ptr<Instance> instance); // an instance already open
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void loaded(std::shared_ptr<nightshift::Instance> instance, const nightshift::InstanceSnapshot &snapshot,
                const nightshift::LiveStatus &status);
    void failed(const QString &message); // a sentence for the message bar

private:
    struct Outcome
    {
        std::shared_ptr<Instance> instance;
        Result<InstanceSnapshot> snapshot;
        LiveStatus status;
    };
    void start(std::function<Outcome()> work);

    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace nightshift
