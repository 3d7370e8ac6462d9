// bench_cleanup (`cleanup-purge`): the cleanup job's delivery-log and tracking-log purges on a large SQLite
// instance, against the floor of the same purge done by one raw DELETE per table through the sqlite3 shell
// on a copy of the same file. Prints both times, their ratio (target ≤ 1.3×) and the longest write
// transaction of the job (target ≤ 250 ms: the write lock is held no longer). Asserts nothing.
//
//   bench_cleanup [--rows N (10000000 broad logs; a quarter as many tracking logs)] [--order time|random]
//                 [--dir D] [--keep] [--reuse]
//
// --keep also leaves the filled instance as it was before any purge (cleanup-bench-filled-ROWS-ORDER.sqlite);
// --reuse starts both sides from that file, which a --keep run of the same --rows and --order left in --dir,
// instead of filling anew (filling 10 M rows takes longer than purging them).
//
// The instance is filled here with broad and tracking logs spread evenly over 18 months (a 180-day
// retention purges two thirds of the delivery logs, a 365-day one a third of the tracking logs). By default
// ids follow time, give or take six hours, as on an instance where logs are written as deliveries go out and
// tracking arrives; --order random gives every row a random time, the worst case for any batched purge (each
// batch then touches pages all over the table, which one big DELETE writes only once).
#include "jobs/delivery/cleanupbatches.h"
#include "jobs/delivery/cleanupjob.h"
#include "store/instance.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

constexpr qint64 DayMs = 86'400'000;
constexpr qint64 SpanDays = 540;
constexpr int RowsPerStatement = 100;

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2) : u"?"_s;
}

qint64 cpuMs() // this process, user and system, all threads
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

bool copyInstance(const QString &from, const QString &to)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(to + suffix);
    return QFile::copy(from, to);
}

