#pragma once

#include "pivotsource.h"

#include <functional>

namespace nightshift {

// A row of the pivot, from the top: the levels it is grouped by and its members' keys on each.
struct RowPath
{
    QList<reports::AxisLevel> levels;
    QVariantList keys;

    friend bool operator==(const RowPath &a, const RowPath &b);
};

// What the pivot shows: the levels on each axis (outer first), the measures side by side, the filters, and the
// rows drilled down to their dimension's next level (a year into its quarters).
struct PivotSpec
{
    QString cube;
    QList<reports::AxisLevel> rows;
    QList<reports::AxisLevel> columns;
    QStringList measures;
    QList<reports::CubeFilter> filters;
    QList<RowPath> drilled;
};

struct PivotRow
{
    reports::Member member; // none for the grand total
    RowPath path;
    int parent = -1; // in PivotTable::rows; -1 at the top
    QList<int> children; // in the order of the members' keys
    QVariantList values; // one per PivotTable::columns
    bool grandTotal = false;
    bool drilled = false; // its children come from a drill-down
};

// A value column: one measure for one combination of column members, or for all of them (the row's total).
struct PivotColumn
{
    QList<reports::Member> members; // one per column level; empty for a total
    int measure = 0; // in PivotTable::measures
    bool total = false;
};

// The pivot computed: rows flat with parent links (so it travels between threads by value), top-level rows
// sorted by key with the grand total last.
struct PivotTable
{
    PivotSpec spec;
    QList<reports::CubeMeasure> measures;
    QList<PivotColumn> columns;
    QList<PivotRow> rows;
    QList<int> topLevel;
    int queries = 0;
};

// The level after `level` in its dimension (month after quarter), if any.
std::optional<reports::CubeLevel> nextLevel(const reports::CubeInfo &cube, const reports::AxisLevel &level);
QString levelLabel(const reports::CubeInfo &cube, const reports::AxisLevel &level); // "Date › Month"
bool memberKeyLess(const QVariant &a, const QVariant &b); // natural order: numbers as numbers, none first

// Runs the queries of `spec` on `source`: one per depth of the row axis with the column levels, one without
// them for the row totals, one per column combination for the column totals, one without any group-by for
// the grand total, and two per drilled row. Totals are the cube's own figures, never sums: averages,
// deviations and percentiles do not add up. `progress` hears (queries done, queries in all).
Result<PivotTable> buildPivot(const PivotSource &source, const reports::CubeInfo &cube, const PivotSpec &spec,
                              const std::atomic_bool *cancel = nullptr,
                              const std::function<void(int done, int total)> &progress = {});

} // namespace nightshift
