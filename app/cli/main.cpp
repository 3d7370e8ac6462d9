// nightshiftctl: the command line of Nightshift.
#include "clicontext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace nightshift;
using namespace nightshift::cli;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::cli)
};

QList<Command> allCommands()
{
    return initCommands() + loginCommands() + packageCommands() + workflowCommands() + controlCommands()
        + scheduleCommands() + operatorCommands() + monitorCommands() + demoCommands();
}

void printUsage(QTextStream &out)
{
    out << Text::tr("Usage: nightshiftctl [--instance PATH|URL] [--login NAME] COMMAND [options]") << "\n\n"
        << Text::tr("Commands:") << '\n';
    const QList<Command> commands = allCommands();
    qsizetype width = 0;
    for (const Command &c : commands)
        width = std::max(width, c.words.join(u' ').size() + 1 + c.arguments.size());
    for (const Command &c : commands)
        out << "  " << (c.words.join(u' ') + u' ' + c.arguments).leftJustified(width + 2) << c.summary << '\n';
    out << '\n'
        << Text::tr(
               "The instance is a SQLite file path or a postgresql://user@host:port/database URL; without --instance,\n"
               "NIGHTSHIFT_INSTANCE or the default instance (%1) is used.\n"
               "Commands other than init and instance path log in: --login or NIGHTSHIFT_LOGIN names the operator;\n"
               "the password comes from NIGHTSHIFT_PASSWORD, else from the keyring (\"nightshiftctl login "
               "--remember\"),\n"
               "else it is asked on the terminal.\n"
               "Run \"nightshiftctl COMMAND --help\" for a command's options.")
               .arg(InstanceLocation::defaultSqlitePath())
        << Qt::endl;
}

// The command named by the first one or two words that are not options.
const Command *findCommand(const QList<Command> &commands, const QStringList &args)
{
    QStringList words;
    for (qsizetype i = 1; i < args.size() && words.size() < 2; ++i) {
        if (args[i] == u"--instance"_s || args[i] == u"-i"_s || args[i] == u"--login"_s || args[i] == u"-u"_s) {
            ++i;
            continue;
        }
        if (!args[i].startsWith(u'-'))
            words << args[i];
    }
    for (qsizetype n = words.size(); n > 0; --n)
        for (const Command &c : commands)
            if (c.words == words.mid(0, n))
                return &c;
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"nightshift"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(NIGHTSHIFT_VERSION));
    CliContext ctx;
    const QStringList args = QCoreApplication::arguments();

    const QList<Command> commands = allCommands();
    const Command *command = findCommand(commands, args);
    if (!command) {
        if (args.contains(u"--version"_s)) {
            ctx.out() << "nightshiftctl " << QCoreApplication::applicationVersion() << Qt::endl;
            return Success;
        }
        const bool askedForHelp = args.size() == 1 || args.contains(u"--help"_s) || args.contains(u"-h"_s);
        if (!askedForHelp)
            ctx.err() << Text::tr("nightshiftctl: unknown command \"%1\"").arg(args.mid(1).join(u' ')) << "\n\n";
        printUsage(askedForHelp ? ctx.out() : ctx.err());
        return askedForHelp ? Success : UsageError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.addHelpOption();
    parser.addOption({{u"i"_s, u"instance"_s},
                      Text::tr("Instance: a SQLite file path or a postgresql:// URL."),
                      Text::tr("instance")});
    parser.addOption(
        {{u"u"_s, u"login"_s}, Text::tr("Operator to log in as (default: NIGHTSHIFT_LOGIN)."), Text::tr("login")});
    for (const QString &word : command->words)
        parser.addPositionalArgument(word, {}, word);
    if (!command->arguments.isEmpty())
        parser.addPositionalArgument(u"arguments"_s, {}, command->arguments);
    if (command->addOptions)
        command->addOptions(parser);
    if (!parser.parse(args)) {
        ctx.err() << "nightshiftctl: " << parser.errorText() << '\n'
                  << Text::tr("Run \"nightshiftctl %1 --help\" for the options.").arg(command->words.join(u' '))
                  << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        ctx.out() << parser.helpText() << Qt::flush;
        return Success;
    }
    ctx.setInstanceOption(parser.value(u"instance"_s));
    ctx.setLoginOption(parser.value(u"login"_s));

    // The command's own arguments are what follows its words.
    const QStringList arguments = parser.positionalArguments().mid(command->words.size());
    if (command->arguments.isEmpty() && !arguments.isEmpty()) {
        ctx.err() << Text::tr("nightshiftctl: %1 takes no arguments; unexpected \"%2\"")
                         .arg(command->words.join(u' '), arguments.join(u' '))
                  << Qt::endl;
        return UsageError;
    }
    return command->run(parser, arguments, ctx);
}
