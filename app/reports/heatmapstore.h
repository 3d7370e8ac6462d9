#pragma once

#include "heatmapgrid.h"
#include "store/sqlsupport.h"

#include <QSet>

#include <optional>

namespace nightshift {

// Which runs count. A run counts in a cell when it ran during part of it (at least one millisecond).
struct HeatMapFilter
{
    qint64 minDurationMs = 0; // runs shorter are left out (a running run: its duration so far)
    qint64 workflowId = 0; // 0: every workflow
    std::optional<bool> technical; // true: technical workflows (from a package), false: marketing ones
    // In the workflow's internal name, its label or a name the store saw it under, case-insensitive (ASCII
    // letters on SQLite). It picks workflows, not runs, so the counts and the drill-down agree.
    QString text;
};

namespace heatmap {

// A WHERE fragment (starting with " AND") and its values.
struct Clause
{
    QString sql;
    QVariantList values;
};

// 1 when the workflow `w` belongs to a package (technical), else 0.
QString technicalExpression();

// The filter over the store: `alias` is a run of heatmap_runs (`duration` duration_ms) or a rollup row
// (longest_ms).
Clause storeFilter(const HeatMapFilter &filter, const QString &alias, const QString &duration);
// The same filter over `runs r JOIN workflows w`; a running run's duration is the time it has run so far.
Clause runsFilter(const HeatMapFilter &filter, qint64 now);

// The workflows per cell of `layout`, one set per cell, that the store holds: its ended runs from the rollups
// (schema 7), and the slots of the runs it left running whose row is gone from `runs` (history purged before the
// collector closed them). The cells that `live` already marks (other sources) get the store's workflows added
// to their set, read row by row; every other cell only its count, counted by the database (`counts`).
struct CellWorkflows
{
    QList<QSet<qint64>> sets; // per cell: the workflows of the other sources, then the store's
    QList<int> counts; // per cell without a set: the store's count
};
Status readStore(const QSqlDatabase &db, const HeatMapLayout &layout, const HeatMapFilter &filter,
                 CellWorkflows &cells);

// The cell of each `granularity` slot of the layout (-1: none), and a helper that marks a workflow in the cells
// that [start, end) overlaps.
class CellIndex
{
public:
    explicit CellIndex(const HeatMapLayout &layout);
    void mark(QList<QSet<qint64>> &sets, qint64 start, qint64 end, qint64 workflowId) const;

private:
    const HeatMapLayout &m_layout;
    qint64 m_granularity;
    QList<int> m_slotCell;
};

} // namespace heatmap
} // namespace nightshift
