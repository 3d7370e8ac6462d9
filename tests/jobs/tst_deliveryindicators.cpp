// deliveryIndicators: sent/delivered/errors from broad logs, opens/clicks/opt-outs from tracking statistics,
// only for deliveries changed since their indicators_at, in batches; interrupted at any batch then rerun equals
// an uninterrupted run; the shipped workflow (Mid-sourcing platform) through the engine.
#include "goldenjob.h"

#include "jobs/delivery/deliveryindicators.h"
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

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<EngineFixture>();
        GOLDEN_VERIFY(golden::setUp(*f, kJob));
    }
    void cleanup() { f.reset(); }

    void goldenFolder()
    {
        DeliveryIndicatorsJob job;
        GOLDEN_VERIFY(golden::checkRun(*f, job, kJob));
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
        // 4 batches, 2 reports each; the last one ends the work
        golden::addReportRows(6);
    }
    void interruptedAtEachBatchThenRerunEqualsGolden()
    {
        QFETCH(int, afterReports);
        DeliveryIndicatorsJob job;
        GOLDEN_VERIFY(golden::checkInterruptedThenRerun(*f, job, kJob, afterReports,
                                                        u"cancelled while recomputing delivery indicators"_s));
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
        GOLDEN_VERIFY(golden::runShippedWorkflow(*f, kJob, 20000));
        GOLDEN_VERIFY(golden::compareRows(*f, kJob));
        QVERIFY(f->journalContains(kJob, u"indicators of 4 delivery(ies) recomputed in 1 batch(es)"_s));
    }
};

QTEST_GUILESS_MAIN(DeliveryIndicatorsTest)
#include "tst_deliveryindicators.moc"
