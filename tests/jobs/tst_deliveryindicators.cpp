// deliveryIndicators: sent/delivered/errors from broad logs, opens/clicks/opt-outs from tracking statistics,
// only for deliveries changed since their indicators_at, in batches; interrupted at any batch then rerun equals
// an uninterrupted run; the shipped workflow (Mid-sourcing platform) through the engine.
#include "goldenjobtest.h"

#include "jobs/delivery/deliveryindicators.h"
#include "security/principalloader.h"
#include "store/packageinstaller.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {
const QString kJob = u"deliveryIndicators"_s;
} // namespace

class DeliveryIndicatorsTest : public GoldenJobTest
{
    Q_OBJECT

public:
    // 4 batches (one delivery each), 2 reports each; the last one ends the work.
    DeliveryIndicatorsTest()
        : GoldenJobTest({.name = kJob, .reports = 6, .cancelledPrefix = u"cancelled while recomputing delivery indicators"_s})
    {
    }

private:
    std::unique_ptr<Job> makeJob() const override { return std::make_unique<DeliveryIndicatorsJob>(); }

private Q_SLOTS:
    void aSecondRunFindsNothingToDo()
    {
        QVERIFY(run().status.has_value());
        const golden::Outcome again = run();
        QVERIFY(again.status.has_value());
        QCOMPARE(again.journal, (QStringList{u"info: no delivery has changed since its indicators were computed"_s}));
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
        const golden::Outcome refused = run({{u"batch"_s, u"0"_s}});
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
