// offerMgt: approved offers and categories copied to the online environment (categories first, level by
// level), withdrawn and archived ones removed, skipped ones warned about; reruns and interruptions converge;
// the shipped workflow, on its schedule and on demand.
#include "goldenjobtest.h"

#include "jobs/delivery/offermgtjob.h"
#include "jobs/standardjobs.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {
const QString Name = u"offerMgt"_s;
} // namespace

class OfferMgtTest : public GoldenJobTest
{
    Q_OBJECT

public:
    // One report per batch of two rows (two batches of removals of each kind, two of categories deployed, one of
    // offers).
    OfferMgtTest()
        : GoldenJobTest({.name = Name, .reports = 7, .cancelledPrefix = u"cancelled while"_s})
    {
    }

private:
    std::unique_ptr<Job> makeJob() const override { return std::make_unique<OfferMgtJob>(); }

    QString online() const
    {
        QStringList ids;
        auto query = execute(*f->instance->database(),
                             u"SELECT 'c' || id FROM online_offer_categories UNION ALL SELECT 'o' || id FROM online_offers "
                             "ORDER BY 1"_s);
        while (query && query->next())
            ids << query->value(0).toString();
        return ids.join(u' ');
    }

private Q_SLOTS:
    void aSecondRunChangesNothing()
    {
        QVERIFY(run().status.has_value());
        const QString before = online();
        const QVariant deployed = f->value(u"SELECT SUM(deployed_at) FROM online_offers"_s);
        const golden::Outcome second = run();
        QVERIFY(second.status.has_value());
        QCOMPARE(online(), before);
        QCOMPARE(f->value(u"SELECT SUM(deployed_at) FROM online_offers"_s), deployed);
        QCOMPARE(second.journal.mid(0, 3),
                 (QStringList{u"info: removed from the online environment: 0 category(ies) and 0 offer(s) in # ms"_s,
                              u"info: 0 category(ies) deployed in # ms"_s, u"info: 0 offer(s) deployed in # ms"_s}));
    }

    // Approving a category's parent later brings the category and its offers online at the next run;
    // withdrawing a category takes its offers and subcategories offline.
    void laterApprovalsAndWithdrawalsFollow()
    {
        QVERIFY(run().status.has_value());
        QCOMPARE(online(), u"c1 c2 c3 o1 o2 o8 o9"_s);
        QVERIFY(f->exec(u"UPDATE offer_categories SET state = 'approved' WHERE name = 'DRAFTS'"_s));
        QVERIFY(run().status.has_value());
        QCOMPARE(online(), u"c1 c2 c3 c4 c5 o1 o2 o3 o8 o9"_s);
        QVERIFY(f->exec(u"UPDATE offer_categories SET state = 'withdrawn' WHERE name = 'DISCOUNTS'"_s));
        const golden::Outcome withdrawn = run();
        QVERIFY(withdrawn.status.has_value());
        QCOMPARE(online(), u"c1 c4 c5 o3 o8 o9"_s);
        QCOMPARE(withdrawn.journal.first(),
                 u"info: removed from the online environment: 2 category(ies) and 2 offer(s) in # ms"_s);
        QVERIFY(withdrawn.journal.contains(u"warning: offer OFR001 not deployed: its category SEASONAL is not online "
                                           "(state live)"_s));
    }

    void manySkippedOffersAreSummarised()
    {
        for (int i = 0; i < OfferMgtJob::MaxSkipWarnings + 5; ++i)
            QVERIFY(f->exec(u"INSERT INTO offers (category_id, name, label, state) VALUES (4, ?, 'Waiting', 'approved')"_s,
                            {u"WAIT%1"_s.arg(i, 3, 10, QChar(u'0'))}));
        const golden::Outcome outcome = run();
        QVERIFY(outcome.status.has_value());
        // 5 skipped in the folder, 25 more: 20 warnings, then the rest counted.
        QCOMPARE(outcome.journal.filter(u"warning: "_s).size(), OfferMgtJob::MaxSkipWarnings + 1);
        QCOMPARE(outcome.journal.last(), u"warning: 10 more offer(s) or category(ies) not deployed for the same reasons"_s);
    }

    void badBatchIsRefused()
    {
        const golden::Outcome refused = run({{u"batch"_s, u"1e3"_s}});
        QCOMPARE(refused.status.error().message, u"parameter batch must be a positive number of rows, not \"1e3\""_s);
        QCOMPARE(online(), u"c1 c6 c7 o10 o5 o6 o7 o8 o9"_s);
    }

    // On demand: the deployNow signal of the shipped workflow runs the job.
    void runsAsTheShippedWorkflowThroughTheEngine()
    {
        f->options.jobs = standardJobs();
        f->startEngine();
        QCOMPARE(f->command(Name, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f->count(u"SELECT COUNT(*) FROM tasks WHERE workflow_id = ? AND activity = "
                                           "'deployNow' AND state = 'armed'"_s,
                                           {f->workflowId(Name)}),
                                  1, 10000);
        QCOMPARE(f->command(Name, WorkflowCommand::PostEvent, {{u"event"_s, u"deployNow"_s}}), QString());
        // (The start's own run ended once the scheduler and the signal were armed.)
        QTRY_COMPARE_WITH_TIMEOUT(f->count(u"SELECT COUNT(*) FROM runs WHERE workflow_id = ? AND trigger = 'signal' "
                                           "AND status = 'succeeded'"_s,
                                           {f->workflowId(Name)}),
                                  1, 10000);
        f->stopEngine();
        GOLDEN_VERIFY(golden::compareRows(*f, Name));
        QVERIFY(f->journalContains(Name, u"2 offer(s) deployed"_s));
    }

    void goldenFolderOnPostgres()
    {
        GOLDEN_VERIFY(golden::checkOnPostgres(*makeJob(), Name, u"offermgt"_s));
    }
};

QTEST_GUILESS_MAIN(OfferMgtTest)
#include "tst_offermgt.moc"
