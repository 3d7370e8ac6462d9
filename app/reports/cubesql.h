#pragma once

#include "cubedefinition.h"
#include "cuberollup.h"
#include "store/instancelocation.h"

#include <QStringList>

namespace nightshift::reports {

// The SQL of a cube's aggregate table (docs/cubes.md): one row per combination of the finest level of
// each dimension (plus the duration bucket of quantile measures), holding per measure the count, sum, sum
// of squares, minimum and maximum of its values, so any coarser grouping recombines them exactly. Every
// statement runs on SQLite and PostgreSQL; identifiers come only from validated definitions.
class CubeSql
{
public:
    using Grain = Rollup::Grain;

    CubeSql(const CubeDef &cube, Dialect dialect);

    // Aggregate columns: the key of a dimension level, its label (or "" when it has none).
    static QString keyColumn(const DimensionDef &d, const LevelDef &level);
    static QString labelColumn(const DimensionDef &d, const LevelDef &level);
    static QString bucketColumn(const DimensionDef &d); // date dimensions: the hour or day, ms since the epoch
    static QString monthColumn(const DimensionDef &d); // date dimensions: yyyymm of the bucket
    static QString measureColumn(const MeasureDef &m, const QString &part); // part: n, s, q, lo, hi
    static constexpr auto QuantileBucket = "qb";
    static bool storesValues(const DimensionDef &d, const LevelDef &level); // value, top and ranges levels
    static bool needsMonth(const DimensionDef &d);

    // CREATE TABLE and its unique key index for `table` (the aggregate, a rollup or their rebuilds).
    QStringList createTable(const QString &table, const QString &indexName, const Rollup &rollup = {}) const;
    // CREATE TABLE with the same columns and no key: a batch's grouped facts (`table` names a temporary one).
    QString createDelta(const QString &table, const Rollup &rollup = {}) const;
    // The aggregate rows of the facts with id in (?, ?]: `select` gives `columns`, one row per key.
    struct Grouping
    {
        QString select;
        QStringList columns;
        QStringList updates; // for an upsert into `table`
    };
    Grouping grouping(const QString &table, Grain grain = Grain::Base) const;
    // Counts the facts with id in (?, ?] into `table` (of that grain), adding to the rows already there.
    QString aggregateBatch(const QString &table, Grain grain = Grain::Base) const;
    // Adds `rows` (a table of the rollup's columns, one row per key: a batch's grouped facts regrouped with
    // rollupGrouping) to the rollup's `table`: an incremental batch groups its facts once, then each rollup's.
    QString addRows(const QString &table, const Rollup &rollup, const QString &rows) const;

    // Recent rows (docs/cubes.md, "Refresh"): an incremental batch appends its grouped facts to
    // cube_<name>_recent, marked with the batch's last fact id (bind), instead of updating rows all over the
    // aggregate; readers of the aggregate read both (`readable`). mergeRecent adds the recent rows whose
    // mergeColumn is in (?, ?] (the first date dimension's bucket, else the mark) to the aggregate's (then they
    // are deleted): merging by ranges of that key rewrites each page of the aggregate about once. On SQLite
    // without regrouping them first (its upsert adds each row in turn).
    static QString recentTable(const CubeDef &cube);
    static constexpr auto RecentMark = "r_mark";
    static constexpr auto RecentMarker = "recent"; // in cube_refreshes.rollups: the aggregate has recent rows
    QStringList createRecent(const QString &table, const QString &indexName) const;
    QString appendDelta(const QString &delta) const;
    static QString mergeColumn(const CubeDef &cube);
    QString mergeRecent() const;
    // What a query reads for a rollup: its table, or the aggregate with its recent rows.
    static QString readable(const CubeDef &cube, const Rollup &rollup, bool withRecent);
    QStringList columnNames(const Rollup &rollup = {}) const; // its columns (in grouping()'s order)
    // The rows of a rollup grouped from `source`, the aggregate or a rollup it groupsFrom (`columns` in order).
    Grouping rollupGrouping(const QString &source, const Rollup &rollup) const;

    // The expression of a level over the aggregate's columns, or (onFacts) over the fact row itself.
    QString levelExpression(const DimensionDef &d, const LevelDef &level, bool onFacts) const;
    QString realType() const;
    QString fromFacts() const; // "FROM <table> f <joins>"
    QString factCondition() const; // the definition's where, or "1 = 1"

private:
    QString bucketExpression(const DimensionDef &d, Grain grain = Grain::Base) const; // over the fact row
    QString monthOf(const QString &bucket) const; // yyyymm of a bucket, 0 for none
    QString keyExpression(const LevelDef &level) const; // value, top and ranges keys over the fact row
    QString quantileBucketExpression() const;
    QStringList keyColumns(const Rollup &rollup = {}) const;
    QStringList columnDefinitions(const Rollup &rollup = {}) const; // "name TYPE …" for CREATE TABLE (see Migrator)
    QString upsert(const QString &table, const Grouping &rows, const Rollup &rollup) const; // rows added to table's

    const CubeDef &m_cube;
    Dialect m_dialect;
};

} // namespace nightshift::reports
