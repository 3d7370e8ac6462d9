// tracking and deliveryIndicators on a real PostgreSQL 15 server (support/postgresserver.h): the same golden
// folders as on SQLite, including an interrupted tracking run resumed at its committed offset.
#include "goldenjob.h"
#include "trackingfolder.h"

#include "support/postgresserver.h"

#include "core/workflowcatalog.h"
#include "jobs/delivery/deliveryindicators.h"
#include "jobs/delivery/trackingjob.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;
using nightshift::testing::PostgresServer;

class TrackingPostgresTest : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;
    WorkflowCatalog m_catalog;

    // A fixture whose instance is a fresh, seeded PostgreSQL database (the golden harness only uses
    // `instance`).
    std::unique_ptr<EngineFixture> fixture(const QString &prefix, QString *error)
    {
        auto f = std::make_unique<EngineFixture>();
        *error = golden::openOnPostgres(*f, m_server, prefix, &m_catalog, u"test"_s);
        return error->isEmpty() ? std::move(f) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        GOLDEN_VERIFY(golden::startPostgres(m_server));
        auto catalog = WorkflowCatalog::load();
        QVERIFY(catalog.has_value());
        m_catalog = *catalog;
    }

    void trackingGoldenFolder()
    {
        QString error;
        auto f = fixture(u"tracking"_s, &error);
        QVERIFY2(f, qPrintable(error));
        GOLDEN_VERIFY(golden::seed(*f, u"tracking"_s));
        TrackingFolder folder(u"tracking"_s);
        QVERIFY2(folder.error().isEmpty(), qPrintable(folder.error()));
        TrackingJob job;
        const QMap<QString, QString> parameters{{u"folder"_s, folder.path()}};
        // Stopped inside the second file, then run again.
        const golden::Outcome interrupted = golden::run(*f, job, u"tracking"_s, {.afterReports = 15}, parameters);
        QVERIFY(!interrupted.status.has_value());
        const golden::Outcome outcome = golden::run(*f, job, u"tracking"_s, {}, parameters);
        QVERIFY2(outcome.status.has_value(), qPrintable(outcome.status ? QString() : outcome.status.error().message));
        GOLDEN_VERIFY(golden::compareRows(*f, u"tracking"_s));
        GOLDEN_VERIFY(folder.compareRejects());
    }

    void deliveryIndicatorsGoldenFolder()
    {
        QString error;
        auto f = fixture(u"indicators"_s, &error);
        QVERIFY2(f, qPrintable(error));
        GOLDEN_VERIFY(golden::seed(*f, u"deliveryIndicators"_s));
        DeliveryIndicatorsJob job;
        GOLDEN_VERIFY(golden::checkRun(*f, job, u"deliveryIndicators"_s));
    }
};

QTEST_GUILESS_MAIN(TrackingPostgresTest)
#include "tst_trackingpostgres.moc"
