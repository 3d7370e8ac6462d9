#include "heatmapquery.h"

#include "heatmapprojection.h"
#include "jobs/defaultinstall/heatmapcollectorjob.h"
#include "security/principalloader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::HeatMapQuery)
};

bool projectedPasses(const ProjectedRun &run, const HeatMapFilter &filter)
{
    const QString text = filter.text.trimmed();
    return run.durationMs >= filter.minDurationMs && (filter.workflowId == 0 || run.workflowId == filter.workflowId)
        && (!filter.technical || *filter.technical == run.technical)
        && (text.isEmpty() || run.workflowName.contains(text, Qt::CaseInsensitive)
            || run.workflowLabel.contains(text, Qt::CaseInsensitive));
}

// A run's time as the collector counts it: at least one millisecond, up to now while it runs.
qint64 effectiveEnd(qint64 startedAt, qint64 endedAt, qint64 now)
{
    return std::max(startedAt + 1, endedAt > 0 ? endedAt : now);
}

// The runs during [from, to) that the store does not hold as ended: started since its last collection (minus
// its look-back), running, or left running in the store. Long runs started before `from` come from the partial
// index runs_heatmap_long (schema 7), the rest from runs_started over at most one day before `from`. Without
// `detailed`, only what the counting needs (no names, labels or status).
Result<QList<HeatMapRun>> unstoredRuns(const QSqlDatabase &db, qint64 from, qint64 to, qint64 now,
                                       const HeatMapFilter &filter, bool detailed)
{
    auto mark = scalar(db, u"SELECT mark FROM job_watermarks WHERE name = ?"_s,
                       {QString::fromLatin1(HeatMapCollectorJob::WatermarkName)}, 0);
    if (!mark)
        return std::unexpected(mark.error());
    const qint64 since = std::max<qint64>(0, mark->toLongLong() - HeatMapCollectorJob::LookBackMs);
    const qint64 recentFrom = std::max(from - heatmap::DayMs, since);
    const QString select
        = u"SELECT r.id, r.workflow_id, %1, r.started_at, r.ended_at FROM runs r JOIN workflows w "
          "ON w.id = r.workflow_id WHERE "_s.arg(detailed ? u"w.internal_name, w.label, %1, r.status"_s.arg(
                                                                heatmap::technicalExpression())
                                                          : u"NULL, NULL, 0, NULL"_s);
    const QString notStored
        = u" AND NOT EXISTS (SELECT 1 FROM heatmap_runs h WHERE h.run_id = r.id AND h.ended_at IS NOT NULL)"_s;
    const heatmap::Clause f = heatmap::runsFilter(filter, now);
    const QList<std::pair<QString, QVariantList>> parts = {
        {u"r.started_at >= ? AND r.started_at < ? AND (r.ended_at IS NULL OR r.ended_at >= ? OR "
          "r.ended_at < r.started_at)"_s,
         {recentFrom, to, from}},
        {u"r.started_at < ? AND (r.ended_at IS NULL OR r.ended_at - r.started_at > 86400000)"_s,
         {std::min(recentFrom, to)}},
        {u"r.id IN (SELECT run_id FROM heatmap_runs WHERE ended_at IS NULL) AND r.started_at < ?"_s, {to}},
    };
    QString sql;
    QVariantList values;
    for (const auto &[where, bounds] : parts) {
        sql += (sql.isEmpty() ? QString() : u" UNION ALL "_s) + select + where + notStored + f.sql;
        values << bounds << f.values;
    }
    auto query = execute(db, sql, values);
    if (!query)
        return std::unexpected(query.error());
    QSet<qint64> seen;
    QList<HeatMapRun> runs;
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        const qint64 started = query->value(6).toLongLong();
        const qint64 ended = query->value(7).isNull() ? 0 : std::max(started, query->value(7).toLongLong());
        if (effectiveEnd(started, ended, now) <= from || started >= to || seen.contains(id))
            continue;
        seen.insert(id);
        runs.append({.runId = id,
                     .workflowId = query->value(1).toLongLong(),
                     .workflowName = detailed ? query->value(2).toString() : QString(),
                     .workflowLabel = detailed ? query->value(3).toString() : QString(),
                     .technical = query->value(4).toInt() != 0,
                     .status = detailed ? query->value(5).toString() : QString(),
                     .startedAt = started,
                     .endedAt = ended,
                     .durationMs = (ended > 0 ? ended : std::max(started, now)) - started,
                     .projected = false,
                     .historyKept = true,
                     .activities = {}});
    }
    return runs;
}

