// cleanup (SPEC §6): every purge step on a golden instance (rows just inside and just outside each
// retention), interrupted at every batch then re-run, bad retentions that stop the job at their step, the
// shipped workflow through a real engine, and the same golden run on PostgreSQL.
#include "goldenjob.h"

#include "jobs/delivery/cleanupbatches.h"
#include "jobs/delivery/cleanupjob.h"
#include "store/manualcheckpoints.h"
#include "store/purgesettings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

Q_DECLARE_METATYPE(nightshift::CleanupBatches::Order)

namespace {
const QString Folder = u"cleanup"_s;
}

class CleanupTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> f;
    QTemporaryDir m_dir;
    QString m_seeded; // the golden instance as seeded: each case starts from a copy
    int m_copies = 0;

    void freshGoldenInstance()
    {
        InstanceLocation where;
        where.path = m_dir.filePath(u"copy%1.sqlite"_s.arg(++m_copies));
        QVERIFY(QFile::copy(m_seeded, where.path));
        auto copy = Instance::open(where, Instance::OpenMode::MustExist);
        QVERIFY2(copy.has_value(), copy ? "" : qPrintable(copy.error().message));
        f->instance = *copy;
    }

private Q_SLOTS:
    void initTestCase()
    {
        f = std::make_unique<EngineFixture>();
        GOLDEN_VERIFY(golden::setUp(*f, Folder));
        QVERIFY(f->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        m_seeded = m_dir.filePath(u"seeded.sqlite"_s);
        QVERIFY(QFile::copy(f->instance->location().path, m_seeded));
    }
    void init() { freshGoldenInstance(); }
    void cleanup() { f->stopEngine(); }
    void cleanupTestCase() { f.reset(); }

    void goldenFolder()
    {
        CleanupJob job;
        GOLDEN_VERIFY(golden::checkRun(*f, job, Folder));
        QVERIFY(job.transactions() > 20); // batches of 2 rows: many short transactions
    }

    void aSecondRunDeletesNothingMore()
    {
        CleanupJob job;
        QVERIFY(golden::run(*f, job, Folder).status.has_value());
        const golden::Outcome again = golden::run(*f, job, Folder);
        QVERIFY(again.status.has_value());
        GOLDEN_VERIFY(golden::compareRows(*f, Folder));
        QVERIFY2(again.journal.contains(u"info: Delivery logs: 0 row(s) deleted in # ms"_s),
                 qPrintable(again.journal.join(u'\n')));
        QVERIFY(again.journal.contains(u"info: Deleted deliveries: 0 delivery(ies) deleted with 0 log, tracking and "
                                       "URL row(s) in # ms"_s));
    }

    // The job's connection checkpoints its WAL only once it holds the budget (or when a step ends), and gets
    // SQLite's automatic checkpoints back afterwards.
    void checkpointsWaitForTheWalBudget()
    {
        auto db = f->instance->database();
        QVERIFY(db.has_value());
        QVERIFY(f->exec(u"CREATE TABLE scratch (v TEXT)"_s));
        QVERIFY(f->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s)); // the WAL starts empty
        const auto commitRows = [&](int rows) {
            WriteTransaction transaction(*db, Dialect::Sqlite);
            QVERIFY(transaction.begin().has_value());
            for (int i = 0; i < rows; ++i)
                QVERIFY(execute(*db, u"INSERT INTO scratch (v) VALUES (?)"_s, {QString(1000, u'x')}).has_value());
            QVERIFY(transaction.commit().has_value());
        };
        {
            ManualCheckpoints checkpoints(*db, Dialect::Sqlite, 0, 256 * 1024);
            commitRows(1); // a few pages
            checkpoints.afterCommit();
            QCOMPARE(checkpoints.checkpoints(), 0);
            commitRows(300); // about 300 KB
            checkpoints.afterCommit();
            QCOMPARE(checkpoints.checkpoints(), 1);
            checkpoints.flush(); // nothing committed since
            QCOMPARE(checkpoints.checkpoints(), 1);
            commitRows(1);
            checkpoints.afterCommit();
            QCOMPARE(checkpoints.checkpoints(), 1);
            checkpoints.flush();
            QCOMPARE(checkpoints.checkpoints(), 2);
            auto automatic = scalar(*db, u"PRAGMA wal_autocheckpoint"_s);
            QVERIFY(automatic.has_value());
            QCOMPARE(automatic->toInt(), 0);
        }
        auto automatic = scalar(*db, u"PRAGMA wal_autocheckpoint"_s);
        QVERIFY(automatic.has_value());
        QCOMPARE(automatic->toInt(), 1000);
    }

    // Cancelled after each report in turn (each batch and each step end), then run again: the rows equal an
    // uninterrupted run's. Stops once a run gets through uninterrupted, so every point is covered.
    void interruptedAnywhereThenRerunEqualsGolden()
    {
        int points = 0;
        for (int reports = 1;; ++reports) {
            if (reports > 1)
                freshGoldenInstance();
            CleanupJob job;
            const golden::Outcome interrupted = golden::run(*f, job, Folder, {.afterReports = reports});
            if (interrupted.status.has_value())
                break; // past the last report: nothing left to interrupt
            ++points;
            QVERIFY2(interrupted.status.error().message.startsWith(u"cancelled "_s),
                     qPrintable(interrupted.status.error().message));
            const golden::Outcome rerun = golden::run(*f, job, Folder);
            QVERIFY2(rerun.status.has_value(), qPrintable(rerun.status.error().message));
            const QString difference = golden::compareRows(*f, Folder);
            QVERIFY2(difference.isEmpty(),
                     qPrintable(u"interrupted after report %1: %2"_s.arg(reports).arg(difference)));
        }
        QVERIFY2(points > 30, qPrintable(QString::number(points)));
    }

    // A bad retention fails its step with the setting's own error before anything of it is deleted; the
    // steps before it ran, none after it did.
    void badRetentionStopsTheJobAtItsStep_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("zero") << u"0"_s;
        QTest::newRow("negative") << u"-7"_s;
        QTest::newRow("garbage") << u"a month"_s;
    }
    void badRetentionStopsTheJobAtItsStep()
    {
        QFETCH(QString, value);
        QVERIFY(f->exec(u"UPDATE options SET value = ? WHERE name = 'purge.visitors'"_s, {value}));
        CleanupJob job;
        const golden::Outcome outcome = golden::run(*f, job, Folder);
        QVERIFY(!outcome.status.has_value());
        QCOMPARE(
            outcome.status.error().message,
            u"Visitor profiles: the retention must be a whole number of days from 1 to 36500; got \"%1\""_s.arg(value));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM import_rejects"_s), 1); // the step before ran
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM visitors"_s), 2); // its own deleted nothing
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tracking_logs"_s), 2); // only deleted delivery 1's went
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM web_sessions"_s), 2);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM audit WHERE action LIKE 'test.%'"_s), 2);
        QVERIFY(!outcome.journal.join(u'\n').contains(u"Tracking logs"_s));
        QVERIFY(outcome.journal.join(u'\n').contains(u"Workflow history: 1 run(s)"_s));
    }

    void badVacuumOptionFailsTheLastStep()
    {
        QVERIFY(f->exec(u"UPDATE options SET value = 'full' WHERE name = 'purge.vacuum'"_s));
        CleanupJob job;
        const golden::Outcome outcome = golden::run(*f, job, Folder);
        QVERIFY(!outcome.status.has_value());
        QVERIFY2(outcome.status.error().message.contains(u"none, analyze, vacuum; got \"full\""_s),
                 qPrintable(outcome.status.error().message));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM web_sessions"_s), 1); // every purge before it ran
    }

    void vacuumAndNoStatistics()
    {
        QVERIFY(f->exec(u"UPDATE options SET value = 'vacuum' WHERE name = 'purge.vacuum'"_s));
        CleanupJob job;
        golden::Outcome outcome = golden::run(*f, job, Folder);
        QVERIFY2(outcome.status.has_value(), qPrintable(outcome.status.error().message));
        QVERIFY2(outcome.journal.join(u'\n').contains(u"Database statistics: vacuumed and analysed (audit, "_s),
                 qPrintable(outcome.journal.join(u'\n')));
        QVERIFY(f->count(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"_s) == 1);
        GOLDEN_VERIFY(golden::compareRows(*f, Folder));

        QVERIFY(f->exec(u"UPDATE options SET value = 'none' WHERE name = 'purge.vacuum'"_s));
        outcome = golden::run(*f, job, Folder);
        QVERIFY(outcome.status.has_value());
        QVERIFY(outcome.journal.contains(u"info: Database statistics: not updated (purge.vacuum is \"none\")"_s));
    }

    void simulationCountsAndDeletesNothing()
    {
        JobContext::Reporting reporting;
        QStringList journal;
        JobContext context(
            *f->instance->database(), f->instance->dialect(), {}, {}, reporting,
            [&](JournalLevel, const QString &line) { journal << golden::maskDurations(line); }, true);
        QVERIFY(CleanupJob().run(context).has_value());
        QVERIFY2(journal.contains(u"Delivery logs: 1 row(s) deleted in # ms"_s), qPrintable(journal.join(u'\n')));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM broad_logs"_s), 11);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM deliveries"_s), 5);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM quarantines WHERE status = 'valid'"_s), 0);
    }

    // The delivery-log purge walks broad_logs_address a time slice at a time. Whatever the slices and batches
    // (many of each here, one row at a time at the extreme), keys shared by many rows, times shared at a slice's
    // edge and rows without an address, it deletes exactly the rows older than the cutoff; stopped after any
    // batch, the next run deletes the rest.
    void keyOrderPurgeDeletesExactlyTheOldRows_data()
    {
        QTest::addColumn<int>("batch");
        QTest::addColumn<qint64>("sliceRows");
        QTest::addColumn<CleanupBatches::Order>("order");
        QTest::newRow("key order, batches of 7, slices of 50") << 7 << qint64(50) << CleanupBatches::Order::Key;
        QTest::newRow("time order after each slice's first batch") << 7 << qint64(50) << CleanupBatches::Order::Time;
        QTest::newRow("measured, one row at a time") << 1 << qint64(1) << CleanupBatches::Order::Measured;
        QTest::newRow("measured, adaptive, one slice")
            << 0 << CleanupBatches::SliceRows << CleanupBatches::Order::Measured;
    }
    void keyOrderPurgeDeletesExactlyTheOldRows()
    {
        QFETCH(int, batch);
        QFETCH(qint64, sliceRows);
        QFETCH(CleanupBatches::Order, order);
        auto db = f->instance->database();
        QVERIFY(db.has_value());
        const qint64 before = 1250; // 25 of the 40 times below: 375 of the 600 rows
        const auto fill = [&] {
            // 600 logs, 15 at each of 40 times, over 37 addresses (every 13th log has none), out of time order.
            return f->exec(u"DELETE FROM broad_logs"_s)
                && f->exec(u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 599) "
                           "INSERT INTO broad_logs (id, delivery_id, address, status, event_at) SELECT 100000 + i, "
                           "(SELECT MIN(id) FROM deliveries), CASE WHEN i % 13 = 0 THEN NULL ELSE 'a' || (i * 7 % 37) "
                           "|| '@example.test' END, 'sent', 1000 + (i * 11 % 40) * 10 FROM n"_s);
        };
        qint64 keyBatches = 0;
        qint64 timeBatches = 0;
        const auto purge = [&](int cancelAfter, qint64 *transactions) -> Result<qint64> {
            JobContext::Reporting reporting;
            int reports = 0;
            reporting.onReport = [&] {
                if (++reports == cancelAfter)
                    reporting.cancelled = true;
            };
            JobContext context(
                *db, Dialect::Sqlite, {}, {}, reporting, [](JournalLevel, const QString &) {}, false);
            CleanupBatches batches(context, batch, sliceRows);
            batches.setOrder(order);
            auto rows = batches.removeInKeyOrder(u"broad_logs"_s, u"broad_logs_address"_s, u"address"_s, u"event_at"_s,
                                                 before, u"delivery logs"_s);
            *transactions = batches.transactions();
            keyBatches = batches.keyBatches();
            timeBatches = batches.timeBatches();
            return rows;
        };
        QVERIFY(fill());
        qint64 transactions = 0;
        auto rows = purge(0, &transactions);
        QVERIFY2(rows.has_value(), rows ? "" : qPrintable(rows.error().message));
        QCOMPARE(*rows, 375);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM broad_logs WHERE event_at < ?"_s, {before}), 0);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM broad_logs"_s), 225);
        if (batch > 0)
            QVERIFY2(transactions > 375 / (batch * 2), qPrintable(QString::number(transactions)));
        if (batch == 0) // the first batch, in time order, takes all of so small a purge
            QCOMPARE(keyBatches, 0);
        else
            QVERIFY(keyBatches > 0);
        if (order == CleanupBatches::Order::Key)
            QCOMPARE(timeBatches, 0);
        if (order == CleanupBatches::Order::Time) // past each slice's first batch
            QVERIFY2(timeBatches > keyBatches, qPrintable(u"%1 %2"_s.arg(timeBatches).arg(keyBatches)));
        if (batch != 7)
            return;
        for (int cancelAfter = 1;; ++cancelAfter) { // each batch reports its rows
            QVERIFY(fill());
            auto stopped = purge(cancelAfter, &transactions);
            if (stopped.has_value())
                break; // past the last batch
            QVERIFY2(stopped.error().message.startsWith(u"cancelled while purging delivery logs"_s),
                     qPrintable(stopped.error().message));
            const int left = f->count(u"SELECT COUNT(*) FROM broad_logs WHERE event_at < ?"_s, {before});
            QVERIFY2(left > 0 && left < 375, qPrintable(QString::number(left)));
            auto rest = purge(0, &transactions);
            QVERIFY(rest.has_value());
            QCOMPARE(*rest, left);
            QCOMPARE(f->count(u"SELECT COUNT(*) FROM broad_logs WHERE event_at < ?"_s, {before}), 0);
            QCOMPARE(f->count(u"SELECT COUNT(*) FROM broad_logs"_s), 225);
        }
    }

    void badBatchParameterIsRefused()
    {
        CleanupJob job;
        const golden::Outcome outcome = golden::run(*f, job, Folder, {}, {{u"batch"_s, u"-1"_s}});
        QVERIFY(!outcome.status.has_value());
        QCOMPARE(outcome.status.error().message, u"parameter batch must be a positive number of rows, not \"-1\""_s);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM deliveries"_s), 5);
    }

    void privacyFilesAreRemovedFromDisk()
    {
        QTemporaryDir folder;
        QVERIFY(QDir(folder.path()).mkdir(u"privacy"_s));
        for (const QString &name : {u"privacy/PR-1.zip"_s, u"privacy/PR-2.zip"_s}) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("data");
        }
        CleanupJob job;
        const golden::Outcome outcome = golden::run(*f, job, Folder, {}, {{u"privacyFolder"_s, folder.path()}});
        QVERIFY2(outcome.status.has_value(), qPrintable(outcome.status.error().message));
        QVERIFY(!QFile::exists(folder.filePath(u"privacy/PR-1.zip"_s)));
        QVERIFY(QFile::exists(folder.filePath(u"privacy/PR-2.zip"_s)));
        QVERIFY(outcome.journal.contains(u"info: Privacy request files: 1 request(s) cleared of their data file, 1 "
                                         "file(s) removed from disk in # ms"_s));
    }

    void runsAsTheShippedWorkflowThroughTheEngine()
    {
        GOLDEN_VERIFY(golden::runShippedWorkflow(*f, u"cleanup"_s, 20000));
        GOLDEN_VERIFY(golden::compareRows(*f, Folder));
        QVERIFY2(f->journalContains(u"cleanup"_s, u"Delivery logs: 1 row(s) deleted in"_s),
                 qPrintable(f->journal(u"cleanup"_s).join(u'\n')));
        QCOMPARE(f->state(u"cleanup"_s), u"started"_s); // re-armed for tomorrow
    }

    // The same golden folder on a real PostgreSQL server: the SQL of every step runs there too, and VACUUM
    // runs outside any transaction block.
    void goldenFolderOnPostgres()
    {
        golden::PostgresInstance postgres;
        GOLDEN_VERIFY(postgres.start(u"cleanup"_s, &f->catalog, u"admin"_s));
        EngineFixture &pg = postgres.fixture;
        GOLDEN_VERIFY(golden::seed(pg, Folder));
        QVERIFY(pg.exec(u"UPDATE options SET value = 'vacuum' WHERE name = 'purge.vacuum'"_s));
        CleanupJob job;
        const golden::Outcome interrupted = golden::run(pg, job, Folder, {.afterReports = 17});
        QVERIFY(!interrupted.status.has_value());
        const golden::Outcome outcome = golden::run(pg, job, Folder);
        QVERIFY2(outcome.status.has_value(), qPrintable(outcome.status.error().message));
        GOLDEN_VERIFY(golden::compareRows(pg, Folder));
        QVERIFY2(outcome.journal.join(u'\n').contains(u"Database statistics: vacuumed and analysed"_s),
                 qPrintable(outcome.journal.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(CleanupTest)
#include "tst_cleanup.moc"
