#include "cubenaive.h"

#include "store/sqlsupport.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace nightshift;
using namespace nightshift::reports;

namespace cubetest {

namespace {

// How each measure of the two cubes is defined (resources/cubes/*.json), written out again by hand.
struct Measure
{
    Measure(QString k = {}, double quantile = 0, QString first = {}, QString second = {})
        : kind(std::move(k)), p(quantile), a(std::move(first)), b(std::move(second))
    {
    }
    QString kind; // count sum avg max stddev quantile rate proportion variation
    double p = 0;
    QString a; // rate: numerator; proportion, variation: of
    QString b; // rate: denominator; variation: along
};

const QHash<QString, Measure> &measures()
{
    static const QHash<QString, Measure> all{
        {u"events"_s, {u"count"_s}},
        {u"sent"_s, {u"count"_s}},
        {u"errors"_s, {u"count"_s}},
        {u"realtime"_s, {u"count"_s}},
        {u"avgDelay"_s, {u"avg"_s}},
        {u"minDelay"_s, {u"min"_s}},
        {u"maxDelay"_s, {u"max"_s}},
        {u"delayStddev"_s, {u"stddev"_s}},
        {u"sentRate"_s, {u"rate"_s, 0, u"sent"_s, u"events"_s}},
        {u"errorRate"_s, {u"rate"_s, 0, u"errors"_s, u"events"_s}},
        {u"executions"_s, {u"count"_s}},
        {u"failures"_s, {u"count"_s}},
        {u"p50"_s, {u"quantile"_s, 0.5}},
        {u"p95"_s, {u"quantile"_s, 0.95}},
        {u"avgDuration"_s, {u"avg"_s}},
        {u"rows"_s, {u"sum"_s}},
        {u"failureRate"_s, {u"rate"_s, 0, u"failures"_s, u"executions"_s}},
    };
    return all;
}

Measure measureOf(const QString &cube, const QString &name)
{
    const QString first = cube == u"messageCenter"_s ? u"events"_s : u"executions"_s;
    if (name == u"share"_s)
        return {u"proportion"_s, 0, first, {}};
    if (name == u"growth"_s)
        return {u"variation"_s, 0, first, u"date"_s};
    return measures().value(name);
}

void addDate(Fact &fact, const QString &dimension, const QStringList &levels, const QVariant &ms)
{
    for (const QString &level : levels) {
        QVariant key;
        const bool text = level == u"quarter"_s || level == u"month"_s || level == u"day"_s;
        if (ms.isNull()) {
            key = text ? QVariant(u""_s) : QVariant(qint64(-1));
        } else {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::utc());
            const QDate d = at.date();
            if (level == u"year"_s)
                key = qint64(d.year());
            else if (level == u"quarter"_s)
                key = u"%1-Q%2"_s.arg(d.year()).arg((d.month() - 1) / 3 + 1);
            else if (level == u"month"_s)
                key = d.toString(u"yyyy-MM"_s);
            else if (level == u"day"_s)
                key = d.toString(Qt::ISODate);
            else if (level == u"hour"_s)
                key = qint64(at.time().hour());
            else
                key = qint64(d.dayOfWeek());
        }
        fact.keys.insert(dimension + u'.' + level, key);
    }
}

qint64 rangeOf(const QVariant &value, const QList<double> &bounds)
{
    if (value.isNull())
        return -1;
    for (qsizetype i = 0; i < bounds.size(); ++i)
        if (value.toDouble() < bounds[i])
            return i;
    return bounds.size();
}

QVariant text(const QVariant &v)
{
    return v.isNull() ? QVariant(u""_s) : QVariant(v.toString());
}

std::optional<double> counted(bool yes)
{
    return yes ? std::optional<double>(1) : std::nullopt;
}

std::optional<double> number(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

double twoDigits(double v)
{
    qint64 n = qint64(v), step = 1;
    if (n < 100)
        return double(n);
    while (n >= step * 1000)
        step *= 10;
    return double(n / (step * 10) * (step * 10));
}

QVariant value(const Measure &m, const QString &name, const QList<const Fact *> &facts)
{
    QList<double> values;
    for (const Fact *f : facts)
        if (const auto v = f->values.value(name))
            values << *v;
    if (m.kind == u"count"_s)
        return qint64(values.size());
    if (values.isEmpty())
        return {};
    double sum = 0;
    for (double v : values)
        sum += v;
    if (m.kind == u"sum"_s)
        return sum;
    if (m.kind == u"avg"_s)
        return sum / double(values.size());
    if (m.kind == u"max"_s)
        return *std::max_element(values.begin(), values.end());
    if (m.kind == u"min"_s)
        return *std::min_element(values.begin(), values.end());
    if (m.kind == u"stddev"_s) {
        if (values.size() < 2)
            return {};
        const double mean = sum / double(values.size());
        double squares = 0;
        for (double v : values)
            squares += (v - mean) * (v - mean);
        return std::sqrt(squares / double(values.size() - 1));
    }
    QList<double> sorted;
    for (double v : values)
        sorted << twoDigits(v);
    std::sort(sorted.begin(), sorted.end());
    const qsizetype rank = std::max<qsizetype>(1, qsizetype(std::ceil(m.p * double(sorted.size()) - 1e-9)));
    return sorted[rank - 1];
}

QVariant ratio(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull() || b.toDouble() == 0)
        return {};
    return a.toDouble() / b.toDouble();
}

QVariant previousDate(const QString &level, const QVariant &key)
{
    const QString k = key.toString();
    if (k.isEmpty() || k == u"-1"_s)
        return {};
    if (level == u"year"_s)
        return key.toLongLong() - 1;
    if (level == u"quarter"_s) {
        const int y = k.left(4).toInt(), q = k.right(1).toInt();
        return q == 1 ? u"%1-Q4"_s.arg(y - 1) : u"%1-Q%2"_s.arg(y).arg(q - 1);
    }
    if (level == u"month"_s)
        return QDate::fromString(k + u"-01"_s, Qt::ISODate).addMonths(-1).toString(u"yyyy-MM"_s);
    if (level == u"day"_s)
        return QDate::fromString(k, Qt::ISODate).addDays(-1).toString(Qt::ISODate);
    if (level == u"hour"_s)
        return (key.toLongLong() + 23) % 24;
    return (key.toLongLong() + 5) % 7 + 1;
}

QString cellId(const QList<Member> &members)
{
    QStringList keys;
    for (const Member &m : members)
        keys << m.key.toString();
    return keys.join(u'\x1f');
}

} // namespace

