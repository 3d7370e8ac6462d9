#include "cubemeasures.h"

#include "cubemembers.h"
#include "cubesql.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nightshift::reports {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::reports::CubeReader)
};

bool storesValues(const MeasureDef &m)
{
    return m.kind != MeasureKind::Count && m.kind != MeasureKind::Quantile;
}

QString cellId(const CubeCell &cell, qsizetype replaced = -1, const QVariant &with = {})
{
    QString id;
    for (qsizetype i = 0; i < cell.members.size(); ++i)
        id += (i == replaced ? with : cell.members[i].key).toString() + u'\x1f';
    return id;
}

QVariant ratio(const QVariant &numerator, const QVariant &denominator)
{
    if (numerator.isNull() || denominator.isNull() || denominator.toDouble() == 0)
        return {};
    return numerator.toDouble() / denominator.toDouble();
}

} // namespace

Result<MeasurePlan> MeasurePlan::make(const CubeDef &cube, const QStringList &measures)
{
    MeasurePlan plan;
    plan.m_cube = &cube;
    const auto read = [&](const QString &name) {
        const MeasureDef *m = cube.measure(name);
        if (!plan.m_read.contains(m))
            plan.m_read << m;
    };
    for (const QString &name : measures) {
        if (const MeasureDef *m = cube.measure(name)) {
            plan.m_asked << Asked{.base = m, .derived = nullptr};
            read(name);
        } else if (const DerivedDef *d = cube.derivedMeasure(name)) {
            plan.m_asked << Asked{.base = nullptr, .derived = d};
            for (const QString &used : {d->numerator, d->denominator, d->of})
                if (!used.isEmpty())
                    read(used);
        } else {
            return fail(Text::tr("cube %1 has no measure \"%2\"").arg(cube.name, name));
        }
    }
    return plan;
}

qsizetype MeasurePlan::readIndex(const QString &measure) const
{
    for (qsizetype i = 0; i < m_read.size(); ++i)
        if (m_read[i]->name == measure)
            return i;
    return -1;
}

bool MeasurePlan::needsQuantileBuckets() const
{
    return std::any_of(m_read.begin(), m_read.end(), [](const MeasureDef *m) { return m->kind == MeasureKind::Quantile; });
}

QStringList MeasurePlan::selectList() const
{
    QStringList list;
    for (const MeasureDef *m : m_read) {
        list << u"SUM(%1)"_s.arg(CubeSql::measureColumn(*m, u"n"_s));
        if (!storesValues(*m))
            continue;
        list << u"SUM(%1)"_s.arg(CubeSql::measureColumn(*m, u"s"_s)) << u"SUM(%1)"_s.arg(CubeSql::measureColumn(*m, u"q"_s))
             << u"MIN(%1)"_s.arg(CubeSql::measureColumn(*m, u"lo"_s))
             << u"MAX(%1)"_s.arg(CubeSql::measureColumn(*m, u"hi"_s));
    }
    return list;
}

void MeasurePlan::add(States &states, const QSqlQuery &row, int first, qint64 bucket) const
{
    int column = first;
    for (qsizetype i = 0; i < m_read.size(); ++i) {
        State &state = states[i];
        const qint64 n = row.value(column++).toLongLong();
        state.n += n;
        if (m_read[i]->kind == MeasureKind::Quantile && n > 0)
            state.buckets[bucket] += n;
        if (!storesValues(*m_read[i]))
            continue;
        state.s += row.value(column++).toDouble();
        state.q += row.value(column++).toDouble();
        const QVariant lo = row.value(column++), hi = row.value(column++);
        if (!lo.isNull() && (!state.lo || lo.toDouble() < *state.lo))
            state.lo = lo.toDouble();
        if (!hi.isNull() && (!state.hi || hi.toDouble() > *state.hi))
            state.hi = hi.toDouble();
    }
}

