#include "snapshotloader.h"

#include "background.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <time.h>

Q_LOGGING_CATEGORY(lcUi, "nightshift.ui", QtWarningMsg)

namespace nightshift {

namespace {

// Up to this many definitions to parse, the triggers come with the snapshot (a refresh after a save, a small
// instance); beyond, in a second job after the list is shown.
constexpr qsizetype InlineTriggers = 200;

qint64 threadCpuMs() // for the debug log: on a busy machine the wall time says little
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
}

bool sameIds(const QList<WorkflowRecord> &a, const QList<WorkflowRecord> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const WorkflowRecord &x, const WorkflowRecord &y) { return x.id == y.id; });
}

} // namespace

SnapshotLoader::Outcome SnapshotLoader::failure(std::shared_ptr<Instance> instance, const QString &message)
{
    return {.instance = std::move(instance),
            .snapshot = fail(message),
            .status = {},
            .triggers = {},
            .complete = false,
            .keys = {},
            .unchanged = false};
}

SnapshotLoader::Outcome SnapshotLoader::read(std::shared_ptr<Instance> instance, const TriggerDescriptions &known,
                                             const Shown &last)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 cpu = threadCpuMs();
    const auto failed = [&instance](const Error &error) {
        return failure(instance, tr("Cannot read the instance: %1").arg(error.message));
    };
    auto db = instance->database(); // this worker thread's own connection
    if (!db)
        return failed(db.error());
    const qint64 connectMs = timer.elapsed();
    auto snapshot = InstanceSnapshot::loadWithoutTriggers(*db);
    if (!snapshot)
        return failed(snapshot.error());
    const qint64 rowsMs = timer.elapsed();
    // The list's keys on another pool thread while this one reads the live status (result() runs the job here
    // when no thread took it).
    QFuture<WorkflowRowKeys> keys;
    if (last.snapshot.workflows.isEmpty() || !sameIds(snapshot->workflows, last.snapshot.workflows))
        keys = QtConcurrent::run([workflows = snapshot->workflows] { return WorkflowRowKeys::of(workflows); });
    auto status = LiveStatus::load(*db);
    if (!status)
        return failed(status.error());
    status->folders = LiveStatus::foldersOf(snapshot->workflows, status->times);
    const qint64 readMs = timer.elapsed();
    Outcome read{.instance = instance,
                 .snapshot = std::move(*snapshot),
                 .status = std::move(*status),
                 .triggers = known,
                 .complete = false,
                 .keys = keys.isValid() ? keys.result() : WorkflowRowKeys(),
                 .unchanged = false};
    if (!keys.isValid()) // the same rows: only the package filter's choice may differ
        read.keys.packages = WorkflowRowKeys::packagesOf(read.snapshot->workflows);
    const qint64 keysMs = timer.elapsed() - readMs; // the wait for them, beyond the status's read
    const qsizetype missing = read.snapshot->takeTriggers(known);
    if (missing <= InlineTriggers) {
        auto triggers = InstanceSnapshot::loadTriggers(*db, known);
        if (!triggers)
            return failed(triggers.error());
        read.snapshot->triggers.clear();
        read.snapshot->takeTriggers(*triggers);
        read.triggers = std::move(*triggers);
        read.complete = true;
        read.unchanged = !keys.isValid() && read.status == last.status && read.snapshot->sameAs(last.snapshot);
    }
    qCDebug(lcUi) << "read" << read.snapshot->folders.size() << "folders and" << read.snapshot->workflows.size()
                  << "workflows of" << instance->location().displayName() << "in" << timer.elapsed()
                  << "ms (connection" << connectMs << "ms, rows" << rowsMs - connectMs << "ms, status"
                  << readMs - rowsMs << "ms, then list keys" << keysMs << "ms; CPU" << threadCpuMs() - cpu << "ms);"
                  << (read.complete ? "triggers included" : "triggers to follow")
                  << (read.unchanged ? "; unchanged" : "");
    if (read.unchanged) { // freed here: 20,000 rows of strings are a few ms that the GUI thread need not spend
        *read.snapshot = {};
        read.status = {};
        read.triggers = {};
    }
    return read;
}

void SnapshotLoader::open(const InstanceLocation &location)
{
    m_triggers.clear(); // another instance object: its ids are not those of the cache
    m_cacheOf.reset();
    m_last = {};
    start([location]() -> Outcome {
        auto instance = Instance::open(location, Instance::OpenMode::MustExist);
        if (!instance)
            return failure(nullptr, tr("Cannot open the instance: %1").arg(instance.error().message));
        Outcome outcome = read(*instance, {}, {});
        if (!outcome.snapshot)
            outcome.instance.reset(); // not open as far as the window is concerned
        return outcome;
    });
}

void SnapshotLoader::load(std::shared_ptr<Instance> instance)
{
    if (m_cacheOf.lock() != instance) {
        m_triggers.clear();
        m_cacheOf.reset();
        m_last = {};
    }
    start([instance = std::move(instance), known = m_triggers, last = m_last]() -> Outcome {
        return read(instance, known, last);
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
            if (outcome.complete && !outcome.unchanged) {
                m_triggers = outcome.triggers;
                m_cacheOf = outcome.instance;
            }
            m_busy = !outcome.complete;
            if (outcome.unchanged) {
                Q_EMIT unchanged();
                return;
            }
            m_last = {.snapshot = *outcome.snapshot, .status = outcome.status};
            Q_EMIT loaded(outcome.instance, *outcome.snapshot, outcome.status, outcome.keys);
            if (!outcome.complete && generation == m_generation)
                loadTriggers(outcome.instance, generation);
        },
        [](const QString &what) -> Outcome {
            return failure(nullptr, tr("Unexpected error while loading the instance: %1").arg(what));
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
            m_last.snapshot.triggers = texts; // as the window now shows them
            Q_EMIT triggersLoaded(texts);
        });
}

} // namespace nightshift