NaiveCube NaiveCube::messageCenter(const QSqlDatabase &db)
{
    NaiveCube cube;
    auto rows = execute(db, u"SELECT id, type, channel, status, is_realtime, created_at, processed_at FROM mc_events ORDER BY id"_s);
    while (rows && rows->next()) {
        Fact f;
        const QVariant processed = rows->value(6), created = rows->value(5);
        const QVariant delay = processed.isNull() ? QVariant() : QVariant(processed.toLongLong() - created.toLongLong());
        f.keys.insert(u"channel.channel"_s, text(rows->value(2)));
        addDate(f, u"date"_s, {u"year"_s, u"quarter"_s, u"month"_s, u"day"_s, u"weekday"_s}, created);
        f.keys.insert(u"status.status"_s, text(rows->value(3)));
        f.keys.insert(u"eventType.top"_s, text(rows->value(1)));
        f.keys.insert(u"eventType.type"_s, text(rows->value(1)));
        const QString status = rows->value(3).toString();
        f.values.insert(u"events"_s, 1);
        f.values.insert(u"sent"_s, counted(status == u"sent"_s));
        f.values.insert(u"errors"_s, counted(status == u"deliveryError"_s || status == u"expired"_s));
        f.values.insert(u"realtime"_s, counted(rows->value(4).toInt() == 1));
        for (const QString &m : {u"avgDelay"_s, u"minDelay"_s, u"maxDelay"_s, u"delayStddev"_s})
            f.values.insert(m, number(delay));
        cube.facts << f;
    }
    cube.foldTop(u"eventType.top"_s, 10);
    return cube;
}

