// The generated instance of bench_console: see consoledata.h.
#include "consoledata.h"

#include "benchsupport.h"

#include "core/workflowcatalog.h"
#include "engine/journalbuffer.h"
#include "engine/statementcache.h"
#include "store/instance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace nightshift::bench {

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

constexpr qint64 Base = 1'700'000'000'000; // the first run's start
constexpr qint64 Chunk = 1'000'000; // rows per generating transaction
constexpr qint64 RareEvery = 1'000'003; // one line in a million mentions a quarantine

// Rows n(i) for i in [first, last], made by SQLite itself: no row crosses the SQL driver.
const QString Numbers = u"WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?) "_s;

void insertChunks(QSqlDatabase &db, const QString &what, qint64 total, const QString &sql, const QVariantList &extra)
{
    QElapsedTimer timer;
    timer.start();
    for (qint64 first = 0; first < total; first += Chunk) {
        const qint64 last = std::min(total, first + Chunk) - 1;
        check(execute(db, u"BEGIN"_s));
        QVariantList values{first, last};
        values << extra;
        check(execute(db, sql, values));
        check(execute(db, u"COMMIT"_s));
        print(u"  %1: %2 of %3 (%4 s)"_s.arg(what).arg(last + 1).arg(total).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    }
}


} // namespace

QString volumesText(const ConsoleVolumes &v)
{
    return u"%1 workflows, %2 runs, %3 journal lines"_s.arg(v.workflows).arg(v.runs).arg(v.lines);
}

void generateConsoleInstance(const QString &path, const ConsoleVolumes &v)
{
    print(u"Generating %1 in %2 (once; reused by later runs)…"_s.arg(volumesText(v), path));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::remove(path);
    auto location = check(InstanceLocation::parse(path));
    auto instance = check(Instance::open(location, Instance::OpenMode::CreateIfMissing));
    auto catalog = WorkflowCatalog::load();
    if (!catalog)
        die(joined(catalog.error()));
    check(instance->seed(*catalog, u"bench"_s));
    auto db = check(instance->database());
    check(execute(db, u"PRAGMA synchronous = OFF"_s)); // a throwaway file: speed over durability

    // The workflows copy a real definition, spread over the folders of the installed packages.
    auto model = check(execute(db, u"SELECT folder_id, package_id, definition FROM workflows WHERE "
                                   "internal_name = 'cleanup'"_s));
    if (!model.next())
        die(u"the seeded instance has no cleanup workflow"_s);
    const QVariant folder = model.value(0), package = model.value(1), definition = model.value(2);
    model.finish();
    const qint64 firstWorkflow = check(scalar(db, u"SELECT COALESCE(MAX(id), 0) + 1 FROM workflows"_s)).toLongLong();
    insertChunks(db, u"workflows"_s, v.workflows,
                 u"INSERT INTO workflows (id, internal_name, label, folder_id, package_id, definition, state, failed, "
                 "severity, created_at, modified_at) "_s
                     + Numbers
                     + u"SELECT ? + i, 'benchWorkflow' || i, 'Bench workflow ' || i, ?, ?, ?, "
                       "CASE i % 3 WHEN 0 THEN 'started' WHEN 1 THEN 'paused' ELSE 'finished' END, "
                       "CASE WHEN i % 53 = 0 THEN 1 ELSE 0 END, "
                       "CASE WHEN i % 11 = 0 THEN 'production' ELSE 'normal' END, ?, ? FROM n"_s,
                 {firstWorkflow, folder, package, definition, Base, Base});
    const qint64 firstRun = check(scalar(db, u"SELECT COALESCE(MAX(id), 0) + 1 FROM runs"_s)).toLongLong();
    insertChunks(db, u"runs"_s, v.runs,
                 u"INSERT INTO runs (id, workflow_id, trigger, started_at, ended_at, status, rows_processed) "_s + Numbers
                     + u"SELECT ? + i, ? + i % ?, CASE WHEN i % 5 = 0 THEN 'start' ELSE 'scheduler' END, "
                       "? + i * 60000, ? + i * 60000 + 1000 + (i * 7919) % 600000, "
                       "CASE WHEN i % 97 = 0 THEN 'failed' ELSE 'succeeded' END, i % 5000 FROM n"_s,
                 {firstRun, firstWorkflow, v.workflows, Base, Base});
    // Ten lines per run, in the run's workflow, levels and activities mixed.
    insertChunks(db, u"journal lines"_s, v.lines,
                 u"INSERT INTO journal (workflow_id, run_id, at, level, activity, message) "_s + Numbers
                     + u"SELECT ? + ((i / 10) % ?) % ?, ? + (i / 10) % ?, ? + (i / 10) * 60000 + (i % 10) * 50, "
                       "CASE WHEN i % 100 = 0 THEN 3 WHEN i % 10 = 0 THEN 2 WHEN i % 3 = 0 THEN 0 ELSE 1 END, "
                       "CASE i % 4 WHEN 0 THEN 'query' WHEN 1 THEN 'purge' WHEN 2 THEN 'enrich' ELSE 'end' END, "
                       "CASE WHEN i % ? = 500000 THEN 'Quarantine refreshed for domain example' || i || '.com' "
                       "ELSE 'Processed batch ' || i || ' of ' || (i % 977) || ' recipients' END FROM n"_s,
                 {firstWorkflow, v.runs, v.workflows, firstRun, v.runs, Base, RareEvery});
    // Lines written by plain SQL wait above the search index's mark for the engine; index them all at once.
    StatementCache sql(db, Dialect::Sqlite);
    check(execute(db, u"BEGIN IMMEDIATE"_s));
    check(JournalBuffer::rebuildSearchIndex(sql));
    check(execute(db, u"COMMIT"_s));
    check(execute(db, u"ANALYZE"_s));
    check(execute(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    check(execute(db, u"INSERT INTO options (name, value, type, label) VALUES ('bench.volumes', ?, 'text', 'bench')"_s,
                  {volumesText(v)}));
}

} // namespace nightshift::bench
