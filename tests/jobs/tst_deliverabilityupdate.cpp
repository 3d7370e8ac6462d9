// deliverabilityUpdate: rules, domains and MX lists from a real local HTTP service; replaced together only when
// all three validated; unchanged lists skipped (ETag, or checksum); HTTP 500, garbage, wrong shape, timeout,
// server down and cancellation leave the current lists untouched.
#include "goldenjob.h"
#include "support/servers/localserver.h"

#include "jobs/delivery/deliverabilitylists.h"
#include "jobs/delivery/deliverabilityupdatejob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {
const QString JobName = u"deliverabilityUpdate"_s;
} // namespace

class DeliverabilityUpdateTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> f;
    QTemporaryDir m_folder;
    QTemporaryDir *m_service = &m_folder;
    LocalServer m_server;

    void put(const QString &name, const QByteArray &content)
    {
        QFile file(m_service->filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }
    QString url(const QString &list) const { return u"http://127.0.0.1:%1/v1/%2"_s.arg(m_server.port()).arg(list); }
    // Every row of the three lists, to prove a failed run changed none.
    QString lists() const
    {
        QStringList all;
        for (const QString &sql : {u"SELECT pattern || type FROM deliverability_rules ORDER BY sort_order"_s,
                                   u"SELECT domain FROM deliverability_domains ORDER BY domain"_s,
                                   u"SELECT mask FROM deliverability_mx ORDER BY sort_order"_s,
                                   u"SELECT list || checksum FROM deliverability_sources ORDER BY list"_s}) {
            auto query = execute(*f->instance->database(), sql);
            while (query && query->next())
                all << query->value(0).toString();
        }
        return all.join(u'|');
    }
    golden::Outcome runJob(const QMap<QString, QString> &parameters = {})
    {
        DeliverabilityUpdateJob job;
        return golden::run(*f, job, JobName, {}, parameters);
    }
    void expectFailure(const QString &expected)
    {
        const QString before = lists();
        const golden::Outcome outcome = runJob({{u"timeout"_s, u"2"_s}});
        QVERIFY(!outcome.status.has_value());
        QVERIFY2(outcome.status.error().message.startsWith(expected),
                 qPrintable(u"%1\ndoes not start with\n%2"_s.arg(outcome.status.error().message, expected)));
        QCOMPARE(lists(), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        const QString error = m_server.start(u"deliverabilityservice.py"_s, {m_folder.path()});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void init()
    {
        // The service reads its folder afresh at each request: each case starts from the fixtures.
        for (const QString &name : QDir(m_folder.path()).entryList(QDir::Files))
            QVERIFY(QFile::remove(m_folder.filePath(name)));
        const QDir fixtures(golden::folder(JobName) + u"/service"_s);
        for (const QString &name : fixtures.entryList(QDir::Files))
            QVERIFY(QFile::copy(fixtures.filePath(name), m_service->filePath(name)));
        f = std::make_unique<EngineFixture>();
        GOLDEN_VERIFY(golden::setUp(*f, JobName));
        QVERIFY(f->exec(u"UPDATE external_accounts SET server = ? WHERE name = 'deliverability'"_s,
                        {u"http://127.0.0.1:%1/v1/"_s.arg(m_server.port())}));
    }
    void cleanup() { f.reset(); }

    void goldenFolder()
    {
        DeliverabilityUpdateJob job;
        GOLDEN_VERIFY(golden::checkRun(*f, job, JobName));
    }

    void aSecondRunAsksWithTheETagAndChangesNothing()
    {
        QVERIFY(runJob().status.has_value());
        const QString after = lists();
        const golden::Outcome again = runJob();
        QVERIFY(again.status.has_value());
        QCOMPARE(again.journal.last(), u"info: The deliverability lists are unchanged: nothing to do"_s);
        QCOMPARE(lists(), after);
        QFile log(m_service->filePath(u"requests.log"_s));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QStringList requests = QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(requests.size(), 6);
        QVERIFY2(requests.at(3).startsWith(u"GET /v1/rules If-None-Match: \""_s), qPrintable(requests.at(3)));
    }

    void withoutETagsTheChecksumTellsUnchangedLists()
    {
        put(u"noetag"_s, "");
        QVERIFY(runJob().status.has_value());
        const golden::Outcome again = runJob();
        QVERIFY(again.status.has_value());
        QCOMPARE(again.journal.first(), u"info: rules: unchanged since the last update (4 entry(ies))"_s);
        QCOMPARE(again.journal.last(), u"info: The deliverability lists are unchanged: nothing to do"_s);
    }

    void onlyTheChangedListIsReplaced()
    {
        QVERIFY(runJob().status.has_value());
        put(u"mx.json"_s, "[{\"mask\": \"mx.example.net\", \"maxConnections\": 1, \"maxMessagesPerConnection\": 1, \"maxPerHour\": 10}]");
        const golden::Outcome again = runJob();
        QVERIFY(again.status.has_value());
        QCOMPARE(again.journal.last().left(49), u"info: Replaced mx (1, before 2) in one transactio"_s);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM deliverability_mx"_s), 1);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM deliverability_rules"_s), 4);
    }

    void http500LeavesTheListsUntouched()
    {
        put(u"rules.status"_s, "500");
        expectFailure(u"GET %1 answered HTTP 500 Internal Server Error"_s.arg(url(u"rules"_s)));
    }

    // The rules downloaded fine, the domains are garbage: nothing is replaced, not even the rules.
    void garbageJsonInAnyListLeavesAllThreeUntouched()
    {
        put(u"domains.json"_s, "<html>oops</html>");
        expectFailure(u"GET %1: the domains list is refused: not JSON: "_s.arg(url(u"domains"_s)));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM deliverability_rules"_s), 1);
    }

    void wrongShapeNamesTheEntryAndField()
    {
        put(u"mx.json"_s, "[{\"mask\": \"*.google.com\", \"maxConnections\": -1, \"maxMessagesPerConnection\": 1, \"maxPerHour\": 1}]");
        expectFailure(u"GET %1: the mx list is refused: entry 1: \"maxConnections\" must be a whole number from 0 to 1000"_s
                          .arg(url(u"mx"_s)));
    }

    void aMissingListIsAnError()
    {
        QVERIFY(QFile::remove(m_service->filePath(u"domains.json"_s)));
        expectFailure(u"GET %1 answered HTTP 404 Not Found"_s.arg(url(u"domains"_s)));
    }

    void aTimeoutIsAnError()
    {
        put(u"rules.delay"_s, "10");
        QElapsedTimer timer;
        timer.start();
        expectFailure(u"GET %1 failed: Timeout was reached"_s.arg(url(u"rules"_s)));
        QVERIFY(timer.elapsed() < 9000);
    }

    void serverDownIsAnErrorNamingTheUrl()
    {
        const int port = LocalServer::closedPort();
        QVERIFY(f->exec(u"UPDATE external_accounts SET server = ?"_s, {u"http://127.0.0.1:%1/v1"_s.arg(port)}));
        expectFailure(u"GET http://127.0.0.1:%1/v1/rules failed: Couldn't connect to server"_s.arg(port));
    }

    void noAccountIsAClearError()
    {
        QVERIFY(f->exec(u"UPDATE external_accounts SET enabled = 0"_s));
        expectFailure(u"there is no enabled external account of type deliverability"_s);
    }

    void cancellationAbortsADownload()
    {
        put(u"rules.delay"_s, "30");
        const QString before = lists();
        JobContext::Reporting reporting;
        auto db = f->instance->database();
        JobContext context(*db, f->instance->dialect(), {}, {}, reporting, [](JournalLevel, const QString &) {}, false);
        std::thread canceller([&reporting] {
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            reporting.cancelled = true;
        });
        QElapsedTimer timer;
        timer.start();
        const Status status = DeliverabilityUpdateJob().run(context);
        canceller.join();
        QVERIFY(!status.has_value());
        QCOMPARE(status.error().message, u"cancelled while GET %1"_s.arg(url(u"rules"_s)));
        QVERIFY(timer.elapsed() < 15000);
        QCOMPARE(lists(), before);
    }

    void interruptedAnywhereThenRerunEqualsGolden_data()
    {
        golden::addReportRows(3);
    }
    void interruptedAnywhereThenRerunEqualsGolden()
    {
        QFETCH(int, afterReports);
        const QString before = lists();
        DeliverabilityUpdateJob job;
        const auto untouched = [&] {
            const QString now = lists();
            return now == before ? QString() : u"the lists changed:\n%1\nwere:\n%2"_s.arg(now, before);
        };
        GOLDEN_VERIFY(golden::checkInterruptedThenRerun(*f, job, JobName, afterReports, {}, untouched));
    }

    // Validation, list by list, without a server.
    void strictValidation_data()
    {
        QTest::addColumn<int>("list");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addRow("object") << 0 << QByteArray("{\"rules\": []}") << u"not a JSON array"_s;
        QTest::addRow("empty") << 0 << QByteArray("[]") << u"the list is empty (refused: it would remove every entry)"_s;
        QTest::addRow("not an object") << 0 << QByteArray("[\"x\"]") << u"entry 1 is not a JSON object"_s;
        QTest::addRow("unknown field")
            << 0 << QByteArray("[{\"pattern\": \"a\", \"type\": \"hard\", \"reason\": \"r\", \"extra\": 1}]")
            << u"entry 1 has an unknown field \"extra\" (expected: pattern, type, reason)"_s;
        QTest::addRow("bad type") << 0 << QByteArray("[{\"pattern\": \"a\", \"type\": \"bogus\", \"reason\": \"r\"}]")
                                  << u"entry 1: \"type\" must be soft, hard or ignore, not \"bogus\""_s;
        QTest::addRow("missing reason") << 0 << QByteArray("[{\"pattern\": \"a\", \"type\": \"hard\"}]")
                                        << u"entry 1: \"reason\" must be a non-empty string"_s;
        QTest::addRow("bad regex") << 0 << QByteArray("[{\"pattern\": \"(a\", \"type\": \"hard\", \"reason\": \"r\"}]")
                                   << u"entry 1: \"pattern\" is not a valid regular expression: "_s;
        QTest::addRow("duplicate") << 0
                                   << QByteArray("[{\"pattern\": \"a\", \"type\": \"hard\", \"reason\": \"r\"}, {\"pattern\": \"a\", \"type\": \"soft\", \"reason\": \"s\"}]")
                                   << u"entry 2: pattern \"a\" appears twice"_s;
        QTest::addRow("bad domain") << 1 << QByteArray("[{\"domain\": \"not a domain\"}]")
                                    << u"entry 1: \"domain\" is not a domain name: \"not a domain\""_s;
        QTest::addRow("flag as text") << 1 << QByteArray("[{\"domain\": \"a.example\", \"dkim\": \"yes\"}]")
                                      << u"entry 1: \"dkim\" must be true or false"_s;
        QTest::addRow("same domain, other case")
            << 1 << QByteArray("[{\"domain\": \"a.example\"}, {\"domain\": \"A.example\"}]")
            << u"entry 2: domain \"a.example\" appears twice"_s;
        QTest::addRow("fraction") << 2
                                  << QByteArray("[{\"mask\": \"a.example\", \"maxConnections\": 1.5, \"maxMessagesPerConnection\": 1, \"maxPerHour\": 1}]")
                                  << u"entry 1: \"maxConnections\" must be a whole number from 0 to 1000"_s;
        QTest::addRow("missing count") << 2 << QByteArray("[{\"mask\": \"a.example\", \"maxConnections\": 1, \"maxPerHour\": 1}]")
                                       << u"entry 1: \"maxMessagesPerConnection\" must be a whole number from 0 to 1000000"_s;
        QTest::addRow("bad mask") << 2
                                  << QByteArray("[{\"mask\": \"*.*\", \"maxConnections\": 1, \"maxMessagesPerConnection\": 1, \"maxPerHour\": 1}]")
                                  << u"entry 1: \"mask\" is not a host name or *.domain: \"*.*\""_s;
        QTest::addRow("truncated") << 2 << QByteArray("[{\"mask\": ") << u"not JSON: "_s;
    }
    void strictValidation()
    {
        QFETCH(int, list);
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString error = list == 0 ? parseDeliverabilityRules(json).error().message
                              : list == 1 ? parseDeliverabilityDomains(json).error().message
                                          : parseDeliverabilityMx(json).error().message;
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void runsAsTheShippedWorkflowThroughTheEngine()
    {
        GOLDEN_VERIFY(golden::runShippedWorkflow(*f, JobName, 30000));
        QVERIFY(f->journalContains(JobName, u"Replaced rules (4, before 1), domains (3, before 1), mx (2, before 1)"_s));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM deliverability_rules"_s), 4);
    }
};

QTEST_GUILESS_MAIN(DeliverabilityUpdateTest)
#include "tst_deliverabilityupdate.moc"