NaiveCube NaiveCube::workflowRuns(const QSqlDatabase &db)
{
    NaiveCube cube;
    auto rows = execute(db, u"SELECT w.package_id, w.internal_name, t.activity, r.operator, t.state, t.started_at, "
                            "t.ended_at, t.rows_processed FROM tasks t JOIN workflows w ON w.id = t.workflow_id "
                            "LEFT JOIN runs r ON r.id = t.run_id WHERE t.started_at IS NOT NULL ORDER BY t.id"_s);
    while (rows && rows->next()) {
        Fact f;
        const QVariant started = rows->value(5), ended = rows->value(6);
        const QVariant duration = ended.isNull() ? QVariant() : QVariant(ended.toLongLong() - started.toLongLong());
        f.keys.insert(u"package.package"_s, text(rows->value(0)));
        f.keys.insert(u"workflow.workflow"_s, text(rows->value(1)));
        f.keys.insert(u"activity.activity"_s, text(rows->value(2)));
        f.keys.insert(u"operator.operator"_s, text(rows->value(3)));
        f.keys.insert(u"status.status"_s, text(rows->value(4)));
        addDate(f, u"hour"_s, {u"hour"_s}, started);
        addDate(f, u"weekday"_s, {u"weekday"_s}, started);
        addDate(f, u"date"_s, {u"year"_s, u"quarter"_s, u"month"_s, u"day"_s}, started);
        f.keys.insert(u"duration.range"_s, rangeOf(duration, {1000, 60000, 3600000}));
        f.values.insert(u"executions"_s, 1);
        f.values.insert(u"failures"_s, counted(rows->value(4).toString() == u"failed"_s));
        for (const QString &m : {u"p50"_s, u"p95"_s, u"avgDuration"_s})
            f.values.insert(m, number(duration));
        f.values.insert(u"rows"_s, number(rows->value(7)));
        cube.facts << f;
    }
    return cube;
}

void NaiveCube::foldTop(const QString &key, int top)
{
    QHash<QString, qint64> counts;
    for (const Fact &f : facts)
        ++counts[f.keys.value(key).toString()];
    QStringList order = counts.keys();
    std::sort(order.begin(), order.end(), [&](const QString &a, const QString &b) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
    });
    const QStringList kept = order.mid(0, top);
    for (Fact &f : facts)
        if (!kept.contains(f.keys.value(key).toString()))
            f.keys.insert(key, CubeReader::othersKey());
}

QVariantList NaiveCube::members(const QString &dimension, const QString &level) const
{
    QVariantList all;
    QSet<QString> seen;
    for (const Fact &f : facts) {
        const QVariant k = f.keys.value(dimension + u'.' + level);
        if (!seen.contains(k.toString())) {
            seen.insert(k.toString());
            all << k;
        }
    }
    return all;
}

CubeResult NaiveCube::query(const CubeInfo &info, const CubeQuery &q) const
{
    QList<const Fact *> kept;
    for (const Fact &f : facts) {
        bool in = true;
        for (const CubeFilter &filter : q.filters) {
            const QString k = f.keys.value(filter.on.dimension + u'.' + filter.on.level).toString();
            const bool listed = std::any_of(filter.members.begin(), filter.members.end(),
                                            [&](const QVariant &m) { return m.toString() == k; });
            in = in && listed != filter.exclude;
        }
        if (in)
            kept << &f;
    }
    QHash<QString, QList<const Fact *>> groups;
    QHash<QString, QList<Member>> membersOf;
    for (const Fact *f : kept) {
        QList<Member> members;
        for (const AxisLevel &at : q.groupBy)
            members << Member{.key = f->keys.value(at.dimension + u'.' + at.level), .label = {}};
        groups[cellId(members)] << f;
        membersOf.insert(cellId(members), members);
    }
    if (q.groupBy.isEmpty() && groups.isEmpty()) {
        groups.insert(QString(), {});
        membersOf.insert(QString(), {});
    }
    CubeResult result;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        CubeCell cell{.members = membersOf.value(it.key()), .values = {}};
        for (const QString &name : q.measures) {
            const Measure m = measureOf(info.name, name);
            if (m.kind == u"rate"_s) {
                cell.values << ratio(value(measureOf(info.name, m.a), m.a, it.value()),
                                     value(measureOf(info.name, m.b), m.b, it.value()));
            } else if (m.kind == u"proportion"_s) {
                cell.values << ratio(value(measureOf(info.name, m.a), m.a, it.value()),
                                     value(measureOf(info.name, m.a), m.a, kept));
            } else if (m.kind == u"variation"_s) {
                qsizetype axis = -1;
                for (qsizetype i = 0; i < q.groupBy.size(); ++i)
                    if (q.groupBy[i].dimension == m.b && axis < 0)
                        axis = i;
                QVariant v;
                if (axis >= 0) {
                    QList<Member> previous = cell.members;
                    previous[axis].key = previousDate(q.groupBy[axis].level, previous[axis].key);
                    if (!previous[axis].key.isNull() && groups.contains(cellId(previous))) {
                        const QVariant now = value(measureOf(info.name, m.a), m.a, it.value());
                        const QVariant before = value(measureOf(info.name, m.a), m.a, groups.value(cellId(previous)));
                        v = ratio(now.toDouble() - before.toDouble(), before);
                    }
                }
                cell.values << v;
            } else {
                cell.values << value(m, name, it.value());
            }
        }
        result.cells << cell;
    }
    return result;
}