void MeasurePlan::merge(States &into, const States &from)
{
    for (qsizetype i = 0; i < into.size(); ++i) {
        State &a = into[i];
        const State &b = from[i];
        a.n += b.n;
        a.s += b.s;
        a.q += b.q;
        if (b.lo && (!a.lo || *b.lo < *a.lo))
            a.lo = b.lo;
        if (b.hi && (!a.hi || *b.hi > *a.hi))
            a.hi = b.hi;
        for (auto it = b.buckets.begin(); it != b.buckets.end(); ++it)
            a.buckets[it.key()] += it.value();
    }
}

QVariant MeasurePlan::value(const MeasureDef &measure, const State &state)
{
    if (measure.kind == MeasureKind::Count)
        return state.n;
    if (state.n == 0)
        return {};
    switch (measure.kind) {
    case MeasureKind::Sum: return state.s;
    case MeasureKind::Avg: return state.s / double(state.n);
    case MeasureKind::Min: return state.lo ? QVariant(*state.lo) : QVariant();
    case MeasureKind::Max: return state.hi ? QVariant(*state.hi) : QVariant();
    case MeasureKind::Stddev: {
        // Sample standard deviation from the sums: exact recombination of any grouping.
        if (state.n < 2)
            return {};
        const double variance = (state.q - state.s * state.s / double(state.n)) / double(state.n - 1);
        return std::sqrt(std::max(variance, 0.0));
    }
    case MeasureKind::Quantile: {
        // Nearest rank over the bucketed values.
        const qint64 rank = std::max<qint64>(1, qint64(std::ceil(measure.p * double(state.n) - 1e-9)));
        qint64 seen = 0;
        for (auto it = state.buckets.begin(); it != state.buckets.end(); ++it) {
            seen += it.value();
            if (seen >= rank)
                return double(it.key());
        }
        return {};
    }
    default: return {};
    }
}

void MeasurePlan::finish(QList<CubeCell> &cells, const QList<States> &states, qsizetype axes,
                         const std::function<const LevelDef *(qsizetype)> &dateLevel,
                         const std::function<qsizetype(const QString &)> &axisOf) const
{
    States total = emptyStates();
    for (const States &s : states)
        merge(total, s);
    QHash<QString, qsizetype> index;
    for (qsizetype c = 0; c < cells.size(); ++c)
        index.insert(cellId(cells[c]), c);
    const auto base = [&](const QString &measure, const States &s) {
        return value(*m_cube->measure(measure), s[readIndex(measure)]);
    };
    for (qsizetype c = 0; c < cells.size(); ++c) {
        QVariantList values;
        for (const Asked &asked : m_asked) {
            if (asked.base) {
                values << value(*asked.base, states[c][readIndex(asked.base->name)]);
                continue;
            }
            const DerivedDef &d = *asked.derived;
            if (d.kind == DerivedKind::Rate) {
                values << ratio(base(d.numerator, states[c]), base(d.denominator, states[c]));
            } else if (d.kind == DerivedKind::Proportion) {
                values << ratio(base(d.of, states[c]), base(d.of, total));
            } else {
                const qsizetype axis = axisOf(d.along);
                QVariant previousKey;
                if (axis >= 0 && axis < axes) {
                    const QVariant key = cells[c].members[axis].key;
                    if (const LevelDef *level = dateLevel(axis)) {
                        previousKey = CubeMembers::previousDate(*level, key);
                    } else { // the member before in the result's order
                        for (const CubeCell &other : cells) {
                            const QVariant k = other.members[axis].key;
                            if (CubeMembers::less(k, key) && (previousKey.isNull() || CubeMembers::less(previousKey, k)))
                                previousKey = k;
                        }
                    }
                }
                const auto previous = previousKey.isNull() ? index.constEnd()
                                                           : index.constFind(cellId(cells[c], axis, previousKey));
                if (previous == index.constEnd()) {
                    values << QVariant();
                } else {
                    const QVariant now = base(d.of, states[c]), before = base(d.of, states[*previous]);
                    values << (now.isNull() ? QVariant() : ratio(now.toDouble() - before.toDouble(), before));
                }
            }
        }
        cells[c].values = values;
    }
}

} // namespace nightshift::reports