// The store's ended runs (and those left running whose row is gone from runs) during [from, to).
const QString storeRuns = u"FROM heatmap_slots s JOIN heatmap_runs h ON h.run_id = s.run_id LEFT JOIN workflows w "
                          "ON w.id = h.workflow_id WHERE s.slot_at >= ? AND s.slot_at < ? AND (h.ended_at IS NOT NULL "
                          "OR NOT EXISTS (SELECT 1 FROM runs r WHERE r.id = h.run_id))"_s;

// Each run's activities that started, by start; `historyKept` false for the runs gone from `runs`.
Status addActivities(const QSqlDatabase &db, QList<HeatMapRun> &runs, qint64 now)
{
    QHash<qint64, qsizetype> byId;
    for (qsizetype i = 0; i < runs.size(); ++i)
        byId.insert(runs.at(i).runId, i);
    const QList<qint64> ids = byId.keys();
    for (qsizetype chunk = 0; chunk < ids.size(); chunk += 500) {
        QStringList marks;
        QVariantList values;
        for (qsizetype i = chunk; i < std::min(ids.size(), chunk + 500); ++i) {
            marks << u"?"_s;
            values << ids.at(i);
        }
        auto kept = execute(db, u"SELECT id FROM runs WHERE id IN (%1)"_s.arg(marks.join(u',')), values);
        if (!kept)
            return std::unexpected(kept.error());
        QSet<qint64> existing;
        while (kept->next())
            existing.insert(kept->value(0).toLongLong());
        for (qsizetype i = chunk; i < std::min(ids.size(), chunk + 500); ++i)
            runs[byId.value(ids.at(i))].historyKept = existing.contains(ids.at(i));
        auto tasks = execute(db,
                             u"SELECT run_id, activity, state, started_at, ended_at FROM tasks WHERE run_id IN (%1) "
                             "AND started_at IS NOT NULL ORDER BY started_at, id"_s.arg(marks.join(u',')),
                             values);
        if (!tasks)
            return std::unexpected(tasks.error());
        while (tasks->next()) {
            const qint64 started = tasks->value(3).toLongLong();
            const qint64 ended = tasks->value(4).isNull() ? 0 : std::max(started, tasks->value(4).toLongLong());
            runs[byId.value(tasks->value(0).toLongLong())].activities.append(
                {.activity = tasks->value(1).toString(),
                 .state = tasks->value(2).toString(),
                 .startedAt = started,
                 .endedAt = ended,
                 .durationMs = (ended > 0 ? ended : std::max(started, now)) - started});
        }
    }
    return {};
}

} // namespace

Result<QSqlDatabase> HeatMapQuery::open()
{
    auto db = m_instance.database();
    if (!db)
        return std::unexpected(db.error());
    if (auto actor = PrincipalLoader(*db).loadAdministrator(m_actor, Text::tr("see the workflow heat map")); !actor)
        return std::unexpected(actor.error());
    return db;
}

Result<HeatMap> HeatMapQuery::heatMap(const HeatMapRequest &request)
{
    auto db = open();
    if (!db)
        return std::unexpected(db.error());
    if (!request.date.isValid() || !request.zone.isValid())
        return fail(Text::tr("the heat map needs a valid day and time zone"));
    HeatMap map;
    map.now = request.now > 0 ? request.now : nowMs();
    map.layout = HeatMapLayout::build(request.view, request.date, request.zone);
    const HeatMapLayout &layout = map.layout;
    map.counts.fill(0, layout.cells.size());
    if (layout.end <= layout.start)
        return map;

    // Each source marks its workflows in the cells it overlaps; the store counts the other cells itself.
    const heatmap::CellIndex index(layout);
    heatmap::CellWorkflows cells;
    cells.sets.resize(layout.cells.size());
    if (request.view == HeatMapView::Projected) {
        auto projected = projectRuns(*db, layout.start, layout.end, map.now);
        if (!projected)
            return std::unexpected(projected.error());
        for (const ProjectedRun &run : std::as_const(*projected))
            if (projectedPasses(run, request.filter))
                index.mark(cells.sets, run.at, run.at + std::max<qint64>(1, run.durationMs), run.workflowId);
        cells.counts.fill(0, layout.cells.size());
    } else {
        auto live = unstoredRuns(*db, layout.start, layout.end, map.now, request.filter, false);
        if (!live)
            return std::unexpected(live.error());
        for (const HeatMapRun &run : std::as_const(*live))
            index.mark(cells.sets, run.startedAt, effectiveEnd(run.startedAt, run.endedAt, map.now), run.workflowId);
        if (auto stored = heatmap::readStore(*db, layout, request.filter, cells); !stored)
            return std::unexpected(stored.error());
    }
    for (qsizetype i = 0; i < layout.cells.size(); ++i) {
        map.counts[i] = cells.sets.at(i).isEmpty() ? cells.counts.at(i) : int(cells.sets.at(i).size());
        map.maximum = std::max(map.maximum, map.counts.at(i));
    }
    return map;
}

