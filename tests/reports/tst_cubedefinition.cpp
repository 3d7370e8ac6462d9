// Cube definitions (resources/cubes/*.json, docs/cubes.md): the built-in ones load; a broken one is refused
// with an error naming the file, the cube and the field.
#include "reports/cubedefinition.h"
#include "reports/cubequery.h"
#include "reports/cubesql.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;
using namespace nightshift::reports;

namespace {

// A small valid definition; each case breaks one field of it.
QByteArray valid(const QString &replace = {}, const QString &with = {})
{
    QString json = uR"({
  "name": "sample", "label": "Sample",
  "fact": { "table": "mc_events" },
  "dimensions": [
    { "name": "date", "type": "date", "expression": "f.created_at", "levels": ["year", "month"] },
    { "name": "channel", "levels": [ { "name": "channel", "expression": "f.channel" } ] },
    { "name": "delay", "levels": [ { "name": "range", "bin": "ranges", "expression": "f.processed_at - f.created_at",
        "ranges": [ { "below": 1000, "label": "fast" }, { "label": "slow" } ] } ] }
  ],
  "measures": [
    { "name": "events", "type": "count" },
    { "name": "sent", "type": "count", "filter": "f.status = 'sent'" },
    { "name": "delay", "type": "avg", "expression": "f.processed_at - f.created_at", "format": "duration" }
  ],
  "derived": [ { "name": "sentRate", "type": "rate", "numerator": "sent", "denominator": "events" } ],
  "facts": [ { "name": "id", "expression": "f.id" } ]
})"_s;
    if (!replace.isEmpty()) {
        Q_ASSERT(json.contains(replace));
        json.replace(replace, with);
    }
    return json.toUtf8();
}

} // namespace

class CubeDefinitionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInCubesLoad()
    {
        auto cubes = CubeReader::cubes();
        QVERIFY2(cubes.has_value(), cubes ? "" : qPrintable(cubes.error().toString()));
        QStringList names;
        for (const CubeInfo &cube : *cubes)
            names << cube.name;
        QCOMPARE(names, (QStringList{u"deliveryLogs"_s, u"messageCenter"_s, u"propositionRcp"_s, u"workflowRuns"_s}));
        const CubeInfo &runs = cubes->last();
        QStringList dimensions;
        for (const CubeDimension &d : runs.dimensions)
            dimensions << d.name;
        for (const QString &d : {u"package"_s, u"workflow"_s, u"activity"_s, u"operator"_s, u"status"_s, u"hour"_s, u"weekday"_s})
            QVERIFY2(dimensions.contains(d), qPrintable(d));
        QStringList measures;
        for (const CubeMeasure &m : runs.measures)
            measures << m.name + u':' + m.format;
        for (const QString &m : {u"executions:count"_s, u"failures:count"_s, u"p50:duration"_s, u"p95:duration"_s,
                                 u"rows:number"_s, u"failureRate:percent"_s})
            QVERIFY2(measures.contains(m), qPrintable(measures.join(u' ')));
        // Date levels come coarse to fine with their labels.
        const CubeInfo &mc = (*cubes)[1];
        QCOMPARE(mc.dimensions[1].levels.size(), 5);
        QCOMPARE(mc.dimensions[1].levels[2].name, u"month"_s);
        QCOMPARE(mc.dimensions[1].levels[2].label, u"Month"_s);
    }

    void validDefinitionParses()
    {
        auto cube = CubeDefinitions::parse(valid(), u"sample.json"_s);
        QVERIFY2(cube.has_value(), cube ? "" : qPrintable(cube.error().toString()));
        QCOMPARE(cube->aggregateTable(), u"cube_sample"_s);
        QCOMPARE(cube->id, u"f.id"_s);
        QCOMPARE(cube->dimensions[2].levels[0].ranges.size(), 2);
        QVERIFY(!cube->fingerprint.isEmpty());
    }

    // A declared rollup keeps its dimensions and measures (the first measure always); value measures of one
    // expression and filter share their stored columns; a query's levels pick the tables that hold them.
    void rollupsAndSharedColumns()
    {
        const QString facts = u"\"facts\": ["_s;
        QString json = QString::fromUtf8(valid(facts, u"\"rollups\": [ { \"name\": \"byChannel\", \"dimensions\": "
                                                      "[\"channel\"], \"measures\": [\"slowest\"] } ], "_s + facts));
        json.replace(u"\"format\": \"duration\" }"_s,
                     u"\"format\": \"duration\" }, { \"name\": \"slowest\", \"type\": \"max\", "
                     "\"expression\": \"f.processed_at - f.created_at\" }"_s);
        auto cube = CubeDefinitions::parse(json.toUtf8(), u"sample.json"_s);
        QVERIFY2(cube.has_value(), cube ? "" : qPrintable(cube.error().toString()));
        QCOMPARE(cube->measure(u"slowest"_s)->stored, u"delay"_s);
        QCOMPARE(CubeSql::measureColumn(*cube->measure(u"slowest"_s), u"hi"_s), u"m_delay_hi"_s);
        const QList<Rollup> rollups = Rollup::of(*cube);
        QCOMPARE(rollups.size(), 2); // month (the date has months, no hours), then byChannel
        QCOMPARE(rollups[0].name, u"month"_s);
        QCOMPARE(rollups[1].name, u"bychannel"_s);
        QCOMPARE(rollups[1].measures, (QStringList{u"events"_s, u"delay"_s}));
        QCOMPARE(Rollup::tableOf(*cube, rollups[1]), u"cube_sample_by_bychannel"_s);
        const CubeSql sql(*cube, Dialect::Sqlite);
        QCOMPARE(sql.columnNames(rollups[1]), (QStringList{u"d_channel_channel"_s, u"m_events_n"_s, u"m_delay_n"_s,
                                                           u"m_delay_s"_s, u"m_delay_q"_s, u"m_delay_lo"_s, u"m_delay_hi"_s}));
        QVERIFY(!sql.columnNames().contains(u"m_slowest_n"_s));
        QVERIFY(rollups[1].groupsFrom(*cube, Rollup()));
        QVERIFY(rollups[1].groupsFrom(*cube, rollups[0])); // every dimension and measure, buckets coarser: no matter
        QVERIFY(!rollups[0].groupsFrom(*cube, rollups[1]));
        const DimensionDef &date = cube->dimensions[0], &channel = cube->dimensions[1];
        QVERIFY(rollups[0].serves(date, date.levels[1]) && rollups[0].serves(channel, channel.levels[0]));
        QVERIFY(!rollups[1].serves(date, date.levels[0]) && rollups[1].serves(channel, channel.levels[0]));
        QVERIFY(!rollups[1].keeps(*cube->measure(u"sent"_s)) && rollups[1].keeps(*cube->measure(u"slowest"_s)));
        // The smallest built rollup that fits; sizes recorded by the full refresh.
        const BuiltRollups built = BuiltRollups::parse(*cube, u"month:40,bychannel:3,recent"_s);
        QVERIFY(built.recent);
        QCOMPARE(built.smallest([](const Rollup &) { return true; }).name, u"bychannel"_s);
        QCOMPARE(built.smallest([&](const Rollup &r) { return r.serves(date, date.levels[0]); }).name, u"month"_s);
        QVERIFY(built.smallest([](const Rollup &) { return false; }).isBase());
        QCOMPARE(BuiltRollups::names(u"month:40,bychannel:3,recent"_s), u"month,bychannel,recent"_s);
        QCOMPARE(BuiltRollups::parse(*cube, u"month"_s).rollups.size(), 1); // before the sizes and declared rollups
    }

    void errorsSayWhatAndWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{ nope") << u"sample.json: not a JSON object"_s;
        QTest::newRow("no name") << valid(u"\"name\": \"sample\", "_s, u""_s) << u"sample.json: name: missing"_s;
        QTest::newRow("bad name") << valid(u"\"name\": \"sample\""_s, u"\"name\": \"my cube\""_s)
                                  << u"\"my cube\" is not a name"_s;
        QTest::newRow("no fact table") << valid(u"\"table\": \"mc_events\""_s, u"\"tables\": \"x\""_s)
                                       << u"sample.json: cube \"sample\", fact.table: missing"_s;
        QTest::newRow("unknown date level") << valid(u"[\"year\", \"month\"]"_s, u"[\"year\", \"fortnight\"]"_s)
                                            << u"cube \"sample\", dimensions[0].levels[1]: \"fortnight\" is not one of"_s;
        QTest::newRow("unknown bin") << valid(u"\"bin\": \"ranges\""_s, u"\"bin\": \"buckets\""_s)
                                     << u"dimensions[2].levels[0].bin: \"buckets\" is not one of values, ranges, top"_s;
        QTest::newRow("unbounded middle range")
            << valid(u"{ \"below\": 1000, \"label\": \"fast\" }"_s, u"{ \"label\": \"fast\" }"_s)
            << u"dimensions[2].levels[0].ranges[0].below: every range but the last needs an upper bound"_s;
        QTest::newRow("unknown measure type") << valid(u"\"type\": \"avg\""_s, u"\"type\": \"mean\""_s)
                                              << u"measures[2].type: \"mean\" is not one of count"_s;
        QTest::newRow("measure without expression")
            << valid(u"\"type\": \"avg\", \"expression\": \"f.processed_at - f.created_at\""_s, u"\"type\": \"avg\""_s)
            << u"measures[2].expression: missing"_s;
        QTest::newRow("bad format") << valid(u"\"format\": \"duration\""_s, u"\"format\": \"hours\""_s)
                                    << u"measures[2].format: \"hours\" is not one of count, number, percent"_s;
        QTest::newRow("rate of unknown measure") << valid(u"\"numerator\": \"sent\""_s, u"\"numerator\": \"opened\""_s)
                                                 << u"derived[0].numerator: \"opened\" is not a measure of this cube"_s;
        QTest::newRow("duplicate measure") << valid(u"\"name\": \"sent\""_s, u"\"name\": \"events\""_s)
                                           << u"measures[1].name: \"events\" is used twice"_s;
        QTest::newRow("first measure filtered")
            << valid(u"{ \"name\": \"events\", \"type\": \"count\" }"_s,
                     u"{ \"name\": \"events\", \"type\": \"count\", \"filter\": \"1 = 1\" }"_s)
            << u"measures: the first measure must be an unfiltered count"_s;
        QTest::newRow("statement separator") << valid(u"\"f.channel\""_s, u"\"f.channel; DROP TABLE x\""_s)
                                             << u"dimensions[1].levels[0].expression: must not contain \";\""_s;
        QTest::newRow("no facts") << valid(u"[ { \"name\": \"id\", \"expression\": \"f.id\" } ]"_s, u"[]"_s)
                                  << u"facts: needs at least one entry"_s;
        const QString facts = u"\"facts\": ["_s;
        QTest::newRow("rollup of unknown dimension")
            << valid(facts, u"\"rollups\": [ { \"name\": \"byDay\", \"dimensions\": [\"date\", \"status\"] } ], "_s + facts)
            << u"rollups[0].dimensions: \"status\" is not a dimension of this cube"_s;
        QTest::newRow("rollup named like an automatic one")
            << valid(facts, u"\"rollups\": [ { \"name\": \"Month\", \"dimensions\": [\"date\"] } ], "_s + facts)
            << u"rollups[0].name: \"Month\" is already a rollup of this cube"_s;
        QTest::newRow("rollup without dimensions")
            << valid(facts, u"\"rollups\": [ { \"name\": \"none\" } ], "_s + facts)
            << u"rollups[0].dimensions: needs at least one dimension"_s;
        QTest::newRow("rollup by week")
            << valid(facts, u"\"rollups\": [ { \"name\": \"w\", \"dimensions\": [\"date\"], \"date\": \"week\" } ], "_s + facts)
            << u"rollups[0].date: \"week\" is not one of day, month"_s;
        QTest::newRow("rollup name too long")
            << valid(facts, u"\"rollups\": [ { \"name\": \"%1\", \"dimensions\": [\"date\"] } ], "_s.arg(QString(40, u'r'))
                                + facts)
            << u"rollups[0].name: the cube's and the rollup's names together must not exceed 31 characters"_s;
        QTest::newRow("rollup of unknown measure")
            << valid(facts, u"\"rollups\": [ { \"name\": \"w\", \"dimensions\": [\"date\"], \"measures\": [\"x\"] } ], "_s + facts)
            << u"rollups[0].measures: \"x\" is not a measure of this cube"_s;
    }
    void errorsSayWhatAndWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        auto cube = CubeDefinitions::parse(json, u"sample.json"_s);
        QVERIFY(!cube.has_value());
        QVERIFY2(cube.error().toString().contains(error), qPrintable(cube.error().toString()));
        QCOMPARE(cube.error().source, u"sample.json"_s);
    }

    void unknownCube()
    {
        auto cube = CubeDefinitions::find(u"nope"_s);
        QVERIFY(!cube.has_value());
        QCOMPARE(cube.error().message, u"there is no cube named \"nope\""_s);
    }
};

QTEST_GUILESS_MAIN(CubeDefinitionTest)
#include "tst_cubedefinition.moc"
