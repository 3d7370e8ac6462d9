#include "goldenjob.h"

#include "core/executionstatus.h"
#include "jobs/standardjobs.h"
#include "store/migrator.h"
#include "store/sqlsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlError>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace golden {

namespace {

constexpr qint64 hourMs = 3600 * 1000;

bool updating()
{
    return qEnvironmentVariableIntValue("NIGHTSHIFT_UPDATE_GOLDEN") == 1;
}

QString readText(const QString &path, bool *exists = nullptr)
{
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly | QIODevice::Text);
    if (exists)
        *exists = opened;
    return opened ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text | QIODevice::Truncate))
        return false;
    file.write(text.toUtf8());
    return true;
}

// @NOW@, @DAYS_AGO(n)@, @HOURS_AGO(n)@, @DAYS_AHEAD(n)@ → milliseconds since the epoch.
QString expandTimes(QString sql, qint64 now)
{
    static const QRegularExpression token(u"@(NOW|DAYS_AGO|HOURS_AGO|DAYS_AHEAD)(?:\\((\\d+)\\))?@"_s);
    QString result;
    qsizetype last = 0;
    for (auto it = token.globalMatch(sql); it.hasNext();) {
        const auto match = it.next();
        const qint64 n = match.captured(2).toLongLong();
        const QString kind = match.captured(1);
        const qint64 at = kind == u"NOW"_s          ? now
                          : kind == u"DAYS_AGO"_s   ? now - n * 24 * hourMs
                          : kind == u"HOURS_AGO"_s  ? now - n * hourMs
                                                    : now + n * 24 * hourMs;
        result += sql.mid(last, match.capturedStart() - last) + QString::number(at);
        last = match.capturedEnd();
    }
    return result + sql.mid(last);
}

struct Block
{
    QString query;
    QStringList expected;
};

QList<Block> readBlocks(const QString &text)
{
    QList<Block> blocks;
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(u"> "_s))
            blocks.append({line.mid(2).trimmed(), {}});
        else if (!blocks.isEmpty() && !line.isEmpty())
            blocks.last().expected << line;
    }
    return blocks;
}

QString cellText(const QVariant &value)
{
    if (value.isNull())
        return u"NULL"_s;
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 12);
    return value.toString();
}

std::optional<QStringList> rows(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = u"%1: %2"_s.arg(sql, query.lastError().text());
        return std::nullopt;
    }
    QStringList lines;
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells << cellText(query.value(i));
        lines << cells.join(u'\t');
    }
    return lines;
}

QString differences(const QString &what, const QStringList &expected, const QStringList &actual)
{
    if (expected == actual)
        return {};
    return u"%1\n--- expected (%2 lines)\n%3\n--- actual (%4 lines)\n%5"_s.arg(
        what, QString::number(expected.size()), expected.join(u'\n'), QString::number(actual.size()),
        actual.join(u'\n'));
}

} // namespace

QString folder(const QString &job)
{
    return QStringLiteral(NIGHTSHIFT_TEST_DATA) + u"/jobs/"_s + job;
}

QString maskDurations(QString line)
{
    static const QRegularExpression duration(u"\\b\\d+(?:\\.\\d+)? ms\\b"_s);
    return line.replace(duration, u"# ms"_s);
}

QString seed(EngineFixture &f, const QString &job)
{
    bool exists = false;
    const QString sql = readText(folder(job) + u"/before.sql"_s, &exists);
    if (!exists)
        return u"%1/before.sql cannot be read"_s.arg(folder(job));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &statement : Migrator::statements(expandTimes(sql, now)))
        if (!f.exec(statement))
            return u"before.sql of %1: this statement failed: %2"_s.arg(job, statement);
    return {};
}

