#pragma once

#include "core/error.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <functional>

namespace nightshift {

// Runs `work` on a worker thread and hands its result to `done` on the GUI thread, unless `owner` is gone by
// then. T must be constructible from a failure (a Result, or a struct that takes one).
template<typename T>
void runInBackground(QObject *owner, std::function<T()> work, std::function<void(const T &)> done)
{
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work)]() -> T {
        try {
            return work();
        } catch (const std::exception &e) { // nothing may leave a worker's run function
            return T(fail(QString::fromLocal8Bit(e.what())));
        }
    }));
}

} // namespace nightshift