CubeQuery randomQuery(QRandomGenerator &random, const CubeInfo &info, const NaiveCube &naive)
{
    CubeQuery q;
    QList<CubeDimension> dimensions = info.dimensions;
    const int axes = random.bounded(4);
    for (int i = 0; i < axes && !dimensions.isEmpty(); ++i) {
        const CubeDimension d = dimensions.takeAt(random.bounded(int(dimensions.size())));
        q.groupBy << AxisLevel{.dimension = d.name, .level = d.levels.at(random.bounded(int(d.levels.size()))).name};
    }
    const int filters = random.bounded(3);
    for (int i = 0; i < filters; ++i) {
        const CubeDimension &d = info.dimensions.at(random.bounded(int(info.dimensions.size())));
        const CubeLevel &level = d.levels.at(random.bounded(int(d.levels.size())));
        CubeFilter filter{.on = {.dimension = d.name, .level = level.name}, .members = {}, .exclude = random.bounded(3) == 0};
        for (const QVariant &m : naive.members(d.name, level.name))
            if (random.bounded(2) == 0)
                filter.members << m;
        q.filters << filter;
    }
    for (const CubeMeasure &m : info.measures)
        q.measures << m.name;
    return q;
}

QString describe(const CubeQuery &q)
{
    QStringList parts;
    for (const AxisLevel &a : q.groupBy)
        parts << u"by %1.%2"_s.arg(a.dimension, a.level);
    for (const CubeFilter &f : q.filters) {
        QStringList members;
        for (const QVariant &m : f.members)
            members << m.toString();
        parts << u"%1 %2.%3 in {%4}"_s.arg(f.exclude ? u"not"_s : u""_s, f.on.dimension, f.on.level, members.join(u','));
    }
    return parts.join(u"; "_s);
}

QString compare(const CubeResult &actual, const CubeResult &expected, const CubeQuery &q)
{
    QHash<QString, CubeCell> want;
    for (const CubeCell &cell : expected.cells)
        want.insert(cellId(cell.members), cell);
    if (actual.cells.size() != expected.cells.size())
        return u"%1: %2 cells, %3 expected"_s.arg(describe(q)).arg(actual.cells.size()).arg(expected.cells.size());
    for (const CubeCell &cell : actual.cells) {
        const QString id = cellId(cell.members);
        if (!want.contains(id))
            return u"%1: unexpected cell [%2]"_s.arg(describe(q), id);
        const CubeCell &w = want[id];
        for (qsizetype i = 0; i < q.measures.size(); ++i) {
            const QVariant a = cell.values.value(i), e = w.values.value(i);
            const bool same = a.isNull() == e.isNull()
                && (a.isNull() || std::abs(a.toDouble() - e.toDouble()) <= 1e-9 * std::max(1.0, std::abs(e.toDouble())));
            if (!same)
                return u"%1: cell [%2] measure %3 is %4, %5 expected"_s.arg(describe(q), id, q.measures[i],
                                                                         a.isNull() ? u"null"_s : a.toString(),
                                                                         e.isNull() ? u"null"_s : e.toString());
        }
    }
    return {};
}

QString addMessageCenterEvents(const QSqlDatabase &db, QRandomGenerator &random, int count, qint64 firstId)
{
    static const QStringList statuses{u"pending"_s, u"pendingDelivery"_s, u"sent"_s, u"sent"_s, u"ignored"_s,
                                      u"deliveryError"_s, u"notCovered"_s, u"expired"_s};
    static const QStringList channels{u"email"_s, u"email"_s, u"sms"_s, u"mobileApp"_s};
    const qint64 start = 1735689600000; // 2025-01-01: two years cover years, quarters and months
    for (int i = 0; i < count; ++i) {
        const qint64 created = start + qint64(random.bounded(730 * 24)) * 3600000 + random.bounded(3600000);
        const int delayKind = random.bounded(5);
        const QVariant processed = delayKind == 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                                  : QVariant(created + qint64(random.bounded(delayKind == 4 ? 5000000 : 90000)));
        auto done = execute(db,
                            u"INSERT INTO mc_events (id, type, channel, status, is_realtime, created_at, processed_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                            {firstId + i, u"TYPE_%1"_s.arg(random.bounded(14)), channels.at(random.bounded(4)),
                             statuses.at(random.bounded(int(statuses.size()))), random.bounded(2), created, processed});
        if (!done)
            return done.error().message;
    }
    return {};
}

