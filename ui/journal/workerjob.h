#pragma once

#include "core/error.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent>

#include <exception>

namespace nightshift {

// Runs `work(promise)` on the global thread pool and hands its Result to `done` on `context`'s thread. Nothing
// reaches `done` once the job was cancelled (through the returned future) or `context` is gone: the watcher is
// its child. `work` reports progress with promise.setProgressValue (0..1000) and polls promise.isCanceled().
template <typename T, typename Work, typename Done>
QFuture<Result<T>> runWorkerJob(QObject *context, Work work, Done done,
                                std::function<void(int permille)> progress = {})
{
    auto *watcher = new QFutureWatcher<Result<T>>(context);
    QObject::connect(watcher, &QFutureWatcher<Result<T>>::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        if (!watcher->isCanceled() && watcher->future().resultCount() > 0)
            done(watcher->result());
    });
    if (progress)
        QObject::connect(watcher, &QFutureWatcher<Result<T>>::progressValueChanged, context, std::move(progress));
    auto future = QtConcurrent::run([work = std::move(work)](QPromise<Result<T>> &promise) {
        promise.setProgressRange(0, 1000);
        try {
            promise.addResult(work(promise));
        } catch (const std::exception &e) { // nothing may leave a worker's run function
            promise.addResult(Result<T>(fail(QString::fromLocal8Bit(e.what()))));
        }
    });
    watcher->setFuture(future);
    return future;
}

} // namespace nightshift
