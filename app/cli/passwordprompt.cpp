#include "passwordprompt.h"

#include <QCoreApplication>
#include <QFile>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace nightshift::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::cli)
};

QString readLine(FILE *stream)
{
    QTextStream in(stream);
    return in.readLine();
}

// Reads one line from the terminal without echoing it.
QString readHidden()
{
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    const QString line = readLine(stdin);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        fputc('\n', stderr);
    }
    return line;
}

} // namespace

Result<QString> promptPassword(const QString &prompt, CliContext &ctx)
{
    if (!isatty(STDIN_FILENO))
        return fail(Text::tr("no password: set NIGHTSHIFT_PASSWORD, or run on a terminal to be asked"));
    ctx.err() << prompt << Qt::flush;
    return readHidden();
}

void addPasswordOptions(QCommandLineParser &parser, const QString &whose)
{
    parser.addOption(
        {u"password-stdin"_s, Text::tr("Read the %1 password from the first line of standard input.").arg(whose)});
    parser.addOption({u"password-file"_s, Text::tr("Read the %1 password from the first line of a file.").arg(whose),
                      Text::tr("file")});
}

Result<QString> readPassword(const QCommandLineParser &args, const QString &prompt, CliContext &ctx)
{
    if (args.isSet(u"password-file"_s)) {
        QFile file(args.value(u"password-file"_s));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return fail(Text::tr("cannot read the password file %1: %2").arg(file.fileName(), file.errorString()));
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        return line;
    }
    if (args.isSet(u"password-stdin"_s) || !isatty(STDIN_FILENO))
        return readLine(stdin);
    ctx.err() << prompt << Qt::flush;
    const QString first = readHidden();
    ctx.err() << Text::tr("Repeat the password: ") << Qt::flush;
    if (readHidden() != first)
        return fail(Text::tr("the two passwords differ; nothing was changed"));
    return first;
}

} // namespace nightshift::cli
