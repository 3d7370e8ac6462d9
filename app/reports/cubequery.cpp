#include "cubequery.h"

#include "cubedefinition.h"
#include "cubemeasures.h"
#include "cubemembers.h"
#include "cubesql.h"

#include "core/accesspolicy.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nightshift::reports {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::reports::CubeReader)
};

QString translated(const QString &text)
{
    return QCoreApplication::translate("nightshift::reports::cubes", text.toUtf8().constData());
}

struct Axis
{
    const DimensionDef *dimension = nullptr;
    const LevelDef *level = nullptr;
    QVariantList top; // top-N levels: the stored values kept, the rest are "others"
    QSet<QString> topText; // the same, as text (one lookup per result row)
};

Result<Axis> resolve(const CubeDef &cube, const AxisLevel &at)
{
    const DimensionDef *d = cube.dimension(at.dimension);
    const LevelDef *level = d ? d->level(at.level) : nullptr;
    if (!level)
        return fail(Text::tr("cube %1 has no level \"%2\" in a dimension \"%3\"").arg(cube.name, at.level, at.dimension));
    return Axis{.dimension = d, .level = level, .top = {}, .topText = {}};
}

// The rollups the last full refresh built with the aggregate (cube_refreshes.rollups); nullopt when the cube was
// never refreshed.
Result<std::optional<BuiltRollups>> builtRollups(const QSqlDatabase &db, const CubeDef &cube)
{
    auto query = execute(db, u"SELECT rollups FROM cube_refreshes WHERE cube = ? AND refreshed_at IS NOT NULL"_s,
                         {cube.name});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<BuiltRollups>();
    return std::optional(BuiltRollups::parse(cube, query->value(0).toString()));
}

// The smallest table that holds every level the query groups or filters by and every measure it reads.
Rollup rollupFor(const BuiltRollups &built, const QList<Axis> &used, const QList<const MeasureDef *> &measures)
{
    return built.smallest([&](const Rollup &rollup) {
        return std::all_of(used.cbegin(), used.cend(), [&](const Axis &a) { return rollup.serves(*a.dimension, *a.level); })
            && std::all_of(measures.cbegin(), measures.cend(), [&](const MeasureDef *m) { return rollup.keeps(*m); });
    });
}

// Where the top members of a level are ranked: the smallest table with its dimension (the same totals in each).
QString rankingTable(const BuiltRollups &built, const CubeDef &cube, const Axis &axis)
{
    return CubeSql::readable(cube, rollupFor(built, {axis}, {&cube.measures.first()}), built.recent);
}

// The top members of a level: the most facts (first measure) over the whole aggregate, ties by key; read from
// the smallest table that keeps the level's dimension (the same totals in each).
Status loadTop(const QSqlDatabase &db, const CubeDef &cube, const BuiltRollups &built, Axis &axis)
{
    if (axis.level->kind != LevelKind::Top)
        return {};
    const QString table = rankingTable(built, cube, axis);
    const QString column = CubeSql::keyColumn(*axis.dimension, *axis.level);
    auto query = execute(db, u"SELECT %1 FROM %2 GROUP BY %1 ORDER BY SUM(%3) DESC, %1 LIMIT %4"_s.arg(
                                 column, table, CubeSql::measureColumn(cube.measures.first(), u"n"_s))
                                 .arg(axis.level->top));
    if (!query)
        return std::unexpected(query.error());
    while (query->next()) {
        axis.top << query->value(0);
        axis.topText.insert(query->value(0).toString());
    }
    return {};
}

bool inTop(const Axis &axis, const QVariant &stored)
{
    return axis.topText.contains(stored.toString());
}

