#include "engine.h"

#include "dispatcher.h"

#include <QHostInfo>
#include <QPointer>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
bool processExists(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH);
#else
    return pid > 0; // no cheap check: trust the heartbeat
#endif
}
} // namespace

Engine::Engine(std::shared_ptr<Instance> instance, EngineOptions options, QObject *parent)
    : QObject(parent), m_instance(std::move(instance)), m_options(std::move(options))
{
    QPointer<Engine> self(this);
    m_dispatcher = std::make_unique<Dispatcher>(m_instance, m_options, [self](const QSet<qint64> &ids) {
        const QList<qint64> list(ids.cbegin(), ids.cend());
        // From the dispatcher thread to the owner's: a queued call, dropped if the engine is gone.
        QMetaObject::invokeMethod(
            self.data(),
            [self, list] {
                if (self)
                    Q_EMIT self->workflowsChanged(list);
            },
            Qt::QueuedConnection);
    });
}

Engine::~Engine()
{
    stop();
}

void Engine::start()
{
    m_dispatcher->start();
    m_running = true;
}

void Engine::stop()
{
    if (!m_running)
        return;
    m_dispatcher->stop();
    m_running = false;
}

void Engine::wake()
{
    m_dispatcher->wake();
}

int Engine::runningTasks() const
{
    return m_dispatcher->runningTasks();
}

Result<QStringList> Engine::liveNodes(Instance &instance, std::chrono::milliseconds freshness)
{
    auto db = instance.database();
    if (!db)
        return std::unexpected(db.error());
    auto query = execute(*db,
                         u"SELECT name, host, pid FROM nodes WHERE state = 'running' AND heartbeat_at >= ? ORDER BY name"_s,
                         {nowMs() - qint64(freshness.count())});
    if (!query)
        return std::unexpected(query.error());
    QStringList names;
    const QString thisHost = QHostInfo::localHostName();
    while (query->next()) {
        // A node of this host whose process is gone (a console that was killed) serves nothing, however
        // fresh its last heartbeat.
        const bool gone = query->value(1).toString() == thisHost && !processExists(query->value(2).toLongLong());
        if (!gone)
            names << query->value(0).toString();
    }
    return names;
}

} // namespace nightshift
