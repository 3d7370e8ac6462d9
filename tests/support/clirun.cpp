#include "clirun.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace nightshift::testing {

QStringList lines(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QStringList CliRun::outLines() const
{
    return lines(out);
}

QStringList CliRun::errLines() const
{
    return lines(err);
}

QString CliRun::describe() const
{
    return u"exit %1\n--- stdout\n%2--- stderr\n%3"_s.arg(exitCode).arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

CliRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &input,
                  const QProcessEnvironment &environment, const QString &workingDirectory)
{
    CliRun result;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workingDirectory);
    process.start();
    if (!process.waitForStarted(30'000)) {
        qWarning("cannot start %s: %s", qPrintable(program), qPrintable(process.errorString()));
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000)) {
        qWarning("%s %s did not finish", qPrintable(program), qPrintable(arguments.join(u' ')));
        process.kill();
        process.waitForFinished(5'000);
        return result;
    }
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace nightshift::testing
