#include "snapshotloader.h"

#include "background.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUi, "nightshift.ui", QtWarningMsg)

namespace nightshift {

namespace {

struct Read
{
    InstanceSnapshot snapshot;
    LiveStatus status;
};

Result<Read> readSnapshot(Instance &instance)
{
    QElapsedTimer timer;
    timer.start();
    auto db = instance.database(); // this worker thread's own connection
    if (!db)
        return std::unexpected(db.error());
    auto snapshot = InstanceSnapshot::load(*db);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    auto status = LiveStatus::load(*db);
    if (!status)
        return std::unexpected(status.error());
    qCDebug(lcUi) << "read" << snapshot->folders.size() << "folders and" << snapshot->workflows.size()
                  << "workflows of" << instance.location().displayName() << "in" << timer.elapsed() << "ms";
    return Read{std::move(*snapshot), std::move(*status)};
}

} // namespace

void SnapshotLoader::open(const InstanceLocation &location)
{
    start([location]() -> Outcome {
        auto instance = Instance::open(location, Instance::OpenMode::MustExist);
        if (!instance)
            return {nullptr, fail(tr("Cannot open the instance: %1").arg(instance.error().message)), {}};
        auto snapshot = readSnapshot(**instance);
        if (!snapshot)
            return {nullptr, fail(tr("Cannot read the instance: %1").arg(snapshot.error().message)), {}};
        return {*instance, std::move(snapshot->snapshot), std::move(snapshot->status)};
    });
}

void SnapshotLoader::load(std::shared_ptr<Instance> instance)
{
    start([instance = std::move(instance)]() -> Outcome {
        auto snapshot = readSnapshot(*instance);
        if (!snapshot)
            return {instance, fail(tr("Cannot read the instance: %1").arg(snapshot.error().message)), {}};
        return {instance, std::move(snapshot->snapshot), std::move(snapshot->status)};
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
            m_busy = false;
            if (outcome.snapshot)
                Q_EMIT loaded(outcome.instance, *outcome.snapshot, outcome.status);
            else
                Q_EMIT failed(outcome.snapshot.error().message);
        },
        [](const QString &what) -> Outcome {
            return {nullptr, fail(tr("Unexpected error while loading the instance: %1").arg(what)), {}};
        });
}

} // namespace nightshift
