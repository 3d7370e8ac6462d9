#include "cuberefresh.h"

#include "cuberefreshsupport.h"
#include "cubesql.h"

#include <QElapsedTimer>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace nightshift::reports {

// The incremental refresh (docs/cubes.md, "Refresh"): batches of new facts appended to the aggregate's recent
// rows and added to its rollups; the recent rows merged into the aggregate once they grow.

using namespace refresh;

QString CubeRefresher::deltaTable() const
{
    // Schema-qualified: never a persistent table of the same name.
    return (m_context.dialect() == Dialect::Postgres ? u"pg_temp."_s : u"temp."_s) + m_cube.aggregateTable()
        + u"_delta"_s;
}

// Each batch groups its facts once into a temporary table, outside the write transaction (only this
// connection's temporary data is written), then, in one transaction with the batch's mark, appends those rows
// to the aggregate's recent rows (a few pages at the end of a table without key, where merging them into the
// aggregate would rewrite pages all over it) and merges them into each rollup (small tables).
Result<qint64> CubeRefresher::countBatches(qint64 from, qint64 upTo, const std::function<Status(qint64)> &saveMark,
                                           const QString &doing, ManualCheckpoints &checkpoints)
{
    const QSqlDatabase db = m_context.database();
    const CubeSql sql(m_cube, m_context.dialect());
    const QString delta = deltaTable();
    for (const QString &statement : {u"DROP TABLE IF EXISTS %1"_s.arg(delta), sql.createDelta(delta)})
        if (auto done = execute(db, statement); !done)
            return failure(done);
    const CubeSql::Grouping grouping = sql.grouping(m_cube.aggregateTable());
    const QString fill = u"INSERT INTO %1 (%2) %3"_s.arg(delta, grouping.columns.join(u", "_s), grouping.select);
    const QString append = sql.appendDelta(delta);
    // Each rollup's rows of the batch are grouped before the write transaction too (temporary tables): the
    // transaction only adds them, so it holds the lock shorter and batches grow (each batch adds to about every
    // row of a small rollup, whatever its size).
    QList<std::pair<QString, QVariantList>> prepare{{u"DELETE FROM %1"_s.arg(delta), {}}, {fill, {}}};
    QStringList merges;
    const QList<Rollup> rollups = Rollup::of(m_cube);
    for (qsizetype i = 0; i < rollups.size(); ++i) {
        const QString rows = u"%1_%2"_s.arg(delta).arg(i);
        for (const QString &statement : {u"DROP TABLE IF EXISTS %1"_s.arg(rows), sql.createDelta(rows, rollups[i])})
            if (auto done = execute(db, statement); !done)
                return failure(done);
        const CubeSql::Grouping regrouped = sql.rollupGrouping(delta, rollups[i]);
        prepare << std::pair{u"DELETE FROM %1"_s.arg(rows), QVariantList{}}
                << std::pair{u"INSERT INTO %1 (%2) %3"_s.arg(rows, regrouped.columns.join(u", "_s), regrouped.select),
                             QVariantList{}};
        merges << sql.addRows(Rollup::tableOf(m_cube, rollups[i]), rollups[i], rows);
    }
    qint64 mark = from;
    m_context.setProgress(0, std::max<qint64>(upTo - from, 0));
    while (mark < upTo) {
        if (m_context.isCancelled())
            return fail(Text::tr("cancelled while %1 after fact %2 (what was counted is kept)").arg(doing).arg(mark));
        const qint64 end = std::min(upTo, mark + m_batch);
        QElapsedTimer phase, locked;
        phase.start();
        prepare[1].second = {mark, end}; // the grouping of the batch's facts
        for (const auto &[statement, binds] : std::as_const(prepare))
            if (auto done = execute(db, statement, binds); !done)
                return failure(done);
        m_phases.grouping += phase.restart();
        locked.start();
        WriteTransaction transaction(db, m_context.dialect());
        if (auto begun = transaction.begin(); !begun)
            return failure(begun);
        if (auto appended = execute(db, append, {end}); !appended)
            return failure(appended);
        m_phases.aggregate += phase.restart();
        for (const QString &merge : std::as_const(merges))
            if (auto merged = execute(db, merge); !merged)
                return failure(merged);
        m_phases.rollups += phase.restart();
        if (auto saved = saveMark(end); !saved)
            return failure(saved);
        if (auto committed = transaction.commit(); !committed)
            return failure(committed);
        m_phases.commits += phase.restart();
        mark = end;
        adaptBatch(locked.elapsed()); // the write lock's hold: the grouping before it blocks no writer
        checkpoints.afterCommit();
        m_phases.checkpoints += phase.restart();
        m_context.setProgress(mark - from, upTo - from);
    }
    for (qsizetype i = 0; i <= rollups.size(); ++i)
        if (auto dropped = execute(db, u"DROP TABLE %1"_s.arg(i == 0 ? delta : u"%1_%2"_s.arg(delta).arg(i - 1))); !dropped)
            return failure(dropped);
    return mark;
}

