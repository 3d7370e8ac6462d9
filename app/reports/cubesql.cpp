#include "cubesql.h"

#include "store/migrator.h"

using namespace Qt::StringLiterals;

namespace nightshift::reports {

namespace {

constexpr qint64 HourMs = 3600000;
constexpr qint64 DayMs = 86400000;

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

} // namespace

CubeSql::CubeSql(const CubeDef &cube, Dialect dialect) : m_cube(cube), m_dialect(dialect) {}

QString CubeSql::keyColumn(const DimensionDef &d, const LevelDef &level)
{
    return u"d_%1_%2"_s.arg(d.name.toLower(), level.name.toLower());
}

QString CubeSql::labelColumn(const DimensionDef &d, const LevelDef &level)
{
    if (level.labelExpression.isEmpty())
        return {};
    return keyColumn(d, level) + u"_l"_s;
}

QString CubeSql::bucketColumn(const DimensionDef &d)
{
    return u"d_"_s + d.name.toLower();
}

QString CubeSql::monthColumn(const DimensionDef &d)
{
    return bucketColumn(d) + u"_ym"_s;
}

QString CubeSql::measureColumn(const MeasureDef &m, const QString &part)
{
    return u"m_%1_%2"_s.arg((m.stored.isEmpty() ? m.name : m.stored).toLower(), part);
}

bool CubeSql::storesValues(const DimensionDef &d, const LevelDef &level)
{
    Q_UNUSED(level);
    return !d.date;
}

bool CubeSql::needsMonth(const DimensionDef &d)
{
    return d.hasLevel(LevelKind::Year) || d.hasLevel(LevelKind::Quarter) || d.hasLevel(LevelKind::Month);
}

QString CubeSql::realType() const
{
    return m_dialect == Dialect::Postgres ? u"DOUBLE PRECISION"_s : u"REAL"_s;
}

QString CubeSql::fromFacts() const
{
    return u"FROM %1 f %2"_s.arg(m_cube.table, m_cube.joins);
}

QString CubeSql::factCondition() const
{
    return m_cube.where.isEmpty() ? u"1 = 1"_s : u"(%1)"_s.arg(m_cube.where);
}

// The hour when the dimension has an hour level, else the day (coarser in rollups: the day, or the month as
// yyyymm); -1 for a fact without a timestamp.
QString CubeSql::bucketExpression(const DimensionDef &d, Grain grain) const
{
    const LevelKind bucket = Rollup::bucketOf(d, grain);
    const qint64 unit = bucket == LevelKind::Hour ? HourMs : DayMs;
    const QString ms = u"CASE WHEN (%1) IS NULL THEN -1 ELSE (%1) / %2 * %2 END"_s.arg(d.expression).arg(unit);
    if (bucket != LevelKind::Month)
        return ms;
    return u"CASE WHEN (%1) < 0 THEN -1 ELSE %2 END"_s.arg(ms, monthOf(u"(%1)"_s.arg(ms)));
}

QString CubeSql::monthOf(const QString &bucket) const
{
    const QString month = m_dialect == Dialect::Postgres
        ? u"CAST(to_char(to_timestamp(%1 / 1000) AT TIME ZONE 'UTC', 'YYYYMM') AS BIGINT)"_s.arg(bucket)
        : u"CAST(strftime('%Y%m', %1 / 1000, 'unixepoch') AS INTEGER)"_s.arg(bucket);
    return u"CASE WHEN %1 < 0 THEN 0 ELSE %2 END"_s.arg(bucket, month);
}

// Nulls become '' (text) or -1 (numbers) so keys stay comparable and the unique index holds.
QString CubeSql::keyExpression(const LevelDef &level) const
{
    if (level.kind == LevelKind::Ranges) {
        QString sql = u"CASE WHEN (%1) IS NULL THEN -1"_s.arg(level.expression);
        for (qsizetype i = 0; i + 1 < level.ranges.size(); ++i)
            sql += u" WHEN (%1) < %2 THEN %3"_s.arg(level.expression, number(level.ranges[i].below)).arg(i);
        return sql + u" ELSE %1 END"_s.arg(level.ranges.size() - 1);
    }
    if (level.integer)
        return u"COALESCE(CAST(%1 AS BIGINT), -1)"_s.arg(level.expression);
    return u"COALESCE(CAST(%1 AS TEXT), '')"_s.arg(level.expression);
}

// Quantiles rank values kept to two significant digits (exact below 100): at most 10 % below the true
// value, and few enough distinct buckets to stay in the aggregate's key.
QString CubeSql::quantileBucketExpression() const
{
    const QString value = u"CAST(%1 AS BIGINT)"_s.arg(m_cube.quantileExpression());
    QString sql = u"CASE WHEN (%1) IS NULL THEN -1 WHEN %2 < 100 THEN %2"_s.arg(m_cube.quantileExpression(), value);
    qint64 step = 1;
    for (qint64 bound = 1000; bound <= 1000000000000000000LL / 10; bound *= 10) {
        step *= 10;
        sql += u" WHEN %1 < %2 THEN %1 / %3 * %3"_s.arg(value).arg(bound).arg(step);
    }
    return sql + u" ELSE %1 / %2 * %2 END"_s.arg(value).arg(step * 10);
}

QStringList CubeSql::keyColumns(const Rollup &rollup) const
{
    QStringList columns;
    for (const DimensionDef &d : m_cube.dimensions) {
        if (!rollup.keeps(d))
            continue;
        if (d.date) {
            columns << bucketColumn(d);
            continue;
        }
        for (const LevelDef &level : d.levels)
            columns << keyColumn(d, level);
    }
    if (rollup.keepsQuantiles(m_cube))
        columns << QString::fromLatin1(QuantileBucket);
    return columns;
}

QStringList CubeSql::columnDefinitions(const Rollup &rollup) const
{
    QStringList columns;
    for (const DimensionDef &d : m_cube.dimensions) {
        if (!rollup.keeps(d))
            continue;
        if (d.date) {
            columns << bucketColumn(d) + u" @BIGINT@ NOT NULL"_s;
            if (needsMonth(d))
                columns << monthColumn(d) + u" @BIGINT@ NOT NULL"_s;
            continue;
        }
        for (const LevelDef &level : d.levels) {
            const bool text = level.kind != LevelKind::Ranges && !level.integer;
            columns << keyColumn(d, level) + (text ? u" TEXT NOT NULL"_s : u" @BIGINT@ NOT NULL"_s);
            if (!level.labelExpression.isEmpty())
                columns << labelColumn(d, level) + u" TEXT"_s;
        }
    }
    if (rollup.keepsQuantiles(m_cube))
        columns << QString::fromLatin1(QuantileBucket) + u" @BIGINT@ NOT NULL"_s;
    for (const MeasureDef &m : m_cube.measures) {
        if (!rollup.keeps(m) || !m.storesOwn())
            continue;
        columns << measureColumn(m, u"n"_s) + u" @BIGINT@ NOT NULL"_s;
        if (m.kind == MeasureKind::Count || m.kind == MeasureKind::Quantile)
            continue;
        for (const QString &part : {u"s"_s, u"q"_s})
            columns << measureColumn(m, part) + u" @REAL@ NOT NULL"_s;
        for (const QString &part : {u"lo"_s, u"hi"_s})
            columns << measureColumn(m, part) + u" @REAL@"_s;
    }
    return columns;
}

QStringList CubeSql::createTable(const QString &table, const QString &indexName, const Rollup &rollup) const
{
    return {Migrator::translate(u"CREATE TABLE %1 (%2)"_s.arg(table, columnDefinitions(rollup).join(u", "_s)), m_dialect),
            u"CREATE UNIQUE INDEX %1 ON %2 (%3)"_s.arg(indexName, table, keyColumns(rollup).join(u", "_s))};
}

QString CubeSql::createDelta(const QString &table, const Rollup &rollup) const
{
    return Migrator::translate(u"CREATE TABLE %1 (%2)"_s.arg(table, columnDefinitions(rollup).join(u", "_s)), m_dialect);
}

CubeSql::Grouping CubeSql::grouping(const QString &table, Grain grain) const
{
    // Inner query: one group per key over the facts with ids in (?, ?]; outer: adds the month of date buckets
    // (computed per group, not per fact). `updates` merge a group into a row already there.
    Grouping g;
    QStringList inner, groupBy, outerValues;
    int position = 0;
    const auto key = [&](const QString &expression, const QString &column) {
        inner << u"%1 AS %2"_s.arg(expression, column);
        groupBy << QString::number(++position);
        g.columns << column;
        outerValues << u"g."_s + column;
    };
    const auto value = [&](const QString &expression, const QString &column, const QString &merge) {
        inner << u"%1 AS %2"_s.arg(expression, column);
        ++position;
        g.columns << column;
        outerValues << u"g."_s + column;
        g.updates << u"%1 = %2"_s.arg(column, merge.arg(table + u"."_s + column, u"excluded."_s + column));
    };
    for (const DimensionDef &d : m_cube.dimensions) {
        if (d.date) {
            key(bucketExpression(d, grain), bucketColumn(d));
            if (needsMonth(d)) {
                const QString b = u"g."_s + bucketColumn(d);
                g.columns << monthColumn(d);
                outerValues << u"%1 AS %2"_s.arg(Rollup::bucketOf(d, grain) == LevelKind::Month
                                                      ? u"CASE WHEN %1 < 0 THEN 0 ELSE %1 END"_s.arg(b)
                                                      : monthOf(b),
                                                  monthColumn(d));
            }
            continue;
        }
        for (const LevelDef &level : d.levels)
            key(keyExpression(level), keyColumn(d, level));
    }
    if (!m_cube.quantileExpression().isEmpty())
        key(quantileBucketExpression(), QString::fromLatin1(QuantileBucket));
    for (const DimensionDef &d : m_cube.dimensions)
        for (const LevelDef &level : d.levels)
            if (!level.labelExpression.isEmpty())
                value(u"MAX(%1)"_s.arg(level.labelExpression), labelColumn(d, level), u"COALESCE(%2, %1)"_s);
    const QString real = realType();
    const QString minimum = u"CASE WHEN %2 IS NULL THEN %1 WHEN %1 IS NULL OR %2 < %1 THEN %2 ELSE %1 END"_s;
    const QString maximum = u"CASE WHEN %2 IS NULL THEN %1 WHEN %1 IS NULL OR %2 > %1 THEN %2 ELSE %1 END"_s;
    for (const MeasureDef &m : m_cube.measures) {
        if (!m.storesOwn())
            continue;
        const QString n = measureColumn(m, u"n"_s);
        if (m.kind == MeasureKind::Count) {
            value(m.filter.isEmpty() ? u"COUNT(*)"_s : u"SUM(CASE WHEN %1 THEN 1 ELSE 0 END)"_s.arg(m.filter), n,
                  u"%1 + %2"_s);
            continue;
        }
        const QString v = m.filter.isEmpty() ? u"CAST(%1 AS %2)"_s.arg(m.expression, real)
                                             : u"CAST(CASE WHEN %1 THEN %2 END AS %3)"_s.arg(m.filter, m.expression, real);
        value(u"COUNT(%1)"_s.arg(v), n, u"%1 + %2"_s);
        if (m.kind == MeasureKind::Quantile)
            continue;
        value(u"COALESCE(SUM(%1), 0)"_s.arg(v), measureColumn(m, u"s"_s), u"%1 + %2"_s);
        value(u"COALESCE(SUM(%1 * %1), 0)"_s.arg(v), measureColumn(m, u"q"_s), u"%1 + %2"_s);
        value(u"MIN(%1)"_s.arg(v), measureColumn(m, u"lo"_s), minimum);
        value(u"MAX(%1)"_s.arg(v), measureColumn(m, u"hi"_s), maximum);
    }
    g.select = u"SELECT %1 FROM (SELECT %2 %3 WHERE %4 > ? AND %4 <= ? AND %5 GROUP BY %6) g"_s.arg(
        outerValues.join(u", "_s), inner.join(u", "_s), fromFacts(), m_cube.id, factCondition(), groupBy.join(u", "_s));
    return g;
}

QString CubeSql::aggregateBatch(const QString &table, Grain grain) const
{
    const Grouping g = grouping(table, grain);
    return u"INSERT INTO %1 (%2) %3 WHERE 1 = 1 ON CONFLICT (%4) DO UPDATE SET %5"_s.arg(
        table, g.columns.join(u", "_s), g.select, keyColumns().join(u", "_s), g.updates.join(u", "_s));
}

QString CubeSql::upsert(const QString &table, const Grouping &rows, const Rollup &rollup) const
{
    // The merges of grouping(), of the columns the rollup keeps (a rollup keeps the aggregate's column names).
    QStringList updates;
    for (const QString &update : grouping(table).updates)
        if (rows.columns.contains(update.section(u' ', 0, 0)))
            updates << update;
    return u"INSERT INTO %1 (%2) %3 ON CONFLICT (%4) DO UPDATE SET %5"_s.arg(
        table, rows.columns.join(u", "_s), rows.select, keyColumns(rollup).join(u", "_s), updates.join(u", "_s));
}

QString CubeSql::addRows(const QString &table, const Rollup &rollup, const QString &rows) const
{
    const QStringList columns = columnNames(rollup);
    // WHERE: SQLite reads an ON right after the FROM as a join's.
    return upsert(table,
                  Grouping{.select = u"SELECT %1 FROM %2 WHERE 1 = 1"_s.arg(columns.join(u", "_s), rows),
                           .columns = columns, .updates = {}},
                  rollup);
}

QString CubeSql::appendDelta(const QString &delta) const
{
    const QString columns = columnNames().join(u", "_s);
    return u"INSERT INTO %1 (%2, %3) SELECT %2, ? FROM %4"_s.arg(recentTable(m_cube), columns,
                                                                QString::fromLatin1(RecentMark), delta);
}

QString CubeSql::mergeColumn(const CubeDef &cube)
{
    for (const DimensionDef &d : cube.dimensions)
        if (d.date)
            return bucketColumn(d);
    return QString::fromLatin1(RecentMark);
}

QString CubeSql::mergeRecent() const
{
    const QString range = u"(SELECT * FROM %1 WHERE %2 > ? AND %2 <= ?) r"_s.arg(recentTable(m_cube), mergeColumn(m_cube));
    // SQLite upserts row by row, so recent rows of one key (from several batches) each add to it: no sort, about
    // half the merge's time. PostgreSQL refuses to update a row twice in one statement: its rows are grouped first.
    if (m_dialect == Dialect::Sqlite)
        return addRows(m_cube.aggregateTable(), Rollup(), range);
    return upsert(m_cube.aggregateTable(), rollupGrouping(range, Rollup()), Rollup());
}

QString CubeSql::readable(const CubeDef &cube, const Rollup &rollup, bool withRecent)
{
    if (!rollup.isBase() || !withRecent)
        return Rollup::tableOf(cube, rollup);
    const QString columns = CubeSql(cube, Dialect::Sqlite).columnNames().join(u", "_s);
    return u"(SELECT %1 FROM %2 UNION ALL SELECT %1 FROM %3) a"_s.arg(columns, cube.aggregateTable(), recentTable(cube));
}

QString CubeSql::recentTable(const CubeDef &cube)
{
    return cube.aggregateTable() + u"_recent"_s;
}

QStringList CubeSql::columnNames(const Rollup &rollup) const
{
    return rollupGrouping(m_cube.aggregateTable(), rollup).columns;
}

QStringList CubeSql::createRecent(const QString &table, const QString &indexName) const
{
    // The index on the merge column: a merge reads and deletes one range at a time, without scanning them all.
    return {Migrator::translate(u"CREATE TABLE %1 (%2, %3 @BIGINT@ NOT NULL)"_s.arg(
                                    table, columnDefinitions().join(u", "_s), QString::fromLatin1(RecentMark)),
                                m_dialect),
            u"CREATE INDEX %1 ON %2 (%3)"_s.arg(indexName, table, mergeColumn(m_cube))};
}

CubeSql::Grouping CubeSql::rollupGrouping(const QString &source, const Rollup &rollup) const
{
    // The source's rows regrouped: coarser buckets, the other keys as they are, partial states recombined.
    Grouping g;
    QStringList select, groupBy;
    const auto key = [&](const QString &expression, const QString &column) {
        select << u"%1 AS %2"_s.arg(expression, column);
        groupBy << QString::number(select.size());
        g.columns << column;
    };
    const auto value = [&](const QString &aggregate, const QString &column) {
        select << u"%1(%2) AS %2"_s.arg(aggregate, column);
        g.columns << column;
    };
    for (const DimensionDef &d : m_cube.dimensions) {
        if (!rollup.keeps(d))
            continue;
        if (d.date) {
            const QString b = bucketColumn(d);
            switch (Rollup::bucketOf(d, rollup.grain)) {
            case LevelKind::Month: key(u"CASE WHEN %1 < 0 THEN -1 ELSE %2 END"_s.arg(b, monthColumn(d)), b); break;
            case LevelKind::Day: key(u"CASE WHEN %1 < 0 THEN -1 ELSE %1 / %2 * %2 END"_s.arg(b).arg(DayMs), b); break;
            default: key(b, b); break;
            }
            if (needsMonth(d))
                key(monthColumn(d), monthColumn(d));
            continue;
        }
        for (const LevelDef &level : d.levels)
            key(keyColumn(d, level), keyColumn(d, level));
    }
    if (rollup.keepsQuantiles(m_cube))
        key(QString::fromLatin1(QuantileBucket), QString::fromLatin1(QuantileBucket));
    for (const DimensionDef &d : m_cube.dimensions)
        for (const LevelDef &level : d.levels)
            if (!level.labelExpression.isEmpty() && rollup.keeps(d))
                value(u"MAX"_s, labelColumn(d, level));
    for (const MeasureDef &m : m_cube.measures) {
        if (!rollup.keeps(m) || !m.storesOwn())
            continue;
        value(u"SUM"_s, measureColumn(m, u"n"_s));
        if (m.kind == MeasureKind::Count || m.kind == MeasureKind::Quantile)
            continue;
        value(u"SUM"_s, measureColumn(m, u"s"_s));
        value(u"SUM"_s, measureColumn(m, u"q"_s));
        value(u"MIN"_s, measureColumn(m, u"lo"_s));
        value(u"MAX"_s, measureColumn(m, u"hi"_s));
    }
    // WHERE: SQLite reads an ON right after the FROM as a join's (addDelta appends ON CONFLICT).
    g.select = u"SELECT %1 FROM %2 WHERE 1 = 1 GROUP BY %3"_s.arg(select.join(u", "_s), source, groupBy.join(u", "_s));
    return g;
}

QString CubeSql::levelExpression(const DimensionDef &d, const LevelDef &level, bool onFacts) const
{
    if (!d.date)
        return onFacts ? keyExpression(level) : keyColumn(d, level);
    const QString b = onFacts ? u"(%1)"_s.arg(bucketExpression(d)) : bucketColumn(d);
    const QString ym = onFacts ? u"(%1)"_s.arg(monthOf(b)) : monthColumn(d);
    QString expression;
    switch (level.kind) {
    case LevelKind::Year: expression = u"%1 / 100"_s.arg(ym); break;
    case LevelKind::Quarter: expression = u"%1 / 100 * 10 + (%1 % 100 - 1) / 3 + 1"_s.arg(ym); break;
    case LevelKind::Month: expression = ym; break;
    case LevelKind::Day: expression = u"%1 / %2"_s.arg(b).arg(DayMs); break;
    case LevelKind::Hour: expression = u"%1 / %2 % 24"_s.arg(b).arg(HourMs); break;
    case LevelKind::Weekday: expression = u"(%1 / %2 + 3) % 7 + 1"_s.arg(b).arg(DayMs); break; // 1970-01-01: Thursday
    default: break;
    }
    return u"CASE WHEN %1 < 0 THEN -1 ELSE %2 END"_s.arg(b, expression);
}

} // namespace nightshift::reports
