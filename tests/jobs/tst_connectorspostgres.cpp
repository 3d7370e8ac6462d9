// billing and deliverabilityUpdate on a real PostgreSQL 15 server (support/postgresserver.h): the same golden
// folders as on SQLite (billing measures the database with pg_database_size there).
#include "goldenjob.h"

#include "support/postgresserver.h"
#include "support/servers/localserver.h"

#include "core/workflowcatalog.h"
#include "jobs/delivery/billingjob.h"
#include "jobs/delivery/deliverabilityupdatejob.h"

#include <QDir>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;
using nightshift::testing::PostgresServer;

class ConnectorsPostgresTest : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;
    WorkflowCatalog m_catalog;

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
        QLocale::setDefault(QLocale::c());
    }

    void billingGoldenFolder()
    {
        QString error;
        auto f = fixture(u"billing"_s, &error);
        QVERIFY2(f, qPrintable(error));
        GOLDEN_VERIFY(golden::seed(*f, u"billing"_s));
        QTemporaryDir mail;
        LocalServer sink;
        error = sink.start(u"smtpsink.py"_s, {mail.path()});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(f->exec(u"UPDATE external_accounts SET server = ? WHERE name = 'mail'"_s,
                        {u"smtp://127.0.0.1:%1"_s.arg(sink.port())}));
        BillingJob job;
        const golden::Outcome interrupted = golden::run(*f, job, u"billing"_s, {.afterReports = 2});
        QVERIFY(!interrupted.status.has_value());
        GOLDEN_VERIFY(golden::checkRun(*f, job, u"billing"_s));
        QCOMPARE(QDir(mail.path()).entryList({u"*.json"_s}, QDir::Files).size(), 1);
    }

    void deliverabilityUpdateGoldenFolder()
    {
        QString error;
        auto f = fixture(u"deliverability"_s, &error);
        QVERIFY2(f, qPrintable(error));
        GOLDEN_VERIFY(golden::seed(*f, u"deliverabilityUpdate"_s));
        QTemporaryDir folder;
        const QDir fixtures(golden::folder(u"deliverabilityUpdate"_s) + u"/service"_s);
        for (const QString &name : fixtures.entryList(QDir::Files))
            QVERIFY(QFile::copy(fixtures.filePath(name), folder.filePath(name)));
        LocalServer service;
        error = service.start(u"deliverabilityservice.py"_s, {folder.path()});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(f->exec(u"UPDATE external_accounts SET server = ? WHERE name = 'deliverability'"_s,
                        {u"http://127.0.0.1:%1/v1/"_s.arg(service.port())}));
        DeliverabilityUpdateJob job;
        GOLDEN_VERIFY(golden::checkRun(*f, job, u"deliverabilityUpdate"_s));
        const golden::Outcome again = golden::run(*f, job, u"deliverabilityUpdate"_s);
        QVERIFY(again.status.has_value());
        QCOMPARE(again.journal.last(), u"info: The deliverability lists are unchanged: nothing to do"_s);
    }
};

QTEST_MAIN(ConnectorsPostgresTest)
#include "tst_connectorspostgres.moc"
