#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace nightshift::testing {

// What a command-line program did: its exit and its output.
struct CliRun
{
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QStringList outLines() const;
    QStringList errLines() const;
    QString describe() const; // for the log when an exit code is not the expected one
};

// Runs `program` to its end with `input` on standard input (then end of file, so a password prompt never
// hangs), in `workingDirectory` with `environment`.
CliRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &input,
                  const QProcessEnvironment &environment, const QString &workingDirectory);

QStringList lines(const QByteArray &bytes); // UTF-8, without the final newline
QByteArray readAll(const QString &path); // empty when unreadable
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace nightshift::testing

// Compares a CliRun's exit, logging its output first when it differs.
#define COMPARE_EXIT(run, code)                                                                                        \
    do {                                                                                                               \
        const nightshift::testing::CliRun &r_ = (run);                                                                 \
        if (r_.exitStatus != QProcess::NormalExit || r_.exitCode != (code))                                            \
            qWarning().noquote() << r_.describe();                                                                     \
        QCOMPARE(r_.exitStatus, QProcess::NormalExit);                                                                 \
        QCOMPARE(r_.exitCode, (code));                                                                                 \
    } while (false)
