#pragma once

#include "enginefixture.h"

#include "engine/job.h"

#include <QMap>
#include <QStringList>

// Golden folders for the native jobs: tests/data/jobs/<name>/ holds
//   before.sql     statements run on a fresh fixture instance; @NOW@, @DAYS_AGO(n)@, @HOURS_AGO(n)@ and
//                  @DAYS_AHEAD(n)@ become millisecond timestamps relative to the seeding time
//   parameters.txt optional, one "name=value" per line: the job's parameters
//   after.txt      blocks of "> SELECT …" followed by the expected rows, tab-separated, NULL as "NULL"
//   journal.txt    the expected journal lines, "level: message", durations masked as "# ms"
// With NIGHTSHIFT_UPDATE_GOLDEN=1 the comparisons rewrite after.txt (keeping its queries) and journal.txt
// from what the run produced, for a person to review in the diff.
namespace golden {

struct Outcome
{
    nightshift::Status status;
    QStringList journal; // "level: message", durations masked
};

QString folder(const QString &job); // NIGHTSHIFT_TEST_DATA/jobs/<job>

// Runs before.sql; returns what went wrong, or "".
QString seed(EngineFixture &f, const QString &job);

QMap<QString, QString> parameters(const QString &job);

// Where to interrupt a run, deterministically: as soon as the job has written that many journal lines, or
// made that many progress/rows reports (JobContext::setProgress, addRowsProcessed). 0 = never.
struct Cancel
{
    int afterLines = 0;
    int afterReports = 0;
};

// Runs the job once, synchronously, on the fixture's instance with the folder's parameters (overridden by
// extra).
Outcome run(EngineFixture &f, nightshift::Job &job, const QString &name, Cancel cancel = {},
            const QMap<QString, QString> &extra = {});

// Each returns a readable difference, or "" when the instance (the journal) matches the folder.
QString compareRows(EngineFixture &f, const QString &job);
QString compareJournal(const Outcome &outcome, const QString &job);

// Durations ("12 ms", "1.5 ms") become "# ms", so journals compare across machines.
QString maskDurations(QString line);

} // namespace golden

// QVERIFY for a comparison that returns "" or a difference.
#define GOLDEN_VERIFY(difference)                                                                                  \
    do {                                                                                                           \
        const QString golden_difference = (difference);                                                            \
        QVERIFY2(golden_difference.isEmpty(), qPrintable(golden_difference));                                      \
    } while (false)
