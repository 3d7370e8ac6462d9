#include "cubedefinition.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace nightshift::reports {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::reports::CubeDefinitions)
};

const QList<std::pair<QString, LevelKind>> &dateLevels()
{
    static const QList<std::pair<QString, LevelKind>> levels{
        {u"year"_s, LevelKind::Year}, {u"quarter"_s, LevelKind::Quarter}, {u"month"_s, LevelKind::Month},
        {u"day"_s, LevelKind::Day},   {u"hour"_s, LevelKind::Hour},       {u"weekday"_s, LevelKind::Weekday}};
    return levels;
}

} // namespace

QString CubeDefinitions::dateLevelLabel(LevelKind kind)
{
    switch (kind) {
    case LevelKind::Year: return Text::tr("Year");
    case LevelKind::Quarter: return Text::tr("Quarter");
    case LevelKind::Month: return Text::tr("Month");
    case LevelKind::Day: return Text::tr("Day");
    case LevelKind::Hour: return Text::tr("Hour of day");
    case LevelKind::Weekday: return Text::tr("Day of week");
    default: return {};
    }
}

namespace {

const QList<std::pair<QString, MeasureKind>> measureKinds{
    {u"count"_s, MeasureKind::Count}, {u"sum"_s, MeasureKind::Sum},       {u"avg"_s, MeasureKind::Avg},
    {u"min"_s, MeasureKind::Min},     {u"max"_s, MeasureKind::Max},       {u"stddev"_s, MeasureKind::Stddev},
    {u"quantile"_s, MeasureKind::Quantile}};
const QStringList formats{u"count"_s, u"number"_s, u"percent"_s, u"duration"_s, u"money"_s};

// Reads one definition, remembering the first problem with its place ("dimensions[1].levels[0].name").
class Reader
{
public:
    explicit Reader(QString file) : m_file(std::move(file)) {}

    bool failed() const { return !m_error.isEmpty(); }
    Error error() const
    {
        const QString where = m_cube.isEmpty() ? m_field : Text::tr("cube \"%1\", %2").arg(m_cube, m_field);
        return Error{.message = Text::tr("%1: %2").arg(where, m_error), .source = m_file, .line = 0, .column = 0};
    }
    void setCube(const QString &cube) { m_cube = cube; }

    void problem(const QString &field, const QString &message)
    {
        if (!failed()) {
            m_field = field;
            m_error = message;
        }
    }
    QString text(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(path + key, Text::tr("missing"));
            return {};
        }
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            problem(path + key, Text::tr("must be a non-empty text"));
            return {};
        }
        if (v.toString().contains(u';'))
            problem(path + key, Text::tr("must not contain \";\""));
        return v.toString().trimmed();
    }
    QString name(const QJsonObject &o, const QString &path)
    {
        static const QRegularExpression identifier(u"^[A-Za-z][A-Za-z0-9_]{0,39}$"_s);
        const QString n = text(o, path, u"name"_s, true);
        if (!n.isEmpty() && !identifier.match(n).hasMatch())
            problem(path + u"name"_s,
                    Text::tr("\"%1\" is not a name (a letter, then letters, digits or _; at most 40)").arg(n));
        return n;
    }
    QString format(const QJsonObject &o, const QString &path, const QString &fallback)
    {
        const QString f = text(o, path, u"format"_s, false);
        if (f.isEmpty())
            return fallback;
        if (!formats.contains(f))
            problem(path + u"format"_s, Text::tr("\"%1\" is not one of %2").arg(f, formats.join(u", "_s)));
        return f;
    }

private:
    QString m_file;
    QString m_cube;
    QString m_field;
    QString m_error;
};

