#pragma once

#include "cubedefinition.h"
#include "cubequery.h"

#include <QMap>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace nightshift::reports {

// The measures of one query: which stored measures to read, how their partial states (count, sum, sum of
// squares, min, max; per-bucket counts for quantiles) merge, and the final values, derived ones included.
class MeasurePlan
{
public:
    struct State
    {
        qint64 n = 0;
        double s = 0;
        double q = 0;
        std::optional<double> lo;
        std::optional<double> hi;
        QMap<qint64, qint64> buckets; // quantiles: value bucket → count
    };
    using States = QList<State>; // one per stored measure read

    static Result<MeasurePlan> make(const CubeDef &cube, const QStringList &measures);

    bool needsQuantileBuckets() const;
    const QList<const MeasureDef *> &readMeasures() const { return m_read; } // the stored measures it reads
    QStringList selectList() const; // SUM/MIN/MAX of the stored columns, in read order
    States emptyStates() const { return States(m_read.size()); }
    // Adds one result row (its measure columns from `first`; `bucket` for quantiles) into states.
    void add(States &states, const QSqlQuery &row, int first, qint64 bucket) const;
    static void merge(States &into, const States &from);

    // The values of every cell, in the order asked. dateLevel(axis): the level of a date axis (for the
    // previous member of variations), else nullptr; axisOf(dimension): the axis of a dimension, or -1.
    void finish(QList<CubeCell> &cells, const QList<States> &states, qsizetype axes,
                const std::function<const LevelDef *(qsizetype)> &dateLevel,
                const std::function<qsizetype(const QString &)> &axisOf) const;

    // One stored measure's value from its state (null when there is none), as the aggregate defines it.
    static QVariant value(const MeasureDef &measure, const State &state);

private:
    struct Asked
    {
        const MeasureDef *base = nullptr;
        const DerivedDef *derived = nullptr;
    };
    qsizetype readIndex(const QString &measure) const;

    const CubeDef *m_cube = nullptr;
    QList<Asked> m_asked;
    QList<const MeasureDef *> m_read;
};

} // namespace nightshift::reports
