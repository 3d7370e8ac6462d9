// nightshiftd: the headless engine node of Nightshift.
#include "nodeheartbeat.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSysInfo>

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
    QCoreApplication app(argc, argv);
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
    parser.addOption({u"name"_s, Text::tr("Node name (default: host:pid)."), Text::tr("name")});
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

    const QString name = parser.value(u"name"_s).isEmpty()
        ? u"%1:%2"_s.arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid())
        : parser.value(u"name"_s);
    NodeHeartbeat heartbeat(*instance, name, parser.value(u"affinity"_s));
    if (auto started = heartbeat.start(); !started) {
        say(started.error().message);
        return 1;
    }
    say(Text::tr("node %1 registered on %2 (affinities \"%3\"). Workflow execution comes with the engine; this build "
                 "keeps the node's heartbeat only.")
            .arg(name, location->displayName(), parser.value(u"affinity"_s)));

    int exitCode = 0;
    QObject::connect(&heartbeat, &NodeHeartbeat::failed, &app, [&](const QString &message) {
        say(Text::tr("lost the instance: %1").arg(message));
        exitCode = 1;
        app.exit(1);
    });
    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &app, [&](int number) {
        say(Text::tr("signal %1 received; stopping").arg(number));
        if (auto stopped = heartbeat.stop(); !stopped) {
            say(stopped.error().message);
            exitCode = 1;
        }
        app.exit(exitCode);
    });
    app.exec();
    return exitCode;
}
