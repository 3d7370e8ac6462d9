#pragma once

#include "cubedefinition.h"

#include <QHash>

#include <functional>

namespace nightshift::reports {

// The aggregate and its rollups (docs/cubes.md, "Rollups"): coarser copies holding the aggregate's columns for
// the dimensions and measures they keep, refreshed with it in the same transactions. The automatic day and
// month rollups keep everything, every date dimension's bucket coarsened; a definition declares others that drop
// dimensions or measures (messageCenter: day × event type). A query reads the smallest one that holds what it
// groups, filters and measures.
struct Rollup
{
    enum class Grain { Base, Day, Month }; // date buckets: the aggregate's (hour or day), days, months

    QString name; // "" for the aggregate itself
    Grain grain = Grain::Base;
    QStringList dimensions; // kept; empty: every one
    QStringList measures; // kept stored measures; empty: every one

    bool isBase() const { return name.isEmpty(); }
    bool keeps(const DimensionDef &d) const;
    bool keeps(const MeasureDef &m) const;
    bool keepsQuantiles(const CubeDef &cube) const; // the quantile bucket column, when it keeps a quantile
    // Whether it holds the level: its dimension kept, a date level no finer than its buckets.
    bool serves(const DimensionDef &d, const LevelDef &level) const;
    // Whether its rows can be grouped from `source`'s: every dimension and measure there, buckets as fine.
    bool groupsFrom(const CubeDef &cube, const Rollup &source) const;

    static LevelKind bucketOf(const DimensionDef &d, Grain grain); // Hour, Day or Month
    static QList<Rollup> of(const CubeDef &cube); // day, month (with date dimensions), then the declared ones
    static QString tableOf(const CubeDef &cube, const Rollup &rollup); // cube_<name>, cube_<name>_by_<rollup>
};

// cube_refreshes.rollups: the rollups built with the aggregate, with their rows when the last full refresh built
// them ("month:10920,daytype:16000,recent"; an aggregate built before the sizes were recorded has none).
struct BuiltRollups
{
    QList<Rollup> rollups; // in Rollup::of's order
    QHash<QString, qint64> rows; // by name
    bool recent = false; // the aggregate has recent rows

    static BuiltRollups parse(const CubeDef &cube, const QString &recorded);
    static QString names(const QString &recorded); // without the sizes: "month,daytype,recent"
    // The smallest built rollup that fits (unknown sizes last, then the later one); the aggregate when none does.
    Rollup smallest(const std::function<bool(const Rollup &)> &fits) const;
};

} // namespace nightshift::reports
