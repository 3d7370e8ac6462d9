// bench_journal (`journal-write`): what the journal's search index (schema 8) costs its writers on SQLite. Writes N
// journal lines through the engine's writer (JournalBuffer::write, B lines per write transaction, as the dispatcher
// does; it indexes the lines in bulk once enough wait outside the index), indexes the last ones (so every line is
// indexed in the figure), then purges them as history purge and the cleanup job do (DELETE of their runs, the lines
// going by ON DELETE CASCADE, R runs per transaction), then drops the purged lines from the index as the writer
// does (JournalBuffer::updateSearchIndex, its bounded share per transaction) — once on an instance as it is, once
// on the same instance with the index left alone (triggers dropped, mark set past any line: the journal as before
// schema 8). Prints lines/s (wall and CPU) for both and their ratio; asserts nothing.
//
//   bench_journal [--lines N (200000)] [--batch B (100)] [--runs-per-purge R (10)] [--repeat K (3)] [--postgres]
//
// --postgres: the same on the tests' throwaway PostgreSQL server, whose GIN trigram index is kept by the database
// itself: without the index, with it (fastupdate on, PostgreSQL's default; its pending list is cleaned at the end
// of the writes so that every line is indexed in the figure), and with fastupdate off. Wall times only: the work is
// the server's.
//
// With --search FILE (an instance, e.g. bench_console's bench-data/console.sqlite): opens it, timing the open (an
// instance older than schema 8 is upgraded then, the index back-filled), and times JournalQuery::find over the whole
// instance's journal from the newest line back, through the index and by scanning, for a text with a match and one
// without.
#include "benchsupport.h"
#include "engine/journalbuffer.h"
#include "journal/journalquery.h"
#include "store/instance.h"
#include "support/postgresserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;
using namespace nightshift;
using bench::check;
using bench::die;