LevelDef readValueLevel(Reader &r, const QJsonObject &o, const QString &path)
{
    LevelDef level;
    level.name = r.name(o, path);
    level.label = r.text(o, path, u"label"_s, false);
    if (level.label.isEmpty())
        level.label = level.name;
    level.expression = r.text(o, path, u"expression"_s, true);
    level.labelExpression = r.text(o, path, u"labelExpression"_s, false);
    level.integer = o.value(u"integer"_s).toBool(false);
    const QString bin = o.value(u"bin"_s).toString(u"values"_s);
    if (bin == u"values"_s) {
        level.kind = LevelKind::Value;
    } else if (bin == u"top"_s) {
        level.kind = LevelKind::Top;
        level.top = o.value(u"top"_s).toInt(0);
        if (level.top < 1 || level.top > 1000)
            r.problem(path + u"top"_s, Text::tr("must be a number of members from 1 to 1000"));
    } else if (bin == u"ranges"_s) {
        level.kind = LevelKind::Ranges;
        const QJsonArray ranges = o.value(u"ranges"_s).toArray();
        if (ranges.size() < 2)
            r.problem(path + u"ranges"_s, Text::tr("needs at least two ranges"));
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            const QString at = u"%1ranges[%2]."_s.arg(path).arg(i);
            const QJsonObject range = ranges.at(i).toObject();
            RangeBin binDef{.label = r.text(range, at, u"label"_s, true), .bounded = range.contains(u"below"_s),
                            .below = range.value(u"below"_s).toDouble()};
            if (binDef.bounded != (i + 1 < ranges.size()))
                r.problem(at + u"below"_s, Text::tr("every range but the last needs an upper bound, the last none"));
            if (binDef.bounded && i > 0 && binDef.below <= level.ranges.last().below)
                r.problem(at + u"below"_s, Text::tr("bounds must increase"));
            level.ranges << binDef;
        }
    } else {
        r.problem(path + u"bin"_s, Text::tr("\"%1\" is not one of values, ranges, top").arg(bin));
    }
    if (level.kind == LevelKind::Ranges && !level.labelExpression.isEmpty())
        r.problem(path + u"labelExpression"_s, Text::tr("ranges take their labels from the ranges"));
    return level;
}

DimensionDef readDimension(Reader &r, const QJsonObject &o, const QString &path)
{
    DimensionDef d;
    d.name = r.name(o, path);
    d.label = r.text(o, path, u"label"_s, false);
    if (d.label.isEmpty())
        d.label = d.name;
    const QString type = o.value(u"type"_s).toString(u"values"_s);
    d.date = type == u"date"_s;
    if (!d.date && type != u"values"_s)
        r.problem(path + u"type"_s, Text::tr("\"%1\" is not one of date, values").arg(type));
    const QJsonArray levels = o.value(u"levels"_s).toArray();
    if (levels.isEmpty())
        r.problem(path + u"levels"_s, Text::tr("needs at least one level"));
    if (d.date)
        d.expression = r.text(o, path, u"expression"_s, true);
    QSet<QString> seen;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QString at = u"%1levels[%2]."_s.arg(path).arg(i);
        LevelDef level;
        if (d.date) {
            const QString name = levels.at(i).toString();
            auto known = std::find_if(dateLevels().begin(), dateLevels().end(),
                                      [&](const auto &entry) { return entry.first == name; });
            if (known == dateLevels().end()) {
                r.problem(at.chopped(1), Text::tr("\"%1\" is not one of year, quarter, month, day, hour, weekday").arg(name));
                continue;
            }
            level = LevelDef{.name = name, .label = CubeDefinitions::dateLevelLabel(known->second), .kind = known->second,
                             .expression = {}, .labelExpression = {}, .integer = true, .ranges = {}, .top = 0};
        } else {
            level = readValueLevel(r, levels.at(i).toObject(), at);
        }
        if (seen.contains(level.name.toLower()))
            r.problem(at + u"name"_s, Text::tr("\"%1\" is already a level of this dimension").arg(level.name));
        seen.insert(level.name.toLower());
        d.levels << level;
    }
    return d;
}

MeasureDef readMeasure(Reader &r, const QJsonObject &o, const QString &path)
{
    MeasureDef m;
    m.name = r.name(o, path);
    m.label = r.text(o, path, u"label"_s, false);
    if (m.label.isEmpty())
        m.label = m.name;
    const QString type = r.text(o, path, u"type"_s, true);
    auto kind = std::find_if(measureKinds.begin(), measureKinds.end(), [&](const auto &e) { return e.first == type; });
    if (kind == measureKinds.end() && !type.isEmpty())
        r.problem(path + u"type"_s, Text::tr("\"%1\" is not one of count, sum, avg, min, max, stddev, quantile").arg(type));
    m.kind = kind == measureKinds.end() ? MeasureKind::Count : kind->second;
    if (m.kind != MeasureKind::Count)
        m.expression = r.text(o, path, u"expression"_s, true);
    m.filter = r.text(o, path, u"filter"_s, false);
    m.format = r.format(o, path, m.kind == MeasureKind::Count ? u"count"_s : u"number"_s);
    if (m.kind == MeasureKind::Quantile) {
        m.p = o.value(u"p"_s).toDouble(-1);
        if (!(m.p > 0 && m.p <= 1))
            r.problem(path + u"p"_s, Text::tr("must be a fraction above 0 and at most 1, e.g. 0.95"));
    }
    return m;
}

