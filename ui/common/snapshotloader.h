#pragma once

#include "store/instance.h"
#include "livestatus.h"
#include "store/instancesnapshot.h"
#include "workflows/workflowlistmodel.h"

#include <QLoggingCategory>
#include <QObject>

Q_DECLARE_LOGGING_CATEGORY(lcUi) // nightshift.ui: what the console's loading costs, at debug level

namespace nightshift {

// Opens an instance and reads its snapshot on a worker thread, never on the GUI thread. Only the latest request
// reports back: an older one still running when a new one starts is dropped, and so is everything once the
// loader (a child of its window) is gone.
//
// The trigger descriptions need every workflow definition parsed, most of the work on a large instance, so they
// are kept between reads (by workflow id and definition version) and only new or saved definitions are parsed.
// When many are missing (the first read of a large instance), loaded() comes without them and triggersLoaded()
// follows from a second worker job; the loader stays busy until then.
//
// When the workflows are not those of the last read (the first read, a workflow added or removed), the list's
// filter and sort keys are made on the worker too (WorkflowRowKeys), so the GUI thread only swaps the rows in.
// When a read brings exactly what the last one did (a refresh where nothing changed), the worker says so and
// unchanged() comes instead of loaded(): comparing 20,000 rows is the worker's job, not the GUI thread's.
class SnapshotLoader : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void open(const InstanceLocation &location); // the instance must exist; its schema is brought up to date
    void load(std::shared_ptr<Instance> instance); // an instance already open
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // `keys` holds only the packages when the workflows are those of the last read (the list changes its rows in
    // place).
    void loaded(std::shared_ptr<nightshift::Instance> instance, const nightshift::InstanceSnapshot &snapshot,
                const nightshift::LiveStatus &status, const nightshift::WorkflowRowKeys &keys);
    void triggersLoaded(const QHash<qint64, QString> &triggers); // every workflow's, after a loaded() without them
    void unchanged(); // the instance reads as the last loaded() and triggersLoaded() showed it
    void failed(const QString &message); // a sentence for the message bar

private:
    struct Outcome
    {
        std::shared_ptr<Instance> instance;
        Result<InstanceSnapshot> snapshot;
        LiveStatus status;
        TriggerDescriptions triggers; // the cache to keep: valid when `complete`
        bool complete = false; // every workflow's trigger is in the snapshot
        WorkflowRowKeys keys;
        bool unchanged = false; // the same snapshot and status as the last read
    };
    struct Shown // what the last read brought, triggers included once they came
    {
        InstanceSnapshot snapshot;
        LiveStatus status;
    };
    static Outcome failure(std::shared_ptr<Instance> instance, const QString &message);
    // On the worker: the snapshot, its live status, the triggers known or few enough to parse, and the list's keys
    // unless the workflows are those of `last`; or that nothing differs from `last`.
    static Outcome read(std::shared_ptr<Instance> instance, const TriggerDescriptions &known, const Shown &last);
    void start(std::function<Outcome()> work);
    void loadTriggers(const std::shared_ptr<Instance> &instance, quint64 generation);

    quint64 m_generation = 0;
    bool m_busy = false;
    TriggerDescriptions m_triggers; // of m_cacheOf
    std::weak_ptr<Instance> m_cacheOf; // whose definitions m_triggers describes
    Shown m_last; // of the instance the cache is of (shares its rows with the window's copy)
};

} // namespace nightshift
