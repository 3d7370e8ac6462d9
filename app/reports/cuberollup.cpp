#include "cuberollup.h"

#include "cubesql.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace nightshift::reports {

bool Rollup::keeps(const DimensionDef &d) const
{
    return dimensions.isEmpty() || dimensions.contains(d.name);
}

bool Rollup::keeps(const MeasureDef &m) const
{
    return measures.isEmpty() || measures.contains(m.stored); // the measure whose columns hold its values
}

bool Rollup::keepsQuantiles(const CubeDef &cube) const
{
    return std::any_of(cube.measures.cbegin(), cube.measures.cend(),
                       [&](const MeasureDef &m) { return m.kind == MeasureKind::Quantile && keeps(m); });
}

LevelKind Rollup::bucketOf(const DimensionDef &d, Grain grain)
{
    if (grain == Grain::Month && CubeSql::needsMonth(d))
        return LevelKind::Month;
    return grain == Grain::Base && d.hasLevel(LevelKind::Hour) ? LevelKind::Hour : LevelKind::Day;
}

bool Rollup::serves(const DimensionDef &d, const LevelDef &level) const
{
    if (!keeps(d))
        return false;
    if (!d.date)
        return true;
    switch (bucketOf(d, grain)) {
    case LevelKind::Hour: return true;
    case LevelKind::Day: return level.kind != LevelKind::Hour;
    default: return level.kind == LevelKind::Year || level.kind == LevelKind::Quarter || level.kind == LevelKind::Month;
    }
}

bool Rollup::groupsFrom(const CubeDef &cube, const Rollup &source) const
{
    // Hour < Day < Month in LevelKind's order: a source's buckets must be as fine as these.
    const auto fineness = [](LevelKind k) { return k == LevelKind::Hour ? 0 : k == LevelKind::Day ? 1 : 2; };
    for (const DimensionDef &d : cube.dimensions)
        if (keeps(d) && (!source.keeps(d) || (d.date && fineness(bucketOf(d, source.grain)) > fineness(bucketOf(d, grain)))))
            return false;
    return std::all_of(cube.measures.cbegin(), cube.measures.cend(),
                       [&](const MeasureDef &m) { return !keeps(m) || source.keeps(m); });
}

QList<Rollup> Rollup::of(const CubeDef &cube)
{
    bool hours = false, months = false;
    for (const DimensionDef &d : cube.dimensions) {
        hours = hours || (d.date && d.hasLevel(LevelKind::Hour));
        months = months || (d.date && CubeSql::needsMonth(d));
    }
    QList<Rollup> rollups;
    if (hours)
        rollups << Rollup{.name = u"day"_s, .grain = Grain::Day, .dimensions = {}, .measures = {}};
    if (months)
        rollups << Rollup{.name = u"month"_s, .grain = Grain::Month, .dimensions = {}, .measures = {}};
    for (const RollupDef &declared : cube.rollups) {
        QStringList measures;
        if (!declared.measures.isEmpty())
            measures << cube.measures.first().name; // the facts counted, top members ranked
        for (const QString &name : declared.measures)
            if (const MeasureDef *m = cube.measure(name); m && !measures.contains(m->stored))
                measures << m->stored;
        rollups << Rollup{.name = declared.name.toLower(),
                          .grain = declared.date == u"day"_s     ? Grain::Day
                              : declared.date == u"month"_s ? Grain::Month
                                                            : Grain::Base,
                          .dimensions = declared.dimensions,
                          .measures = measures};
    }
    return rollups;
}

QString Rollup::tableOf(const CubeDef &cube, const Rollup &rollup)
{
    return rollup.isBase() ? cube.aggregateTable() : cube.aggregateTable() + u"_by_"_s + rollup.name;
}

BuiltRollups BuiltRollups::parse(const CubeDef &cube, const QString &recorded)
{
    BuiltRollups built;
    QHash<QString, qint64> named;
    for (const QString &entry : recorded.split(u',', Qt::SkipEmptyParts)) {
        const QString name = entry.section(u':', 0, 0);
        bool sized = false;
        const qint64 rows = entry.section(u':', 1, 1).toLongLong(&sized);
        named.insert(name, sized ? rows : -1);
    }
    built.recent = named.contains(QString::fromLatin1(CubeSql::RecentMarker));
    for (const Rollup &rollup : Rollup::of(cube)) {
        if (!named.contains(rollup.name))
            continue;
        built.rollups << rollup;
        if (named.value(rollup.name) >= 0)
            built.rows.insert(rollup.name, named.value(rollup.name));
    }
    return built;
}

QString BuiltRollups::names(const QString &recorded)
{
    QStringList names;
    for (const QString &entry : recorded.split(u',', Qt::SkipEmptyParts))
        names << entry.section(u':', 0, 0);
    return names.join(u',');
}

Rollup BuiltRollups::smallest(const std::function<bool(const Rollup &)> &fits) const
{
    Rollup best;
    qint64 bestRows = std::numeric_limits<qint64>::max();
    bool found = false;
    for (const Rollup &rollup : rollups) {
        if (!fits(rollup))
            continue;
        const qint64 size = rows.value(rollup.name, std::numeric_limits<qint64>::max());
        if (!found || size <= bestRows) { // ties (unknown sizes): the later, coarser one
            best = rollup;
            bestRows = size;
            found = true;
        }
    }
    return best;
}

} // namespace nightshift::reports
