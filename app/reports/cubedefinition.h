#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace nightshift::reports {

// A cube as written in resources/cubes/<name>.json (docs/cubes.md). SQL fragments (fact, joins, where,
// expressions, filters) come only from these built-in files, never from operators or data; names are checked
// identifiers because they become column names of the aggregate table.

enum class LevelKind { Year, Quarter, Month, Day, Hour, Weekday, Value, Ranges, Top };

struct RangeBin
{
    QString label;
    bool bounded = false; // the last bin has no upper bound
    double below = 0;
};

struct LevelDef
{
    QString name;
    QString label;
    LevelKind kind = LevelKind::Value;
    QString expression; // Value, Ranges, Top: over the fact row
    QString labelExpression; // Value, Top: optional
    bool integer = false; // Value, Top: the key is a number (null stored as -1) rather than text (null as '')
    QList<RangeBin> ranges; // Ranges
    int top = 0; // Top: members kept before "others"
};

struct DimensionDef
{
    QString name;
    QString label;
    bool date = false;
    QString expression; // date dimensions: a timestamp in ms since the epoch (UTC)
    QList<LevelDef> levels; // coarse → fine

    bool hasLevel(LevelKind kind) const;
    const LevelDef *level(const QString &name) const;
};

enum class MeasureKind { Count, Sum, Avg, Min, Max, Stddev, Quantile };

struct MeasureDef
{
    QString name;
    QString label;
    QString format; // count|number|percent|duration|money
    MeasureKind kind = MeasureKind::Count;
    QString expression; // all but Count
    QString filter; // optional SQL condition over the fact row
    double p = 0; // Quantile: 0 < p ≤ 1
    // The measure whose columns hold its values: value measures (sum, avg, min, max, stddev) of the same
    // expression and filter store the same count, sums and bounds, so only the first of them stores them.
    QString stored;

    bool storesOwn() const { return stored == name; }
};

enum class DerivedKind { Rate, Proportion, Variation };

struct DerivedDef
{
    QString name;
    QString label;
    QString format;
    DerivedKind kind = DerivedKind::Rate;
    QString numerator; // Rate: a measure
    QString denominator; // Rate: a measure
    QString of; // Proportion, Variation: a measure
    QString along; // Variation: the dimension whose previous member it compares with
};

struct FactColumn
{
    QString name;
    QString label;
    QString expression;
};

// A rollup the definition declares (docs/cubes.md, "Rollups"): a coarser copy of the aggregate that keeps only
// some dimensions (every level of each) and measures, with date buckets of the aggregate, days or months.
struct RollupDef
{
    QString name; // the table is cube_<cube>_by_<name in lower case>
    QStringList dimensions; // kept dimensions
    QStringList measures; // kept stored measures (the first measure always); empty: all
    QString date; // "" (the aggregate's buckets), "day" or "month"
};

struct CubeDef
{
    QString name;
    QString label;
    QString description;
    QString table; // fact table, read as alias f
    QString joins; // optional JOIN clauses
    QString where; // optional condition every fact must meet
    QString id; // increasing fact id: the incremental watermark ("f.id" when not given)
    QString settled; // optional: facts not yet settled (e.g. running tasks) hold the watermark back
    QList<DimensionDef> dimensions;
    QList<MeasureDef> measures;
    QList<DerivedDef> derived;
    QList<FactColumn> facts; // drill-through columns
    QList<RollupDef> rollups; // declared ones; the day and month rollups come with date dimensions
    QByteArray fingerprint; // of the source text: an aggregate built from another definition is rebuilt

    const DimensionDef *dimension(const QString &name) const;
    const MeasureDef *measure(const QString &name) const;
    const DerivedDef *derivedMeasure(const QString &name) const;
    QString quantileExpression() const; // the value quantile measures rank, or "" when there are none
    QString aggregateTable() const; // cube_<name in lower case>
};

namespace CubeDefinitions {
// Parses and validates one definition; errors name the file, the cube and the field.
Result<CubeDef> parse(const QByteArray &json, const QString &file);
// The built-in cubes, loaded once from the resources (:/cubes/*.json).
Result<QList<CubeDef>> builtIn();
Result<CubeDef> find(const QString &name);
QString dateLevelLabel(LevelKind kind); // "Month", translated when called
} // namespace CubeDefinitions

} // namespace nightshift::reports
