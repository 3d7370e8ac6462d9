// forecasting: provisional logs for the deliveries of the provisional calendar, estimated from the channel's
// recent deliveries (email falls back to its reachable recipients); stale logs removed; reruns and
// interruptions converge; the shipped workflow.
#include "goldenjobtest.h"

#include "jobs/delivery/forecastingjob.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {
const QString Name = u"forecasting"_s;
} // namespace

class ForecastingTest : public GoldenJobTest
{
    Q_OBJECT

public:
    // Two reports per batch of two deliveries, one for the stale logs.
    ForecastingTest()
        : GoldenJobTest({.name = Name, .reports = 5, .cancelledPrefix = u"cancelled while"_s})
    {
    }

private:
    std::unique_ptr<Job> makeJob() const override { return std::make_unique<ForecastingJob>(); }

    golden::Outcome run(const QMap<QString, QString> &parameters = {}, bool simulated = false) const
    {
        if (!simulated)
            return GoldenJobTest::run(parameters);
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
        GOLDEN_VERIFY(golden::runShippedWorkflow(*f, Name, 10000));
        GOLDEN_VERIFY(golden::compareRows(*f, Name));
        QVERIFY(f->journalContains(Name, u"PROV103 (line) on 2099-03-03: no past line delivery to estimate from"_s));
    }

    void goldenFolderOnPostgres()
    {
        GOLDEN_VERIFY(golden::checkOnPostgres(*makeJob(), Name, u"forecasting"_s));
    }
};

QTEST_GUILESS_MAIN(ForecastingTest)
#include "tst_forecasting.moc"
