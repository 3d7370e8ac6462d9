// bench_engine (`engine-dispatch`): N trivial activities through the persisted engine, in activities per
// second, against the floor of the same database: the same number of minimal write transactions
// (BEGIN; INSERT one row; COMMIT) on a connection set up like the instance's. On SQLite, then on a
// throwaway PostgreSQL server with one and with two engine nodes. Prints figures; asserts nothing, but says
// when a run did not end, ran an activity twice or lost one.
//
//   bench_engine [--activities N (20000)] [--workflows W (40)] [--repeat R (3)] [--no-postgres] [--no-jobs]
//                [--timeout S] [--keep] [--join-index]
#include "testjobs.h"

#include "support/postgresserver.h"

#include "core/definitionreader.h"
#include "core/workflowcatalog.h"
#include "engine/commandqueue.h"
#include "engine/engine.h"
#include "engine/workfloweditor.h"
#include "security/passwordhasher.h"
#include "store/instance.h"
#include "store/operatorrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

struct Settings
{
    // 500 activities per workflow, as in the issue's 100,000 in 200; the default total is smaller so that a
    // default run (6 figures × 3 repeats) stays within a few minutes at the engine's present speed.
    int activities = 20'000;
    int workflows = 40;
    int repeat = 3;
    bool postgres = true;
    bool jobs = true;
    int timeoutSeconds = 300;
    bool keep = false; // leave the SQLite instances behind, for EXPLAIN QUERY PLAN and counting
    bool joinIndex = false; // experiment: the index proposed in docs/performance.md, created before the engine starts
};

