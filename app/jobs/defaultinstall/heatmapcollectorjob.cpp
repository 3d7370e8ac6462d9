#include "heatmapcollectorjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::HeatMapCollectorJob)
};

const QString watermarkName = QString::fromLatin1(HeatMapCollectorJob::WatermarkName);

// What the store keeps of a run; `lastSlot` is the newest slot already stored for it (-1: none).
struct RunRow
{
    qint64 id = 0;
    qint64 workflowId = 0;
    QString workflowName;
    int technical = 0;
    QString status;
    qint64 startedAt = 0;
    QVariant endedAt;
    qint64 lastSlot = -1;
};

const QString selectRuns = u"SELECT r.id, r.workflow_id, w.internal_name, "
                           "CASE WHEN w.package_id IS NOT NULL AND w.package_id <> '' THEN 1 ELSE 0 END, r.status, "
                           "r.started_at, r.ended_at, "
                           "(SELECT MAX(s.slot_at) FROM heatmap_slots s WHERE s.run_id = r.id) "
                           "FROM runs r JOIN workflows w ON w.id = r.workflow_id "_s;

Result<QList<RunRow>> readRuns(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    auto query = execute(db, selectRuns + where, values);
    if (!query)
        return std::unexpected(query.error());
    QList<RunRow> runs;
    while (query->next())
        runs.append({.id = query->value(0).toLongLong(),
                     .workflowId = query->value(1).toLongLong(),
                     .workflowName = query->value(2).toString(),
                     .technical = query->value(3).toInt(),
                     .status = query->value(4).toString(),
                     .startedAt = query->value(5).toLongLong(),
                     .endedAt = query->value(6),
                     .lastSlot = query->value(7).isNull() ? -1 : query->value(7).toLongLong()});
    return runs;
}

struct Tally
{
    qint64 runs = 0;
    qint64 running = 0;
    qint64 slots = 0;
};

// Stores one run and the slots it covers up to its end (or `now` while it runs).
Status store(const QSqlDatabase &db, const RunRow &run, qint64 now, Tally &tally)
{
    const qint64 S = HeatMapCollectorJob::SlotMs;
    const bool running = run.endedAt.isNull();
    // A node's clock behind ours can end a run "before" it started: count it as instantaneous.
    const qint64 end = std::max(run.startedAt, running ? now : run.endedAt.toLongLong());
    const qint64 firstSlot = run.startedAt / S * S;
    const qint64 lastSlot = (end > run.startedAt ? end - 1 : end) / S * S;
    auto saved = execute(db,
                         u"INSERT INTO heatmap_runs (run_id, workflow_id, workflow_name, technical, status, started_at, "
                         "ended_at, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id) DO UPDATE SET "
                         "workflow_name = excluded.workflow_name, status = excluded.status, ended_at = excluded.ended_at, "
                         "duration_ms = excluded.duration_ms"_s,
                         {run.id, run.workflowId, run.workflowName, run.technical, run.status, run.startedAt,
                          running ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(end), end - run.startedAt});
    if (!saved)
        return std::unexpected(saved.error());
    if (!running && run.lastSlot > lastSlot) { // seen running past the end it finally got
        auto trimmed = execute(db, u"DELETE FROM heatmap_slots WHERE run_id = ? AND slot_at > ?"_s, {run.id, lastSlot});
        if (!trimmed)
            return std::unexpected(trimmed.error());
    }
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO heatmap_slots (slot_at, run_id, workflow_id) VALUES (?, ?, ?) "
                        "ON CONFLICT (slot_at, run_id) DO NOTHING"_s))
        return fail(Text::tr("cannot prepare the heat-map slot insert: %1").arg(insert.lastError().text()));
    for (qint64 slot = std::max(firstSlot, run.lastSlot + S); slot <= lastSlot; slot += S) {
        insert.addBindValue(slot);
        insert.addBindValue(run.id);
        insert.addBindValue(run.workflowId);
        if (!insert.exec())
            return fail(Text::tr("cannot store the heat-map slot of run %1: %2").arg(run.id).arg(insert.lastError().text()));
        ++tally.slots;
    }
    ++tally.runs;
    tally.running += running ? 1 : 0;
    return {};
}

