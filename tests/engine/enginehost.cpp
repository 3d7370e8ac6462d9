// A child engine for the crash test: serves one SQLite or PostgreSQL instance with the test jobs until it
// is killed (SIGKILL, the point of the test) or gets SIGTERM. Usage: nightshift_enginehost INSTANCE NODE
#include "testjobs.h"

#include "engine/engine.h"
#include "engine/signalwatcher.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace nightshift;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: nightshift_enginehost INSTANCE NODE\n");
        return 2;
    }
    auto location = InstanceLocation::parse(args[1]);
    if (!location) {
        std::fprintf(stderr, "%s\n", qPrintable(location.error().message));
        return 2;
    }
    auto instance = Instance::open(*location, Instance::OpenMode::MustExist);
    if (!instance) {
        std::fprintf(stderr, "%s\n", qPrintable(instance.error().message));
        return 1;
    }
    EngineOptions options;
    options.nodeName = args[2];
    options.workers = 4;
    options.tick = std::chrono::milliseconds(20);
    options.heartbeat = std::chrono::milliseconds(200);
    options.lease = std::chrono::milliseconds(2000);
    options.jobs = testJobs();
    Engine engine(*instance, options);
    engine.start();
    std::fprintf(stdout, "ready\n");
    std::fflush(stdout);

    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &app, [&] {
        engine.stop();
        app.exit(0);
    });
    return app.exec();
}
