// Each built-in cube's refresh job run by the engine as its shipped workflow: agg_messageCenter_full,
// agg_nmspropositionrcp_full, and reportingAggregates' deliveryLogs and workflowRuns cube activities.
#include "cubenaive.h"
#include "goldenjob.h"

#include "security/principalloader.h"
#include "store/packageinstaller.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;
using namespace nightshift::reports;

class CubeJobsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> f;

    QSqlDatabase db() const { return *f->instance->database(); }
    QString firstMeasure(const QString &cube) const
    {
        const auto cubes = CubeReader::cubes();
        for (const CubeInfo &i : cubes.value())
            if (i.name == cube)
                return i.measures.first().name;
        return {};
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<EngineFixture>();
        QString error;
        QVERIFY2(f->setUp(&error), qPrintable(error));
    }
    void cleanup() { f.reset(); }

    void shippedWorkflowsRunThroughTheEngine_data()
    {
        QTest::addColumn<QString>("workflow");
        QTest::addColumn<QString>("cube");
        QTest::newRow("messageCenter") << u"agg_messageCenter_full"_s << u"messageCenter"_s;
        QTest::newRow("propositionRcp") << u"agg_nmspropositionrcp_full"_s << u"propositionRcp"_s;
        QTest::newRow("deliveryLogs") << u"reportingAggregates"_s << u"deliveryLogs"_s;
        QTest::newRow("workflowRuns") << u"reportingAggregates"_s << u"workflowRuns"_s;
    }
    void shippedWorkflowsRunThroughTheEngine()
    {
        QFETCH(QString, workflow);
        QFETCH(QString, cube);
        QRandomGenerator random(14);
        QCOMPARE(cubetest::addMessageCenterEvents(db(), random, 30, 1), QString());
        QVERIFY(f->exec(u"INSERT INTO deliveries (id, internal_name, label, channel, created_at) VALUES (1, 'DM1', 'Spring', 'email', 0)"_s));
        QVERIFY(f->exec(u"INSERT INTO offers (id, name, label) VALUES (1, 'OE1', 'Ten percent off')"_s));
        for (int i = 1; i <= 12; ++i) {
            QVERIFY(f->exec(u"INSERT INTO propositions (offer_id, delivery_id, channel, status, created_at) VALUES (1, 1, 'email', ?, ?)"_s,
                            {i % 3 == 0 ? u"accepted"_s : u"proposed"_s, qint64(1767225600000 + i * 3600000)}));
            QVERIFY(f->exec(u"INSERT INTO broad_logs (delivery_id, status, event_at) VALUES (1, ?, ?)"_s,
                            {i % 4 == 0 ? u"failed"_s : u"sent"_s, qint64(1767225600000 + i * 3600000)}));
        }
        if (workflow != u"reportingAggregates"_s) { // its package first (Delivery is installed)
            auto admin = PrincipalLoader(*f->instance->database()).load(f->adminId);
            QVERIFY(admin.has_value());
            const QString package = workflow == u"agg_messageCenter_full"_s ? u"messageCenterControl"_s : u"interaction"_s;
            auto installed = PackageInstaller(*f->instance, f->catalog).install(package, *admin);
            QVERIFY2(installed.has_value(), qPrintable(installed ? QString() : installed.error().message));
            QVERIFY(f->exec(u"DELETE FROM commands"_s));
        }
        GOLDEN_VERIFY(golden::runShippedWorkflow(*f, workflow, 20000));
        QVERIFY2(f->journalContains(workflow, u"full refresh of cube %1: "_s.arg(cube)), qPrintable(f->journal(workflow).join(u'\n')));
        auto total = CubeReader().query(db(), f->instance->dialect(), cube, {.groupBy = {}, .measures = {firstMeasure(cube)}, .filters = {}});
        QVERIFY2(total.has_value(), total ? "" : qPrintable(total.error().message));
        const qint64 expected = cube == u"messageCenter"_s ? 30 : cube == u"workflowRuns"_s ? -1 : 12;
        if (expected >= 0)
            QCOMPARE(total->cells.first().values.first().toLongLong(), expected);
        else // the engine's own finished tasks of this run (start, scheduler, the jobs before it)
            QVERIFY(total->cells.first().values.first().toLongLong() > 0);
    }
};

QTEST_GUILESS_MAIN(CubeJobsTest)
#include "tst_cubejobs.moc"