namespace {

constexpr int LinesPerRun = 50;

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

struct Settings
{
    qint64 lines = 200'000;
    int batch = 100;
    int runsPerPurge = 10;
    int repeat = 3;
};

// Lines per second of one phase, by the wall clock and by this process's CPU time (on a busy machine the wall
// clock also counts other processes' turns).
struct Rate
{
    double wall = 0;
    double cpu = 0;
};

struct Figures
{
    Rate write; // written and indexed
    Rate purge; // deleted (runs purged)
    Rate drop; // taken out of the index afterwards (the indexed instance only)
    qint64 indexBytes = 0; // the index's pages after the drop
};

class Stopwatch
{
public:
    Stopwatch() { m_wall.start(); }
    Rate rate(qint64 lines) const
    {
        const double cpu = double(std::clock() - m_cpu) / CLOCKS_PER_SEC;
        const double wall = double(m_wall.nsecsElapsed()) / 1e9;
        return {.wall = wall > 0 ? double(lines) / wall : 0, .cpu = cpu > 0 ? double(lines) / cpu : 0};
    }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu = std::clock();
};

qint64 indexBytes(const QSqlDatabase &db)
{
    return check(scalar(db, u"SELECT COALESCE(SUM(LENGTH(block)), 0) FROM journal_search_data"_s)).toLongLong();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

enum class Variant { Unindexed, Indexed, IndexedWithoutFastUpdate /* PostgreSQL */ };

// One measurement on a fresh instance: writes, then purges every line (then drops them from the index).
Figures measure(const InstanceLocation &where, const Settings &s, Variant variant)
{
    auto instance = check(Instance::open(where, Instance::OpenMode::CreateIfMissing));
    auto db = check(instance->database());
    const bool sqlite = instance->dialect() == Dialect::Sqlite;
    const bool indexed = variant != Variant::Unindexed;
    if (!indexed && sqlite) {
        for (const QString &trigger : {u"delete"_s, u"update"_s, u"id"_s})
            check(execute(db, u"DROP TRIGGER journal_search_%1"_s.arg(trigger)));
        check(execute(db, u"UPDATE journal_search_state SET indexed_to = ?"_s,
                      {std::numeric_limits<qint64>::max() / 2}));
    }
    if (!indexed && !sqlite)
        check(execute(db, u"DROP INDEX journal_message_trgm"_s));
    if (variant == Variant::IndexedWithoutFastUpdate)
        check(execute(db, u"ALTER INDEX journal_message_trgm SET (fastupdate = off)"_s));
    check(execute(db, u"INSERT INTO folders (name, label, kind, created_at) VALUES ('bench', 'Bench', 'folder', 1)"_s));
    check(execute(db, u"INSERT INTO workflows (internal_name, label, folder_id, definition, created_at, modified_at) "
                      "SELECT 'bench', 'Bench', id, '<workflow/>', 1, 1 FROM folders WHERE name = 'bench'"_s));
    const qint64 workflow = check(scalar(db, u"SELECT id FROM workflows WHERE internal_name = 'bench'"_s)).toLongLong();
    const qint64 runs = (s.lines + LinesPerRun - 1) / LinesPerRun;
    check(execute(db, u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                      "INSERT INTO runs (workflow_id, trigger, started_at, status) SELECT ?, 'scheduler', i, "
                      "'succeeded' FROM n"_s,
                      {runs, workflow}));
    const qint64 firstRun = check(scalar(db, u"SELECT MIN(id) FROM runs"_s)).toLongLong();

    StatementCache sql(db, instance->dialect());
    const auto inTransaction = [&](const auto &work) {
        WriteTransaction transaction(db, instance->dialect());
        check(transaction.begin());
        work();
        check(transaction.commit());
    };
    Figures f;
    Stopwatch watch;
    for (qint64 first = 0; first < s.lines; first += s.batch) {
        QList<JournalEntry> entries;
        for (qint64 i = first; i < std::min(s.lines, first + s.batch); ++i)
            entries << JournalEntry{.workflowId = workflow,
                                    .runId = firstRun + i / LinesPerRun,
                                    .taskId = 0,
                                    .level = i % 10 == 0 ? JournalLevel::Warning : JournalLevel::Info,
                                    .activity = i % 2 ? u"query"_s : u"purge"_s,
                                    .message = u"Processed batch %1 of %2 recipients in %3 ms"_s.arg(i).arg(i % 977)
                                                   .arg(i % 113),
                                    .at = 1'700'000'000'000 + i};
        inTransaction([&] { check(JournalBuffer::write(sql, entries)); });
    }
    if (indexed && sqlite) // the lines still waiting outside the index count too
        inTransaction([&] { check(JournalBuffer::updateSearchIndex(sql, std::numeric_limits<qint64>::max())); });
    if (variant == Variant::Indexed && !sqlite) // the lines in GIN's pending list, likewise
        check(execute(db, u"SELECT gin_clean_pending_list('journal_message_trgm')"_s));
    f.write = watch.rate(s.lines);
    if (indexed && sqlite && check(scalar(db, u"SELECT COUNT(*) FROM journal_search WHERE journal_search MATCH 'roc'"_s))
                           .toLongLong()
            != s.lines)
        die(u"not every line was indexed"_s);

    Stopwatch purgeWatch;
    for (qint64 run = firstRun; run < firstRun + runs; run += s.runsPerPurge)
        inTransaction([&] {
            check(execute(db, u"DELETE FROM runs WHERE id >= ? AND id < ?"_s, {run, run + s.runsPerPurge}));
        });
    f.purge = purgeWatch.rate(s.lines);
    if (check(scalar(db, u"SELECT COUNT(*) FROM journal"_s)).toLongLong() != 0)
        die(u"the purge left journal lines behind"_s);
    if (indexed && sqlite) {
        // As the journal's writer drops them: its bounded share per transaction.
        Stopwatch dropWatch;
        while (check(scalar(db, u"SELECT COUNT(*) FROM journal_search_deleted"_s)).toLongLong() > 0)
            inTransaction([&] { check(JournalBuffer::updateSearchIndex(sql, 4 * JournalBuffer::UnindexedLines)); });
        f.drop = dropWatch.rate(s.lines);
        f.indexBytes = indexBytes(db);
    }
    return f;
}

// --postgres: wall-clock lines/s of each variant, median of the repeats; returns the exit code.
int postgresFigures(const Settings &s)
{
    testing::PostgresServer server;
    QString error;
    if (!testing::PostgresServer::serverBinariesAvailable(&error) || !server.start(&error))
        die(error);
    QList<double> writes[3], purges[3];
    for (int r = 0; r < s.repeat; ++r) {
        for (const Variant variant : {Variant::Unindexed, Variant::Indexed, Variant::IndexedWithoutFastUpdate}) {
            InstanceLocation where;
            where.dialect = Dialect::Postgres;
            where.host = server.host();
            where.port = server.port();
            where.user = server.user();
            where.password = server.password();
            where.database = server.createDatabase(u"journal"_s, &error);
            if (where.database.isEmpty())
                die(error);
            const Figures f = measure(where, s, variant);
            writes[int(variant)] << f.write.wall;
            purges[int(variant)] << f.purge.wall;
        }
    }
    say(u"%1 %2 %3 %4"_s.arg(u"figure (lines/s, wall)"_s, -40)
            .arg(u"without index"_s, 14)
            .arg(u"GIN fastupdate on"_s, 24)
            .arg(u"GIN fastupdate off"_s, 24));
    const auto row = [](const QString &what, const QList<double> (&values)[3]) {
        const double without = median(values[0]);
        const auto cell = [&](int i) {
            return u"%1 (%2 %)"_s.arg(median(values[i]), 0, 'f', 0).arg(100.0 * median(values[i]) / without, 0, 'f', 0);
        };
        say(u"%1 %2 %3 %4"_s.arg(what, -40).arg(without, 14, 'f', 0).arg(cell(1), 24).arg(cell(2), 24));
    };
    row(u"journal lines written (and indexed)"_s, writes);
    row(u"journal lines purged (runs deleted)"_s, purges);
    return 0;
}

// Opens `path` (upgrading it) and times searches of its journal; returns the exit code.
int searchFigures(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    auto instance = check(Instance::open(check(InstanceLocation::parse(path)), Instance::OpenMode::MustExist));
    say(u"instance open (with any schema upgrade): %1 s"_s.arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    const JournalQuery query(instance, {});
    const qint64 newest = check(query.bounds())->second;
    if (instance->dialect() == Dialect::Sqlite) { // those lines are scanned by every search
        auto db = check(instance->database());
        say(u"lines above the search index's mark: %1"_s.arg(
            check(scalar(db, u"SELECT COUNT(*) FROM journal WHERE id > (SELECT indexed_to FROM journal_search_state)"_s))
                .toLongLong()));
    }
    for (const QString &text : {u"Quarantine refreshed"_s, u"no such text anywhere"_s}) {
        for (const auto how : {JournalQuery::TextSearch::Indexed, JournalQuery::TextSearch::Scan}) {
            JournalQuery search(instance, {});
            search.setTextSearch(how);
            timer.restart();
            const std::optional<qint64> found = check(search.find(text, newest + 1, false));
            say(u"search \"%1\" (%2): %3 ms, %4"_s.arg(text,
                                                      how == JournalQuery::TextSearch::Indexed ? u"index"_s
                                                                                               : u"scan"_s)
                    .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
                    .arg(found ? u"line %1 (%2 lines up)"_s.arg(*found).arg(newest - *found) : u"no match"_s));
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The journal search index's cost to journal writes and purges (SQLite)."_s);
    parser.addHelpOption();
    parser.addOption({u"lines"_s, u"Journal lines written then purged (200000)."_s, u"n"_s, u"200000"_s});
    parser.addOption({u"batch"_s, u"Lines per write transaction (100)."_s, u"n"_s, u"100"_s});
    parser.addOption({u"runs-per-purge"_s, u"Runs deleted per purge transaction (10)."_s, u"n"_s, u"10"_s});
    parser.addOption({u"repeat"_s, u"Measurements of each kind; the median is printed (3)."_s, u"n"_s, u"3"_s});
    parser.addOption({u"search"_s, u"Time the open and searches of this instance instead."_s, u"file"_s});
    parser.addOption({u"postgres"_s, u"Measure on a throwaway PostgreSQL server instead of SQLite."_s});
    parser.process(app);
    if (parser.isSet(u"search"_s))
        return searchFigures(parser.value(u"search"_s));
    const Settings s{.lines = parser.value(u"lines"_s).toLongLong(),
                     .batch = parser.value(u"batch"_s).toInt(),
                     .runsPerPurge = parser.value(u"runs-per-purge"_s).toInt(),
                     .repeat = parser.value(u"repeat"_s).toInt()};
    if (s.lines < 1 || s.batch < 1 || s.runsPerPurge < 1 || s.repeat < 1)
        die(u"give positive numbers"_s);
    say(u"journal-write: %1 lines through JournalBuffer::write, %2 per transaction, then purged by deleting their "
        "runs (%3 lines each), %4 runs per transaction; median of %5, each on a fresh %6 instance"_s.arg(s.lines)
            .arg(s.batch)
            .arg(LinesPerRun)
            .arg(s.runsPerPurge)
            .arg(s.repeat)
            .arg(parser.isSet(u"postgres"_s) ? u"PostgreSQL"_s : u"SQLite"_s));
    if (parser.isSet(u"postgres"_s))
        return postgresFigures(s);

    QTemporaryDir dir;
    if (!dir.isValid())
        die(u"cannot create a temporary folder"_s);
    QList<Figures> figures[2];
    int file = 0;
    for (int r = 0; r < s.repeat; ++r)
        for (const bool indexed : {false, true}) // alternated, so a busy machine weighs on both alike
            figures[int(indexed)] << measure(check(InstanceLocation::parse(dir.filePath(u"journal%1.sqlite"_s.arg(++file)))),
                                             s, indexed ? Variant::Indexed : Variant::Unindexed);
    say(u"%1 %2 %3 %4"_s.arg(u"figure (lines/s, wall | CPU)"_s, -44)
            .arg(u"without index"_s, 18)
            .arg(u"with index"_s, 18)
            .arg(u"ratio"_s, 12));
    const auto row = [&](const QString &what, Rate Figures::*phase, const std::function<double(const Rate &)> &of,
                         bool ratio) {
        QList<double> values[2];
        for (int i : {0, 1})
            for (const Figures &f : figures[i])
                values[i] << of(f.*phase);
        const double without = median(values[0]), with = median(values[1]);
        say(u"%1 %2 %3 %4"_s.arg(what, -44)
                .arg(ratio ? u"%1"_s.arg(without, 0, 'f', 0) : u"-"_s, 18)
                .arg(u"%1"_s.arg(with, 0, 'f', 0), 18)
                .arg(ratio ? u"%1 %"_s.arg(100.0 * with / without, 0, 'f', 0) : QString(), 12));
    };
    const auto wall = [](const Rate &r) { return r.wall; };
    const auto cpu = [](const Rate &r) { return r.cpu; };
    row(u"journal lines written (and indexed), wall"_s, &Figures::write, wall, true);
    row(u"journal lines written (and indexed), CPU"_s, &Figures::write, cpu, true);
    row(u"journal lines purged (runs deleted), wall"_s, &Figures::purge, wall, true);
    row(u"journal lines purged (runs deleted), CPU"_s, &Figures::purge, cpu, true);
    row(u"purged lines dropped from the index, wall"_s, &Figures::drop, wall, false);
    row(u"purged lines dropped from the index, CPU"_s, &Figures::drop, cpu, false);
    // Purge and drop together, per line: 1 / (1/purge + 1/drop).
    QList<double> together[2];
    for (int i : {0, 1})
        for (const Figures &f : figures[i])
            together[i] << 1.0 / (1.0 / f.purge.cpu + (f.drop.cpu > 0 ? 1.0 / f.drop.cpu : 0.0));
    say(u"%1 %2 %3 %4"_s.arg(u"purged and dropped, CPU"_s, -44)
            .arg(u"%1"_s.arg(median(together[0]), 0, 'f', 0), 18)
            .arg(u"%1"_s.arg(median(together[1]), 0, 'f', 0), 18)
            .arg(u"%1 %"_s.arg(100.0 * median(together[1]) / median(together[0]), 0, 'f', 0), 12));
    QList<double> sizes;
    for (const Figures &f : figures[1])
        sizes << double(f.indexBytes);
    say(u"index left after the purge and drop: %1 KiB (lines: 0)"_s.arg(median(sizes) / 1024.0, 0, 'f', 0));
    return 0;
}
