// forecasting: provisional logs for the deliveries of the provisional calendar, estimated from the channel's
// recent deliveries (email falls back to its reachable recipients); stale logs removed; reruns and
// interruptions converge; the shipped workflow.
#include "goldenjob.h"

#include "jobs/delivery/forecastingjob.h"
#include "jobs/standardjobs.h"
#include "support/postgresserver.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {
const QString Name = u"forecasting"_s;
} // namespace

class ForecastingTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> f;

    golden::Outcome run(const QMap<QString, QString> &parameters = {}, bool simulated = false) const
    {
        if (!simulated) {
            ForecastingJob job;
            return golden::run(*f, job, Name, {}, parameters);
        }
        JobContext::Reporting reporting;
        QStringList journal;
        JobContext context(
            *f->instance->database(), f->instance->dialect(), golden::parameters(Name), {}, reporting,
            [&](JournalLevel level, const QString &line) {
                journal << golden::maskDurations(u"%1: %2"_s.arg(journalLevelName(level), line));
            },
            true);
        Status status = ForecastingJob().run(context);
        return {.status = std::move(status), .journal = journal};
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<EngineFixture>();
        QString error;
        QVERIFY2(f->setUp(&error), qPrintable(error));
        GOLDEN_VERIFY(golden::seed(*f, Name));
    }
    void cleanup() { f.reset(); }

    void goldenFolder()
    {
        const golden::Outcome outcome = run();
        QVERIFY2(outcome.status.has_value(), qPrintable(outcome.status.error().message));
        GOLDEN_VERIFY(golden::compareRows(*f, Name));
        GOLDEN_VERIFY(golden::compareJournal(outcome, Name));
    }

    // Two reports per batch of two deliveries, one for the stale logs: cancelled after each, then run again.
    void interruptedAnywhereThenRerunEqualsGolden_data()
    {
        QTest::addColumn<int>("afterReports");
        for (int reports = 1; reports <= 5; ++reports)
            QTest::addRow("after report %d", reports) << reports;
    }
    void interruptedAnywhereThenRerunEqualsGolden()
    {
        QFETCH(int, afterReports);
        ForecastingJob job;
        const golden::Outcome interrupted = golden::run(*f, job, Name, {.afterReports = afterReports});
        QVERIFY2(!interrupted.status.has_value(), qPrintable(interrupted.journal.join(u'\n')));
        QVERIFY(interrupted.status.error().message.startsWith(u"cancelled while"_s));
        QVERIFY(golden::run(*f, job, Name).status.has_value());
        GOLDEN_VERIFY(golden::compareRows(*f, Name));
    }

    void aSecondRunWritesTheSameRows()
    {
        QVERIFY(run().status.has_value());
        const golden::Outcome second = run();
        QVERIFY(second.status.has_value());
        GOLDEN_VERIFY(golden::compareRows(*f, Name));
        QCOMPARE(second.journal.last(),
                 u"info: 3 provisional delivery(ies) forecast: 1121 message(s) in total; 0 stale provisional log(s) "
                 "removed; in # ms"_s);
    }

    // Without email history, an email delivery is sized by the recipients it could reach.
    void emailWithoutHistoryCountsReachableRecipients()
    {
        QVERIFY(f->exec(u"UPDATE deliveries SET sent = 0 WHERE channel = 'email'"_s));
        QVERIFY(f->exec(u"INSERT INTO recipients (email, created_at, modified_at) VALUES ('a@example.test', 0, 0), "
                        "('b@example.test', 0, 0), ('c@example.test', 0, 0), ('d@example.test', 0, 0), (NULL, 0, 0), "
                        "('', 0, 0)"_s));
        QVERIFY(f->exec(u"INSERT INTO quarantines (address, status, created_at, updated_at) VALUES "
                        "('c@example.test', 'quarantine', 0, 0), ('d@example.test', 'denylisted', 0, 0), "
                        "('b@example.test', 'valid', 0, 0)"_s));
        const golden::Outcome outcome = run();
        QVERIFY(outcome.status.has_value());
        QVERIFY2(outcome.journal.contains(u"info: PROV101 (email) on 2099-03-01: 2 message(s) forecast (no email "
                                          "history: recipients with a usable email address)"_s),
                 qPrintable(outcome.journal.join(u'\n')));
        QCOMPARE(f->count(u"SELECT volume FROM provisional_logs WHERE delivery_id = 106"_s), 2);
    }

    void aSimulationWritesNothing()
    {
        const golden::Outcome outcome = run({}, true);
        QVERIFY(outcome.status.has_value());
        QVERIFY(outcome.journal.contains(u"info: PROV101 (email) on 2099-03-01: 550 message(s) forecast (mean of the "
                                         "last 10 email deliveries)"_s));
        QVERIFY(outcome.journal.last().endsWith(u"(simulation: nothing written)"_s));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM provisional_logs"_s), 6);
    }

    void badBatchIsRefused()
    {
        const golden::Outcome refused = run({{u"batch"_s, u"0"_s}});
        QCOMPARE(refused.status.error().message,
                 u"parameter batch must be a positive number of deliveries, not \"0\""_s);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM provisional_logs"_s), 6);
    }

    void runsAsTheShippedWorkflowThroughTheEngine()
    {
        QVERIFY(f->exec(u"UPDATE workflows SET state = 'started' WHERE internal_name = ?"_s, {Name}));
        QVERIFY(f->exec(u"INSERT INTO tasks (workflow_id, activity, state, created_at, wake_at, affinity) "
                        "VALUES (?, 'schedule', 'armed', ?, ?, '')"_s,
                        {f->workflowId(Name), nowMs(), nowMs()}));
        f->options.jobs = standardJobs();
        f->startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(f->count(u"SELECT COUNT(*) FROM runs WHERE workflow_id = ? AND status = 'succeeded'"_s,
                                           {f->workflowId(Name)}),
                                  1, 10000);
        f->stopEngine();
        GOLDEN_VERIFY(golden::compareRows(*f, Name));
        QVERIFY(f->journalContains(Name, u"PROV103 (line) on 2099-03-03: no past line delivery to estimate from"_s));
    }

    void goldenFolderOnPostgres()
    {
        QString why;
        if (!testing::PostgresServer::serverBinariesAvailable(&why))
            QFAIL(qPrintable(u"PostgreSQL is required (scripts/bootstrap.sh installs it): "_s + why));
        testing::PostgresServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString database = server.createDatabase(u"forecasting"_s, &error);
        QVERIFY2(!database.isEmpty(), qPrintable(error));
        InstanceLocation location{.dialect = Dialect::Postgres, .path = {}, .host = server.host(),
                                  .port = server.port(), .database = database, .user = server.user(),
                                  .password = server.password()};
        EngineFixture pg; // not set up: only its instance is used
        auto opened = Instance::open(location, Instance::OpenMode::CreateIfMissing);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        pg.instance = *opened;
        GOLDEN_VERIFY(golden::seed(pg, Name));
        ForecastingJob job;
        const golden::Outcome outcome = golden::run(pg, job, Name);
        QVERIFY2(outcome.status.has_value(), qPrintable(outcome.status.error().message));
        GOLDEN_VERIFY(golden::compareRows(pg, Name));
        GOLDEN_VERIFY(golden::compareJournal(outcome, Name));
        pg.instance.reset(); // its connections go before the server stops
    }
};

QTEST_GUILESS_MAIN(ForecastingTest)
#include "tst_forecasting.moc"
