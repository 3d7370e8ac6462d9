#pragma once

#include "cubedefinition.h"
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
    // The aggregate and its rollups (docs/cubes.md, "Rollups"): the same columns and key, every date dimension's
    // bucket coarsened to the day or to the month (its yyyymm), so a query that needs no finer level reads
    // fewer rows. Built and refreshed with the aggregate, in the same transactions.
    enum class Grain { Base, Day, Month };

    CubeSql(const CubeDef &cube, Dialect dialect);

    static QList<Grain> rollups(const CubeDef &cube); // finer first; none without a date dimension
    static QString grainName(Grain grain); // "day", "month" (cube_refreshes.rollups)
    static QString tableOf(const CubeDef &cube, Grain grain); // cube_<name>, cube_<name>_by_day, …_by_month
    // Whether a table of that grain holds the level (date levels no finer than its buckets).
    static bool serves(Grain grain, const DimensionDef &d, const LevelDef &level);

    // Aggregate columns: the key of a dimension level, its label (or "" when it has none).
    static QString keyColumn(const DimensionDef &d, const LevelDef &level);
    static QString labelColumn(const DimensionDef &d, const LevelDef &level);
    static QString bucketColumn(const DimensionDef &d); // date dimensions: the hour or day, ms since the epoch
    static QString monthColumn(const DimensionDef &d); // date dimensions: yyyymm of the bucket
    static QString measureColumn(const MeasureDef &m, const QString &part); // part: n, s, q, lo, hi
    static constexpr auto QuantileBucket = "qb";
    static bool storesValues(const DimensionDef &d, const LevelDef &level); // value, top and ranges levels
    static bool needsMonth(const DimensionDef &d);

    // CREATE TABLE and its unique key index for `table` (the aggregate or its rebuild).
    QStringList createTable(const QString &table, const QString &indexName) const;
    // CREATE TABLE with the same columns and no key: a batch's grouped facts (`table` names a temporary one).
    QString createDelta(const QString &table) const;
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
    // Adds `delta` (rows of the aggregate's grain, one per key: a batch's grouping) to `table` of that grain,
    // regrouped to it: an incremental batch groups its facts once, then merges the few rows into each rollup.
    QString addDelta(const QString &table, Grain grain, const QString &delta) const;

    // Recent rows (docs/cubes.md, "Refresh"): an incremental batch appends its grouped facts to
    // cube_<name>_recent, marked with the batch's last fact id (bind), instead of updating rows all over the
    // aggregate; readers of the aggregate read both (`readable`). mergeRecent adds the recent rows whose
    // mergeColumn is in (?, ?] (the first date dimension's bucket, else the mark) to the aggregate's (then they
    // are deleted): merging by ranges of that key rewrites each page of the aggregate about once.
    static QString recentTable(const CubeDef &cube);
    static constexpr auto RecentMark = "r_mark";
    static constexpr auto RecentMarker = "recent"; // in cube_refreshes.rollups: the aggregate has recent rows
    QString createRecent(const QString &table) const;
    QString appendDelta(const QString &delta) const;
    static QString mergeColumn(const CubeDef &cube);
    QString mergeRecent(const QString &table, Grain grain) const;
    // What a query reads for a grain: the table, or the aggregate with its recent rows.
    static QString readable(const CubeDef &cube, Grain grain, bool withRecent);
    QStringList columnNames() const; // every column of the aggregate (in grouping()'s order)
    // The rows of a rollup of `grain` grouped from `source`, an aggregate or a finer rollup (`columns` in order).
    Grouping rollupGrouping(const QString &source, Grain grain) const;

    // The expression of a level over the aggregate's columns, or (onFacts) over the fact row itself.
    QString levelExpression(const DimensionDef &d, const LevelDef &level, bool onFacts) const;
    QString realType() const;
    QString fromFacts() const; // "FROM <table> f <joins>"
    QString factCondition() const; // the definition's where, or "1 = 1"

private:
    static LevelKind bucketOf(const DimensionDef &d, Grain grain); // Hour, Day or Month
    QString bucketExpression(const DimensionDef &d, Grain grain = Grain::Base) const; // over the fact row
    QString monthOf(const QString &bucket) const; // yyyymm of a bucket, 0 for none
    QString keyExpression(const LevelDef &level) const; // value, top and ranges keys over the fact row
    QString quantileBucketExpression() const;
    QStringList keyColumns() const;
    QStringList columnDefinitions() const; // "name TYPE …" for CREATE TABLE (portable types, see Migrator)
    QString upsert(const QString &table, const Grouping &rows) const; // rows added to those of table

    const CubeDef &m_cube;
    Dialect m_dialect;
};

} // namespace nightshift::reports