QMap<QString, QString> parameters(const QString &job)
{
    QMap<QString, QString> result;
    for (const QString &line : readText(folder(job) + u"/parameters.txt"_s).split(u'\n')) {
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            result.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return result;
}

Outcome run(EngineFixture &f, Job &job, const QString &name, Cancel cancel, const QMap<QString, QString> &extra)
{
    QMap<QString, QString> values = parameters(name);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        values.insert(it.key(), it.value());
    JobContext::Reporting reporting;
    QStringList journal;
    int reports = 0;
    reporting.onReport = [&] {
        if (cancel.afterReports > 0 && ++reports >= cancel.afterReports)
            reporting.cancelled = true;
    };
    auto db = f.instance->database();
    JobContext context(
        *db, f.instance->dialect(), values, {}, reporting,
        [&](JournalLevel level, const QString &line) {
            journal << maskDurations(u"%1: %2"_s.arg(journalLevelName(level), line));
            if (cancel.afterLines > 0 && journal.size() >= cancel.afterLines)
                reporting.cancelled = true;
        },
        false);
    Status status = job.run(context);
    return {.status = std::move(status), .journal = journal};
}

QString compareRows(EngineFixture &f, const QString &job)
{
    const QString path = folder(job) + u"/after.txt"_s;
    bool exists = false;
    const QList<Block> blocks = readBlocks(readText(path, &exists));
    if (!exists || blocks.isEmpty())
        return u"%1 is missing or has no \"> SELECT …\" block"_s.arg(path);
    auto db = f.instance->database();
    QString report;
    QString rewritten;
    for (const Block &block : blocks) {
        QString error;
        const auto actual = rows(*db, block.query, &error);
        if (!actual)
            return error;
        rewritten += u"> "_s + block.query + u'\n' + actual->join(u'\n') + (actual->isEmpty() ? u""_s : u"\n"_s)
                     + u'\n';
        const QString difference = differences(block.query, block.expected, *actual);
        if (!difference.isEmpty())
            report += difference + u"\n\n"_s;
    }
    if (updating() && !report.isEmpty())
        return writeText(path, rewritten) ? QString() : u"cannot write %1"_s.arg(path);
    return report.trimmed();
}

QString compareJournal(const Outcome &outcome, const QString &job)
{
    const QString path = folder(job) + u"/journal.txt"_s;
    const QStringList expected = readText(path).split(u'\n', Qt::SkipEmptyParts);
    const QString difference = differences(u"journal of %1"_s.arg(job), expected, outcome.journal);
    if (updating() && !difference.isEmpty())
        return writeText(path, outcome.journal.join(u'\n') + u'\n') ? QString() : u"cannot write %1"_s.arg(path);
    return difference;
}

QString setUp(EngineFixture &f, const QString &job)
{
    QString error;
    if (!f.setUp(&error))
        return error;
    return seed(f, job);
}

QString checkRun(EngineFixture &f, Job &job, const QString &name, Outcome *outcome,
                 const QMap<QString, QString> &extra)
{
    Outcome ran = run(f, job, name, {}, extra);
    if (!ran.status)
        return u"the run of %1 failed: %2\n%3"_s.arg(name, ran.status.error().message, ran.journal.join(u'\n'));
    QString difference = compareRows(f, name);
    if (difference.isEmpty())
        difference = compareJournal(ran, name);
    if (outcome)
        *outcome = std::move(ran);
    return difference;
}

QString checkInterruptedThenRerun(EngineFixture &f, Job &job, const QString &name, int afterReports,
                                  const QString &cancelledPrefix, const std::function<QString()> &meanwhile)
{
    const Outcome interrupted = run(f, job, name, {.afterReports = afterReports});
    if (interrupted.status)
        return u"%1 was not interrupted after report %2:\n%3"_s.arg(name).arg(afterReports)
            .arg(interrupted.journal.join(u'\n'));
    if (!interrupted.status.error().message.startsWith(cancelledPrefix))
        return u"%1 interrupted after report %2 failed with \"%3\", not \"%4…\""_s.arg(name).arg(afterReports)
            .arg(interrupted.status.error().message, cancelledPrefix);
    if (meanwhile) {
        if (const QString wrong = meanwhile(); !wrong.isEmpty())
            return u"after the interruption: "_s + wrong;
    }
    const Outcome rerun = run(f, job, name);
    if (!rerun.status)
        return u"the rerun of %1 failed: %2"_s.arg(name, rerun.status.error().message);
    return compareRows(f, name);
}

void addReportRows(int last)
{
    QTest::addColumn<int>("afterReports");
    for (int reports = 1; reports <= last; ++reports)
        QTest::addRow("after report %d", reports) << reports;
}

QString runShippedWorkflow(EngineFixture &f, const QString &workflow, int timeoutMs)
{
    const qint64 id = f.workflowId(workflow);
    if (id == 0)
        return u"no workflow %1"_s.arg(workflow);
    if (!f.exec(u"UPDATE workflows SET state = 'started' WHERE id = ?"_s, {id})
        || !f.exec(u"INSERT INTO tasks (workflow_id, activity, state, created_at, wake_at, affinity) "
                   "VALUES (?, 'schedule', 'armed', ?, ?, '')"_s,
                   {id, nowMs(), nowMs()}))
        return u"cannot start %1 with its schedule armed"_s.arg(workflow);
    f.options.jobs = standardJobs();
    f.startEngine();
    const auto ended = [&] {
        return f.count(u"SELECT COUNT(*) FROM runs WHERE workflow_id = ? AND status <> 'running'"_s, {id});
    };
    const bool inTime = QTest::qWaitFor([&] { return ended() > 0; }, timeoutMs);
    f.stopEngine();
    const int runs = ended();
    const int succeeded = f.count(u"SELECT COUNT(*) FROM runs WHERE workflow_id = ? AND status = 'succeeded'"_s, {id});
    if (!inTime || runs != 1 || succeeded != 1)
        return u"%1: %2 run(s) ended within %3 ms, %4 succeeded (one expected):\n%5"_s.arg(workflow)
            .arg(runs)
            .arg(timeoutMs)
            .arg(succeeded)
            .arg(f.journal(workflow).join(u'\n'));
    return {};
}

QString openOnPostgres(EngineFixture &f, testing::PostgresServer &server, const QString &database,
                       const WorkflowCatalog *seedWith, const QString &admin)
{
    QString error;
    InstanceLocation location{.dialect = Dialect::Postgres, .path = {}, .host = server.host(),
                              .port = server.port(), .database = server.createDatabase(database, &error),
                              .user = server.user(), .password = server.password()};
    if (location.database.isEmpty())
        return error;
    auto opened = Instance::open(location, Instance::OpenMode::CreateIfMissing);
    if (!opened)
        return opened.error().message;
    f.instance = *opened;
    if (seedWith) {
        if (auto seeded = f.instance->seed(*seedWith, admin); !seeded)
            return seeded.error().message;
    }
    return {};
}

QString startPostgres(testing::PostgresServer &server)
{
    QString why;
    if (!testing::PostgresServer::serverBinariesAvailable(&why))
        return u"PostgreSQL is required (scripts/bootstrap.sh installs it): "_s + why;
    return server.start(&why) ? QString() : why;
}

QString PostgresInstance::start(const QString &database, const WorkflowCatalog *seedWith, const QString &admin)
{
    const QString error = startPostgres(server);
    return error.isEmpty() ? openOnPostgres(fixture, server, database, seedWith, admin) : error;
}

QString checkOnPostgres(Job &job, const QString &name, const QString &database, const WorkflowCatalog *seedWith)
{
    PostgresInstance pg;
    QString error = pg.start(database, seedWith, u"test"_s);
    if (error.isEmpty())
        error = seed(pg.fixture, name);
    return error.isEmpty() ? checkRun(pg.fixture, job, name) : error;
}

} // namespace golden
