// bench_cube: the messageCenter cube on a large SQLite instance (docs/performance.md). Prints figures, asserts
// nothing.
//   cube-full         the full refresh job (batches of ~150 ms, then the swap) against the floor: the same
//                     GROUP BY, in one INSERT … SELECT over all facts, run raw by the sqlite3 shell on the same
//                     file in the same run. Target ≤ 1.5×.
//   cube-incremental  the incremental refresh after 1 % new facts. Target ≤ 5 % of the full refresh. Then more
//                     rounds of +1 % until two have merged the recent rows: the mean of the rounds from the first
//                     merge (excluded) to the second (included) is the steady cycle's. Their events fall on
//                     random days over the 400 (--arrival-days N: on the last N days).
//   cube-query        pivot queries (month × channel, every measure; day × top event types; the grand total; day ×
//                     channel × status, which only the aggregate and its recent rows hold).
//
//   bench_cube [--facts N (10000000)] [--dir D] [--keep] [--reuse | --queries-only] [--repeat R (3)] [--rounds N (60)]
//             [--arrival-days N (400)]
//   --reuse starts from the events a --keep run left in D (not filled again; the incremental figure adds 1 % of
//   them); --queries-only runs only the cube-query figures on it.
#include "reports/cubejob.h"
#include "reports/cubedefinition.h"
#include "reports/cubequery.h"
#include "reports/cubesql.h"
#include "store/instance.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QTemporaryDir>

#include <algorithm>
#include <numeric>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace nightshift;
using namespace nightshift::reports;

