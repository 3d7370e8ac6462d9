#pragma once

#include "clicontext.h"

namespace nightshift::cli {

// --password-stdin / --password-file, for scripts; without them the password is asked on the terminal
// with echo off (twice, to catch typos).
void addPasswordOptions(QCommandLineParser &parser, const QString &whose);
Result<QString> readPassword(const QCommandLineParser &args, const QString &prompt, CliContext &ctx);
// Asks once on the terminal, echo off; refuses when standard input is not a terminal.
Result<QString> promptPassword(const QString &prompt, CliContext &ctx);

} // namespace nightshift::cli
