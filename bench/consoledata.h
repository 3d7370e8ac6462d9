#pragma once

#include <QString>

namespace nightshift::bench {

// The volumes of the console benchmark's instance (issue #5).
struct ConsoleVolumes
{
    qint64 workflows = 20'000;
    qint64 runs = 1'000'000;
    qint64 lines = 10'000'000;
};

QString volumesText(const ConsoleVolumes &volumes); // also recorded in the instance, to know it can be reused

// Creates the SQLite instance `path` (replacing any file there): seeded as `nightshiftctl init` does, then the
// workflows, runs (ten journal lines each) and journal lines, made by SQLite itself in transactions of a million
// rows. Prints progress; exits the process on an error.
void generateConsoleInstance(const QString &path, const ConsoleVolumes &volumes);

} // namespace nightshift::bench
