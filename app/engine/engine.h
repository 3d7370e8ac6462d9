#pragma once

#include "engineoptions.h"

#include "store/instance.h"

#include <QObject>
#include <QSet>

#include <memory>

namespace nightshift {

class Dispatcher;

// The workflow engine of one node: in the console's process on a SQLite instance, or headless in
// nightshiftd. Commands reach it through the `commands` table (CommandQueue); wake() after queueing one in
// the same process saves the wait for the next tick.
class Engine : public QObject
{
    Q_OBJECT
public:
    Engine(std::shared_ptr<Instance> instance, EngineOptions options, QObject *parent = nullptr);
    ~Engine() override;

    void start();
    void stop(); // parks or finishes running tasks, then returns
    void wake();
    bool isRunning() const { return m_running; }
    int runningTasks() const;
    const EngineOptions &options() const { return m_options; }

    // Engine nodes that sent a heartbeat within `freshness`, by name: the console starts its own engine
    // only when this is empty.
    static Result<QStringList> liveNodes(Instance &instance, std::chrono::milliseconds freshness);

Q_SIGNALS:
    // Emitted on the engine's owner thread after a transaction changed these workflows.
    void workflowsChanged(const QList<qint64> &workflowIds);

private:
    std::shared_ptr<Instance> m_instance;
    EngineOptions m_options;
    std::unique_ptr<Dispatcher> m_dispatcher;
    bool m_running = false;
};

} // namespace nightshift