DerivedDef readDerived(Reader &r, const QJsonObject &o, const QString &path)
{
    DerivedDef d;
    d.name = r.name(o, path);
    d.label = r.text(o, path, u"label"_s, false);
    if (d.label.isEmpty())
        d.label = d.name;
    d.format = r.format(o, path, u"percent"_s);
    const QString type = r.text(o, path, u"type"_s, true);
    if (type == u"rate"_s) {
        d.kind = DerivedKind::Rate;
        d.numerator = r.text(o, path, u"numerator"_s, true);
        d.denominator = r.text(o, path, u"denominator"_s, true);
    } else if (type == u"proportion"_s || type == u"variation"_s) {
        d.kind = type == u"proportion"_s ? DerivedKind::Proportion : DerivedKind::Variation;
        d.of = r.text(o, path, u"of"_s, true);
        if (d.kind == DerivedKind::Variation)
            d.along = r.text(o, path, u"along"_s, true);
    } else if (!type.isEmpty()) {
        r.problem(path + u"type"_s, Text::tr("\"%1\" is not one of rate, proportion, variation").arg(type));
    }
    return d;
}

RollupDef readRollup(Reader &r, const QJsonObject &o, const QString &path)
{
    RollupDef rollup{.name = r.name(o, path), .dimensions = {}, .measures = {}, .date = r.text(o, path, u"date"_s, false)};
    for (const auto &[key, list] : {std::pair{u"dimensions"_s, &rollup.dimensions}, {u"measures"_s, &rollup.measures}})
        for (const QJsonValue &v : o.value(key).toArray())
            *list << v.toString();
    if (rollup.dimensions.isEmpty())
        r.problem(path + u"dimensions"_s, Text::tr("needs at least one dimension"));
    if (!rollup.date.isEmpty() && rollup.date != u"day"_s && rollup.date != u"month"_s)
        r.problem(path + u"date"_s, Text::tr("\"%1\" is not one of day, month").arg(rollup.date));
    return rollup;
}

// Records `name` among `names` (case-insensitively, as column and table names are); whether it was there already.
bool alreadyNamed(QSet<QString> &names, const QString &name)
{
    const qsizetype before = names.size();
    names.insert(name.toLower());
    return names.size() == before;
}

// Declared rollups: names free (day and month are the automatic ones'), short enough for an index name on
// PostgreSQL (63 characters), dimensions and stored measures of the cube.
void checkRollups(Reader &r, const CubeDef &cube)
{
    QSet<QString> names{u"day"_s, u"month"_s};
    for (qsizetype i = 0; i < cube.rollups.size(); ++i) {
        const RollupDef &rollup = cube.rollups[i];
        const QString at = u"rollups[%1]."_s.arg(i);
        if (alreadyNamed(names, rollup.name))
            r.problem(at + u"name"_s, Text::tr("\"%1\" is already a rollup of this cube").arg(rollup.name));
        // cube_<cube>_by_<rollup> in at most 40 characters leaves room for the indexes' suffixes.
        constexpr qsizetype namesAllowed = 40 - qsizetype(sizeof("cube__by_") - 1);
        if (cube.name.size() + rollup.name.size() > namesAllowed)
            r.problem(at + u"name"_s, Text::tr("the cube's and the rollup's names together must not exceed %1 characters")
                                          .arg(namesAllowed));
        for (const QString &d : rollup.dimensions)
            if (!cube.dimension(d))
                r.problem(at + u"dimensions"_s, Text::tr("\"%1\" is not a dimension of this cube").arg(d));
        for (const QString &m : rollup.measures)
            if (!cube.measure(m))
                r.problem(at + u"measures"_s, Text::tr("\"%1\" is not a measure of this cube").arg(m));
    }
}

