#include "historydata.h"

#include "core/executionstatus.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::HistoryData)
};

constexpr int ComparedLines = 100000; // journal lines per run in a comparison

const QString RunColumns
    = u"id, trigger, operator, started_at, ended_at, status, error, parameters, rows_processed"_s;

RunRecord runRecord(const QSqlQuery &q)
{
    return RunRecord{.id = q.value(0).toLongLong(),
                     .trigger = q.value(1).toString(),
                     .operatorLogin = q.value(2).toString(),
                     .startedAt = q.value(3).toLongLong(),
                     .endedAt = q.value(4).isNull() ? std::nullopt : std::optional(q.value(4).toLongLong()),
                     .status = q.value(5).toString(),
                     .error = q.value(6).toString(),
                     .parameters = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object().toVariantMap(),
                     .rowsProcessed = q.value(8).toLongLong()};
}

Result<RunRecord> readRun(const QSqlDatabase &db, qint64 runId)
{
    auto q = execute(db, u"SELECT %1 FROM runs WHERE id = ?"_s.arg(RunColumns), {runId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Text::tr("Run %1 no longer exists.").arg(runId));
    return runRecord(*q);
}

} // namespace

Result<QList<RunRecord>> readRuns(Instance &instance, qint64 workflowId, const std::optional<RunRecord> &after,
                                  int limit)
{
    auto db = instance.database();
    if (!db)
        return std::unexpected(db.error());
    // "started_at <= ?" lets the index range start at the page's edge; the OR sorts out runs started together.
    auto q = after ? execute(*db,
                             u"SELECT %1 FROM runs WHERE workflow_id = ? AND started_at <= ? "
                             "AND (started_at < ? OR id < ?) ORDER BY started_at DESC, id DESC LIMIT ?"_s.arg(RunColumns),
                             {workflowId, after->startedAt, after->startedAt, after->id, limit})
                   : execute(*db,
                             u"SELECT %1 FROM runs WHERE workflow_id = ? ORDER BY started_at DESC, id DESC LIMIT ?"_s.arg(
                                 RunColumns),
                             {workflowId, limit});
    if (!q)
        return std::unexpected(q.error());
    QList<RunRecord> runs;
    while (q->next())
        runs << runRecord(*q);
    return runs;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    const auto middle = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2)
        return *middle;
    const double upper = *middle;
    const double lower = *std::max_element(values.begin(), middle);
    return (lower + upper) / 2;
}

QList<DurationPoint> downsample(const QList<DurationPoint> &points, int maxPoints)
{
    if (points.size() <= maxPoints || maxPoints < 2)
        return points;
    const qsizetype groups = maxPoints / 2;
    QList<DurationPoint> kept;
    kept.reserve(groups * 2);
    for (qsizetype g = 0; g < groups; ++g) {
        const qsizetype begin = points.size() * g / groups, end = points.size() * (g + 1) / groups;
        qsizetype longest = begin, shortest = begin, failed = -1;
        for (qsizetype i = begin; i < end; ++i) {
            if (points[i].seconds > points[longest].seconds)
                longest = i;
            if (points[i].seconds < points[shortest].seconds)
                shortest = i;
            if (points[i].failed && failed < 0)
                failed = i;
        }
        const qsizetype other = failed >= 0 && failed != longest ? failed : shortest;
        if (other == longest)
            kept << points[longest];
        else // in time order
            kept << points[std::min(longest, other)] << points[std::max(longest, other)];
    }
    return kept;
}

Result<DurationSeries> readDurations(Instance &instance, qint64 workflowId, int maxPoints)
{
    auto db = instance.database();
    if (!db)
        return std::unexpected(db.error());
    auto q = execute(*db,
                     u"SELECT started_at, ended_at, status FROM runs WHERE workflow_id = ? AND ended_at IS NOT NULL "
                     "ORDER BY started_at, id"_s,
                     {workflowId});
    if (!q)
        return std::unexpected(q.error());
    QList<DurationPoint> points;
    QList<double> seconds;
    const QString failed = runStatusName(RunStatus::Failed);
    while (q->next()) {
        const double s = double(q->value(1).toLongLong() - q->value(0).toLongLong()) / 1000.0;
        points << DurationPoint{.startedAt = q->value(0).toLongLong(), .seconds = s,
                                .failed = q->value(2).toString() == failed};
        seconds << s;
    }
    DurationSeries series;
    series.runs = points.size();
    series.medianSeconds = median(std::move(seconds));
    series.downsampled = points.size() > maxPoints;
    series.points = downsample(points, maxPoints);
    return series;
}

