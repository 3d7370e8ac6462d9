// Cube aggregates against a naive recomputation from the facts (property test over random queries), incremental
// refresh == full refresh, interrupted refresh then rerun == full, drill-through, reading rights. The jobs
// through the engine: tst_cubejobs.
#include "cubenaive.h"
#include "goldenjob.h"

#include "reports/cubejob.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;
using namespace nightshift::reports;

class CubeAggregationTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> f;

    QSqlDatabase db() const { return *f->instance->database(); }
    golden::Outcome refresh(const QString &cube, const QString &mode, golden::Cancel cancel = {},
                            const QString &batch = {}, const QString &merge = {}) const
    {
        CubeJob job(cube, mode);
        QMap<QString, QString> parameters;
        if (!batch.isEmpty())
            parameters.insert(u"batch"_s, batch);
        if (!merge.isEmpty())
            parameters.insert(u"merge"_s, merge);
        return golden::run(*f, job, u"aggregate:"_s + cube, cancel, parameters);
    }
    QString checkQueries(const QString &cube, const cubetest::NaiveCube &naive, quint32 seed, int queries) const
    {
        return cubetest::checkQueries(db(), f->instance->dialect(), cube, naive, seed, queries);
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<EngineFixture>();
        QString error;
        QVERIFY2(f->setUp(&error), qPrintable(error));
    }
    void cleanup() { f.reset(); }

    void messageCenterMatchesNaiveRecomputation()
    {
        QRandomGenerator random(7);
        QCOMPARE(cubetest::addMessageCenterEvents(db(), random, 400, 1), QString());
        const auto outcome = refresh(u"messageCenter"_s, u"full"_s);
        QVERIFY2(outcome.status.has_value(), qPrintable(outcome.status ? QString() : outcome.status.error().message));
        QCOMPARE(outcome.journal.size(), 1);
        QVERIFY2(outcome.journal[0].startsWith(u"info: full refresh of cube messageCenter: 400 fact(s) counted into "_s),
                 qPrintable(outcome.journal[0]));
        GOLDEN_VERIFY(checkQueries(u"messageCenter"_s, cubetest::NaiveCube::messageCenter(db()), 11, 60));
    }

    void workflowRunsMatchesNaiveRecomputation()
    {
        QRandomGenerator random(8);
        QCOMPARE(cubetest::addWorkflowTasks(db(), random, 300, 100000), QString());
        const auto outcome = refresh(u"workflowRuns"_s, u"full"_s);
        QVERIFY2(outcome.status.has_value(), qPrintable(outcome.status ? QString() : outcome.status.error().message));
        GOLDEN_VERIFY(checkQueries(u"workflowRuns"_s, cubetest::NaiveCube::workflowRuns(db()), 12, 60));
    }

    // Random appends between incremental refreshes: the same answers as a full refresh, and as the facts.
    void incrementalEqualsFull()
    {
        QRandomGenerator random(9);
        qint64 next = 1;
        int merges = 0;
        for (int round = 0; round < 4; ++round) {
            const int count = 50 + random.bounded(150);
            QCOMPARE(cubetest::addMessageCenterEvents(db(), random, count, next), QString());
            next += count + random.bounded(3); // gaps in ids are fine
            const auto outcome = refresh(u"messageCenter"_s, u"incremental"_s, {}, u"64"_s, u"10"_s);
            QVERIFY2(outcome.status.has_value(), qPrintable(outcome.status ? QString() : outcome.status.error().message));
            if (round == 0)
                QVERIFY2(outcome.journal.first().contains(u"full refresh instead"_s), qPrintable(outcome.journal.first()));
            else
                QVERIFY2(outcome.journal.last().contains(u"incremental refresh of cube messageCenter: %1 new fact(s)"_s.arg(count)),
                         qPrintable(outcome.journal.last()));
            // Batches append to the recent rows; a later refresh merges them once they reach (here) a tenth of the
            // aggregate's rows.
            merges += int(outcome.journal.join(u'\n').count(u"recent row(s) merged into the aggregate"_s));
            if (round > 0)
                QVERIFY(f->count(u"SELECT COUNT(*) FROM cube_messagecenter_recent"_s) > 0);
        }
        QVERIFY(merges > 0);
        const cubetest::NaiveCube naive = cubetest::NaiveCube::messageCenter(db());
        GOLDEN_VERIFY(checkQueries(u"messageCenter"_s, naive, 21, 40));
        QCOMPARE(f->value(u"SELECT mode FROM cube_refreshes WHERE cube = 'messageCenter'"_s).toString(), u"incremental"_s);
        QCOMPARE(f->value(u"SELECT fact_count FROM cube_refreshes WHERE cube = 'messageCenter'"_s).toLongLong(),
                 qint64(naive.facts.size()));
        const auto full = refresh(u"messageCenter"_s, u"full"_s);
        QVERIFY(full.status.has_value());
        GOLDEN_VERIFY(checkQueries(u"messageCenter"_s, naive, 21, 40));
        // Months (and coarser) come from the month rollup, days from the aggregate; both kept by both modes.
        QCOMPARE(f->value(u"SELECT rollups FROM cube_refreshes WHERE cube = 'messageCenter'"_s).toString(),
                 u"month:%1,daytype:%2,recent"_s.arg(f->count(u"SELECT COUNT(*) FROM cube_messagecenter_by_month"_s))
                     .arg(f->count(u"SELECT COUNT(*) FROM cube_messagecenter_by_daytype"_s)));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM cube_messagecenter_recent"_s), 0);
        const auto read = [&](const QString &level) {
            auto result = CubeReader().query(db(), f->instance->dialect(), u"messageCenter"_s,
                                             {.groupBy = {{.dimension = u"date"_s, .level = level}},
                                              .measures = {u"events"_s}, .filters = {}});
            return result ? result->table : result.error().message;
        };
        QCOMPARE(read(u"quarter"_s), u"cube_messagecenter_by_month"_s);
        QCOMPARE(read(u"weekday"_s), u"cube_messagecenter_by_daytype"_s); // it keeps the dates and event types
        QCOMPARE(f->count(u"SELECT SUM(m_events_n) FROM cube_messagecenter_by_month"_s), int(naive.facts.size()));
    }

    // The day × event type rollup (declared in messageCenter.json) answers every query over dates and event
    // types exactly, after a full refresh, with recent rows appended by incremental ones, and after their merge;
    // a query that needs another dimension reads the aggregate and its recent rows.
    void rollupsAnswerLikeTheFacts()
    {
        QRandomGenerator random(15);
        QCOMPARE(cubetest::addMessageCenterEvents(db(), random, 400, 1), QString());
        QVERIFY(refresh(u"messageCenter"_s, u"full"_s).status.has_value());
        const QStringList within{u"date"_s, u"eventType"_s};
        qint64 next = 401;
        bool merged = false;
        for (int round = 0; round < 6 && !merged; ++round) {
            if (round > 0) {
                QCOMPARE(cubetest::addMessageCenterEvents(db(), random, 150, next), QString());
                next += 150;
                const auto outcome = refresh(u"messageCenter"_s, u"incremental"_s, {}, u"40"_s); // merges at 100 %
                QVERIFY2(outcome.status.has_value(), qPrintable(outcome.status ? QString() : outcome.status.error().message));
                merged = outcome.journal.join(u'\n').contains(u"merged into the aggregate"_s);
            }
            const cubetest::NaiveCube naive = cubetest::NaiveCube::messageCenter(db());
            QStringList tables;
            GOLDEN_VERIFY(cubetest::checkQueriesWithin(db(), f->instance->dialect(), u"messageCenter"_s, naive, within,
                                                       70 + quint32(round), 24, &tables));
            QVERIFY2(tables.contains(u"cube_messagecenter_by_daytype"_s), qPrintable(tables.join(u' ')));
            QVERIFY2(!tables.contains(u"cube_messagecenter"_s), qPrintable(tables.join(u' ')));
            tables.clear();
            GOLDEN_VERIFY(cubetest::checkQueriesWithin(db(), f->instance->dialect(), u"messageCenter"_s, naive,
                                                       {u"channel"_s, u"eventType"_s}, 80 + quint32(round), 6, &tables));
            QVERIFY2(!tables.contains(u"cube_messagecenter_by_daytype"_s), qPrintable(tables.join(u' ')));
            if (round > 0 && !merged)
                QVERIFY(f->count(u"SELECT COUNT(*) FROM cube_messagecenter_recent"_s) > 0);
        }
        QVERIFY(merged);
        // The rollup holds every fact once, and as many rows as it has keys.
        QCOMPARE(f->count(u"SELECT SUM(m_events_n) FROM cube_messagecenter_by_daytype"_s), int(next - 1));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM cube_messagecenter_by_daytype"_s),
                 f->count(u"SELECT COUNT(*) FROM (SELECT DISTINCT created_at / 86400000, type FROM mc_events) k"_s));
    }

    // Recent rows of one key from several batches and refreshes: the merge adds every one of them (SQLite
    // upserts them in turn, without grouping them first).
    void mergeAddsEveryRecentRowOfAKey()
    {
        QRandomGenerator random(16);
        QCOMPARE(cubetest::addMessageCenterEvents(db(), random, 300, 1), QString());
        QVERIFY(refresh(u"messageCenter"_s, u"full"_s).status.has_value());
        const qint64 day = 1735689600000 + 40 * 86400000LL; // within the random events' two years
        qint64 next = 301;
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < 6; ++i, ++next)
                QVERIFY(f->exec(u"INSERT INTO mc_events (id, type, channel, status, is_realtime, created_at, processed_at) "
                                "VALUES (%1, 'TYPE_1', 'sms', 'sent', 1, %2, %3)"_s.arg(next).arg(day + next * 1000).arg(day + next * 1500)));
            const auto outcome = refresh(u"messageCenter"_s, u"incremental"_s, {}, u"2"_s, u"1000"_s);
            QVERIFY2(outcome.status.has_value(), qPrintable(outcome.status ? QString() : outcome.status.error().message));
        }
        const QString key = u"d_channel_channel = 'sms' AND d_date = %1 AND d_status_status = 'sent' AND "
                            "d_eventtype_type = 'TYPE_1'"_s.arg(day);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM cube_messagecenter_recent WHERE "_s + key), 9); // 3 batches × 3 refreshes
        const auto merging = refresh(u"messageCenter"_s, u"incremental"_s, {}, {}, u"1"_s);
        QVERIFY2(merging.journal.join(u'\n').contains(u"recent row(s) merged into the aggregate"_s),
                 qPrintable(merging.journal.join(u'\n')));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM cube_messagecenter_recent"_s), 0);
        QCOMPARE(f->count(u"SELECT m_events_n FROM cube_messagecenter WHERE "_s + key),
                 f->count(u"SELECT COUNT(*) FROM mc_events WHERE channel = 'sms' AND status = 'sent' AND type = 'TYPE_1' "
                          "AND created_at / 86400000 * 86400000 = %1"_s.arg(day)));
        GOLDEN_VERIFY(checkQueries(u"messageCenter"_s, cubetest::NaiveCube::messageCenter(db()), 63, 30));
    }

    // An aggregate built before the recent rows (no cube_<name>_recent, rollups "month"): queries read it alone,
    // and the next incremental refresh is a full one, which adds them.
    void aggregateWithoutRecentRowsIsRebuilt()
    {
        QRandomGenerator random(14);
        QCOMPARE(cubetest::addMessageCenterEvents(db(), random, 150, 1), QString());
        QVERIFY(refresh(u"messageCenter"_s, u"full"_s).status.has_value());
        QVERIFY(f->exec(u"DROP TABLE cube_messagecenter_recent"_s));
        QVERIFY(f->exec(u"UPDATE cube_refreshes SET rollups = 'month' WHERE cube = 'messageCenter'"_s));
        GOLDEN_VERIFY(checkQueries(u"messageCenter"_s, cubetest::NaiveCube::messageCenter(db()), 61, 10));
        QCOMPARE(cubetest::addMessageCenterEvents(db(), random, 50, 151), QString());
        const auto outcome = refresh(u"messageCenter"_s, u"incremental"_s);
        QVERIFY2(outcome.status.has_value(), qPrintable(outcome.status ? QString() : outcome.status.error().message));
        QVERIFY2(outcome.journal.first().contains(u"full refresh instead"_s), qPrintable(outcome.journal.first()));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM cube_messagecenter_recent"_s), 0);
        GOLDEN_VERIFY(checkQueries(u"messageCenter"_s, cubetest::NaiveCube::messageCenter(db()), 62, 10));
    }

    // Cancelled after each batch report, then run again: the same aggregate as one uninterrupted run.
    void interruptedThenRerunEqualsFull_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("afterReports");
        for (const QString &mode : {u"full"_s, u"incremental"_s})
            for (int reports : {1, 3}) // full: 1 + 5 batch reports; incremental: 1 + 8
                QTest::addRow("%s after %d", qPrintable(mode), reports) << mode << reports;
    }
    void interruptedThenRerunEqualsFull()
    {
        QFETCH(QString, mode);
        QFETCH(int, afterReports);
        QRandomGenerator random(10);
        QCOMPARE(cubetest::addMessageCenterEvents(db(), random, 200, 1), QString());
        if (mode == u"incremental"_s) {
            QVERIFY(refresh(u"messageCenter"_s, u"full"_s).status.has_value());
            QCOMPARE(cubetest::addMessageCenterEvents(db(), random, 300, 201), QString());
        }
        const auto cancelled = refresh(u"messageCenter"_s, mode, {.afterLines = 0, .afterReports = afterReports}, u"40"_s);
        QVERIFY(!cancelled.status.has_value());
        QVERIFY2(cancelled.status.error().message.startsWith(u"cancelled while "_s), qPrintable(cancelled.status.error().message));
        if (mode == u"full"_s) // readers still see no aggregate
            QCOMPARE(f->count(u"SELECT COUNT(*) FROM cube_refreshes WHERE refreshed_at IS NOT NULL"_s), 0);
        const auto rerun = refresh(u"messageCenter"_s, mode, {}, u"40"_s);
        QVERIFY2(rerun.status.has_value(), qPrintable(rerun.status ? QString() : rerun.status.error().message));
        QVERIFY2(rerun.journal.last().contains(u"refresh of cube messageCenter: "_s), qPrintable(rerun.journal.last()));
        GOLDEN_VERIFY(checkQueries(u"messageCenter"_s, cubetest::NaiveCube::messageCenter(db()), 31, 20));
    }

    // A task still running holds the watermark: it and later tasks are counted once it ended.
    void unsettledFactsWait()
    {
        QRandomGenerator random(11);
        QCOMPARE(cubetest::addWorkflowTasks(db(), random, 40, 1000), QString());
        QVERIFY(f->exec(u"UPDATE tasks SET state = 'running', ended_at = NULL WHERE id = 1020"_s));
        auto outcome = refresh(u"workflowRuns"_s, u"incremental"_s);
        QVERIFY(outcome.status.has_value());
        QVERIFY2(outcome.journal.join(u'\n').contains(u"fact 1020 of cube workflowRuns is not settled yet"_s),
                 qPrintable(outcome.journal.join(u'\n')));
        QCOMPARE(f->value(u"SELECT watermark FROM cube_refreshes WHERE cube = 'workflowRuns'"_s).toLongLong(), 1019);
        QCOMPARE(f->value(u"SELECT fact_count FROM cube_refreshes WHERE cube = 'workflowRuns'"_s).toLongLong(), 20);
        QVERIFY(f->exec(u"UPDATE tasks SET state = 'done', ended_at = started_at + 1500 WHERE id = 1020"_s));
        QVERIFY(refresh(u"workflowRuns"_s, u"incremental"_s).status.has_value());
        GOLDEN_VERIFY(checkQueries(u"workflowRuns"_s, cubetest::NaiveCube::workflowRuns(db()), 41, 40));
    }

    void drillThroughReadsTheFactsOfACell()
    {
        QRandomGenerator random(12);
        QCOMPARE(cubetest::addMessageCenterEvents(db(), random, 300, 1), QString());
        QVERIFY(refresh(u"messageCenter"_s, u"full"_s).status.has_value());
        const QList<CubeFilter> filters{
            {.on = {.dimension = u"channel"_s, .level = u"channel"_s}, .members = {u"sms"_s}, .exclude = false},
            {.on = {.dimension = u"date"_s, .level = u"quarter"_s}, .members = {u"2025-Q2"_s}, .exclude = false},
            {.on = {.dimension = u"eventType"_s, .level = u"top"_s}, .members = {CubeReader::othersKey()}, .exclude = false}};
        auto facts = CubeReader().facts(db(), f->instance->dialect(), u"messageCenter"_s, filters, 1000);
        QVERIFY2(facts.has_value(), facts ? "" : qPrintable(facts.error().message));
        // The cell's count says how many facts there are.
        const CubeQuery q{.groupBy = {}, .measures = {u"events"_s}, .filters = filters};
        auto total = CubeReader().query(db(), f->instance->dialect(), u"messageCenter"_s, q);
        QVERIFY(total.has_value());
        QVERIFY(facts->rows.size() > 0);
        QCOMPARE(qint64(facts->rows.size()), total->cells.first().values.first().toLongLong());
        QCOMPARE(facts->columns.first(), u"Event"_s);
        for (const QVariantList &row : facts->rows)
            QCOMPARE(row[2].toString(), u"sms"_s);
        auto limited = CubeReader().facts(db(), f->instance->dialect(), u"messageCenter"_s, filters.mid(0, 2), 2);
        QVERIFY(limited.has_value());
        QCOMPARE(limited->rows.size(), 2);
        QVERIFY(limited->truncated);
    }

    void readingRightsAndErrors()
    {
        QRandomGenerator random(13);
        QCOMPARE(cubetest::addWorkflowTasks(db(), random, 20, 1), QString());
        const CubeQuery all{.groupBy = {}, .measures = {u"executions"_s}, .filters = {}};
        auto never = CubeReader().query(db(), f->instance->dialect(), u"workflowRuns"_s, all);
        QVERIFY(!never.has_value());
        QVERIFY2(never.error().message.contains(u"has not been aggregated yet"_s), qPrintable(never.error().message));
        QVERIFY(!CubeReader().lastRefresh(db(), u"workflowRuns"_s)->isValid());
        QVERIFY(refresh(u"workflowRuns"_s, u"full"_s).status.has_value());
        QVERIFY(CubeReader().lastRefresh(db(), u"workflowRuns"_s)->isValid());
        const Principal operatorWithoutRights{.operatorId = 5, .login = u"bob"_s, .rights = {Right::Workflow},
                                              .groupIds = {}, .groupNames = {}};
        auto refused = CubeReader(operatorWithoutRights).query(db(), f->instance->dialect(), u"workflowRuns"_s, all);
        QVERIFY(!refused.has_value());
        QVERIFY2(refused.error().message.contains(u"ADMINISTRATION"_s), qPrintable(refused.error().message));
        auto facts = CubeReader(operatorWithoutRights).facts(db(), f->instance->dialect(), u"messageCenter"_s, {}, 10);
        QVERIFY(!facts.has_value());
        QVERIFY2(facts.error().message.contains(u"Export"_s, Qt::CaseInsensitive), qPrintable(facts.error().message));
        const Principal admin{.operatorId = 1, .login = u"admin"_s, .rights = {Right::Administration}, .groupIds = {},
                              .groupNames = {}};
        auto allowed = CubeReader(admin).query(db(), f->instance->dialect(), u"workflowRuns"_s, all);
        QVERIFY(allowed.has_value());
        QCOMPARE(allowed->cells.first().values.first().toLongLong(), 20);
        auto unknownLevel = CubeReader().query(db(), f->instance->dialect(), u"workflowRuns"_s,
                                               {.groupBy = {{.dimension = u"date"_s, .level = u"hour"_s}},
                                                .measures = {u"executions"_s}, .filters = {}});
        QVERIFY(!unknownLevel.has_value());
        QCOMPARE(unknownLevel.error().message, u"cube workflowRuns has no level \"hour\" in a dimension \"date\""_s);
        auto badMember = CubeReader().query(db(), f->instance->dialect(), u"workflowRuns"_s,
                                            {.groupBy = {}, .measures = {u"executions"_s},
                                             .filters = {{.on = {.dimension = u"date"_s, .level = u"month"_s},
                                                          .members = {u"March"_s}, .exclude = false}}});
        QVERIFY(!badMember.has_value());
        QCOMPARE(badMember.error().message, u"\"March\" is not a member of level month"_s);
        std::atomic_bool cancel{true};
        auto cancelled = CubeReader().query(db(), f->instance->dialect(), u"workflowRuns"_s, all, &cancel);
        QVERIFY(!cancelled.has_value());
    }
};

QTEST_GUILESS_MAIN(CubeAggregationTest)
#include "tst_cubeaggregation.moc"
