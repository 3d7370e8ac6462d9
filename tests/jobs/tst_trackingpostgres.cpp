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
        const QString database = m_server.createDatabase(prefix, error);
        if (database.isEmpty())
            return nullptr;
        InstanceLocation location;
        location.dialect = Dialect::Postgres;
        location.host = m_server.host();
        location.port = m_server.port();
        location.database = database;
        location.user = m_server.user();
        location.password = m_server.password();
        auto opened = Instance::open(location, Instance::OpenMode::CreateIfMissing);
        if (!opened) {
            *error = opened.error().message;
            return nullptr;
        }
        auto f = std::make_unique<EngineFixture>();
        f->instance = *opened;
        if (auto seeded = f->instance->seed(m_catalog, u"test"_s); !seeded) {
            *error = seeded.error().message;
            return nullptr;
        }
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!PostgresServer::serverBinariesAvailable(&why))
            QFAIL(qPrintable(u"PostgreSQL is required (scripts/bootstrap.sh installs it): "_s + why));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
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
        const golden::Outcome outcome = golden::run(*f, job, u"deliveryIndicators"_s);
        QVERIFY2(outcome.status.has_value(), qPrintable(outcome.status ? QString() : outcome.status.error().message));
        GOLDEN_VERIFY(golden::compareRows(*f, u"deliveryIndicators"_s));
        GOLDEN_VERIFY(golden::compareJournal(outcome, u"deliveryIndicators"_s));
    }
};

QTEST_GUILESS_MAIN(TrackingPostgresTest)
#include "tst_trackingpostgres.moc"