namespace {

constexpr int RowsPerStatement = 100;
constexpr qint64 Start = 1735689600000; // 2025-01-01
constexpr qint64 DayMs = 86400000;
constexpr qint64 SpanDays = 400;
constexpr qint64 SpanMs = SpanDays * DayMs;

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// N events from id `first`, multi-row INSERTs in transactions of 100,000; fixed-seed values, created over the
// `days` days that end the 400 (all of them by default).
bool fill(const QSqlDatabase &db, qint64 first, qint64 count, qint64 days = SpanDays)
{
    const qint64 span = std::clamp<qint64>(days, 1, SpanDays) * DayMs;
    static const QStringList statuses{u"pending"_s, u"pendingDelivery"_s, u"sent"_s, u"sent"_s, u"sent"_s,
                                      u"ignored"_s, u"deliveryError"_s, u"notCovered"_s, u"expired"_s};
    static const QStringList channels{u"email"_s, u"email"_s, u"sms"_s, u"mobileApp"_s};
    quint64 state = 0x9e3779b97f4a7c15ULL + quint64(first);
    const auto random = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    const QString row = u"(?, ?, ?, ?, ?, ?, ?)"_s;
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO mc_events (id, type, channel, status, is_realtime, created_at, processed_at) VALUES "_s
                        + QStringList(RowsPerStatement, row).join(u", "_s)))
        return false;
    for (qint64 done = 0; done < count;) {
        if (!execute(db, u"BEGIN"_s))
            return false;
        const qint64 end = std::min(count, done + 100'000);
        for (; done < end; done += RowsPerStatement) {
            for (int r = 0; r < RowsPerStatement; ++r) {
                const quint64 x = random();
                const qint64 created = Start + SpanMs - span + qint64(x % quint64(span));
                const qint64 delay = qint64((x >> 20) % 600'000);
                insert.addBindValue(first + done + r);
                insert.addBindValue(u"EVENT_%1"_s.arg((x >> 8) % 40));
                insert.addBindValue(channels.at(int((x >> 16) % 4)));
                insert.addBindValue(statuses.at(int((x >> 24) % 9)));
                insert.addBindValue(int((x >> 32) % 2));
                insert.addBindValue(created);
                insert.addBindValue((x >> 40) % 7 == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(created + delay));
            }
            if (!insert.exec())
                return false;
        }
        if (!execute(db, u"COMMIT"_s))
            return false;
    }
    return true;
}

// The floor: the aggregate of every fact in one statement, timed by the sqlite3 shell's .timer (wall; `cpu`:
// its user + sys time).
double rawGroupBy(const QString &file, const QString &sql, QString *error, double *cpu)
{
    QProcess shell;
    shell.start(u"sqlite3"_s, {file});
    if (!shell.waitForStarted()) {
        *error = u"sqlite3 cannot be started: %1"_s.arg(shell.errorString());
        return 0;
    }
    shell.write(u"PRAGMA synchronous=NORMAL;\n.timer on\n%1;\n.quit\n"_s.arg(sql).toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const QString output = QString::fromUtf8(shell.readAll()) + QString::fromUtf8(shell.readAllStandardError());
    static const QRegularExpression real(u"Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"_s);
    QList<double> times;
    for (auto it = real.globalMatch(output); it.hasNext();) {
        const auto match = it.next();
        times.append(match.captured(1).toDouble() * 1000.0);
        *cpu = (match.captured(2).toDouble() + match.captured(3).toDouble()) * 1000.0;
    }
    if (times.isEmpty() || output.contains(u"Error"_s))
        *error = u"unexpected sqlite3 output: %1"_s.arg(output.right(400));
    return times.isEmpty() ? 0 : times.last();
}

// Runs the cube job once, with `parameters` as its workflow gives them (e.g. merge); returns its time in ms, or -1
// (with the error printed); `cpu`: the CPU time it took.
double refresh(const QSqlDatabase &db, const QString &mode, QString *journal, double *cpu = nullptr,
               const QMap<QString, QString> &parameters = {})
{
    JobContext::Reporting reporting;
    JobContext context(db, Dialect::Sqlite, parameters, {}, reporting,
                       [journal](JournalLevel, const QString &line) { *journal += line + u'\n'; }, false);
    CubeJob job(u"messageCenter"_s, mode);
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    auto done = job.run(context);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (cpu)
        *cpu = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    if (!done) {
        say(u"refresh failed: "_s + done.error().message);
        return -1;
    }
    return ms;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2) : u"?"_s;
}

// cube-query: pivot queries through CubeReader, as the console asks them; the median of `repeat` runs of each
// (wall and CPU time).
bool measureQueries(const QSqlDatabase &db, int repeat)
{
    QStringList measures;
    const auto cubes = CubeReader::cubes();
    for (const CubeInfo &info : cubes.value())
        if (info.name == u"messageCenter"_s)
            for (const CubeMeasure &m : info.measures)
                measures << m.name;
    const QList<std::pair<QString, CubeQuery>> queries{
        {u"month x channel, every measure"_s,
         {.groupBy = {{.dimension = u"date"_s, .level = u"month"_s}, {.dimension = u"channel"_s, .level = u"channel"_s}},
          .measures = measures, .filters = {}}},
        {u"day x top 10 event types, events"_s,
         {.groupBy = {{.dimension = u"date"_s, .level = u"day"_s}, {.dimension = u"eventType"_s, .level = u"top"_s}},
          .measures = {u"events"_s, u"sentRate"_s}, .filters = {}}},
        {u"grand total, every measure"_s, {.groupBy = {}, .measures = measures, .filters = {}}},
        // No rollup holds channels and statuses by day: the aggregate and its recent rows.
        {u"day x channel x status, events"_s,
         {.groupBy = {{.dimension = u"date"_s, .level = u"day"_s}, {.dimension = u"channel"_s, .level = u"channel"_s},
                      {.dimension = u"status"_s, .level = u"status"_s}},
          .measures = {u"events"_s, u"sentRate"_s}, .filters = {}}}};
    say(u"load average before the queries: "_s + loadAverage());
    for (const auto &[label, q] : queries) {
        QList<double> wall, cpu;
        qsizetype cells = 0;
        QString table;
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpuStart = std::clock();
            auto result = CubeReader().query(db, Dialect::Sqlite, u"messageCenter"_s, q);
            if (!result) {
                say(result.error().message);
                return false;
            }
            wall << double(timer.nsecsElapsed()) / 1e6;
            cpu << double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
            cells = result->cells.size();
            table = result->table;
        }
        std::sort(wall.begin(), wall.end());
        std::sort(cpu.begin(), cpu.end());
        say(u"cube-query: %1: %2 cells from %7 in %3 ms (median of %4; min %5 ms; cpu %6 ms)"_s.arg(label)
                .arg(cells)
                .arg(wall.at(wall.size() / 2), 0, 'f', 1)
                .arg(repeat)
                .arg(wall.first(), 0, 'f', 1)
                .arg(cpu.at(cpu.size() / 2), 0, 'f', 1)
                .arg(table));
    }
    say(u"load average after the queries: "_s + loadAverage());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"facts"_s, u"Message Center events to fill."_s, u"N"_s, u"10000000"_s});
    parser.addOption({u"dir"_s, u"Where the instance goes (default: a temporary folder)."_s, u"D"_s});
    parser.addOption({u"keep"_s, u"Leave the instance behind."_s});
    parser.addOption({u"queries-only"_s, u"Only the queries, on the instance a --keep run left in --dir."_s});
    parser.addOption({u"reuse"_s, u"Refresh the events a --keep run left in --dir instead of filling anew."_s});
    parser.addOption({u"repeat"_s, u"Runs of each query (the median is printed)."_s, u"R"_s, u"3"_s});
    parser.addOption({u"arrival-days"_s,
                      u"The events each +1 % round adds fall on the last N days (as events arrive in production); "
                      "default: over all 400, as the first ones (the worst case: every refresh touches every key)."_s,
                      u"N"_s, u"400"_s});
    parser.addOption({u"merge"_s,
                      u"The incremental refreshes' merge parameter: recent rows are merged once they reach this "
                      "percentage of the aggregate's rows (default: the job's, 100)."_s,
                      u"PERCENT"_s});
    parser.addOption({u"rounds"_s, u"At most this many incremental refreshes (they stop after two merges)."_s, u"N"_s,
                      u"60"_s});
    parser.process(app);
    qint64 facts = parser.value(u"facts"_s).toLongLong();
    if (facts < 10000) {
        say(u"--facts must be at least 10000"_s);
        return 2;
    }
    QTemporaryDir temporary;
    temporary.setAutoRemove(!parser.isSet(u"keep"_s));
    const QString dir = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temporary.path();
    const QString file = dir + u"/cube-bench.sqlite"_s;
    const int repeat = std::max(1, parser.value(u"repeat"_s).toInt());
    if (parser.isSet(u"queries-only"_s)) {
        if (!QFile::exists(file)) {
            say(u"--queries-only: no instance in "_s + file);
            return 2;
        }
        auto kept = Instance::open({.dialect = Dialect::Sqlite,
                                    .path = file,
                                    .host = {},
                                    .port = 0,
                                    .database = {},
                                    .user = {},
                                    .password = {}},
                                   Instance::OpenMode::CreateIfMissing);
        if (!kept) {
            say(kept.error().message);
            return 1;
        }
        return measureQueries(*(*kept)->database(), repeat) ? 0 : 1;
    }
    const bool reuse = parser.isSet(u"reuse"_s) && QFile::exists(file);
    if (!reuse)
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(file + suffix);
    InstanceLocation where;
    where.path = file;
    auto instance = Instance::open(where, Instance::OpenMode::CreateIfMissing);
    if (!instance) {
        say(instance.error().message);
        return 1;
    }
    QSqlDatabase db = *(*instance)->database();
    say(u"load average at the start: "_s + loadAverage());
    QElapsedTimer timer;
    timer.start();
    if (reuse) {
        facts = scalar(db, u"SELECT COALESCE(MAX(id), 0) FROM mc_events"_s).value_or(QVariant(0)).toLongLong();
        say(u"reusing %1 Message Center events in %2"_s.arg(facts).arg(file));
    } else if (!fill(db, 1, facts)) {
        say(u"cannot fill the instance: "_s + db.lastError().text());
        return 1;
    } else {
        say(u"filled %1 Message Center events in %2 s"_s.arg(facts).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }

    QString journal;
    double fullCpu = 0;
    const double full = refresh(db, u"full"_s, &journal, &fullCpu);
    if (full < 0)
        return 1;
    say(journal.trimmed());

    // The floor, on the same file: the same GROUP BY over every fact into a fresh table.
    auto cube = CubeDefinitions::find(u"messageCenter"_s);
    const CubeSql sql(*cube, Dialect::Sqlite);
    execute(db, u"DROP TABLE IF EXISTS cube_raw"_s);
    for (const QString &statement : sql.createTable(u"cube_raw"_s, u"cube_raw_key"_s))
        execute(db, statement);
    QString statement = sql.aggregateBatch(u"cube_raw"_s);
    statement.replace(u"> ? AND "_s, u"> 0 AND "_s).replace(u"<= ? AND"_s, u"<= %1 AND"_s.arg(facts));
    db = QSqlDatabase(); // no handle may outlive the instance's connection
    (*instance).reset();
    QString error;
    double rawCpu = 0;
    const double raw = rawGroupBy(file, statement, &error, &rawCpu);
    if (!error.isEmpty()) {
        say(error);
        return 1;
    }
    say(u"cube-full: %1 facts: refresh job %2 ms, raw GROUP BY in sqlite3 %3 ms: %4x (target <= 1.5x)"_s.arg(facts)
            .arg(full, 0, 'f', 0)
            .arg(raw, 0, 'f', 0)
            .arg(full / raw, 0, 'f', 2));
    say(u"cube-full cpu: refresh job %1 ms, raw GROUP BY in sqlite3 %2 ms: %3x"_s.arg(fullCpu, 0, 'f', 0)
            .arg(rawCpu, 0, 'f', 0)
            .arg(rawCpu > 0 ? fullCpu / rawCpu : 0, 0, 'f', 2));

    instance = Instance::open(where, Instance::OpenMode::CreateIfMissing);
    if (!instance) {
        say(instance.error().message);
        return 1;
    }
    db = *(*instance)->database();
    const qint64 added = std::max<qint64>(1, facts / 10000) * 100; // fill() writes whole statements of 100
    const qint64 arrivalDays = parser.value(u"arrival-days"_s).toLongLong();
    QMap<QString, QString> incrementalParameters;
    if (parser.isSet(u"merge"_s))
        incrementalParameters.insert(u"merge"_s, parser.value(u"merge"_s)); // the job checks it
    // One round: +1 % of facts after the `done` rounds before it, then an incremental refresh (its journal in
    // `journal`); its wall time, or -1 when it failed.
    const auto round = [&](qsizetype done, double *cpu) -> double {
        if (!fill(db, facts + added * done + 1, added, arrivalDays)) {
            say(u"cannot add facts: "_s + db.lastError().text());
            return -1;
        }
        journal.clear();
        return refresh(db, u"incremental"_s, &journal, cpu, incrementalParameters);
    };
    double incrementalCpu = 0;
    const double incremental = round(0, &incrementalCpu);
    if (incremental < 0)
        return 1;
    say(journal.trimmed());
    say(u"cube-incremental: %1 new facts: %2 ms = %3 % of the full refresh (target <= 5 %)"_s.arg(added)
            .arg(incremental, 0, 'f', 0)
            .arg(100.0 * incremental / full, 0, 'f', 1));
    say(u"cube-incremental cpu: %1 ms = %2 % of the full refresh's"_s.arg(incrementalCpu, 0, 'f', 0)
            .arg(fullCpu > 0 ? 100.0 * incrementalCpu / fullCpu : 0, 0, 'f', 1));
    // Later refreshes of +1 % each, until a second one merges the recent rows into the aggregate: the rounds after
    // the first merge up to the second are the steady cycle, whose mean includes the merge the cheap appends defer.
    QList<double> rounds{incremental}, roundsCpu{incrementalCpu};
    QList<qsizetype> merges; // the rounds (indexes) that merged
    const int maxRounds = std::max(2, parser.value(u"rounds"_s).toInt());
    while (merges.size() < 2 && rounds.size() < maxRounds) {
        double cpu = 0;
        const double ms = round(rounds.size(), &cpu);
        if (ms < 0)
            return 1;
        const bool merged = journal.contains(u"merged into the aggregate"_s);
        if (merged)
            merges << rounds.size();
        rounds << ms;
        roundsCpu << cpu;
        say(u"cube-incremental round %1: %2 ms, cpu %3 ms: %4"_s.arg(rounds.size())
                .arg(ms, 0, 'f', 0)
                .arg(cpu, 0, 'f', 0)
                .arg(journal.trimmed().replace(u'\n', u" / "_s)));
    }
    const auto mean = [&](const QList<double> &values, qsizetype from, qsizetype to) { // [from, to]
        return std::accumulate(values.cbegin() + from, values.cbegin() + to + 1, 0.0) / double(to - from + 1);
    };
    const auto report = [&](const QString &what, qsizetype from, qsizetype to) {
        say(u"cube-incremental %1 (rounds %2-%3): mean %4 ms = %5 % of the full refresh; cpu %6 ms = %7 %"_s.arg(what)
                .arg(from + 1)
                .arg(to + 1)
                .arg(mean(rounds, from, to), 0, 'f', 0)
                .arg(100.0 * mean(rounds, from, to) / full, 0, 'f', 1)
                .arg(mean(roundsCpu, from, to), 0, 'f', 0)
                .arg(fullCpu > 0 ? 100.0 * mean(roundsCpu, from, to) / fullCpu : 0, 0, 'f', 1));
    };
    report(merges.isEmpty() ? u"without a merge yet"_s : u"up to the first merge"_s, 0,
           merges.isEmpty() ? rounds.size() - 1 : merges.first());
    if (merges.size() == 2)
        report(u"steady cycle, one merge"_s, merges.first() + 1, merges.last());
    // One refresh is one sample of a machine whose speed drifts by a third from minute to minute: the median of
    // the rounds that did not merge measures "a refresh after 1 % new facts" more steadily than the first alone.
    QList<double> plain;
    for (qsizetype i = 0; i < rounds.size(); ++i)
        if (!merges.contains(i))
            plain << rounds.at(i);
    if (!plain.isEmpty()) {
        std::sort(plain.begin(), plain.end());
        const double median = plain.size() % 2 ? plain.at(plain.size() / 2)
                                               : (plain.at(plain.size() / 2 - 1) + plain.at(plain.size() / 2)) / 2;
        say(u"cube-incremental, each refresh that did not merge: median %1 ms = %2 % of the full refresh (target <= "
            "5 %; %3 refreshes, %4-%5 ms)"_s.arg(median, 0, 'f', 0)
                .arg(100.0 * median / full, 0, 'f', 1)
                .arg(plain.size())
                .arg(plain.first(), 0, 'f', 0)
                .arg(plain.last(), 0, 'f', 0));
    }

    if (!measureQueries(db, repeat))
        return 1;
    auto rows = scalar(db, u"SELECT COUNT(*) FROM cube_messagecenter"_s);
    auto recent = scalar(db, u"SELECT COUNT(*) FROM cube_messagecenter_recent"_s);
    say(u"aggregate rows: %1 (and %2 recent) for %3 facts"_s.arg(rows ? rows->toLongLong() : -1)
            .arg(recent ? recent->toLongLong() : -1)
            .arg(facts + added * rounds.size()));
    return 0;
}