// Once the recent rows reach MergePercent of the aggregate's, they are merged into it by ranges of their date
// bucket, ~MergeRows rows per transaction: readers see every row either in the aggregate or among the recent
// ones, never both. `rows`: the aggregate's rows, then (after a merge) again.
Status CubeRefresher::mergeRecentIfLarge(ManualCheckpoints &checkpoints, qint64 &rows)
{
    const QSqlDatabase db = m_context.database();
    const QString recent = CubeSql::recentTable(m_cube);
    const QString countRows = u"SELECT COUNT(*) FROM %1"_s.arg(m_cube.aggregateTable());
    auto recentRows = scalar(db, u"SELECT COUNT(*) FROM %1"_s.arg(recent), {}, 0);
    auto counted = scalar(db, countRows, {}, 0);
    if (!recentRows || !counted)
        return fail(!counted ? counted.error().message : recentRows.error().message);
    rows = counted->toLongLong();
    if (recentRows->toLongLong() == 0 || recentRows->toLongLong() * 100 < rows * m_mergePercent)
        return {};
    QElapsedTimer timer;
    timer.start();
    const QString column = CubeSql::mergeColumn(m_cube);
    auto ranges = execute(db, u"SELECT %1, COUNT(*) FROM %2 GROUP BY %1 ORDER BY %1"_s.arg(column, recent));
    if (!ranges)
        return failure(ranges);
    QList<std::pair<qint64, qint64>> chunks; // (last value, rows) of each transaction
    while (ranges->next()) {
        if (chunks.isEmpty() || chunks.last().second >= MergeRows)
            chunks.append({0, 0});
        chunks.last() = {ranges->value(0).toLongLong(), chunks.last().second + ranges->value(1).toLongLong()};
    }
    const CubeSql sql(m_cube, m_context.dialect());
    const QString merge = sql.mergeRecent();
    const QString remove = u"DELETE FROM %1 WHERE %2 > ? AND %2 <= ?"_s.arg(recent, column);
    qint64 after = std::numeric_limits<qint64>::min();
    for (const auto &[last, count] : std::as_const(chunks)) {
        if (m_context.isCancelled())
            return fail(Text::tr("cancelled while merging the recent rows of cube %1 (what was merged is kept)")
                            .arg(m_cube.name));
        WriteTransaction transaction(db, m_context.dialect());
        if (auto begun = transaction.begin(); !begun)
            return begun;
        // First the lock every writer of recent rows takes before it commits (saveMark): on PostgreSQL, no
        // other refresh then commits recent rows or merges between this merge and its delete.
        if (auto locked = execute(db, u"UPDATE cube_refreshes SET watermark = watermark WHERE cube = ?"_s, {m_cube.name});
            !locked)
            return failure(locked);
        for (const QString &statement : {merge, remove})
            if (auto done = execute(db, statement, {after, last}); !done)
                return failure(done);
        if (auto committed = transaction.commit(); !committed)
            return committed;
        checkpoints.afterCommit();
        after = last;
    }
    auto merged = scalar(db, countRows, {}, 0);
    if (!merged)
        return failure(merged);
    m_context.info(Text::tr("cube %1: %2 recent row(s) merged into the aggregate (%3 row(s) before, %4 after) in "
                            "%5 ms")
                       .arg(m_cube.name)
                       .arg(recentRows->toLongLong())
                       .arg(rows)
                       .arg(merged->toLongLong())
                       .arg(timer.elapsed()));
    rows = merged->toLongLong();
    return {};
}