Result<QList<HeatMapRun>> HeatMapQuery::runsDuring(const HeatMapRequest &request, qint64 from, qint64 to)
{
    auto db = open();
    if (!db)
        return std::unexpected(db.error());
    const qint64 now = request.now > 0 ? request.now : nowMs();
    QList<HeatMapRun> runs;
    if (request.view == HeatMapView::Projected) {
        auto projected = projectRuns(*db, from, to, now);
        if (!projected)
            return std::unexpected(projected.error());
        for (const ProjectedRun &p : std::as_const(*projected))
            if (projectedPasses(p, request.filter) && p.at < to)
                runs.append({.runId = 0,
                             .workflowId = p.workflowId,
                             .workflowName = p.workflowName,
                             .workflowLabel = p.workflowLabel,
                             .technical = p.technical,
                             .status = {},
                             .startedAt = p.at,
                             .endedAt = p.at + p.durationMs,
                             .durationMs = p.durationMs,
                             .projected = true,
                             .historyKept = false,
                             .activities = {}});
        return runs;
    }
    const heatmap::Clause f = heatmap::storeFilter(request.filter, u"h"_s, u"duration_ms"_s);
    auto stored
        = execute(*db,
                  u"SELECT DISTINCT h.run_id, h.workflow_id, h.workflow_name, COALESCE(w.label, ''), h.technical, "
                  "h.status, h.started_at, h.ended_at, h.duration_ms "_s
                      + storeRuns + f.sql,
                  QVariantList{from / heatmap::SlotMs * heatmap::SlotMs, to} + f.values);
    if (!stored)
        return std::unexpected(stored.error());
    while (stored->next())
        runs.append({.runId = stored->value(0).toLongLong(),
                     .workflowId = stored->value(1).toLongLong(),
                     .workflowName = stored->value(2).toString(),
                     .workflowLabel = stored->value(3).toString(),
                     .technical = stored->value(4).toInt() != 0,
                     .status = stored->value(5).toString(),
                     .startedAt = stored->value(6).toLongLong(),
                     .endedAt = stored->value(7).isNull() ? 0 : stored->value(7).toLongLong(),
                     .durationMs = stored->value(8).toLongLong(),
                     .projected = false,
                     .historyKept = true,
                     .activities = {}});
    auto live = unstoredRuns(*db, from, to, now, request.filter, true);
    if (!live)
        return std::unexpected(live.error());
    runs << *live;
    if (auto added = addActivities(*db, runs, now); !added)
        return std::unexpected(added.error());
    std::sort(runs.begin(), runs.end(), [](const HeatMapRun &a, const HeatMapRun &b) {
        return std::tie(a.startedAt, a.workflowName, a.runId) < std::tie(b.startedAt, b.workflowName, b.runId);
    });
    return runs;
}

Result<QList<HeatMapWorkflow>> HeatMapQuery::workflows()
{
    auto db = open();
    if (!db)
        return std::unexpected(db.error());
    auto query = execute(
        *db,
        u"SELECT w.id, w.internal_name, w.label, %1 FROM workflows w ORDER BY w.internal_name"_s.arg(heatmap::technicalExpression()));
    if (!query)
        return std::unexpected(query.error());
    QList<HeatMapWorkflow> list;
    while (query->next())
        list.append({.id = query->value(0).toLongLong(),
                     .name = query->value(1).toString(),
                     .label = query->value(2).toString(),
                     .technical = query->value(3).toInt() != 0});
    return list;
}

} // namespace nightshift
