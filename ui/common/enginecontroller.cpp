#include "enginecontroller.h"

#include "background.h"
#include "engine/engine.h"
#include "jobs/standardjobs.h"

using namespace Qt::StringLiterals;

namespace nightshift {

EngineController::EngineController(QObject *parent) : QObject(parent)
{
    // Bursts of engine transactions become one refresh of the screens.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &EngineController::workflowsChanged);
}

EngineController::~EngineController()
{
    stop();
}

void EngineController::attach(std::shared_ptr<Instance> instance)
{
    if (instance == m_instance)
        return;
    stop();
    m_instance = instance;
    const quint64 generation = ++m_generation;
    runInBackground<Result<QStringList>>(
        this, [instance] { return Engine::liveNodes(*instance, NodeFreshness); },
        [this, generation, instance](const Result<QStringList> &nodes) {
            if (generation == m_generation)
                nodesChecked(instance, nodes);
        });
}

void EngineController::nodesChecked(std::shared_ptr<Instance> instance, const Result<QStringList> &nodes)
{
    if (!nodes) {
        m_status = tr("Engine: unknown (%1)").arg(nodes.error().message);
    } else if (!nodes->isEmpty()) {
        m_status = tr("Engine: node %1").arg(nodes->join(u", "_s));
    } else {
        EngineOptions options;
        options.jobs = standardJobs();
        m_engine = std::make_unique<Engine>(instance, options);
        connect(m_engine.get(), &Engine::workflowsChanged, this, [this] { m_debounce.start(); });
        m_engine->start();
        m_status = tr("Engine: in this console");
    }
    Q_EMIT statusChanged(m_status);
}

void EngineController::stop()
{
    ++m_generation;
    if (m_engine) {
        m_engine->stop();
        m_engine.reset();
    }
    m_instance.reset();
}

void EngineController::wake()
{
    if (m_engine)
        m_engine->wake();
}

} // namespace nightshift
