// reportingAggregates: broad logs counted per day, delivery, status and failure type; incremental passes
// above a watermark equal a full rebuild; interruptions lose and double nothing; the shipped workflow runs it.
#include "goldenjobtest.h"

#include "jobs/delivery/reportingaggregatesjob.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {
const QString Name = u"reportingAggregates"_s;
const QString AggregateRows = u"SELECT day, delivery_id, channel, status, failure_type, count FROM agg_delivery_logs "
                              "ORDER BY day, delivery_id, status, failure_type"_s;
// What the aggregate must hold: the same counts straight from the logs.
const QString DirectRows = u"SELECT (b.event_at / 86400000) * 86400000, b.delivery_id, d.channel, b.status, "
                           "COALESCE(b.failure_type, ''), COUNT(*) FROM broad_logs b JOIN deliveries d ON d.id = "
                           "b.delivery_id GROUP BY b.event_at / 86400000, b.delivery_id, d.channel, b.status, "
                           "b.failure_type ORDER BY 1, 2, 4, 5"_s;
} // namespace

class ReportingAggregatesTest : public GoldenJobTest
{
    Q_OBJECT

public:
    // Two reports per batch of three logs.
    ReportingAggregatesTest()
        : GoldenJobTest({.name = Name, .reports = 8,
                         .cancelledPrefix = u"cancelled while aggregating broad logs after id"_s})
    {
    }

private:
    std::unique_ptr<Job> makeJob() const override { return std::make_unique<ReportingAggregatesJob>(); }

    QStringList rows(const QString &sql) const
    {
        QStringList all;
        auto query = execute(*f->instance->database(), sql);
        while (query && query->next()) {
            QStringList cells;
            for (int i = 0; i < 6; ++i)
                cells << query->value(i).toString();
            all << cells.join(u' ');
        }
        return all;
    }
    void addRandomLogs(QRandomGenerator &random, int count, qint64 firstId)
    {
        static const QStringList statuses{u"sent"_s, u"sent"_s, u"failed"_s, u"pending"_s, u"ignored"_s};
        static const QStringList failures{u""_s, u"soft"_s, u"hard"_s};
        for (int i = 0; i < count; ++i) {
            const QString status = statuses.at(random.bounded(statuses.size()));
            const QString failure = status == u"failed"_s ? failures.at(1 + random.bounded(2)) : QString();
            QVERIFY(f->exec(u"INSERT INTO broad_logs (id, delivery_id, status, failure_type, event_at) VALUES (?, ?, ?, ?, ?)"_s,
                            {firstId + i, 1 + random.bounded(3), status,
                             failure.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(failure),
                             1768003200000 + random.bounded(5 * 86400) * qint64(1000)}));
        }
    }

private Q_SLOTS:
    void theAggregateHoldsTheCountsOfTheLogs()
    {
        QVERIFY(run().status.has_value());
        QCOMPARE(rows(AggregateRows), rows(DirectRows));
    }

    void aSecondRunCountsOnlyNewLogs()
    {
        QVERIFY(run().status.has_value());
        const golden::Outcome nothing = run();
        QVERIFY(nothing.status.has_value());
        QCOMPARE(nothing.journal.first(),
                 u"info: 0 broad log(s) aggregated, up to id 12; the aggregate holds 10 row(s); in # ms"_s);
        QVERIFY(f->exec(u"INSERT INTO broad_logs (id, delivery_id, status, event_at) VALUES (13, 1, 'sent', 1768035600000), "
                        "(14, 3, 'sent', 1768300000000)"_s));
        const golden::Outcome more = run();
        QCOMPARE(more.journal.first(),
                 u"info: 2 broad log(s) aggregated, up to id 14; the aggregate holds 11 row(s); in # ms"_s);
        QCOMPARE(f->count(u"SELECT count FROM agg_delivery_logs WHERE day = 1768003200000 AND delivery_id = 1 AND "
                          "status = 'sent'"_s),
                 3);
        QCOMPARE(rows(AggregateRows), rows(DirectRows));
    }