// One engine measurement.
struct Measure
{
    double seconds = 0;
    qint64 tasks = 0;
    double perSecond() const { return seconds > 0 ? double(tasks) / seconds : 0; }
    QStringList problems; // a run that did not end, an activity run twice, a task missing
    QString detail; // e.g. runs per node
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

// ---- the workflows -----------------------------------------------------------------------------------

// `count` activities: start → [job "rows"] → (fork ⇉ andJoin)… → end. The fork's two transitions both lead
// to the join, so every pair moves two tokens and joins them; an odd count gets one fork with two side ends.
// Each activity runs exactly once per run.
Result<QByteArray> definitionXml(const QString &name, int count, bool withJob)
{
    int body = count - 2 - (withJob ? 1 : 0);
    if (body < 0 || body == 1)
        return fail(u"%1 activities per workflow cannot be laid out (need 2, or at least 4)"_s.arg(count));
    QStringList parts; // element templates; "%NEXT%" is the name of the activity that follows
    QStringList names;
    if (withJob) {
        names << u"work"_s;
        parts
            << u"<job name=\"work\" job=\"rows\"><param name=\"count\" value=\"1\"/><transition to=\"%NEXT%\"/></job>"_s;
    }
    if (body % 2 == 1) {
        names << u"side"_s;
        parts << u"<fork name=\"side\"><transition name=\"a\" to=\"%NEXT%\"/><transition name=\"b\" to=\"sideA\"/>"
                 "<transition name=\"c\" to=\"sideB\"/></fork><end name=\"sideA\"/><end name=\"sideB\"/>"_s;
        body -= 3;
    }
    for (int i = 0; i < body / 2; ++i) {
        names << u"f%1"_s.arg(i);
        parts << u"<fork name=\"f%1\"><transition name=\"a\" to=\"j%1\"/><transition name=\"b\" to=\"j%1\"/></fork>"
                 "<andJoin name=\"j%1\"><transition to=\"%NEXT%\"/></andJoin>"_s.arg(i);
    }
    names << u"end"_s;
    QString xml = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workflow format=\"1\" name=\"%1\" label=\"Bench %1\">"
                  "<activities><start name=\"start\"><transition to=\"%2\"/></start>"_s.arg(name, names.first());
    for (qsizetype i = 0; i < parts.size(); ++i)
        xml += QString(parts[i]).replace(u"%NEXT%"_s, names[i + 1]);
    xml += u"<end name=\"end\"/></activities></workflow>"_s;
    return xml.toUtf8();
}

// ---- instances ---------------------------------------------------------------------------------------

struct Prepared
{
    std::shared_ptr<Instance> instance;
    double queueSeconds = 0; // queueing the start commands (not in the measured time)
};

// A fresh instance like EngineFixture's (seeded, shipped technical workflows set aside, an administrator),
// with W bench workflows saved and their start commands queued through CommandQueue as the administrator.
Result<Prepared> prepare(const InstanceLocation &location, const WorkflowCatalog &catalog, const Settings &s,
                         bool withJob)
{
    auto opened = Instance::open(location, Instance::OpenMode::CreateIfMissing);
    if (!opened)
        return std::unexpected(opened.error());
    Prepared p;
    p.instance = *opened;
    Instance &instance = *p.instance;
    if (auto seeded = instance.seed(catalog, u"bench"_s); !seeded)
        return std::unexpected(seeded.error());
    auto db = instance.database();
    if (!db)
        return std::unexpected(db.error());
    for (const QString &sql : {u"DELETE FROM commands"_s, u"UPDATE workflows SET state = 'edited'"_s})
        if (auto done = execute(*db, sql); !done)
            return std::unexpected(done.error());
    auto hash = PasswordHasher::hash(u"bench-password"_s);
    if (!hash)
        return std::unexpected(hash.error());
    auto admin = OperatorRepository(*db).create({0, u"admin"_s, u"admin"_s, *hash, false}, {u"admin"_s});
    if (!admin)
        return std::unexpected(admin.error());

    QStringList names;
    WorkflowEditor editor(instance, catalog);
    for (int w = 0; w < s.workflows; ++w) {
        const QString name = u"bench%1"_s.arg(w, 4, 10, QChar(u'0'));
        const int count = s.activities / s.workflows + (w < s.activities % s.workflows ? 1 : 0);
        auto xml = definitionXml(name, count, withJob);
        if (!xml)
            return std::unexpected(xml.error());
        auto definition = DefinitionReader::read(*xml, name);
        if (!definition)
            return fail(joined(definition.error()));
        if (auto saved = editor.save(*admin, *definition, u"administration/production"_s); !saved)
            return fail(saved.error().toString());
        names << name;
    }
    if (s.joinIndex)
        if (auto made = execute(*db, u"CREATE INDEX bench_events_join ON events (run_id, to_activity, consumed_at)"_s);
            !made)
            return std::unexpected(made.error());
    QElapsedTimer timer;
    timer.start();
    CommandQueue queue(instance);
    for (const QString &name : std::as_const(names))
        if (auto queued = queue.submit(*admin, {name, WorkflowCommand::Start, {}}); !queued)
            return std::unexpected(queued.error());
    p.queueSeconds = double(timer.nsecsElapsed()) / 1e9;
    return p;
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    auto value = scalar(db, sql, {}, -1);
    return value ? value->toLongLong() : -1;
}

// Starts one engine per instance (node bench-1, bench-2, …), waits until every run has ended, stops them,
// and checks what they recorded.
Measure runEngines(const QList<std::shared_ptr<Instance>> &instances, const Settings &s, bool withJob)
{
    Measure m;
    auto db = instances.first()->database();
    if (!db) {
        m.problems << db.error().message;
        return m;
    }
    std::vector<std::unique_ptr<Engine>> engines;
    for (qsizetype i = 0; i < instances.size(); ++i) {
        EngineOptions options;
        options.nodeName = u"bench-%1"_s.arg(i + 1);
        options.jobs = testJobs();
        engines.push_back(std::make_unique<Engine>(instances[i], options));
    }
    // Runs are created by the engine when it applies the start commands; the bench waits until all W of them
    // exist and none is running. Polled every 5 ms on the bench thread's own connection.
    const QString ended = u"SELECT COUNT(*) FROM runs WHERE status <> 'running'"_s;
    QElapsedTimer timer;
    timer.start();
    for (auto &engine : engines)
        engine->start();
    bool done = false;
    while (!done && timer.elapsed() < qint64(s.timeoutSeconds) * 1000) {
        QThread::msleep(5);
        QCoreApplication::processEvents(); // the engines' workflowsChanged signals
        done = count(*db, ended) >= s.workflows;
    }
    m.seconds = double(timer.nsecsElapsed()) / 1e9;
    for (auto &engine : engines)
        engine->stop();
    engines.clear();
    QCoreApplication::processEvents();

    if (!done)
        m.problems << u"timed out after %1 s: %2 of %3 runs ended"_s.arg(s.timeoutSeconds)
                          .arg(count(*db, ended))
                          .arg(s.workflows);
    m.tasks = count(*db, u"SELECT COUNT(*) FROM tasks"_s);
    if (m.tasks != s.activities)
        m.problems << u"%1 tasks recorded for %2 activities"_s.arg(m.tasks).arg(s.activities);
    if (const qint64 twice = count(*db,
                                   u"SELECT COUNT(*) FROM (SELECT run_id, activity FROM tasks "
                                   "GROUP BY run_id, activity HAVING COUNT(*) > 1) d"_s);
        twice != 0)
        m.problems << u"%1 activities ran more than once in a run"_s.arg(twice);
    if (const qint64 runs = count(*db, u"SELECT COUNT(*) FROM runs"_s); runs != s.workflows)
        m.problems << u"%1 runs for %2 workflows"_s.arg(runs).arg(s.workflows);
    if (const qint64 bad = count(*db, u"SELECT COUNT(*) FROM runs WHERE status <> 'succeeded' OR node IS NULL"_s);
        bad != 0)
        m.problems << u"%1 runs not succeeded or without a node"_s.arg(bad);
    if (withJob) {
        // Job tasks are the ones a node claims: each must name one node and have run once.
        if (const qint64 bad = count(*db,
                                     u"SELECT COUNT(*) FROM tasks WHERE activity = 'work' "
                                     "AND (node IS NULL OR node = '' OR attempt <> 1 OR state <> 'done')"_s);
            bad != 0)
            m.problems << u"%1 job tasks without exactly one node and one attempt"_s.arg(bad);
    }
    if (instances.size() > 1) {
        QStringList split;
        if (auto nodes = execute(*db, u"SELECT node, COUNT(*) FROM runs GROUP BY node ORDER BY node"_s))
            while (nodes->next())
                split << u"%1: %2"_s.arg(nodes->value(0).toString()).arg(nodes->value(1).toLongLong());
        if (withJob)
            if (auto nodes = execute(*db,
                                     u"SELECT node, COUNT(*) FROM tasks WHERE activity = 'work' "
                                     "GROUP BY node ORDER BY node"_s))
                while (nodes->next())
                    split << u"jobs on %1: %2"_s.arg(nodes->value(0).toString()).arg(nodes->value(1).toLongLong());
        m.detail = u"runs by node: "_s + split.join(u", "_s);
    }
    return m;
}

// ---- the floor ---------------------------------------------------------------------------------------

// N × (BEGIN [IMMEDIATE]; INSERT INTO t (x) VALUES (?); COMMIT), with a prepared INSERT; tx/s.
Result<double> floorRate(QSqlDatabase db, Dialect dialect, int transactions)
{
    const bool sqlite = dialect == Dialect::Sqlite;
    const QStringList setup = sqlite
        ? QStringList{u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s, u"PRAGMA synchronous=NORMAL"_s,
                      u"CREATE TABLE t (id INTEGER PRIMARY KEY, x INTEGER NOT NULL)"_s}
        : QStringList{u"SET TIME ZONE 'UTC'"_s, u"CREATE TABLE t (id BIGSERIAL PRIMARY KEY, x BIGINT NOT NULL)"_s};
    for (const QString &sql : setup)
        if (auto done = execute(db, sql); !done)
            return std::unexpected(done.error());
    QSqlQuery begin(db);
    QSqlQuery insert(db);
    if ((sqlite && !begin.prepare(u"BEGIN IMMEDIATE"_s)) || !insert.prepare(u"INSERT INTO t (x) VALUES (?)"_s))
        return fail(u"cannot prepare: %1"_s.arg(insert.lastError().text()));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < transactions; ++i) {
        if (sqlite ? !begin.exec() : !db.transaction())
            return fail(u"BEGIN failed: %1"_s.arg(db.lastError().text()));
        insert.bindValue(0, i);
        if (!insert.exec())
            return fail(u"INSERT failed: %1"_s.arg(insert.lastError().text()));
        if (!db.commit())
            return fail(u"COMMIT failed: %1"_s.arg(db.lastError().text()));
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (auto rows = scalar(db, u"SELECT COUNT(*) FROM t"_s); !rows || rows->toInt() != transactions)
        return fail(u"the floor table does not hold %1 rows"_s.arg(transactions));
    return double(transactions) / seconds;
}

Result<double> sqliteFloor(int transactions)
{
    QTemporaryDir dir;
    const QString name = u"bench-floor-sqlite"_s;
    Result<double> rate;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dir.filePath(u"floor.sqlite"_s));
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        rate = db.open() ? floorRate(db, Dialect::Sqlite, transactions)
                         : fail(u"cannot open the floor file: %1"_s.arg(db.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rate;
}

Result<double> postgresFloor(testing::PostgresServer &server, int transactions)
{
    QString error;
    const QString database = server.createDatabase(u"floor"_s, &error);
    if (database.isEmpty())
        return fail(error);
    const QString name = u"bench-floor-pg"_s;
    Result<double> rate;
    {
        QSqlDatabase db = server.connect(database, name);
        rate = db.isOpen() ? floorRate(db, Dialect::Postgres, transactions)
                           : fail(u"cannot connect: %1"_s.arg(db.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rate;
}

// ---- figures -----------------------------------------------------------------------------------------

struct Row
{
    QString label;
    QList<double> rates; // activities/s, one per repeat
    QList<double> seconds;
    QList<double> floors; // tx/s in the same repeat
    QStringList problems;
    QString detail;
};

void printRow(const Row &row)
{
    QList<double> ratios;
    for (qsizetype i = 0; i < row.rates.size() && i < row.floors.size(); ++i)
        ratios << (row.floors[i] > 0 ? row.rates[i] / row.floors[i] : 0);
    const double floor = median(row.floors);
    std::printf("%-44s %9.2f s %12.0f %12s %8s\n", qPrintable(row.label), median(row.seconds), median(row.rates),
                floor > 0 ? qPrintable(QString::number(floor, 'f', 0)) : "-",
                ratios.isEmpty() ? "-" : qPrintable(u"%1 %"_s.arg(median(ratios) * 100, 0, 'f', 0)));
    QStringList each;
    for (double r : row.rates)
        each << QString::number(r, 'f', 0);
    std::printf("%-44s   (each: %s activities/s)%s%s\n", "", qPrintable(each.join(u", "_s)),
                row.detail.isEmpty() ? "" : "\n                                               ",
                qPrintable(row.detail));
    for (const QString &problem : row.problems)
        std::printf("%-44s   PROBLEM: %s\n", "", qPrintable(problem));
    std::fflush(stdout);
}

void record(Row &row, const Measure &m, std::optional<double> floor)
{
    row.rates << m.perSecond();
    row.seconds << m.seconds;
    if (floor)
        row.floors << *floor;
    row.problems << m.problems;
    if (!m.detail.isEmpty())
        row.detail = m.detail;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"engine-dispatch: trivial activities through the persisted engine"_s);
    parser.addHelpOption();
    const QCommandLineOption activitiesOption(u"activities"_s, u"Activities in all (default 20000)."_s, u"N"_s);
    const QCommandLineOption workflowsOption(u"workflows"_s, u"Workflows they are spread over (default 40)."_s, u"W"_s);
    const QCommandLineOption repeatOption(u"repeat"_s,
                                          u"Runs per figure, each on a fresh instance; the median is "
                                          "shown (default 3)."_s,
                                          u"R"_s);
    const QCommandLineOption noPostgres(u"no-postgres"_s, u"SQLite only."_s);
    const QCommandLineOption noJobs(u"no-jobs"_s, u"Skip the figures with one job per workflow."_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, u"Longest wait for one run, in seconds (default 300)."_s,
                                           u"S"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Keep the SQLite instance files and print where they are."_s);
    const QCommandLineOption joinIndexOption(
        u"join-index"_s, u"Experiment: add an index on events (run_id, to_activity, consumed_at) first."_s);
    parser.addOptions({activitiesOption, workflowsOption, repeatOption, noPostgres, noJobs, timeoutOption, keepOption,
                       joinIndexOption});
    parser.process(app);
    Settings s;
    if (parser.isSet(activitiesOption))
        s.activities = parser.value(activitiesOption).toInt();
    if (parser.isSet(workflowsOption))
        s.workflows = parser.value(workflowsOption).toInt();
    if (parser.isSet(repeatOption))
        s.repeat = std::max(1, parser.value(repeatOption).toInt());
    if (parser.isSet(timeoutOption))
        s.timeoutSeconds = std::max(1, parser.value(timeoutOption).toInt());
    s.postgres = !parser.isSet(noPostgres);
    s.jobs = !parser.isSet(noJobs);
    s.keep = parser.isSet(keepOption);
    s.joinIndex = parser.isSet(joinIndexOption);
    if (s.workflows < 1 || s.activities < 2 * s.workflows) {
        std::fprintf(stderr, "need at least 1 workflow and 2 activities per workflow\n");
        return 2;
    }

    auto catalog = WorkflowCatalog::load();
    if (!catalog) {
        std::fprintf(stderr, "catalog does not load: %s\n", qPrintable(joined(catalog.error())));
        return 1;
    }
    say(u"engine-dispatch: %1 activities in %2 workflows (start → fork ⇉ andJoin … → end), median of %3 run(s), "
        "each on a fresh instance; engine defaults (4 workers, 250 ms tick); start commands queued through "
        "CommandQueue before the engine starts, the time runs from Engine::start() until every run has ended"_s
            .arg(s.activities)
            .arg(s.workflows)
            .arg(s.repeat));
    std::printf("%-44s %11s %12s %12s %8s\n", "figure", "time", "activities/s", "floor tx/s", "ratio");
    bool failed = false;

    const auto sqliteScenario = [&](const QString &label, bool withJob, bool withFloor) {
        Row row;
        row.label = label;
        double queue = 0;
        for (int r = 0; r < s.repeat; ++r) {
            QTemporaryDir dir;
            InstanceLocation location;
            location.path = dir.filePath(u"engine.sqlite"_s);
            if (s.keep) {
                dir.setAutoRemove(false);
                say(u"(kept: %1)"_s.arg(location.path));
            }
            auto prepared = prepare(location, *catalog, s, withJob);
            if (!prepared) {
                row.problems << prepared.error().message;
                break;
            }
            queue += prepared->queueSeconds;
            const Measure m = runEngines({prepared->instance}, s, withJob);
            std::optional<double> floor;
            if (withFloor) {
                auto rate = sqliteFloor(s.activities);
                if (!rate)
                    row.problems << rate.error().message;
                else
                    floor = *rate;
            }
            record(row, m, floor);
        }
        row.detail
            = u"queueing the %1 start commands took %2 ms"_s.arg(s.workflows).arg(queue / s.repeat * 1000, 0, 'f', 0);
        failed = failed || !row.problems.isEmpty();
        printRow(row);
    };
    sqliteScenario(u"SQLite, trivial activities"_s, false, true);
    if (s.jobs)
        sqliteScenario(u"SQLite, + 1 job \"rows\" per workflow (pool)"_s, true, false);

    if (s.postgres) {
        QString why;
        testing::PostgresServer server;
        if (!server.start(&why)) {
            say(u"PostgreSQL: skipped, the throwaway server cannot start: %1"_s.arg(why.section(u'\n', 0, 0)));
        } else {
            // The trivial figures measure the floor in each repeat; the job figures print none.
            const auto pgScenario = [&](const QString &label, int nodes, bool withJob, bool withFloor) {
                Row row;
                row.label = label;
                for (int r = 0; r < s.repeat; ++r) {
                    QString error;
                    const QString database = server.createDatabase(u"engine"_s, &error);
                    if (database.isEmpty()) {
                        row.problems << error;
                        break;
                    }
                    InstanceLocation location;
                    location.dialect = Dialect::Postgres;
                    location.host = server.host();
                    location.port = server.port();
                    location.database = database;
                    location.user = server.user();
                    location.password = server.password();
                    auto prepared = prepare(location, *catalog, s, withJob);
                    if (!prepared) {
                        row.problems << prepared.error().message;
                        break;
                    }
                    QList<std::shared_ptr<Instance>> instances{prepared->instance};
                    for (int n = 1; n < nodes; ++n) {
                        auto other = Instance::open(location, Instance::OpenMode::MustExist);
                        if (!other) {
                            row.problems << other.error().message;
                            break;
                        }
                        instances << *other;
                    }
                    const Measure m = runEngines(instances, s, withJob);
                    std::optional<double> floor;
                    if (withFloor) {
                        auto rate = postgresFloor(server, s.activities);
                        if (!rate)
                            row.problems << rate.error().message;
                        else
                            floor = *rate;
                    }
                    record(row, m, floor);
                }
                failed = failed || !row.problems.isEmpty();
                printRow(row);
            };
            pgScenario(u"PostgreSQL, 1 node, trivial activities"_s, 1, false, true);
            pgScenario(u"PostgreSQL, 2 nodes, trivial activities"_s, 2, false, true);
            if (s.jobs) {
                pgScenario(u"PostgreSQL, 1 node, + 1 job per workflow"_s, 1, true, false);
                pgScenario(u"PostgreSQL, 2 nodes, + 1 job per workflow"_s, 2, true, false);
            }
        }
    }
    return failed ? 1 : 0;
}
