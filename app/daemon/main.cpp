// nightshiftd: the headless engine node of Nightshift.
#include "engine/engine.h"
#include "engine/signalwatcher.h"
#include "jobs/standardjobs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::daemon)
};

void say(const QString &line)
{
    std::fprintf(stderr, "nightshiftd: %s\n", qPrintable(line));
}
} // namespace

int main(int argc, char *argv[])
{
    // A QGuiApplication on the "offscreen" platform: no display needed, but jobs have fonts to lay out PDF reports
    // (billing).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"nightshift"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(NIGHTSHIFT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Nightshift engine node: serves one instance headless, until SIGTERM."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({{u"i"_s, u"instance"_s},
                      Text::tr("Instance: a SQLite file path or a postgresql:// URL."),
                      Text::tr("instance")});
    parser.addOption({u"affinity"_s,
                      Text::tr("Affinities this node serves, e.g. \"A,B,\" (a trailing comma: also workflows without "
                               "affinity). Default: \",\" (only those without)."),
                      Text::tr("list"), u","_s});
    parser.addOption({u"name"_s,
                      Text::tr("Node name, stable across restarts so the node takes its interrupted tasks back at once "
                               "(default: the host name)."),
                      Text::tr("name")});
    parser.addOption({u"workers"_s, Text::tr("Threads running activities (default: 4)."), Text::tr("count"), u"4"_s});
    parser.addOption({u"lease"_s,
                      Text::tr("Seconds after which another node takes over the tasks of a node that stopped sending "
                               "heartbeats (default: 30; heartbeats come six times per lease)."),
                      Text::tr("seconds"), u"30"_s});
    if (!parser.parse(QCoreApplication::arguments())) {
        say(parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();

    QString instanceText = parser.value(u"instance"_s);
    if (instanceText.isEmpty())
        instanceText = qEnvironmentVariable("NIGHTSHIFT_INSTANCE", InstanceLocation::defaultSqlitePath());
    auto location = InstanceLocation::parse(instanceText);
    if (!location) {
        say(location.error().message);
        return 2;
    }
    auto instance = Instance::open(*location, Instance::OpenMode::MustExist);
    if (!instance) {
        say(instance.error().message);
        return 1;
    }

    bool workersOk = false;
    const int workers = parser.value(u"workers"_s).toInt(&workersOk);
    if (!workersOk || workers < 1 || workers > 256) {
        say(Text::tr("--workers must be a number from 1 to 256, not \"%1\"").arg(parser.value(u"workers"_s)));
        return 2;
    }
    bool leaseOk = false;
    const int lease = parser.value(u"lease"_s).toInt(&leaseOk);
    if (!leaseOk || lease < 1 || lease > 3600) {
        say(Text::tr("--lease must be a number of seconds from 1 to 3600, not \"%1\"").arg(parser.value(u"lease"_s)));
        return 2;
    }
    EngineOptions options;
    options.lease = std::chrono::seconds(lease);
    options.heartbeat = std::chrono::milliseconds(lease * 1000 / 6);
    if (!parser.value(u"name"_s).isEmpty())
        options.nodeName = parser.value(u"name"_s);
    options.affinities = EngineOptions::parseAffinities(parser.value(u"affinity"_s));
    options.workers = workers;
    options.jobs = standardJobs();
    Engine engine(*instance, options);
    engine.start();
    say(Text::tr("node %1 serves %2 (affinities \"%3\", %4 workers)")
            .arg(options.nodeName, location->displayName(), parser.value(u"affinity"_s))
            .arg(workers));

    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &app, [&](int number) {
        say(Text::tr("signal %1 received; stopping (running tasks are parked or finish)").arg(number));
        engine.stop();
        app.exit(0);
    });
    return app.exec();
}
