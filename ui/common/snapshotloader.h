#pragma once

#include "store/instance.h"
#include "livestatus.h"
#include "store/instancesnapshot.h"

#include <QObject>

namespace nightshift {

// Opens an instance and reads its snapshot on a worker thread, never on the GUI thread. Only the latest request
// reports back: an older one still running when a new one starts is dropped, and so is everything once the
// loader (a child of its window) is gone.
//
// The trigger descriptions need every workflow definition parsed, most of the work on a large instance, so they
// are kept between reads (by workflow id and definition version) and only new or saved definitions are parsed.
// When many are missing (the first read of a large instance), loaded() comes without them and triggersLoaded()
// follows from a second worker job; the loader stays busy until then.
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
    void triggersLoaded(const QHash<qint64, QString> &triggers); // every workflow's, after a loaded() without them
    void failed(const QString &message); // a sentence for the message bar

private:
    struct Outcome
    {
        std::shared_ptr<Instance> instance;
        Result<InstanceSnapshot> snapshot;
        LiveStatus status;
        TriggerDescriptions triggers; // the cache to keep: valid when `complete`
        bool complete = false; // every workflow's trigger is in the snapshot
    };
    void start(std::function<Outcome()> work);
    void loadTriggers(const std::shared_ptr<Instance> &instance, quint64 generation);

    quint64 m_generation = 0;
    bool m_busy = false;
    TriggerDescriptions m_triggers; // of m_cacheOf
    std::weak_ptr<Instance> m_cacheOf; // whose definitions m_triggers describes
};

} // namespace nightshift