Status storeBatch(JobContext &context, const QList<RunRow> &runs, qint64 now, Tally &tally)
{
    WriteTransaction transaction(context.database(), context.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    Tally batch;
    QList<qint64> ids;
    for (const RunRow &run : runs) {
        if (auto stored = store(context.database(), run, now, batch); !stored)
            return stored;
        ids << run.id;
    }
    if (auto rolled = HeatMapCollectorJob::rollUp(context.database(), ids); !rolled)
        return rolled;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    tally.runs += batch.runs;
    tally.running += batch.running;
    tally.slots += batch.slots;
    return {};
}

// Runs the store left running whose row is gone from runs (history purged meanwhile): closed at the
// duration last seen.
Status closeVanished(JobContext &context, qint64 *closed)
{
    WriteTransaction transaction(context.database(), context.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto vanished = execute(context.database(),
                            u"SELECT run_id FROM heatmap_runs h WHERE ended_at IS NULL AND NOT EXISTS "
                            "(SELECT 1 FROM runs r WHERE r.id = h.run_id)"_s);
    if (!vanished)
        return std::unexpected(vanished.error());
    QList<qint64> ids;
    while (vanished->next())
        ids << vanished->value(0).toLongLong();
    for (const qint64 id : std::as_const(ids)) {
        auto updated = execute(context.database(),
                               u"UPDATE heatmap_runs SET ended_at = started_at + duration_ms, status = 'unknown' "
                               "WHERE run_id = ?"_s,
                               {id});
        if (!updated)
            return std::unexpected(updated.error());
    }
    if (auto rolled = HeatMapCollectorJob::rollUp(context.database(), ids); !rolled)
        return rolled;
    *closed = ids.size();
    return transaction.commit();
}

} // namespace

Status HeatMapCollectorJob::rollUp(const QSqlDatabase &db, const QList<qint64> &runIds)
{
    // Grouped first: PostgreSQL refuses an upsert that meets the same key twice in one statement.
    const QString longest = u"longest_ms = CASE WHEN excluded.longest_ms > %1.longest_ms THEN excluded.longest_ms "
                            "ELSE %1.longest_ms END"_s;
    for (qsizetype chunk = 0; chunk < runIds.size(); chunk += 500) {
        const QList<qint64> part = runIds.mid(chunk, 500);
        QStringList marks;
        QVariantList values;
        for (const qint64 id : part) {
            marks << u"?"_s;
            values << id;
        }
        const QString in = marks.join(u',');
        const QString statements[] = {
            u"INSERT INTO heatmap_names (workflow_id, workflow_name) SELECT DISTINCT workflow_id, workflow_name "
            "FROM heatmap_runs WHERE run_id IN (%1) ON CONFLICT (workflow_id, workflow_name) DO NOTHING"_s.arg(in),
            u"INSERT INTO heatmap_slot_workflows (slot_at, workflow_id, technical, longest_ms) SELECT s.slot_at, "
            "h.workflow_id, h.technical, MAX(h.duration_ms) FROM heatmap_slots s JOIN heatmap_runs h ON h.run_id = "
            "s.run_id WHERE s.run_id IN (%1) AND h.ended_at IS NOT NULL GROUP BY s.slot_at, h.workflow_id, h.technical "
            "ON CONFLICT (slot_at, workflow_id, technical) DO UPDATE SET "_s.arg(in)
                + longest.arg(u"heatmap_slot_workflows"_s),
            u"INSERT INTO heatmap_hour_workflows (hour_at, workflow_id, technical, longest_ms) SELECT "
            "s.slot_at / 3600000 * 3600000, h.workflow_id, h.technical, MAX(h.duration_ms) FROM heatmap_slots s "
            "JOIN heatmap_runs h ON h.run_id = s.run_id WHERE s.run_id IN (%1) AND h.ended_at IS NOT NULL "
            "GROUP BY s.slot_at / 3600000 * 3600000, h.workflow_id, h.technical "
            "ON CONFLICT (hour_at, workflow_id, technical) DO UPDATE SET "_s.arg(in)
                + longest.arg(u"heatmap_hour_workflows"_s),
        };
        for (const QString &sql : statements)
            if (auto done = execute(db, sql, values); !done)
                return std::unexpected(done.error());
    }
    return {};
}

Status HeatMapCollectorJob::run(JobContext &context)
{
    bool ok = false;
    const int batch = context.parameter(u"batch"_s, u"200"_s).toInt(&ok);
    if (!ok || batch < 1)
        return fail(Text::tr("parameter batch must be a positive number of runs, not \"%1\"")
                        .arg(context.parameter(u"batch"_s)));
    const QSqlDatabase db = context.database();
    QElapsedTimer timer;
    timer.start();
    const qint64 now = nowMs();
    auto mark = scalar(db, u"SELECT mark FROM job_watermarks WHERE name = ?"_s, {watermarkName}, 0);
    if (!mark)
        return std::unexpected(mark.error());
    const qint64 since = std::max<qint64>(0, mark->toLongLong() - LookBackMs);
    const QString recent = u"r.started_at >= ?"_s;
    const QString open = u"r.started_at < ? AND r.id IN (SELECT run_id FROM heatmap_runs WHERE ended_at IS NULL)"_s;
    auto total = scalar(db, u"SELECT (SELECT COUNT(*) FROM runs r WHERE %1) + (SELECT COUNT(*) FROM runs r WHERE %2)"_s
                                .arg(recent, open),
                        {since, since});
    if (!total)
        return std::unexpected(total.error());
    if (context.simulated()) {
        context.info(Text::tr("simulation: %n run(s) would be collected", nullptr, total->toInt()));
        return {};
    }
    Tally tally;
    // The runs started since the last collection, then the older ones it left running, by id.
    for (const QString &where : {recent, open}) {
        qint64 after = 0;
        for (;;) {
            if (context.isCancelled())
                return fail(Text::tr("cancelled while collecting runs after run %1 (%n run(s) stored, kept)", nullptr,
                                     int(tally.runs))
                                .arg(after));
            auto runs = readRuns(db, u"WHERE %1 AND r.id > ? ORDER BY r.id LIMIT ?"_s.arg(where), {since, after, batch});
            if (!runs)
                return std::unexpected(runs.error());
            if (runs->isEmpty())
                break;
            if (auto stored = storeBatch(context, *runs, now, tally); !stored)
                return stored;
            after = runs->last().id;
            context.addRowsProcessed(runs->size());
            context.setProgress(tally.runs, total->toLongLong());
        }
    }
    qint64 closed = 0;
    if (auto done = closeVanished(context, &closed); !done)
        return done;
    if (closed > 0)
        context.warning(Text::tr("%n run(s) left running in the heat map no longer exist (history purged): closed at "
                                 "their last known duration",
                                 nullptr, int(closed)));
    // Only now: an interrupted collection starts again from the previous mark.
    auto saved = execute(db,
                         u"INSERT INTO job_watermarks (name, mark, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) "
                         "DO UPDATE SET mark = excluded.mark, updated_at = excluded.updated_at"_s,
                         {watermarkName, now, nowMs()});
    if (!saved)
        return std::unexpected(saved.error());
    // (No slot count: a running run's slots depend on the minute the collection runs.)
    context.info(Text::tr("%n run(s) collected (%1 still running) in %2 ms", nullptr, int(tally.runs))
                     .arg(tally.running)
                     .arg(timer.elapsed()));
    return {};
}

} // namespace nightshift
