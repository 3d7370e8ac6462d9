// bench_journal (`journal-write`): what the journal's search index (schema 8) costs its writers on SQLite. Writes N
// journal lines through the engine's writer (JournalBuffer::write, B lines per write transaction, as the dispatcher
// does), then purges them as history purge and the cleanup job do (DELETE of their runs, the lines going by ON
// DELETE CASCADE, R runs per transaction) — once on an instance as it is, once on the same instance with the index's
// triggers dropped (the journal as before schema 8). Prints lines/s for both and their ratio; asserts nothing.
//
//   bench_journal [--lines N (200000)] [--batch B (100)] [--runs-per-purge R (10)] [--repeat K (3)]
//
// With --search FILE (an instance, e.g. bench_console's bench-data/console.sqlite): opens it, timing the open (an
// instance older than schema 8 is upgraded then, the index back-filled), and times JournalQuery::find over the whole
// instance's journal from the newest line back, through the index and by scanning, for a text with a match and one
// without.
#include "engine/journalbuffer.h"
#include "journal/journalquery.h"
#include "store/instance.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

constexpr int LinesPerRun = 50;

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &message)
{
    std::fputs(qPrintable(u"bench_journal: "_s + message + u'\n'), stderr);
    std::exit(1);
}

template <typename T> T check(Result<T> result)
{
    if (!result)
        die(result.error().message);
    return std::move(*result);
}

void check(const Status &status)
{
    if (!status)
        die(status.error().message);
}

struct Settings
{
    qint64 lines = 200'000;
    int batch = 100;
    int runsPerPurge = 10;
    int repeat = 3;
};

struct Figures
{
    double writePerSecond = 0;
    double purgePerSecond = 0;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

// One measurement on a fresh instance: writes, then purges every line.
Figures measure(const QString &path, const Settings &s, bool indexed)
{
    auto instance = check(Instance::open(check(InstanceLocation::parse(path)), Instance::OpenMode::CreateIfMissing));
    auto db = check(instance->database());
    if (!indexed)
        for (const QString &trigger : {u"insert"_s, u"delete"_s, u"update"_s})
            check(execute(db, u"DROP TRIGGER journal_search_%1"_s.arg(trigger)));
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
    QElapsedTimer timer;
    timer.start();
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
        WriteTransaction transaction(db, instance->dialect());
        check(transaction.begin());
        check(JournalBuffer::write(sql, entries));
        check(transaction.commit());
    }
    const double writeSeconds = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    for (qint64 run = firstRun; run < firstRun + runs; run += s.runsPerPurge) {
        WriteTransaction transaction(db, instance->dialect());
        check(transaction.begin());
        check(execute(db, u"DELETE FROM runs WHERE id >= ? AND id < ?"_s, {run, run + s.runsPerPurge}));
        check(transaction.commit());
    }
    const double purgeSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (check(scalar(db, u"SELECT COUNT(*) FROM journal"_s)).toLongLong() != 0)
        die(u"the purge left journal lines behind"_s);
    return {.writePerSecond = double(s.lines) / writeSeconds, .purgePerSecond = double(s.lines) / purgeSeconds};
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
    parser.process(app);
    if (parser.isSet(u"search"_s))
        return searchFigures(parser.value(u"search"_s));
    const Settings s{.lines = parser.value(u"lines"_s).toLongLong(),
                     .batch = parser.value(u"batch"_s).toInt(),
                     .runsPerPurge = parser.value(u"runs-per-purge"_s).toInt(),
                     .repeat = parser.value(u"repeat"_s).toInt()};
    if (s.lines < 1 || s.batch < 1 || s.runsPerPurge < 1 || s.repeat < 1)
        die(u"give positive numbers"_s);

    QTemporaryDir dir;
    if (!dir.isValid())
        die(u"cannot create a temporary folder"_s);
    say(u"journal-write: %1 lines through JournalBuffer::write, %2 per transaction, then purged by deleting their "
        "runs (%3 lines each), %4 runs per transaction; median of %5, each on a fresh SQLite instance"_s.arg(s.lines)
            .arg(s.batch)
            .arg(LinesPerRun)
            .arg(s.runsPerPurge)
            .arg(s.repeat));
    QList<double> writes[2], purges[2];
    int file = 0;
    for (int r = 0; r < s.repeat; ++r) {
        for (const bool indexed : {false, true}) { // alternated, so a busy machine weighs on both alike
            const Figures f = measure(dir.filePath(u"journal%1.sqlite"_s.arg(++file)), s, indexed);
            writes[int(indexed)] << f.writePerSecond;
            purges[int(indexed)] << f.purgePerSecond;
        }
    }
    say(u"%1 %2 %3 %4"_s.arg(u"figure"_s, -34).arg(u"without index"_s, 16).arg(u"with index"_s, 14).arg(u"ratio"_s, 8));
    const auto row = [](const QString &what, const QList<double> (&values)[2]) {
        const double without = median(values[0]), with = median(values[1]);
        say(u"%1 %2 %3 %4"_s.arg(what, -34)
                .arg(u"%1 lines/s"_s.arg(without, 0, 'f', 0), 16)
                .arg(u"%1 lines/s"_s.arg(with, 0, 'f', 0), 14)
                .arg(u"%1 %"_s.arg(100.0 * with / without, 0, 'f', 0), 8));
    };
    row(u"journal lines written"_s, writes);
    row(u"journal lines purged (runs deleted)"_s, purges);
    return 0;
}