// Cross-references: names unique (as column names, case-insensitively), measures used by derived ones exist.
void checkReferences(Reader &r, const CubeDef &cube)
{
    QSet<QString> names;
    for (qsizetype i = 0; i < cube.dimensions.size(); ++i) {
        if (alreadyNamed(names, cube.dimensions[i].name))
            r.problem(u"dimensions[%1].name"_s.arg(i), Text::tr("\"%1\" is used twice").arg(cube.dimensions[i].name));
    }
    names.clear();
    QString quantileOf;
    for (qsizetype i = 0; i < cube.measures.size(); ++i) {
        const MeasureDef &m = cube.measures[i];
        if (alreadyNamed(names, m.name))
            r.problem(u"measures[%1].name"_s.arg(i), Text::tr("\"%1\" is used twice").arg(m.name));
        if (m.kind == MeasureKind::Quantile) {
            if (!quantileOf.isEmpty() && quantileOf != m.expression)
                r.problem(u"measures[%1].expression"_s.arg(i),
                          Text::tr("every quantile of a cube must rank the same expression (\"%1\")").arg(quantileOf));
            quantileOf = m.expression;
        }
    }
    for (qsizetype i = 0; i < cube.derived.size(); ++i) {
        const DerivedDef &d = cube.derived[i];
        const QString at = u"derived[%1]."_s.arg(i);
        if (alreadyNamed(names, d.name))
            r.problem(at + u"name"_s, Text::tr("\"%1\" is already a measure").arg(d.name));
        for (const auto &[field, measure] :
             {std::pair{u"numerator"_s, d.numerator}, {u"denominator"_s, d.denominator}, {u"of"_s, d.of}})
            if (!measure.isEmpty() && !cube.measure(measure))
                r.problem(at + field, Text::tr("\"%1\" is not a measure of this cube").arg(measure));
        if (!d.along.isEmpty() && !cube.dimension(d.along))
            r.problem(at + u"along"_s, Text::tr("\"%1\" is not a dimension of this cube").arg(d.along));
    }
    if (cube.measures.isEmpty() || cube.measures.first().kind != MeasureKind::Count || !cube.measures.first().filter.isEmpty())
        r.problem(u"measures"_s, Text::tr("the first measure must be an unfiltered count (it ranks top members)"));
    checkRollups(r, cube);
}

// Value measures of the same expression and filter share their stored columns (an average, a minimum and a
// deviation of one delay need one count, sum, sum of squares and bounds): narrower aggregate rows.
void shareStoredValues(CubeDef &cube)
{
    const auto valued = [](const MeasureDef &m) { return m.kind != MeasureKind::Count && m.kind != MeasureKind::Quantile; };
    for (qsizetype i = 0; i < cube.measures.size(); ++i) {
        MeasureDef &m = cube.measures[i];
        m.stored = m.name;
        for (qsizetype j = 0; j < i && valued(m); ++j)
            if (valued(cube.measures[j]) && cube.measures[j].expression == m.expression && cube.measures[j].filter == m.filter) {
                m.stored = cube.measures[j].name;
                break;
            }
    }
}

// The definition's parts are looked up by name, in small lists.
template <typename Part> const Part *named(const QList<Part> &parts, const QString &name)
{
    const auto found = std::find_if(parts.begin(), parts.end(), [&](const Part &p) { return p.name == name; });
    return found == parts.end() ? nullptr : &*found;
}

} // namespace

bool DimensionDef::hasLevel(LevelKind kind) const
{
    return std::any_of(levels.begin(), levels.end(), [&](const LevelDef &l) { return l.kind == kind; });
}

const LevelDef *DimensionDef::level(const QString &levelName) const
{
    return named(levels, levelName);
}

const DimensionDef *CubeDef::dimension(const QString &dimensionName) const
{
    return named(dimensions, dimensionName);
}

const MeasureDef *CubeDef::measure(const QString &measureName) const
{
    return named(measures, measureName);
}

const DerivedDef *CubeDef::derivedMeasure(const QString &measureName) const
{
    return named(derived, measureName);
}

QString CubeDef::quantileExpression() const
{
    for (const MeasureDef &m : measures)
        if (m.kind == MeasureKind::Quantile)
            return m.expression;
    return {};
}

QString CubeDef::aggregateTable() const
{
    return u"cube_"_s + name.toLower();
}