QString addWorkflowTasks(const QSqlDatabase &db, QRandomGenerator &random, int count, qint64 firstId)
{
    auto folder = scalar(db, u"SELECT id FROM folders WHERE name = 'cubeTests'"_s);
    if (!folder)
        return folder.error().message;
    if (folder->isNull()) {
        if (auto made = execute(db, u"INSERT INTO folders (id, name, label, created_at) VALUES (9000, 'cubeTests', 'Cube tests', 0)"_s); !made)
            return made.error().message;
        for (int w = 0; w < 4; ++w) {
            auto made = execute(db,
                                u"INSERT INTO workflows (id, internal_name, label, folder_id, definition, created_at, "
                                "modified_at) VALUES (?, ?, ?, 9000, '<workflow/>', 0, 0)"_s,
                                {9000 + w, u"cubeWorkflow%1"_s.arg(w), u"Cube workflow %1"_s.arg(w)});
            if (!made)
                return made.error().message;
        }
    }
    static const QStringList states{u"done"_s, u"done"_s, u"done"_s, u"failed"_s, u"cancelled"_s};
    static const QStringList operators{u"admin"_s, u"alice"_s, u""_s};
    for (int i = 0; i < count; ++i) {
        const qint64 id = firstId + i;
        const qint64 started = 1735689600000 + qint64(random.bounded(400 * 24)) * 3600000 + random.bounded(3600000);
        const QString op = operators.at(random.bounded(3));
        auto run = execute(db,
                           u"INSERT INTO runs (id, workflow_id, trigger, operator, started_at, status) "
                           "VALUES (?, ?, 'manual', ?, ?, 'succeeded')"_s,
                           {id, 9000 + random.bounded(4), op.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(op), started});
        if (!run)
            return run.error().message;
        const qint64 duration = random.bounded(8) == 0 ? qint64(random.bounded(7200000)) : qint64(random.bounded(5000));
        auto task = execute(db,
                            u"INSERT INTO tasks (id, workflow_id, run_id, activity, state, created_at, started_at, "
                            "ended_at, rows_processed) SELECT ?, workflow_id, id, ?, ?, ?, ?, ?, ? FROM runs WHERE id = ?"_s,
                            {id, u"activity%1"_s.arg(random.bounded(5)), states.at(random.bounded(int(states.size()))),
                             started, started, started + duration, random.bounded(1000), id});
        if (!task)
            return task.error().message;
    }
    return {};
}

namespace {

CubeInfo infoOf(const QString &cube)
{
    const auto cubes = CubeReader::cubes();
    for (const CubeInfo &i : cubes.value())
        if (i.name == cube)
            return i;
    return {};
}

QString checkEach(const QSqlDatabase &db, Dialect dialect, const CubeInfo &full, const CubeInfo &asked,
                  const NaiveCube &naive, quint32 seed, int queries, QStringList *tables)
{
    QRandomGenerator random(seed);
    for (int i = 0; i < queries; ++i) {
        const CubeQuery q = randomQuery(random, asked, naive);
        auto actual = CubeReader().query(db, dialect, full.name, q);
        if (!actual)
            return describe(q) + u": "_s + actual.error().message;
        if (QString difference = compare(*actual, naive.query(full, q), q); !difference.isEmpty())
            return u"query %1 (seed %2, from %3): %4"_s.arg(i).arg(seed).arg(actual->table, difference);
        if (tables)
            *tables << actual->table;
    }
    return {};
}

} // namespace

QString checkQueries(const QSqlDatabase &db, Dialect dialect, const QString &cube, const NaiveCube &naive,
                     quint32 seed, int queries)
{
    const CubeInfo info = infoOf(cube);
    return checkEach(db, dialect, info, info, naive, seed, queries, nullptr);
}

QString checkQueriesWithin(const QSqlDatabase &db, Dialect dialect, const QString &cube, const NaiveCube &naive,
                           const QStringList &dimensions, quint32 seed, int queries, QStringList *tables)
{
    const CubeInfo info = infoOf(cube);
    CubeInfo within = info;
    within.dimensions.removeIf([&](const CubeDimension &d) { return !dimensions.contains(d.name); });
    return checkEach(db, dialect, info, within, naive, seed, queries, tables);
}

} // namespace cubetest
