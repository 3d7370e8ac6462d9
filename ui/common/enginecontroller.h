#pragma once

#include "store/instance.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace nightshift {

class Engine;

// Decides who runs the workflows of the instance the console shows: a live engine node (nightshiftd)
// when one sends heartbeats, otherwise an engine inside this console. The check reads the nodes table on
// a worker thread; the in-process engine stops (parking its running tasks) with the window.
class EngineController : public QObject
{
    Q_OBJECT
public:
    explicit EngineController(QObject *parent = nullptr);
    ~EngineController() override;

    void attach(std::shared_ptr<Instance> instance);
    void stop();
    void wake(); // a command was queued from this console
    bool runsLocally() const { return m_engine != nullptr; }
    QString status() const { return m_status; }

    static constexpr std::chrono::seconds NodeFreshness{30};

Q_SIGNALS:
    void statusChanged(const QString &status); // a short sentence for the status bar
    void workflowsChanged(); // the local engine changed some workflows (debounced)

private:
    void nodesChecked(std::shared_ptr<Instance> instance, const Result<QStringList> &nodes);

    std::shared_ptr<Instance> m_instance;
    std::unique_ptr<Engine> m_engine;
    QTimer m_debounce;
    QString m_status;
    quint64 m_generation = 0;
};

} // namespace nightshift