Result<CubeDef> CubeDefinitions::parse(const QByteArray &json, const QString &file)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::unexpected(Error{.message = Text::tr("not a JSON object: %1 (at byte %2)")
                                                    .arg(parseError.errorString())
                                                    .arg(parseError.offset),
                                     .source = file, .line = 0, .column = 0});
    const QJsonObject o = document.object();
    Reader r(file);
    CubeDef cube;
    cube.name = r.name(o, {});
    r.setCube(cube.name);
    cube.label = r.text(o, {}, u"label"_s, true);
    cube.description = r.text(o, {}, u"description"_s, false);
    const QJsonObject fact = o.value(u"fact"_s).toObject();
    cube.table = r.text(fact, u"fact."_s, u"table"_s, true);
    cube.joins = r.text(fact, u"fact."_s, u"joins"_s, false);
    cube.where = r.text(fact, u"fact."_s, u"where"_s, false);
    cube.id = r.text(fact, u"fact."_s, u"id"_s, false);
    if (cube.id.isEmpty())
        cube.id = u"f.id"_s;
    cube.settled = r.text(fact, u"fact."_s, u"settled"_s, false);
    const auto array = [&](const QString &key, bool required) {
        const QJsonArray a = o.value(key).toArray();
        if (required && a.isEmpty())
            r.problem(key, Text::tr("needs at least one entry"));
        return a;
    };
    const QJsonArray dimensions = array(u"dimensions"_s, true);
    for (qsizetype i = 0; i < dimensions.size(); ++i)
        cube.dimensions << readDimension(r, dimensions.at(i).toObject(), u"dimensions[%1]."_s.arg(i));
    const QJsonArray measures = array(u"measures"_s, true);
    for (qsizetype i = 0; i < measures.size(); ++i)
        cube.measures << readMeasure(r, measures.at(i).toObject(), u"measures[%1]."_s.arg(i));
    const QJsonArray derived = array(u"derived"_s, false);
    for (qsizetype i = 0; i < derived.size(); ++i)
        cube.derived << readDerived(r, derived.at(i).toObject(), u"derived[%1]."_s.arg(i));
    const QJsonArray facts = array(u"facts"_s, true);
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const QString at = u"facts[%1]."_s.arg(i);
        const QJsonObject column = facts.at(i).toObject();
        FactColumn c{.name = r.name(column, at), .label = r.text(column, at, u"label"_s, false),
                     .expression = r.text(column, at, u"expression"_s, true)};
        cube.facts << FactColumn{.name = c.name, .label = c.label.isEmpty() ? c.name : c.label,
                                 .expression = c.expression};
    }
    const QJsonArray rollups = array(u"rollups"_s, false);
    for (qsizetype i = 0; i < rollups.size(); ++i)
        cube.rollups << readRollup(r, rollups.at(i).toObject(), u"rollups[%1]."_s.arg(i));
    if (!r.failed())
        checkReferences(r, cube);
    shareStoredValues(cube);
    if (r.failed())
        return std::unexpected(r.error());
    cube.fingerprint = QCryptographicHash::hash(json, QCryptographicHash::Sha1).toHex();
    return cube;
}

Result<QList<CubeDef>> CubeDefinitions::builtIn()
{
    static const Result<QList<CubeDef>> loaded = []() -> Result<QList<CubeDef>> {
        QList<CubeDef> cubes;
        const QDir folder(u":/cubes"_s);
        for (const QString &entry : folder.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            QFile file(folder.filePath(entry));
            if (!file.open(QIODevice::ReadOnly))
                return fail(Text::tr("cannot read the cube definition %1").arg(file.fileName()));
            auto cube = parse(file.readAll(), file.fileName());
            if (!cube)
                return std::unexpected(cube.error());
            cubes << *cube;
        }
        if (cubes.isEmpty())
            return fail(Text::tr("no cube definitions are built in (:/cubes is empty)"));
        return cubes;
    }();
    return loaded;
}

Result<CubeDef> CubeDefinitions::find(const QString &name)
{
    auto all = builtIn();
    if (!all)
        return std::unexpected(all.error());
    for (const CubeDef &cube : *all)
        if (cube.name == name)
            return cube;
    return fail(Text::tr("there is no cube named \"%1\"").arg(name));
}

} // namespace nightshift::reports
