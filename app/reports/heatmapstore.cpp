#include "heatmapstore.h"

#include "security/audittrail.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nightshift::heatmap {

namespace {

QString likePattern(const QString &text)
{
    return u'%' + AuditTrail::escapeLike(text.trimmed().toLower()) + u'%';
}

// The stored workflows whose internal name, label or any name the store saw them under contains the text.
const QString namedWorkflows
    = u"SELECT n.workflow_id FROM heatmap_names n LEFT JOIN workflows w ON w.id = n.workflow_id WHERE "
      "LOWER(n.workflow_name) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(w.internal_name, '')) LIKE ? ESCAPE '\\' "
      "OR LOWER(COALESCE(w.label, '')) LIKE ? ESCAPE '\\'"_s;

// A rollup of the store: per hour when every cell is whole hours, else per 5-minute slot.
struct Rollup
{
    QString table;
    QString column;
    qint64 unit = 0;
};

Rollup rollupFor(const HeatMapLayout &layout)
{
    if (layout.granularity() % HourMs == 0)
        return {.table = u"heatmap_hour_workflows"_s, .column = u"hour_at"_s, .unit = HourMs};
    return {.table = u"heatmap_slot_workflows"_s, .column = u"slot_at"_s, .unit = SlotMs};
}

// The runs the store left running whose row is gone from runs: their slots. Few: the partial index
// heatmap_runs_open leads (CROSS JOIN fixes SQLite's join order; `+` keeps it off the workflow index).
Status markVanished(const QSqlDatabase &db, const HeatMapLayout &layout, const HeatMapFilter &filter,
                    const CellIndex &index, QList<QSet<qint64>> &sets)
{
    const Clause f = storeFilter(filter, u"h"_s, u"duration_ms"_s);
    auto rows = execute(db,
                        u"SELECT s.slot_at, h.workflow_id FROM heatmap_runs h CROSS JOIN heatmap_slots s WHERE "
                        "s.run_id = h.run_id AND h.ended_at IS NULL AND NOT EXISTS (SELECT 1 FROM runs r WHERE "
                        "r.id = h.run_id) AND s.slot_at >= ? AND s.slot_at < ?"_s
                            + f.sql,
                        QVariantList{layout.start, layout.end} + f.values);
    if (!rows)
        return std::unexpected(rows.error());
    while (rows->next()) {
        const qint64 slot = rows->value(0).toLongLong();
        index.mark(sets, slot, slot + SlotMs, rows->value(1).toLongLong());
    }
    return {};
}

// The cells without a set: their distinct workflows counted by the database, one correlated count per cell over
// the rollup's key (covering when unfiltered). Cell bounds are computed numbers, written as literals.
Status countCells(const QSqlDatabase &db, const HeatMapLayout &layout, const Rollup &rollup,
                  const HeatMapFilter &filter, CellWorkflows &cells)
{
    QList<qsizetype> pending;
    for (qsizetype i = 0; i < layout.cells.size(); ++i)
        if (!layout.cells.at(i).isEmpty() && cells.sets.at(i).isEmpty())
            pending << i;
    const Clause f = storeFilter(filter, u"x"_s, u"longest_ms"_s);
    for (qsizetype chunk = 0; chunk < pending.size(); chunk += 500) {
        QStringList values;
        for (qsizetype k = chunk; k < std::min(pending.size(), chunk + 500); ++k) {
            const HeatMapCell &cell = layout.cells.at(pending.at(k));
            values << u"(%1, %2, %3)"_s.arg(pending.at(k)).arg(cell.start).arg(cell.end);
        }
        auto rows = execute(db,
                            u"WITH c (i, a, b) AS (VALUES %1) SELECT c.i, (SELECT COUNT(DISTINCT x.workflow_id) FROM "
                            "%2 x WHERE x.%3 >= c.a AND x.%3 < c.b%4) FROM c"_s.arg(values.join(u", "_s), rollup.table,
                                                                                  rollup.column, f.sql),
                            f.values);
        if (!rows)
            return std::unexpected(rows.error());
        while (rows->next())
            cells.counts[rows->value(0).toLongLong()] = rows->value(1).toInt();
    }
    return {};
}

// The cells with a set get the rollup's workflows row by row, over the ranges of consecutive such cells.
Status addToSets(const QSqlDatabase &db, const HeatMapLayout &layout, const Rollup &rollup,
                 const HeatMapFilter &filter, const CellIndex &index, CellWorkflows &cells)
{
    QList<std::pair<qint64, qint64>> ranges;
    for (qsizetype i = 0; i < layout.cells.size(); ++i)
        if (!layout.cells.at(i).isEmpty() && !cells.sets.at(i).isEmpty())
            ranges.append({layout.cells.at(i).start, layout.cells.at(i).end});
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<qint64, qint64>> merged;
    for (const auto &range : std::as_const(ranges)) {
        if (!merged.isEmpty() && range.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, range.second);
        else
            merged << range;
    }
    const Clause f = storeFilter(filter, u"x"_s, u"longest_ms"_s);
    for (const auto &[from, to] : std::as_const(merged)) {
        auto rows = execute(
            db, u"SELECT x.%1, x.workflow_id FROM %2 x WHERE x.%1 >= ? AND x.%1 < ?%3"_s.arg(rollup.column, rollup.table, f.sql),
            QVariantList{from, to} + f.values);
        if (!rows)
            return std::unexpected(rows.error());
        while (rows->next()) {
            const qint64 at = rows->value(0).toLongLong();
            index.mark(cells.sets, at, at + rollup.unit, rows->value(1).toLongLong());
        }
    }
    return {};
}

} // namespace

