// The shipped catalog: every technical workflow of SPEC §3, in its package and folder, valid.
#include "core/workflowcatalog.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

// SPEC §3: internal name → package.
const QList<std::pair<QString, QString>> expected = {
    {u"aliasCleansing"_s, u"delivery"_s}, {u"billing"_s, u"delivery"_s}, {u"statsTwitter"_s, u"socialNetworks"_s},
    {u"operationMgt"_s, u"campaign"_s}, {u"collectDataHeatMapService"_s, u"defaultInstallation"_s},
    {u"collectPrivacyRequests"_s, u"privacy"_s}, {u"budgetMgt"_s, u"campaign"_s}, {u"cleanup"_s, u"delivery"_s},
    {u"deleteBlockedLineUsersV2"_s, u"lineChannel"_s}, {u"deletePrivacyRequestsData"_s, u"privacy"_s},
    {u"deliveryIndicators"_s, u"midSourcingPlatform"_s}, {u"newsgroupMgt"_s, u"mrm"_s},
    {u"centralLocalMgt"_s, u"centralLocal"_s}, {u"webAnalyticsPurgeWebEvents"_s, u"webAnalytics"_s},
    {u"exportSharedAudience"_s, u"experienceCloud"_s}, {u"forecasting"_s, u"delivery"_s},
    {u"agg_nmspropositionrcp_full"_s, u"interaction"_s}, {u"webAnalyticsFindConverted"_s, u"webAnalytics"_s},
    {u"importSharedAudience"_s, u"experienceCloud"_s}, {u"deliveryMgt"_s, u"campaign"_s},
    {u"supplierMgt"_s, u"campaign"_s}, {u"updateLineV2AccessToken"_s, u"lineChannel"_s},
    {u"MIDToUserIDMigration"_s, u"lineChannel"_s}, {u"assetMgt"_s, u"mrm"_s},
    {u"mcSynch_{account}"_s, u"messageCenterControl"_s}, {u"agg_messageCenter_full"_s, u"messageCenterControl"_s},
    {u"defaultMidSourcingDlv"_s, u"midSourcingTransfer"_s}, {u"defaultMidSourcingLog"_s, u"midSourcingTransfer"_s},
    {u"mobileAppOptOutMgt"_s, u"mobileApp"_s}, {u"offerMgt"_s, u"delivery"_s},
    {u"cleanupPausedWorkflows"_s, u"delivery"_s}, {u"cleanupPrivacyRequests"_s, u"privacy"_s},
    {u"batchEventsProcessing"_s, u"messageCenterExecution"_s}, {u"rtEventsProcessing"_s, u"messageCenterExecution"_s},
    {u"propositionSynch"_s, u"interactionExecution"_s}, {u"webAnalyticsGetWebEvents"_s, u"webAnalytics"_s},
    {u"reportingAggregates"_s, u"delivery"_s}, {u"webAnalyticsSendMetrics"_s, u"webAnalytics"_s},
    {u"stockMgt"_s, u"campaign"_s}, {u"syncFacebookFans"_s, u"socialNetworks"_s},
    {u"syncFacebook"_s, u"socialNetworks"_s}, {u"syncTwitter"_s, u"socialNetworks"_s}, {u"taskMgt"_s, u"mrm"_s},
    {u"tracking"_s, u"delivery"_s}, {u"updateEventsStatus"_s, u"messageCenterExecution"_s},
    {u"deliverabilityUpdate"_s, u"delivery"_s},
};

} // namespace

class CatalogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto loaded = WorkflowCatalog::load();
        QVERIFY2(loaded.has_value(), loaded ? "" : qPrintable(joined(loaded.error())));
        m_catalog = *loaded;
    }

    void hasEveryTechnicalWorkflowOfTheSpecification()
    {
        QCOMPARE(expected.size(), 46);
        QCOMPARE(m_catalog.workflows().size(), 46);
        QSet<QString> names;
        for (const WorkflowDefinition &d : m_catalog.workflows())
            names.insert(d.name);
        for (const auto &[name, package] : expected)
            QVERIFY2(names.contains(name), qPrintable(name));
    }

    void eachWorkflowIsInItsPackageAndFolder_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("package");
        for (const auto &[name, package] : expected)
            QTest::newRow(qPrintable(name)) << name << package;
    }
    void eachWorkflowIsInItsPackageAndFolder()
    {
        QFETCH(QString, name);
        QFETCH(QString, package);
        const auto found = std::ranges::find_if(m_catalog.workflows(),
                                                [&](const WorkflowDefinition &d) { return d.name == name; });
        QVERIFY(found != m_catalog.workflows().end());
        QCOMPARE(found->package, package);
        const PackageInfo *info = m_catalog.package(package);
        QVERIFY(info);
        const QString parent = package.startsWith(u"messageCenter"_s)
                                   ? u"administration/production/messageCenter/technicalWorkflows/"_s
                                   : u"administration/production/technicalWorkflows/"_s;
        QCOMPARE(info->folderPath, parent + package);
        QVERIFY(!found->label.isEmpty());
        QVERIFY(!found->description.isEmpty());
        // Every technical workflow runs at least one job.
        QVERIFY(std::ranges::any_of(found->activities, [](const Activity &a) { return a.type == ActivityType::Job; }));
    }

    void defaultTriggersFollowTheSpecification_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("attributes");
        QTest::newRow("cleanup") << u"cleanup"_s << u"daily"_s << u"at=04:00"_s;
        QTest::newRow("aliasCleansing") << u"aliasCleansing"_s << u"daily"_s << u"at=03:00"_s;
        QTest::newRow("billing") << u"billing"_s << u"monthly"_s << u"day=25 at=00:00"_s;
        QTest::newRow("cleanupPausedWorkflows") << u"cleanupPausedWorkflows"_s << u"weekly"_s << u"days=mon at=05:00"_s;
        QTest::newRow("tracking") << u"tracking"_s << u"every"_s << u"interval=1h"_s;
        QTest::newRow("defaultMidSourcingDlv") << u"defaultMidSourcingDlv"_s << u"every"_s << u"interval=10m"_s;
        QTest::newRow("mobileAppOptOutMgt") << u"mobileAppOptOutMgt"_s << u"every"_s << u"interval=6h from=01:00 to=23:59"_s;
        QTest::newRow("deliverabilityUpdate") << u"deliverabilityUpdate"_s << u"daily"_s << u"at=02:45"_s;
        QTest::newRow("rtEventsProcessing") << u"rtEventsProcessing"_s << u"continuous"_s << u"pause=5s"_s;
        QTest::newRow("agg_nmspropositionrcp_full") << u"agg_nmspropositionrcp_full"_s << u"daily"_s << u"at=06:00"_s;
    }
    void defaultTriggersFollowTheSpecification()
    {
        QFETCH(QString, name);
        QFETCH(QString, element);
        QFETCH(QString, attributes);
        const auto d = std::ranges::find_if(m_catalog.workflows(), [&](const WorkflowDefinition &w) { return w.name == name; });
        QVERIFY(d != m_catalog.workflows().end());
        const auto scheduler = std::ranges::find_if(d->activities, [](const Activity &a) { return a.schedule.has_value(); });
        QVERIFY(scheduler != d->activities.end());
        QCOMPARE(scheduler->schedule->elementName(), element);
        QStringList written;
        for (const auto &[key, value] : scheduler->schedule->attributes())
            written << key + u'=' + value;
        QCOMPARE(written.join(u' '), attributes);
    }

    void manualSignalAndPausedWorkflows()
    {
        const auto byName = [&](const QString &name) {
            return *std::ranges::find_if(m_catalog.workflows(), [&](const WorkflowDefinition &w) { return w.name == name; });
        };
        QCOMPARE(byName(u"MIDToUserIDMigration"_s).properties.initialState, InitialState::Edited);
        QCOMPARE(byName(u"collectDataHeatMapService"_s).properties.initialState, InitialState::Paused);
        const WorkflowDefinition newsgroup = byName(u"newsgroupMgt"_s);
        QVERIFY(std::ranges::any_of(newsgroup.activities, [](const Activity &a) { return a.type == ActivityType::Signal; }));
        QVERIFY(byName(u"mcSynch_{account}"_s).isTemplate());
        QCOMPARE(byName(u"mcSynch_{account}"_s).accountType, u"messageCenter"_s);
    }

    void onlyDeliveryAndDefaultInstallationAreInstalledByDefault()
    {
        QStringList defaults;
        for (const PackageInfo &p : m_catalog.packages())
            if (p.installedByDefault)
                defaults << p.id;
        QCOMPARE(defaults, (QStringList{u"delivery"_s, u"defaultInstallation"_s}));
        QCOMPARE(m_catalog.packages().size(), 17);
    }

    void brokenCatalogFailsAsAWhole()
    {
        auto missing = WorkflowCatalog::load(u"/nonexistent/catalog"_s);
        QVERIFY(!missing.has_value());
        QVERIFY(missing.error().first().message.contains(u"cannot read the package list"_s));
    }

    void jobNamesCoverEveryJobActivity()
    {
        const QStringList jobs = m_catalog.jobNames();
        QVERIFY(jobs.contains(u"cleanup"_s));
        QVERIFY(jobs.contains(u"mcSynch"_s));
        QVERIFY(jobs.contains(u"mcSynchQuarantines"_s));
        QCOMPARE(jobs.size(), 47); // one per workflow, mcSynch's two jobs instead of one
    }

private:
    WorkflowCatalog m_catalog;
};

QTEST_GUILESS_MAIN(CatalogTest)
#include "tst_catalog.moc"
