#pragma once

#include "core/error.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent>

#include <exception>
#include <functional>

namespace nightshift {

// Runs `work(promise)` on the global thread pool and hands its result to `done` on `context`'s thread. Nothing
// reaches `done` once the job was cancelled (through the returned future) or `context` is gone: the watcher is
// its child. `work` reports progress with promise.setProgressValue (0..1000) and polls promise.isCanceled(); an
// exception it throws becomes `onException(what)`, since nothing may leave a worker's run function.
template <typename R, typename Work, typename Done>
QFuture<R> runJob(QObject *context, Work work, Done done, std::function<R(const QString &what)> onException,
                  std::function<void(int permille)> progress = {})
{
    auto *watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcher<R>::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        if (!watcher->isCanceled() && watcher->future().resultCount() > 0)
            done(watcher->result());
    });
    if (progress)
        QObject::connect(watcher, &QFutureWatcher<R>::progressValueChanged, context, std::move(progress));
    auto future = QtConcurrent::run(
        [work = std::move(work), onException = std::move(onException)](QPromise<R> &promise) {
            promise.setProgressRange(0, 1000);
            try {
                promise.addResult(work(promise));
            } catch (const std::exception &e) {
                promise.addResult(onException(QString::fromLocal8Bit(e.what())));
            }
        });
    watcher->setFuture(future);
    return future;
}

// runJob for work that returns a Result<T>; an exception becomes a failure.
template <typename T, typename Work, typename Done>
QFuture<Result<T>> runWorkerJob(QObject *context, Work work, Done done,
                                std::function<void(int permille)> progress = {})
{
    return runJob<Result<T>>(
        context, std::move(work), std::move(done), [](const QString &what) { return Result<T>(fail(what)); },
        std::move(progress));
}

// Runs `work` on a worker thread and hands its result to `done` on the GUI thread, unless `owner` is gone by
// then. An exception becomes `onException(what)`; by default T is built from a failure (a Result, or a struct
// that takes one).
template <typename T>
void runInBackground(
    QObject *owner, std::function<T()> work, std::function<void(const T &)> done,
    std::function<T(const QString &what)> onException = [](const QString &what) { return T(fail(what)); })
{
    runJob<T>(
        owner, [work = std::move(work)](QPromise<T> &) { return work(); }, std::move(done), std::move(onException));
}

} // namespace nightshift