// "expression [NOT] IN (?, …)" for a filter's members (stored values); top levels' "others" become the
// complement of the top list.
Result<QString> condition(const Axis &axis, const QString &expression, const CubeFilter &filter, QVariantList &binds)
{
    QStringList marks;
    bool others = false;
    for (const QVariant &member : filter.members) {
        auto value = CubeMembers::stored(*axis.level, member);
        if (!value)
            return std::unexpected(value.error());
        if (axis.level->kind == LevelKind::Top && CubeMembers::isOthers(*value)) {
            others = true;
            continue;
        }
        marks << u"?"_s;
        binds << *value;
    }
    QString in = marks.isEmpty() ? u"1 = 0"_s : u"%1 IN (%2)"_s.arg(expression, marks.join(u", "_s));
    if (others) {
        QStringList topMarks;
        for (const QVariant &v : axis.top) {
            topMarks << u"?"_s;
            binds << v;
        }
        in = u"(%1 OR %2)"_s.arg(in, topMarks.isEmpty() ? u"1 = 1"_s
                                                       : u"%1 NOT IN (%2)"_s.arg(expression, topMarks.join(u", "_s)));
    }
    return filter.exclude ? u"NOT (%1)"_s.arg(in) : in;
}

// A top-N level's expression with the members beyond the top already folded into "others", so the query
// returns a row per top member rather than per stored value. As text: one type on PostgreSQL too.
QString topFolded(const Axis &axis, const QString &expression, QVariantList &binds)
{
    if (axis.level->kind != LevelKind::Top)
        return expression;
    if (axis.top.isEmpty()) {
        binds << CubeReader::othersKey();
        return u"CAST(? AS TEXT)"_s;
    }
    binds << axis.top << CubeReader::othersKey();
    return u"CASE WHEN %1 IN (%2) THEN CAST(%1 AS TEXT) ELSE CAST(? AS TEXT) END"_s.arg(
        expression, QStringList(axis.top.size(), u"?"_s).join(u", "_s));
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

QVariant CubeReader::othersKey()
{
    return QVariant(u"*others*"_s);
}

Status CubeReader::checkAccess(const QString &cube, bool drillThrough) const
{
    if (!m_who)
        return {};
    if (cube == u"workflowRuns"_s)
        return AccessPolicy::checkAdministration(*m_who, Text::tr("the workflow runs cube"));
    if (drillThrough && !m_who->has(Right::Export))
        return fail(Text::tr("reading the facts behind a cell of cube %1 needs the %2 right")
                        .arg(cube, rightLabel(Right::Export)));
    return {};
}

Result<QList<CubeInfo>> CubeReader::cubes()
{
    auto defs = CubeDefinitions::builtIn();
    if (!defs)
        return std::unexpected(defs.error());
    QList<CubeInfo> infos;
    for (const CubeDef &def : *defs) {
        CubeInfo info{.name = def.name, .label = translated(def.label), .description = translated(def.description),
                      .dimensions = {}, .measures = {}};
        for (const DimensionDef &d : def.dimensions) {
            CubeDimension dimension{.name = d.name, .label = translated(d.label), .levels = {}};
            for (const LevelDef &l : d.levels)
                dimension.levels << CubeLevel{.name = l.name,
                                              .label = d.date ? CubeDefinitions::dateLevelLabel(l.kind) : translated(l.label)};
            info.dimensions << dimension;
        }
        for (const MeasureDef &m : def.measures)
            info.measures << CubeMeasure{.name = m.name, .label = translated(m.label), .format = m.format};
        for (const DerivedDef &m : def.derived)
            info.measures << CubeMeasure{.name = m.name, .label = translated(m.label), .format = m.format};
        infos << info;
    }
    return infos;
}

Result<CubeResult> CubeReader::query(const QSqlDatabase &db, Dialect dialect, const QString &cubeName,
                                     const CubeQuery &q, const std::atomic_bool *cancel) const
{
    if (auto allowed = checkAccess(cubeName, false); !allowed)
        return std::unexpected(allowed.error());
    auto cube = CubeDefinitions::find(cubeName);
    if (!cube)
        return std::unexpected(cube.error());
    auto plan = MeasurePlan::make(*cube, q.measures);
    if (!plan)
        return std::unexpected(plan.error());
    QList<Axis> axes, filtered;
    for (const AxisLevel &at : q.groupBy) {
        auto axis = resolve(*cube, at);
        if (!axis)
            return std::unexpected(axis.error());
        axes << *axis;
    }
    for (const CubeFilter &filter : q.filters) {
        auto axis = resolve(*cube, filter.on);
        if (!axis)
            return std::unexpected(axis.error());
        filtered << *axis;
    }
    if (cancelled(cancel))
        return fail(Text::tr("the query of cube %1 was cancelled").arg(cubeName));
    auto built = builtRollups(db, *cube);
    if (!built)
        return std::unexpected(built.error());
    if (!*built)
        return fail(Text::tr("cube %1 has not been aggregated yet: run its aggregate workflow first").arg(cube->label));
    const Rollup rollup = rollupFor(**built, axes + filtered, plan->readMeasures());
    for (QList<Axis> *list : {&axes, &filtered})
        for (Axis &axis : *list)
            if (auto loaded = loadTop(db, *cube, **built, axis); !loaded)
                return std::unexpected(loaded.error());
    const CubeSql sql(*cube, dialect);
    QStringList select, groupBy, where;
    QVariantList selectBinds, binds;
    for (const Axis &axis : axes) {
        select << topFolded(axis, sql.levelExpression(*axis.dimension, *axis.level, false), selectBinds);
        groupBy << QString::number(select.size());
    }
    for (const Axis &axis : axes) {
        const QString label = CubeSql::labelColumn(*axis.dimension, *axis.level);
        select << (label.isEmpty() ? u"NULL"_s : u"MAX(%1)"_s.arg(label));
    }
    if (plan->needsQuantileBuckets()) {
        select << QString::fromLatin1(CubeSql::QuantileBucket);
        groupBy << QString::number(select.size());
    }
    const qsizetype firstMeasure = select.size();
    select << plan->selectList();
    for (qsizetype i = 0; i < q.filters.size(); ++i) {
        const Axis &axis = filtered.at(i);
        auto sqlCondition = condition(axis, sql.levelExpression(*axis.dimension, *axis.level, false), q.filters.at(i),
                                      binds);
        if (!sqlCondition)
            return std::unexpected(sqlCondition.error());
        where << *sqlCondition;
    }
    // The aggregate's recent rows are grouped on their own (a GROUP BY over a UNION ALL would first copy both):
    // the cells below merge the rows of the same members.
    QStringList tables{Rollup::tableOf(*cube, rollup)};
    if (rollup.isBase() && (*built)->recent)
        tables << CubeSql::recentTable(*cube);
    QStringList parts;
    QVariantList allBinds;
    for (const QString &table : std::as_const(tables)) {
        parts << u"SELECT %1 FROM %2 WHERE %3%4"_s.arg(select.join(u", "_s), table,
                                                      where.isEmpty() ? u"1 = 1"_s : where.join(u" AND "_s),
                                                      groupBy.isEmpty() ? QString() : u" GROUP BY "_s + groupBy.join(u", "_s));
        allBinds << selectBinds << binds;
    }
    auto rows = execute(db, parts.join(u" UNION ALL "_s), allBinds);
    if (!rows)
        return std::unexpected(rows.error());
    // Cells by their members (the aggregate's and its recent rows' meet here); top-N levels come folded already.
    QHash<QString, qsizetype> index;
    QList<CubeCell> cells;
    QList<MeasurePlan::States> states;
    const qsizetype bucketColumn = plan->needsQuantileBuckets() ? firstMeasure - 1 : -1;
    // Members by stored value and label, per axis: a day recurs in every row of that day.
    QList<QHash<QString, std::pair<Member, QString>>> known(axes.size());
    for (qint64 read = 0; rows->next(); ++read) {
        if (read % 4096 == 0 && cancelled(cancel))
            return fail(Text::tr("the query of cube %1 was cancelled").arg(cubeName));
        QList<Member> members;
        QString id;
        for (qsizetype i = 0; i < axes.size(); ++i) {
            QVariant stored = rows->value(int(i));
            const QVariant label = rows->value(int(axes.size() + i));
            const QString seen = stored.toString() + u'\x1f' + label.toString();
            auto member = known[i].constFind(seen);
            if (member == known[i].constEnd()) {
                if (axes[i].level->kind == LevelKind::Top && !inTop(axes[i], stored))
                    stored = othersKey();
                const Member m{.key = CubeMembers::key(*axes[i].level, stored),
                               .label = CubeMembers::label(*axes[i].level, stored, label)};
                member = known[i].insert(seen, {m, m.key.toString()});
            }
            members << member->first;
            id += member->second + u'\x1f';
        }
        auto at = index.constFind(id);
        if (at == index.constEnd()) {
            at = index.insert(id, cells.size());
            cells << CubeCell{.members = members, .values = {}};
            states << plan->emptyStates();
        } else if (axes.size() > 0) {
            // Keep a label that is not empty (the others member may gather rows without labels).
            for (qsizetype i = 0; i < members.size(); ++i)
                if (cells[*at].members[i].label.isEmpty())
                    cells[*at].members[i].label = members[i].label;
        }
        plan->add(states[*at], *rows, int(firstMeasure), bucketColumn < 0 ? 0 : rows->value(int(bucketColumn)).toLongLong());
    }
    if (axes.isEmpty() && cells.isEmpty()) { // the grand total exists even over no fact
        cells << CubeCell{.members = {}, .values = {}};
        states << plan->emptyStates();
    }
    plan->finish(cells, states, axes.size(), [&](qsizetype axis) -> const LevelDef * {
        return axes[axis].dimension->date ? axes[axis].level : nullptr;
    }, [&](const QString &dimension) -> qsizetype {
        for (qsizetype i = 0; i < axes.size(); ++i)
            if (axes[i].dimension->name == dimension)
                return i;
        return -1;
    });
    std::sort(cells.begin(), cells.end(), [](const CubeCell &a, const CubeCell &b) {
        for (qsizetype i = 0; i < a.members.size(); ++i) {
            if (CubeMembers::less(a.members[i].key, b.members[i].key))
                return true;
            if (CubeMembers::less(b.members[i].key, a.members[i].key))
                return false;
        }
        return false;
    });
    return CubeResult{.cells = cells, .table = Rollup::tableOf(*cube, rollup)};
}

Result<FactRows> CubeReader::facts(const QSqlDatabase &db, Dialect dialect, const QString &cubeName,
                                   const QList<CubeFilter> &filters, int limit) const
{
    if (auto allowed = checkAccess(cubeName, true); !allowed)
        return std::unexpected(allowed.error());
    auto cube = CubeDefinitions::find(cubeName);
    if (!cube)
        return std::unexpected(cube.error());
    if (limit < 1)
        return fail(Text::tr("the number of facts to read must be positive, not %1").arg(limit));
    const CubeSql sql(*cube, dialect);
    QStringList select, where{sql.factCondition()};
    FactRows result;
    for (const FactColumn &column : cube->facts) {
        select << column.expression;
        result.columns << translated(column.label);
    }
    QVariantList binds;
    auto built = builtRollups(db, *cube);
    if (!built)
        return std::unexpected(built.error());
    const BuiltRollups none; // never refreshed: the aggregate, if any
    for (const CubeFilter &filter : filters) {
        auto axis = resolve(*cube, filter.on);
        if (!axis)
            return std::unexpected(axis.error());
        if (auto loaded = loadTop(db, *cube, *built ? **built : none, *axis); !loaded)
            return std::unexpected(loaded.error());
        auto sqlCondition = condition(*axis, u"(%1)"_s.arg(sql.levelExpression(*axis->dimension, *axis->level, true)),
                                      filter, binds);
        if (!sqlCondition)
            return std::unexpected(sqlCondition.error());
        where << *sqlCondition;
    }
    binds << limit + 1;
    auto rows = execute(db, u"SELECT %1 %2 WHERE %3 ORDER BY %4 DESC LIMIT ?"_s.arg(
                                select.join(u", "_s), sql.fromFacts(), where.join(u" AND "_s), cube->id),
                        binds);
    if (!rows)
        return std::unexpected(rows.error());
    while (rows->next()) {
        if (result.rows.size() == limit) {
            result.truncated = true;
            break;
        }
        QVariantList row;
        for (qsizetype i = 0; i < select.size(); ++i)
            row << rows->value(int(i));
        result.rows << row;
    }
    return result;
}

Result<QDateTime> CubeReader::lastRefresh(const QSqlDatabase &db, const QString &cubeName) const
{
    if (auto cube = CubeDefinitions::find(cubeName); !cube)
        return std::unexpected(cube.error());
    auto at = scalar(db, u"SELECT refreshed_at FROM cube_refreshes WHERE cube = ?"_s, {cubeName});
    if (!at)
        return std::unexpected(at.error());
    if (at->isNull())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(at->toLongLong(), QTimeZone::utc());
}

} // namespace nightshift::reports