// Multi-row INSERTs in transactions of 100,000 rows; event times from a fixed-seed generator.
bool fill(const QSqlDatabase &db, const QString &table, const QString &columns, int columnCount, qint64 rows,
          qint64 now, bool timeOrdered, const std::function<QVariantList(qint64 i, qint64 at)> &row)
{
    quint64 state = 0x9e3779b97f4a7c15ULL;
    const auto random = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    QString placeholders = u"("_s + QStringList(columnCount, u"?"_s).join(u", "_s) + u")"_s;
    const QString full = u"INSERT INTO %1 (%2) VALUES %3"_s.arg(
        table, columns, QStringList(RowsPerStatement, placeholders).join(u", "_s));
    QSqlQuery insert(db);
    if (!insert.prepare(full))
        return false;
    const qint64 span = SpanDays * DayMs;
    const auto timeOf = [&](qint64 i) {
        if (!timeOrdered)
            return now - qint64(random() % quint64(span));
        const qint64 jitter = qint64(random() % quint64(12 * 3'600'000)) - 6 * 3'600'000;
        return std::min(now, now - span + i * (span / rows) + jitter);
    };
    for (qint64 done = 0; done < rows;) {
        if (!execute(db, u"BEGIN"_s))
            return false;
        const qint64 end = std::min(rows, done + 100'000);
        for (; done + RowsPerStatement <= end; done += RowsPerStatement) {
            for (int r = 0; r < RowsPerStatement; ++r)
                for (const QVariant &value : row(done + r, timeOf(done + r)))
                    insert.addBindValue(value);
            if (!insert.exec())
                return false;
        }
        for (; done < end; ++done) { // the rest, one by one
            QVariantList values = row(done, timeOf(done));
            if (!execute(db, u"INSERT INTO %1 (%2) VALUES %3"_s.arg(table, columns, placeholders), values))
                return false;
        }
        if (!execute(db, u"COMMIT"_s))
            return false;
    }
    return true;
}

// "Run Time: real 1.234 user 0.9 sys 0.1" of each statement, from the sqlite3 shell's .timer; *cpuMs: the sum
// of their user and system times.
QList<double> rawDeletes(const QString &file, qint64 logsBefore, qint64 trackingBefore, double *cpuMs, QString *error)
{
    QProcess shell;
    shell.start(u"sqlite3"_s, {file});
    if (!shell.waitForStarted()) {
        *error = u"sqlite3 cannot be started: %1"_s.arg(shell.errorString());
        return {};
    }
    // As the instance's connections are set up (ConnectionPool): WAL, synchronous NORMAL, foreign keys; with
    // the page cache the cleanup job's connection has while it purges.
    shell.write(u"PRAGMA synchronous=NORMAL;\nPRAGMA foreign_keys=ON;\nPRAGMA cache_size=-%3;\n.timer on\n"
                "DELETE FROM tracking_logs WHERE event_at < %1;\nDELETE FROM broad_logs WHERE event_at < %2;\n"
                "PRAGMA wal_checkpoint(TRUNCATE);\n.quit\n"_s.arg(trackingBefore)
                    .arg(logsBefore)
                    .arg(CleanupBatches::CacheKiB)
                    .toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const QString output = QString::fromUtf8(shell.readAll());
    QList<double> times;
    QList<double> cpu;
    static const QRegularExpression real(u"Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"_s);
    for (auto it = real.globalMatch(output); it.hasNext();) {
        const auto match = it.next();
        times.append(match.captured(1).toDouble() * 1000.0);
        cpu.append((match.captured(2).toDouble() + match.captured(3).toDouble()) * 1000.0);
    }
    if (times.size() < 3)
        *error = u"unexpected sqlite3 output: %1"_s.arg(output.right(400));
    *cpuMs = 0;
    for (qsizetype i = std::max<qsizetype>(0, cpu.size() - 3); i < cpu.size(); ++i)
        *cpuMs += cpu.at(i);
    return times.mid(times.size() - 3);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"rows"_s, u"Broad logs to fill (tracking logs: a quarter)."_s, u"N"_s, u"10000000"_s});
    parser.addOption(
        {u"order"_s, u"time: ids follow time (default); random: the worst case."_s, u"ORDER"_s, u"time"_s});
    parser.addOption({u"dir"_s, u"Where the instances go (default: a temporary folder)."_s, u"D"_s});
    parser.addOption({u"keep"_s, u"Leave the instances behind, and the filled one as it was before the purges."_s});
    parser.addOption({u"reuse"_s, u"Start from the filled instance a --keep run left in --dir."_s});
    parser.process(app);
    const qint64 rows = parser.value(u"rows"_s).toLongLong();
    if (rows < 1000) {
        say(u"--rows must be at least 1000"_s);
        return 2;
    }
    const QString order = parser.value(u"order"_s);
    if (order != u"time"_s && order != u"random"_s) {
        say(u"--order must be time or random, not \"%1\""_s.arg(order));
        return 2;
    }
    const bool timeOrdered = order == u"time"_s;
    QTemporaryDir temporary;
    temporary.setAutoRemove(!parser.isSet(u"keep"_s));
    const QString dir = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temporary.path();
    const QString file = dir + u"/cleanup-bench.sqlite"_s;
    const QString copy = dir + u"/cleanup-bench-raw.sqlite"_s;
    const QString filled = dir + u"/cleanup-bench-filled-%1-%2.sqlite"_s.arg(rows).arg(order);
    const bool reuse = parser.isSet(u"reuse"_s);
    if (reuse && !QFile::exists(filled)) {
        say(u"--reuse: no %1 (left by a --keep run)"_s.arg(filled));
        return 2;
    }
    for (const QString &f : {file, copy})
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(f + suffix);
    if (reuse && !copyInstance(filled, file)) {
        say(u"cannot copy %1"_s.arg(filled));
        return 1;
    }

    InstanceLocation where;
    where.path = file;
    auto instance = Instance::open(where, Instance::OpenMode::CreateIfMissing);
    if (!instance) {
        say(instance.error().message);
        return 1;
    }
    QSqlDatabase db = *(*instance)->database();
    const qint64 now = nowMs();
    QElapsedTimer timer;
    timer.start();
    execute(db, u"UPDATE options SET value = 'none' WHERE name = 'purge.vacuum'"_s); // the raw DELETE has none
    for (int d = 1; d <= 100 && !reuse; ++d)
        execute(
            db,
            u"INSERT INTO deliveries (id, internal_name, label, state, created_at) VALUES (?, ?, ?, 'finished', ?)"_s,
            {d, u"DM%1"_s.arg(d), u"Delivery %1"_s.arg(d), now - SpanDays * DayMs});
    // Reused: its times were spread back from the moment it was filled, so a later run purges a few rows more.
    const bool wasFilled = reuse
        || (fill(db, u"broad_logs"_s, u"delivery_id, recipient_id, address, status, event_at"_s, 5, rows, now,
                 timeOrdered,
                 [](qint64 i, qint64 at) {
                     return QVariantList{i % 100 + 1, i % 200'000, u"r%1@example.test"_s.arg(i % 200'000),
                                         i % 9 == 0 ? u"failed"_s : u"sent"_s, at};
                 })
            && fill(
                db, u"tracking_logs"_s, u"delivery_id, broad_log_id, recipient_id, type, event_at"_s, 5, rows / 4, now,
                timeOrdered, [](qint64 i, qint64 at) {
                    return QVariantList{i % 100 + 1, i * 4 + 1, i % 200'000, i % 3 == 0 ? u"click"_s : u"open"_s, at};
                }));
    if (!wasFilled) {
        say(u"filling failed"_s);
        return 1;
    }
    execute(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    for (const QString &to : parser.isSet(u"keep"_s) && !reuse ? QStringList{copy, filled} : QStringList{copy}) {
        if (!copyInstance(file, to)) {
            say(u"cannot copy %1"_s.arg(file));
            return 1;
        }
    }
    say(u"cleanup-purge: %L1 broad logs, %L2 tracking logs over %3 days (ids %4), %5 in %6 s"_s.arg(rows)
            .arg(rows / 4)
            .arg(SpanDays)
            .arg(timeOrdered ? u"in time order"_s : u"in random time order"_s)
            .arg(reuse ? u"copied from %1"_s.arg(filled) : u"filled"_s)
            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    say(u"load average before the purges: "_s + loadAverage());

    // The job, every step (those without data take a few ms); the two purges of interest are read from its
    // journal lines.
    JobContext::Reporting reporting;
    QStringList journal;
    JobContext context(
        db, Dialect::Sqlite, {}, {}, reporting, [&journal](JournalLevel, const QString &line) { journal << line; },
        false);
    CleanupJob job;
    timer.restart();
    const qint64 cpuBefore = cpuMs();
    const Status done = job.run(context);
    const qint64 jobMs = timer.elapsed();
    const qint64 jobCpuMs = cpuMs() - cpuBefore;
    if (!done) {
        say(u"the cleanup job failed: %1"_s.arg(done.error().message));
        return 1;
    }
    static const QRegularExpression stepTime(u"^(Tracking logs and statistics|Delivery logs): .* in (\\d+) ms$"_s);
    double jobPurgeMs = 0;
    for (const QString &line : std::as_const(journal)) {
        if (const auto match = stepTime.match(line); match.hasMatch()) {
            jobPurgeMs += match.captured(2).toDouble();
            say(u"  job  %1"_s.arg(line));
        }
    }
    say(u"  job  whole run (%1 steps): %2 ms (CPU %3 ms); %4"_s.arg(15).arg(jobMs).arg(jobCpuMs).arg(journal.last()));
    say(u"  job  WAL checkpoints between transactions: %1, %2 ms in all; %L3 pages written to the WAL"_s
            .arg(job.checkpoints())
            .arg(job.checkpointMs())
            .arg(job.walFrames()));
    say(u"  job  delivery-log batches in address order: %1, in time order: %2"_s.arg(job.keyOrderBatches())
            .arg(job.timeOrderBatches()));
    QStringList slowest;
    for (const CleanupBatches::Held &held : job.slowestTransactions())
        slowest << u"%1 ms (%L2 rows, #%3%4)"_s.arg(held.ms)
                       .arg(held.rows)
                       .arg(held.number)
                       .arg(held.afterCheckpoint ? u", after a checkpoint"_s : QString());
    say(u"  job  slowest write transactions: "_s + slowest.join(u"; "_s));

    // The floor: the same rows by one DELETE per table, with the cutoffs of the purge settings.
    const qint64 rawNow = nowMs();
    const qint64 logsBefore = rawNow - 180 * DayMs;
    const qint64 trackingBefore = rawNow - 365 * DayMs;
    QString error;
    double rawCpuMs = 0;
    const QList<double> raw = rawDeletes(copy, logsBefore, trackingBefore, &rawCpuMs, &error);
    if (!error.isEmpty()) {
        say(error);
        return 1;
    }
    say(u"  raw  tracking_logs: one DELETE in %1 ms; broad_logs: one DELETE in %2 ms; then the WAL checkpoint "
        "(the job's purges include theirs) in %3 ms; CPU %4 ms"_s.arg(raw[0], 0, 'f', 0)
            .arg(raw[1], 0, 'f', 0)
            .arg(raw[2], 0, 'f', 0)
            .arg(rawCpuMs, 0, 'f', 0));
    say(u"load average after the purges: "_s + loadAverage());
    const double rawMs = raw[0] + raw[1] + raw[2];
    say(u"cleanup-purge: job %1 ms, raw DELETE %2 ms, ratio %3x (target <= 1.3x); longest write transaction "
        "%4 ms (target <= 250 ms; %L5 rows) over %6 transactions, %7 above 250 ms"_s.arg(jobPurgeMs, 0, 'f', 0)
            .arg(rawMs, 0, 'f', 0)
            .arg(jobPurgeMs / rawMs, 0, 'f', 2)
            .arg(job.longestTransactionMs())
            .arg(job.longestTransactionRows())
            .arg(job.transactions())
            .arg(job.transactionsOver250Ms()));
    return 0;
}
