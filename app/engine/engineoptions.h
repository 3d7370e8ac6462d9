#pragma once

#include "job.h"

#include "core/schedulecalculator.h"

#include <QStringList>

#include <chrono>
#include <memory>

namespace nightshift {

// How one engine node runs. The defaults suit the console's in-process engine on a SQLite instance.
struct EngineOptions
{
    // Stable across restarts, so a node that comes back takes over its own interrupted tasks at once.
    QString nodeName = defaultNodeName();
    // Affinities served; "" stands for activities without an affinity ("A,B," on the command line).
    QStringList affinities{QString()};
    int workers = 4; // threads running tasks; waiting tasks hold none
    std::chrono::milliseconds tick{250}; // longest sleep between looks at the database
    std::chrono::milliseconds lease{30'000}; // a running task is taken over when its node is silent this long
    std::chrono::milliseconds heartbeat{5'000};
    std::chrono::milliseconds shutdownGrace{10'000}; // how long a stop waits for jobs that cannot be parked
    ScheduleZones zones;
    // The native jobs this node can run (nightshift_jobs' standardJobs() in the console and nightshiftd).
    std::shared_ptr<const JobRegistry> jobs = std::make_shared<const JobRegistry>();

    static QString defaultNodeName(); // the host name
    // "A,B," → {"A", "B", ""}; an empty text → {""}.
    static QStringList parseAffinities(const QString &text);
};

} // namespace nightshift
