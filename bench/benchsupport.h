#pragma once
// What every benchmark does with an error: say it on stderr, named by the program, and stop.

#include "core/error.h"

#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace nightshift::bench {

[[noreturn]] inline void die(const QString &message)
{
    const QString program = QCoreApplication::applicationName();
    std::fputs(qPrintable((program.isEmpty() ? QStringLiteral("bench") : program) + QStringLiteral(": ") + message
                          + QLatin1Char('\n')),
               stderr);
    std::exit(1);
}

template<typename T>
T check(Result<T> result)
{
    if (!result)
        die(result.error().message);
    return std::move(*result);
}

inline void check(const Result<void> &status)
{
    if (!status)
        die(status.error().message);
}

} // namespace nightshift::bench
