#pragma once

#include "enginefixture.h"

#include "engine/job.h"
#include "support/postgresserver.h"

#include <QMap>
#include <QStringList>

#include <functional>

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

// The cases every job's test shares. Each returns what went wrong, or "" (for GOLDEN_VERIFY).

// Sets the fixture up and runs the folder's before.sql.
QString setUp(EngineFixture &f, const QString &job);

// One run (with the folder's parameters, overridden by extra) succeeds and leaves the folder's rows and
// journal; `outcome` (optional) receives the run.
QString checkRun(EngineFixture &f, nightshift::Job &job, const QString &name, Outcome *outcome = nullptr,
                 const QMap<QString, QString> &extra = {});

// A run cancelled after that many reports fails (with an error starting with cancelledPrefix, unless empty),
// `meanwhile` (optional) finds the instance as it should be, and a second run succeeds and leaves the
// folder's rows.
QString checkInterruptedThenRerun(EngineFixture &f, nightshift::Job &job, const QString &name, int afterReports,
                                  const QString &cancelledPrefix = {},
                                  const std::function<QString()> &meanwhile = {});

// The rows of checkInterruptedThenRerun's data function: column "afterReports", from 1 to last.
void addReportRows(int last);

// The shipped technical workflow, started with its schedule armed for now, run by an engine with the
// standard jobs until its first run ends (within timeoutMs), which must have succeeded. The engine is
// stopped on return.
QString runShippedWorkflow(EngineFixture &f, const QString &workflow, int timeoutMs);

// Starts the server; fails (saying why) when PostgreSQL's binaries are missing.
QString startPostgres(nightshift::testing::PostgresServer &server);

// A fresh database on `server`, opened as f's instance (f need not be set up: the golden helpers only use
// `instance`), seeded with seedWith's workflows and that administrator when given.
QString openOnPostgres(EngineFixture &f, nightshift::testing::PostgresServer &server, const QString &database,
                       const nightshift::WorkflowCatalog *seedWith = nullptr, const QString &admin = {});

// A PostgreSQL server of its own with one database, opened in `fixture`; its connections close before the
// server stops.
class PostgresInstance
{
public:
    // Fails (saying why) when PostgreSQL's binaries are missing.
    QString start(const QString &database, const nightshift::WorkflowCatalog *seedWith = nullptr,
                  const QString &admin = {});
    ~PostgresInstance() { fixture.instance.reset(); }

    nightshift::testing::PostgresServer server;
    EngineFixture fixture; // not set up: only its instance is used
};

// checkRun on a fresh PostgreSQL instance seeded with the folder's before.sql (and the catalog's workflows
// when given).
QString checkOnPostgres(nightshift::Job &job, const QString &name, const QString &database,
                        const nightshift::WorkflowCatalog *seedWith = nullptr);

} // namespace golden

// QVERIFY for a comparison that returns "" or a difference.
#define GOLDEN_VERIFY(difference)                                                                                  \
    do {                                                                                                           \
        const QString golden_difference = (difference);                                                            \
        QVERIFY2(golden_difference.isEmpty(), qPrintable(golden_difference));                                      \
    } while (false)
