#include "snapshotloader.h"

#include "background.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUi, "nightshift.ui", QtWarningMsg)

namespace nightshift {

namespace {

// Up to this many definitions to parse, the triggers come with the snapshot (a refresh after a save, a small
// instance); beyond, in a second job after the list is shown.
constexpr qsizetype InlineTriggers = 200;

struct Read
{
    InstanceSnapshot snapshot;
    LiveStatus status;
    TriggerDescriptions triggers;
    bool complete = false;
};

Result<Read> readSnapshot(Instance &instance, const TriggerDescriptions &known)
{
    QElapsedTimer timer;
    timer.start();
    auto db = instance.database(); // this worker thread's own connection
    if (!db)
        return std::unexpected(db.error());
    auto snapshot = InstanceSnapshot::loadWithoutTriggers(*db);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    auto status = LiveStatus::load(*db);
    if (!status)
        return std::unexpected(status.error());
    Read read{.snapshot = std::move(*snapshot), .status = std::move(*status), .triggers = known, .complete = false};
    const qsizetype missing = read.snapshot.takeTriggers(known);
    if (missing <= InlineTriggers) {
        auto triggers = InstanceSnapshot::loadTriggers(*db, known);
        if (!triggers)
            return std::unexpected(triggers.error());
        read.snapshot.triggers.clear();
        read.snapshot.takeTriggers(*triggers);
        read.triggers = std::move(*triggers);
        read.complete = true;
    }
    qCDebug(lcUi) << "read" << read.snapshot.folders.size() << "folders and" << read.snapshot.workflows.size()
                  << "workflows of" << instance.location().displayName() << "in" << timer.elapsed() << "ms;"
                  << (read.complete ? "triggers included" : "triggers to follow");
    return read;
}

} // namespace

void SnapshotLoader::open(const InstanceLocation &location)
{
    m_triggers.clear(); // another instance object: its ids are not those of the cache
    m_cacheOf.reset();
    start([location]() -> Outcome {
        auto instance = Instance::open(location, Instance::OpenMode::MustExist);
        if (!instance)
            return {nullptr, fail(tr("Cannot open the instance: %1").arg(instance.error().message)), {}, {}, false};
        auto read = readSnapshot(**instance, {});
        if (!read)
            return {nullptr, fail(tr("Cannot read the instance: %1").arg(read.error().message)), {}, {}, false};
        return {*instance, std::move(read->snapshot), std::move(read->status), std::move(read->triggers),
                read->complete};
    });
}

void SnapshotLoader::load(std::shared_ptr<Instance> instance)
{
    if (m_cacheOf.lock() != instance) {
        m_triggers.clear();
        m_cacheOf.reset();
    }
    start([instance = std::move(instance), known = m_triggers]() -> Outcome {
        auto read = readSnapshot(*instance, known);
        if (!read)
            return {instance, fail(tr("Cannot read the instance: %1").arg(read.error().message)), {}, {}, false};
        return {instance, std::move(read->snapshot), std::move(read->status), std::move(read->triggers),
                read->complete};
    });
}

void SnapshotLoader::start(std::function<Outcome()> work)
{
    const quint64 generation = ++m_generation;
    m_busy = true;
    runInBackground<Outcome>(
        this, std::move(work),
        [this, generation](const Outcome &outcome) {
            if (generation != m_generation)
                return; // a newer request is on its way
            if (!outcome.snapshot) {
                m_busy = false;
                Q_EMIT failed(outcome.snapshot.error().message);
                return;
            }
            if (outcome.complete) {
                m_triggers = outcome.triggers;
                m_cacheOf = outcome.instance;
            }
            m_busy = !outcome.complete;
            Q_EMIT loaded(outcome.instance, *outcome.snapshot, outcome.status);
            if (!outcome.complete && generation == m_generation)
                loadTriggers(outcome.instance, generation);
        },
        [](const QString &what) -> Outcome {
            return {nullptr, fail(tr("Unexpected error while loading the instance: %1").arg(what)), {}, {}, false};
        });
}

void SnapshotLoader::loadTriggers(const std::shared_ptr<Instance> &instance, quint64 generation)
{
    using Loaded = Result<TriggerDescriptions>;
    runInBackground<Loaded>(
        this,
        [instance, known = m_triggers]() -> Loaded {
            QElapsedTimer timer;
            timer.start();
            auto db = instance->database();
            if (!db)
                return std::unexpected(db.error());
            auto triggers = InstanceSnapshot::loadTriggers(*db, known);
            qCDebug(lcUi) << "read the triggers of" << (triggers ? triggers->size() : 0) << "workflows in"
                          << timer.elapsed() << "ms";
            return triggers;
        },
        [this, instance, generation](const Loaded &triggers) {
            if (generation != m_generation)
                return; // a newer request is on its way
            m_busy = false;
            if (!triggers) {
                Q_EMIT failed(tr("Cannot read the workflows' triggers: %1").arg(triggers.error().message));
                return;
            }
            m_triggers = *triggers;
            m_cacheOf = instance;
            QHash<qint64, QString> texts;
            texts.reserve(triggers->size());
            for (auto it = triggers->cbegin(); it != triggers->cend(); ++it)
                texts.insert(it.key(), it->text);
            Q_EMIT triggersLoaded(texts);
        });
}

} // namespace nightshift