QString technicalExpression()
{
    return u"CASE WHEN w.package_id IS NOT NULL AND w.package_id <> '' THEN 1 ELSE 0 END"_s;
}

Clause storeFilter(const HeatMapFilter &filter, const QString &alias, const QString &duration)
{
    Clause c;
    if (filter.minDurationMs > 0) {
        c.sql += u" AND %1.%2 >= ?"_s.arg(alias, duration);
        c.values << filter.minDurationMs;
    }
    if (filter.workflowId > 0) {
        c.sql += u" AND +%1.workflow_id = ?"_s.arg(alias);
        c.values << filter.workflowId;
    }
    if (filter.technical) {
        c.sql += u" AND %1.technical = ?"_s.arg(alias);
        c.values << (*filter.technical ? 1 : 0);
    }
    if (!filter.text.trimmed().isEmpty()) {
        c.sql += u" AND +%1.workflow_id IN (%2)"_s.arg(alias, namedWorkflows);
        c.values << likePattern(filter.text) << likePattern(filter.text) << likePattern(filter.text);
    }
    return c;
}

Clause runsFilter(const HeatMapFilter &filter, qint64 now)
{
    Clause c;
    if (filter.minDurationMs > 0) {
        c.sql += u" AND COALESCE(r.ended_at, ?) - r.started_at >= ?"_s;
        c.values << now << filter.minDurationMs;
    }
    if (filter.workflowId > 0) {
        c.sql += u" AND +r.workflow_id = ?"_s;
        c.values << filter.workflowId;
    }
    if (filter.technical) {
        c.sql += u" AND %1 = ?"_s.arg(technicalExpression());
        c.values << (*filter.technical ? 1 : 0);
    }
    if (!filter.text.trimmed().isEmpty()) {
        c.sql += u" AND (LOWER(w.internal_name) LIKE ? ESCAPE '\\' OR LOWER(w.label) LIKE ? ESCAPE '\\' OR "
                 "+r.workflow_id IN (SELECT workflow_id FROM heatmap_names WHERE LOWER(workflow_name) LIKE ? "
                 "ESCAPE '\\'))"_s;
        c.values << likePattern(filter.text) << likePattern(filter.text) << likePattern(filter.text);
    }
    return c;
}

Status readStore(const QSqlDatabase &db, const HeatMapLayout &layout, const HeatMapFilter &filter,
                 CellWorkflows &cells)
{
    cells.sets.resize(layout.cells.size());
    cells.counts.fill(0, layout.cells.size());
    if (layout.end <= layout.start)
        return {};
    const CellIndex index(layout);
    if (auto marked = markVanished(db, layout, filter, index, cells.sets); !marked)
        return marked;
    const Rollup rollup = rollupFor(layout);
    if (auto counted = countCells(db, layout, rollup, filter, cells); !counted)
        return counted;
    return addToSets(db, layout, rollup, filter, index, cells);
}

CellIndex::CellIndex(const HeatMapLayout &layout)
    : m_layout(layout), m_granularity(layout.granularity()),
      m_slotCell(std::max<qint64>(0, (layout.end - layout.start) / m_granularity), -1)
{
    // Every cell is a run of whole slots of the granularity.
    for (qsizetype i = 0; i < layout.cells.size(); ++i)
        for (qint64 t = layout.cells.at(i).start; t < layout.cells.at(i).end; t += m_granularity)
            m_slotCell[(t - layout.start) / m_granularity] = int(i);
}

void CellIndex::mark(QList<QSet<qint64>> &sets, qint64 start, qint64 end, qint64 workflowId) const
{
    const qint64 first = (std::max(start, m_layout.start) - m_layout.start) / m_granularity;
    const qint64 last = (std::min(end, m_layout.end) - 1 - m_layout.start) / m_granularity;
    for (qint64 slot = first; slot <= last && slot < m_slotCell.size(); ++slot)
        if (m_slotCell.at(slot) >= 0)
            sets[m_slotCell.at(slot)].insert(workflowId);
}

} // namespace nightshift::heatmap
