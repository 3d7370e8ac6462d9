#include "commandrunner.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace nightshift {

void CommandRunner::run(std::shared_ptr<Instance> instance, qint64 operatorId, const QList<CommandRequest> &requests)
{
    m_busy = true;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    auto counts = std::make_shared<std::pair<int, int>>(0, 0);
    connect(watcher, &QFutureWatcher<Outcome>::resultReadyAt, this, [this, watcher, counts](int at) {
        const Outcome result = watcher->resultAt(at);
        (result.queued ? counts->first : counts->second) += 1;
        Q_EMIT outcome(result);
    });
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, counts] {
        watcher->deleteLater();
        m_busy = false;
        Q_EMIT finished(counts->first, counts->second);
    });
    watcher->setFuture(QtConcurrent::run([instance, operatorId, requests](QPromise<Outcome> &promise) {
        CommandQueue queue(*instance);
        for (int i = 0; i < requests.size(); ++i) {
            Outcome result{.index = i, .workflow = requests.at(i).workflow, .queued = false, .shown = {}, .message = {}};
            try {
                auto queued = queue.submit(operatorId, requests.at(i));
                result.queued = queued.has_value();
                if (queued)
                    result.shown = queued->shown;
                else
                    result.message = queued.error().message;
            } catch (const std::exception &e) { // nothing may leave a worker's run function
                result.message = QString::fromLocal8Bit(e.what());
            }
            promise.addResult(result, i);
        }
    }));
}

} // namespace nightshift