    // Logs arrive in rounds, each followed by an incremental pass; the result equals a full rebuild and the
    // counts straight from the logs.
    void incrementalEqualsFullOnRandomData_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 7u, 42u})
            QTest::addRow("seed %u", seed) << seed;
    }
    void incrementalEqualsFullOnRandomData()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        qint64 nextId = 100;
        for (int round = 0; round < 6; ++round) {
            const int count = random.bounded(1, 120);
            addRandomLogs(random, count, nextId);
            nextId += count + random.bounded(3); // gaps, as rolled-back inserts leave
            QVERIFY(run({{u"batch"_s, QString::number(random.bounded(1, 50))}}).status.has_value());
        }
        const QStringList incremental = rows(AggregateRows);
        QCOMPARE(incremental, rows(DirectRows));
        const golden::Outcome full = run({{u"full"_s, u"true"_s}});
        QVERIFY(full.status.has_value());
        QVERIFY(full.journal.first().startsWith(u"info: full rebuild: aggregate emptied in # ms"_s));
        QCOMPARE(rows(AggregateRows), incremental);
        QCOMPARE(f->value(u"SELECT mark FROM job_watermarks WHERE name = ?"_s, {QString::fromLatin1(ReportingAggregatesJob::WatermarkName)}).toLongLong(),
                 f->value(u"SELECT MAX(id) FROM broad_logs"_s).toLongLong());
    }

    void badParametersAreRefused()
    {
        auto full = run({{u"full"_s, u"maybe"_s}});
        QCOMPARE(full.status.error().message, u"parameter full must be true or false, not \"maybe\""_s);
        auto batch = run({{u"batch"_s, u"-5"_s}});
        QCOMPARE(batch.status.error().message, u"parameter batch must be a positive number of broad logs, not \"-5\""_s);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM agg_delivery_logs"_s), 0);
    }

    void aWatermarkBeyondTheLogsIsReported()
    {
        QVERIFY(run().status.has_value());
        QVERIFY(f->exec(u"DELETE FROM broad_logs WHERE id > 10"_s));
        const golden::Outcome outcome = run();
        QVERIFY(outcome.status.has_value());
        QCOMPARE(outcome.journal.first(),
                 u"warning: the watermark (broad log 12) is beyond the newest broad log (10): logs were deleted; run "
                 "with full=true to recount what is left"_s);
        QVERIFY(run({{u"full"_s, u"true"_s}}).status.has_value());
        QCOMPARE(rows(AggregateRows), rows(DirectRows));
    }

    void runsAsTheShippedWorkflowThroughTheEngine()
    {
        GOLDEN_VERIFY(golden::runShippedWorkflow(*f, Name, 10000));
        GOLDEN_VERIFY(golden::compareRows(*f, Name));
        QVERIFY(f->journalContains(Name, u"12 broad log(s) aggregated, up to id 12; the aggregate holds 10 row(s)"_s));
    }

    // The same folder on a real PostgreSQL server: same rows, same journal.
    void goldenFolderOnPostgres()
    {
        golden::PostgresInstance postgres;
        GOLDEN_VERIFY(postgres.start(u"aggregates"_s));
        EngineFixture &pg = postgres.fixture;
        GOLDEN_VERIFY(golden::seed(pg, Name));
        ReportingAggregatesJob job;
        GOLDEN_VERIFY(golden::checkRun(pg, job, Name));
        // Incremental on top, then a full rebuild: the same rows.
        QVERIFY(pg.exec(u"INSERT INTO broad_logs (id, delivery_id, status, event_at) VALUES (13, 1, 'sent', 1768035600000)"_s));
        QVERIFY(golden::run(pg, job, Name).status.has_value());
        QCOMPARE(pg.value(u"SELECT count FROM agg_delivery_logs WHERE day = 1768003200000 AND delivery_id = 1 AND "
                          "status = 'sent'"_s).toInt(), 3);
        QVERIFY(golden::run(pg, job, Name, {}, {{u"full"_s, u"true"_s}}).status.has_value());
        QCOMPARE(pg.value(u"SELECT SUM(count) FROM agg_delivery_logs"_s).toInt(), 13);
    }
};

QTEST_GUILESS_MAIN(ReportingAggregatesTest)
#include "tst_reportingaggregates.moc"
