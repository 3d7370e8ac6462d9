// The cube property case on a real PostgreSQL server (support/postgresserver.h): the same SQL, the same answers
// as the naive recomputation, for a full refresh, incremental refreshes after appends, and quantiles.
#include "cubenaive.h"
#include "goldenjob.h"

#include "reports/cubejob.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;
using namespace nightshift::reports;

class CubePostgresTest : public QObject
{
    Q_OBJECT

private:
    golden::Outcome refresh(EngineFixture &f, const QString &cube, const QString &mode, golden::Cancel cancel = {},
                            const QString &merge = u"10"_s)
    {
        CubeJob job(cube, mode);
        return golden::run(f, job, u"aggregate:"_s + cube, cancel, {{u"batch"_s, u"50"_s}, {u"merge"_s, merge}});
    }

private Q_SLOTS:
    void aggregatesMatchNaiveRecomputationOnPostgres()
    {
        golden::PostgresInstance postgres;
        GOLDEN_VERIFY(postgres.start(u"cubes"_s));
        EngineFixture &f = postgres.fixture;
        const QSqlDatabase db = *f.instance->database();
        QRandomGenerator random(17);
        QCOMPARE(cubetest::addMessageCenterEvents(db, random, 300, 1), QString());
        const auto full = refresh(f, u"messageCenter"_s, u"full"_s);
        QVERIFY2(full.status.has_value(), qPrintable(full.status ? QString() : full.status.error().message));
        GOLDEN_VERIFY(cubetest::checkQueries(db, Dialect::Postgres, u"messageCenter"_s,
                                             cubetest::NaiveCube::messageCenter(db), 51, 80));
        // Appends, an interrupted incremental refresh, then a complete one.
        QCOMPARE(cubetest::addMessageCenterEvents(db, random, 200, 301), QString());
        QVERIFY(!refresh(f, u"messageCenter"_s, u"incremental"_s, {.afterLines = 0, .afterReports = 2}).status.has_value());
        const auto incremental = refresh(f, u"messageCenter"_s, u"incremental"_s);
        QVERIFY(incremental.status.has_value());
        // The interrupted refresh's recent rows were merged into the aggregate; the rest were appended after.
        QVERIFY2(incremental.journal.join(u'\n').contains(u"recent row(s) merged into the aggregate"_s),
                 qPrintable(incremental.journal.join(u'\n')));
        QVERIFY(f.count(u"SELECT COUNT(*) FROM cube_messagecenter_recent"_s) > 0);
        GOLDEN_VERIFY(cubetest::checkQueries(db, Dialect::Postgres, u"messageCenter"_s,
                                             cubetest::NaiveCube::messageCenter(db), 52, 80));
        // Queries over dates and event types read the day × event type rollup, kept exact by the merge too.
        QStringList tables;
        GOLDEN_VERIFY(cubetest::checkQueriesWithin(db, Dialect::Postgres, u"messageCenter"_s,
                                                   cubetest::NaiveCube::messageCenter(db), {u"date"_s, u"eventType"_s},
                                                   55, 40, &tables));
        QVERIFY2(tables.contains(u"cube_messagecenter_by_daytype"_s) && !tables.contains(u"cube_messagecenter"_s),
                 qPrintable(tables.join(u' ')));
        // Recent rows of one key from three batches: PostgreSQL cannot update a row twice in one statement, so its
        // merge groups them first.
        const qint64 day = 1735689600000 + 40 * 86400000LL;
        for (qint64 id = 501; id <= 620; ++id)
            QVERIFY(f.exec(u"INSERT INTO mc_events (id, type, channel, status, is_realtime, created_at, processed_at) "
                           "VALUES (?, 'TYPE_1', 'sms', 'sent', 1, ?, ?)"_s,
                           {id, day + id * 1000, day + id * 1500}));
        QVERIFY(refresh(f, u"messageCenter"_s, u"incremental"_s, {}, u"1000"_s).status.has_value());
        const QString key = u"d_channel_channel = 'sms' AND d_date = %1 AND d_status_status = 'sent' AND "
                            "d_eventtype_type = 'TYPE_1'"_s.arg(day);
        QVERIFY(f.count(u"SELECT COUNT(*) FROM cube_messagecenter_recent WHERE "_s + key) >= 3);
        const auto merging = refresh(f, u"messageCenter"_s, u"incremental"_s, {}, u"1"_s);
        QVERIFY2(merging.status.has_value(), qPrintable(merging.status ? QString() : merging.status.error().message));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM cube_messagecenter_recent"_s), 0);
        QCOMPARE(f.count(u"SELECT m_events_n FROM cube_messagecenter WHERE "_s + key),
                 f.count(u"SELECT COUNT(*) FROM mc_events WHERE channel = 'sms' AND status = 'sent' AND type = 'TYPE_1' "
                         "AND created_at / 86400000 * 86400000 = ?"_s,
                         {day}));
        GOLDEN_VERIFY(cubetest::checkQueries(db, Dialect::Postgres, u"messageCenter"_s,
                                             cubetest::NaiveCube::messageCenter(db), 57, 40));
        // An interrupted full rebuild leaves the aggregate; the next one replaces it.
        QVERIFY(!refresh(f, u"messageCenter"_s, u"full"_s, {.afterLines = 0, .afterReports = 1}).status.has_value());
        QVERIFY(refresh(f, u"messageCenter"_s, u"full"_s).status.has_value());
        GOLDEN_VERIFY(cubetest::checkQueries(db, Dialect::Postgres, u"messageCenter"_s,
                                             cubetest::NaiveCube::messageCenter(db), 53, 40));
        GOLDEN_VERIFY(cubetest::checkQueriesWithin(db, Dialect::Postgres, u"messageCenter"_s,
                                                   cubetest::NaiveCube::messageCenter(db), {u"date"_s, u"eventType"_s},
                                                   56, 20, nullptr));

        QCOMPARE(cubetest::addWorkflowTasks(db, random, 300, 1), QString());
        QVERIFY(refresh(f, u"workflowRuns"_s, u"incremental"_s).status.has_value());
        GOLDEN_VERIFY(cubetest::checkQueries(db, Dialect::Postgres, u"workflowRuns"_s,
                                             cubetest::NaiveCube::workflowRuns(db), 54, 80));
        auto facts = CubeReader().facts(db, Dialect::Postgres, u"workflowRuns"_s,
                                        {{.on = {.dimension = u"date"_s, .level = u"month"_s}, .members = {u"2025-03"_s},
                                          .exclude = false}},
                                        500);
        QVERIFY2(facts.has_value(), facts ? "" : qPrintable(facts.error().message));
        auto cell = CubeReader().query(db, Dialect::Postgres, u"workflowRuns"_s,
                                       {.groupBy = {{.dimension = u"date"_s, .level = u"month"_s}},
                                        .measures = {u"executions"_s}, .filters = {}});
        QVERIFY(cell.has_value());
        for (const CubeCell &c : cell->cells)
            if (c.members.first().key == QVariant(u"2025-03"_s))
                QCOMPARE(qint64(facts->rows.size()), c.values.first().toLongLong());
    }
};

QTEST_GUILESS_MAIN(CubePostgresTest)
#include "tst_cubepostgres.moc"