Status CubeRefresher::incremental(const State &current)
{
    QElapsedTimer timer;
    timer.start();
    const QSqlDatabase db = m_context.database();
    auto before = factsIn(); // not fact_count: an interrupted refresh leaves it behind its committed batches
    if (!before)
        return failure(before);
    auto upTo = settledUpTo();
    if (!upTo)
        return failure(upTo);
    if (*upTo < current.watermark)
        m_context.warning(Text::tr("the watermark of cube %1 (fact %2) is beyond the newest settled fact (%3): facts "
                                   "were deleted; a full refresh recounts what is left")
                              .arg(m_cube.name)
                              .arg(current.watermark)
                              .arg(*upTo));
    // A larger page cache meanwhile, and one checkpoint at the end rather than one inside each commit.
    std::optional<ManualCheckpoints> checkpoints(std::in_place, db, m_context.dialect(), CacheKiB);
    qint64 rows = 0;
    if (auto merged = mergeRecentIfLarge(*checkpoints, rows); !merged)
        return merged;
    qint64 previous = current.watermark;
    // Guarded by the previous mark: a concurrent refresh of the same cube makes this one stop, not count twice.
    const auto saveMark = [&](qint64 mark) -> Status {
        auto saved = execute(db, u"UPDATE cube_refreshes SET watermark = ? WHERE cube = ? AND watermark = ?"_s,
                             {mark, m_cube.name, previous});
        if (!saved)
            return failure(saved);
        if (saved->numRowsAffected() != 1)
            return fail(Text::tr("another refresh of cube %1 moved its watermark meanwhile").arg(m_cube.name));
        previous = mark;
        return {};
    };
    auto mark = countBatches(current.watermark, *upTo, saveMark, Text::tr("refreshing cube %1").arg(m_cube.name),
                             *checkpoints);
    if (!mark)
        return failure(mark);
    QElapsedTimer phase;
    phase.start();
    checkpoints.reset();
    m_phases.checkpoints += phase.elapsed();
    auto after = recordRefresh(u"incremental"_s, std::max(*mark, current.watermark));
    auto recent = scalar(db, u"SELECT COUNT(*) FROM %1"_s.arg(CubeSql::recentTable(m_cube)), {}, 0);
    if (!after || !recent)
        return fail(!after ? after.error().message : recent.error().message);
    m_context.addRowsProcessed(*after - *before);
    m_context.info(Text::tr("incremental refresh of cube %1: %n new fact(s) counted after fact %2, up to fact %3; "
                            "the aggregate holds %4 row(s) and %5 recent one(s); in %6 ms (grouping the facts %7 ms, "
                            "appending to the recent rows %8 ms, merging into the rollups %9 ms, commits %10 ms, "
                            "checkpoints %11 ms)",
                            nullptr, int(std::min<qint64>(*after - *before, INT_MAX)))
                       .arg(m_cube.name)
                       .arg(current.watermark)
                       .arg(std::max(*mark, current.watermark))
                       .arg(rows)
                       .arg(recent->toLongLong())
                       .arg(timer.elapsed())
                       .arg(m_phases.grouping)
                       .arg(m_phases.aggregate)
                       .arg(m_phases.rollups)
                       .arg(m_phases.commits)
                       .arg(m_phases.checkpoints));
    return {};
}

} // namespace nightshift::reports
