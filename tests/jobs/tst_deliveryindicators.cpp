// deliveryIndicators: sent/delivered/errors from broad logs, opens/clicks/opt-outs from tracking statistics,
// only for deliveries changed since their indicators_at, in batches; interrupted at any batch then rerun equals
// an uninterrupted run; the shipped workflow (Mid-sourcing platform) through the engine.
#include "goldenjob.h"

#include "jobs/delivery/deliveryindicators.h"
#include "jobs/standardjobs.h"
#include "security/principalloader.h"
#include "store/packageinstaller.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {
const QString kJob = u"deliveryIndicators"_s;
} // namespace

class DeliveryIndicatorsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> f;

    QString message(const golden::Outcome &outcome) const
    {
        return outcome.status ? outcome.journal.join(u'\n') : outcome.status.error().message;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<EngineFixture>();
        QString error;
        QVERIFY2(f->setUp(&error), qPrintable(error));
        GOLDEN_VERIFY(golden::seed(*f, kJob));
    }
    void cleanup() { f.reset(); }

    void goldenFolder()
    {
        DeliveryIndicatorsJob job;
        const golden::Outcome outcome = golden::run(*f, job, kJob);
        QVERIFY2(outcome.status.has_value(), qPrintable(message(outcome)));
        GOLDEN_VERIFY(golden::compareRows(*f, kJob));
        GOLDEN_VERIFY(golden::compareJournal(outcome, kJob));
    }

    void aSecondRunFindsNothingToDo()
    {
        DeliveryIndicatorsJob job;
        QVERIFY(golden::run(*f, job, kJob).status.has_value());
        const golden::Outcome again = golden::run(*f, job, kJob);
        QVERIFY(again.status.has_value());
        QCOMPARE(again.journal, (QStringList{u"info: no delivery has changed since its indicators were computed"_s}));
        GOLDEN_VERIFY(golden::compareRows(*f, kJob));
    }

    // Cancelled after each batch (one delivery each), then run again: the rows equal an uninterrupted run's.
    void interruptedAtEachBatchThenRerunEqualsGolden_data()
    {
        QTest::addColumn<int>("afterReports");
        for (int reports = 1; reports <= 6; ++reports) // 4 batches, 2 reports each; the last one ends the work
            QTest::addRow("after report %d", reports) << reports;
    }
    void interruptedAtEachBatchThenRerunEqualsGolden()
    {
        QFETCH(int, afterReports);
        DeliveryIndicatorsJob job;
        const golden::Outcome interrupted = golden::run(*f, job, kJob, {.afterReports = afterReports});
        QVERIFY2(!interrupted.status.has_value(), qPrintable(message(interrupted)));
        QVERIFY(interrupted.status.error().message.startsWith(u"cancelled while recomputing delivery indicators"_s));
        QVERIFY(golden::run(*f, job, kJob).status.has_value());
        GOLDEN_VERIFY(golden::compareRows(*f, kJob));
    }

    // Only what changed is read: a delivery whose logs and statistics are older than its indicators is not.
    void changedDeliveriesAreFound()
    {
        auto db = f->instance->database();
        auto any = DeliveryIndicators::changed(*db, DeliveryIndicators::Changes::Any);
        QVERIFY(any.has_value());
        QCOMPARE(*any, (QList<qint64>{1, 2, 4, 5}));
        auto tracking = DeliveryIndicators::changed(*db, DeliveryIndicators::Changes::Tracking);
        QVERIFY(tracking.has_value());
        QCOMPARE(*tracking, (QList<qint64>{1, 4}));
    }

    void badBatchParameterIsRefused()
    {
        DeliveryIndicatorsJob job;
        const golden::Outcome refused = golden::run(*f, job, kJob, {}, {{u"batch"_s, u"0"_s}});
        QVERIFY(!refused.status.has_value());
        QCOMPARE(refused.status.error().message,
                 u"parameter batch must be a positive number of deliveries, not \"0\""_s);
    }

    void runsAsTheShippedWorkflowThroughTheEngine()
    {
        auto admin = PrincipalLoader(*f->instance->database()).load(f->adminId);
        QVERIFY(admin.has_value());
        auto installed = PackageInstaller(*f->instance, f->catalog).install(u"midSourcingPlatform"_s, *admin);
        QVERIFY2(installed.has_value(), qPrintable(installed ? QString() : installed.error().message));
        QVERIFY(installed->createdWorkflows.contains(kJob));
        QVERIFY(f->exec(u"DELETE FROM commands"_s));
        QVERIFY(f->exec(u"UPDATE workflows SET state = 'started' WHERE internal_name = ?"_s, {kJob}));
        QVERIFY(f->exec(u"INSERT INTO tasks (workflow_id, activity, state, created_at, wake_at, affinity) "
                        "VALUES (?, 'schedule', 'armed', ?, ?, '')"_s,
                        {f->workflowId(kJob), nowMs(), nowMs()}));
        f->options.jobs = standardJobs();
        f->startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(
            f->count(u"SELECT COUNT(*) FROM runs WHERE workflow_id = ? AND status IN ('succeeded', 'failed')"_s,
                     {f->workflowId(kJob)}),
            1, 20000);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM runs WHERE workflow_id = ? AND status = 'succeeded'"_s,
                          {f->workflowId(kJob)}),
                 1);
        f->stopEngine();
        GOLDEN_VERIFY(golden::compareRows(*f, kJob));
        QVERIFY(f->journalContains(kJob, u"indicators of 4 delivery(ies) recomputed in 1 batch(es)"_s));
    }
};

QTEST_GUILESS_MAIN(DeliveryIndicatorsTest)
#include "tst_deliveryindicators.moc"