Result<QList<GanttRow>> readGantt(Instance &instance, qint64 runId)
{
    auto db = instance.database();
    if (!db)
        return std::unexpected(db.error());
    auto q = execute(*db,
                     u"SELECT id, activity, state, created_at, started_at, ended_at, attempt FROM tasks "
                     "WHERE run_id = ? ORDER BY COALESCE(started_at, created_at), id"_s,
                     {runId});
    if (!q)
        return std::unexpected(q.error());
    const qint64 now = nowMs();
    QList<GanttRow> rows;
    while (q->next()) {
        const qint64 start = q->value(4).isNull() ? q->value(3).toLongLong() : q->value(4).toLongLong();
        const QString state = q->value(2).toString();
        const auto taskState = taskStateFromName(state);
        qint64 end = start; // never started (skipped, cancelled while waiting): a mark, not a bar
        if (!q->value(5).isNull())
            end = q->value(5).toLongLong();
        else if (taskState && !isTerminal(*taskState))
            end = std::max(start, now);
        rows << GanttRow{.taskId = q->value(0).toLongLong(),
                         .activity = q->value(1).toString(),
                         .state = state,
                         .start = start,
                         .end = end,
                         .attempt = q->value(6).toInt()};
    }
    return rows;
}

QString maskNumbers(const QString &message)
{
    static const QRegularExpression numbers(u"\\d+"_s);
    return QString(message).replace(numbers, u"#"_s);
}

Result<RunComparison> compareRuns(Instance &instance, qint64 firstRunId, qint64 secondRunId)
{
    auto db = instance.database();
    if (!db)
        return std::unexpected(db.error());
    RunComparison c;
    for (auto [id, run] : {std::pair{firstRunId, &c.first}, std::pair{secondRunId, &c.second}}) {
        auto record = readRun(*db, id);
        if (!record)
            return std::unexpected(record.error());
        *run = std::move(*record);
    }

    QStringList names = c.first.parameters.keys() + c.second.parameters.keys();
    names.sort();
    names.removeDuplicates();
    for (const QString &name : names)
        c.parameters << RunComparison::Parameter{.name = name,
                                                 .first = c.first.parameters.value(name).toString(),
                                                 .second = c.second.parameters.value(name).toString()};

    // Per activity: how many executions and their time, in the order the activities first ran in either run.
    QHash<QString, qsizetype> activityRow;
    for (int side = 0; side < 2; ++side) {
        auto q = execute(*db,
                         u"SELECT activity, COUNT(*), SUM(ended_at - started_at), MIN(COALESCE(started_at, created_at)) "
                         "FROM tasks WHERE run_id = ? GROUP BY activity ORDER BY 4, 1"_s,
                         {side == 0 ? firstRunId : secondRunId});
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            const QString activity = q->value(0).toString();
            if (!activityRow.contains(activity)) {
                activityRow.insert(activity, c.activities.size());
                c.activities << RunComparison::ActivityFigures{.activity = activity};
            }
            RunComparison::ActivityFigures &figures = c.activities[activityRow.value(activity)];
            (side == 0 ? figures.firstCount : figures.secondCount) = q->value(1).toInt();
            (side == 0 ? figures.firstMs : figures.secondMs) = q->value(2).toLongLong();
        }
    }

    // Journal: the messages with their numbers masked, counted per run; those counted differently are the news.
    QHash<QString, std::pair<int, int>> counts;
    QStringList order;
    for (int side = 0; side < 2; ++side) {
        auto q = execute(*db, u"SELECT message FROM journal WHERE run_id = ? ORDER BY id LIMIT ?"_s,
                         {side == 0 ? firstRunId : secondRunId, ComparedLines + 1});
        if (!q)
            return std::unexpected(q.error());
        int lines = 0;
        while (q->next()) {
            if (++lines > ComparedLines) {
                c.journalTruncated = true;
                break;
            }
            const QString message = maskNumbers(q->value(0).toString());
            auto it = counts.find(message);
            if (it == counts.end()) {
                it = counts.insert(message, {0, 0});
                order << message;
            }
            (side == 0 ? it->first : it->second) += 1;
        }
    }
    for (const QString &message : order) {
        const auto [first, second] = counts.value(message);
        if (first != second)
            c.journal << RunComparison::MessageDifference{.message = message, .firstCount = first, .secondCount = second};
    }
    return c;
}

} // namespace nightshift
