// tracking: redirection-server log files collected into tracking logs and statistics exactly once (even when
// interrupted at any chunk, or when a collected file comes back), corrupt lines rejected without failing,
// unreadable files left in place, a missing folder refused, and the shipped workflow through the engine.
#include "goldenjob.h"
#include "trackingfolder.h"

#include "jobs/delivery/trackingjob.h"
#include "jobs/delivery/trackinglogline.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {
const QString kJob = u"tracking"_s;
const QString kFileA = u"redir-20260501-10.log"_s;
const QString kFileB = u"redir-20260501-11.log"_s;
} // namespace

class TrackingTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> f;
    std::unique_ptr<TrackingFolder> folder;

    golden::Outcome runJob(golden::Cancel cancel = {}, const QMap<QString, QString> &extra = {})
    {
        QMap<QString, QString> parameters{{u"folder"_s, folder->path()}};
        parameters.insert(extra);
        TrackingJob job;
        return golden::run(*f, job, kJob, cancel, parameters);
    }
    QString message(const golden::Outcome &outcome) const
    {
        return outcome.status ? outcome.journal.join(u'\n') : outcome.status.error().message;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<EngineFixture>();
        GOLDEN_VERIFY(golden::setUp(*f, kJob));
        folder = std::make_unique<TrackingFolder>(kJob);
        QVERIFY2(folder->error().isEmpty(), qPrintable(folder->error()));
    }
    void cleanup()
    {
        folder.reset();
        f.reset();
    }

    void parsesTheServersTimes()
    {
        QCOMPARE(parseUtcTimestamp(u"2026-05-01T00:00:00Z"_s).value_or(-1), qint64(1'777'593'600'000));
        QCOMPARE(parseUtcTimestamp(u"2026-05-01T10:15:00.250Z"_s).value_or(-1), qint64(1'777'630'500'250));
        QCOMPARE(parseUtcTimestamp(u"2026-05-01T12:15:00+02:00"_s).value_or(-1), qint64(1'777'630'500'000));
        QVERIFY(!parseUtcTimestamp(u"2026-05-01T10:15:00"_s)); // no zone: refused, not taken as local time
        QVERIFY(!parseUtcTimestamp(u"2026-02-30T10:15:00Z"_s));
        QVERIFY(!parseUtcTimestamp(u"2026-05-01T25:00:00Z"_s)); // (24:00:00, ISO's end of day, is accepted)
        QVERIFY(!parseUtcTimestamp(u"yesterday"_s));
    }

    void rejectsCorruptLinesWithAReason_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reason");
        QTest::addRow("fields") << QByteArray("2026-05-01T10:00:00Z\topen\t1")
                                << u"3 tab-separated field(s) instead of 7"_s;
        QTest::addRow("type") << QByteArray("2026-05-01T10:00:00Z\tview\t1\t1\t1\t\tx")
                              << u"unknown event type \"view\" (open, click or optout)"_s;
        QTest::addRow("delivery") << QByteArray("2026-05-01T10:00:00Z\topen\t-4\t1\t1\t\tx")
                                  << u"\"-4\" is not a delivery id"_s;
        QTest::addRow("log") << QByteArray("2026-05-01T10:00:00Z\topen\t4\tx\t1\t\tx")
                             << u"\"x\" is not a broad log id"_s;
        QTest::addRow("click") << QByteArray("2026-05-01T10:00:00Z\tclick\t4\t1\t1\t\tx")
                               << u"a click without a URL tag"_s;
        QTest::addRow("utf8") << QByteArray("2026-05-01T10:00:00Z\topen\t4\t1\t1\t\t\xc3") << u"not valid UTF-8"_s;
        QByteArray nul("2026-05-01T10:00:00Z\topen\t4\t1\t1\t\ta");
        nul += '\0';
        nul += 'b';
        QTest::addRow("nul") << nul << u"holds a NUL byte"_s;
    }
    void rejectsCorruptLinesWithAReason()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, reason);
        const auto parsed = parseTrackingLine(line);
        QVERIFY(!parsed.has_value());
        QCOMPARE(parsed.error().message, reason);
    }

    // The golden folder: rows, journal, rejects files; the collected files are in done/, others left alone.
    void goldenFolder()
    {
        TrackingJob job;
        GOLDEN_VERIFY(golden::checkRun(*f, job, kJob, nullptr, {{u"folder"_s, folder->path()}}));
        GOLDEN_VERIFY(folder->compareRejects());
        QCOMPARE(folder->files(), (QStringList{u"notes.txt"_s}));
        QCOMPARE(folder->files(u"done"_s), (QStringList{kFileA, kFileB}));
    }

    // Cancelled after each chunk in turn (two lines per chunk), then run again: rows and rejects files equal an
    // uninterrupted run's; the interrupted file is resumed at its committed offset, never read twice.
    void interruptedAtEachChunkThenRerunEqualsGolden_data()
    {
        QTest::addColumn<int>("afterReports");
        // Two reports per chunk (rows, then progress) with the same effect: the first of each is enough.
        // 5 chunks per file, then the indicators' batch; 23 is past the end.
        for (int reports = 1; reports <= 23; reports += 2)
            QTest::addRow("after report %d", reports) << reports;
    }
    void interruptedAtEachChunkThenRerunEqualsGolden()
    {
        QFETCH(int, afterReports);
        const golden::Outcome interrupted = runJob({.afterReports = afterReports});
        if (!interrupted.status)
            QVERIFY2(interrupted.status.error().message.startsWith(u"cancelled"_s), qPrintable(message(interrupted)));
        const golden::Outcome rerun = runJob();
        QVERIFY2(rerun.status.has_value(), qPrintable(message(rerun)));
        GOLDEN_VERIFY(golden::compareRows(*f, kJob));
        GOLDEN_VERIFY(folder->compareRejects());
        QCOMPARE(folder->files(u"done"_s), (QStringList{kFileA, kFileB}));
    }

    // A crash after a chunk wrote its rejects but before it committed: the resumed run cuts them off.
    void uncommittedRejectsAreCutOffOnResume()
    {
        QVERIFY(!runJob({.afterReports = 14}).status.has_value()); // inside the second file
        QVERIFY(f->count(u"SELECT COUNT(*) FROM tracking_files WHERE complete = 0"_s) == 1);
        QVERIFY(folder->append(u"rejects/"_s + kFileB + u".rejects"_s, "99\tfrom a chunk that never committed\tx\n"));
        QVERIFY(runJob().status.has_value());
        GOLDEN_VERIFY(golden::compareRows(*f, kJob));
        GOLDEN_VERIFY(folder->compareRejects());
    }

    // A crash between the last commit and the move, simulated by putting the collected file back.
    void aCollectedFileComingBackIsNotCountedAgain()
    {
        QVERIFY(runJob().status.has_value());
        QVERIFY(QFile::copy(folder->path() + u"/done/"_s + kFileA, folder->path() + u"/"_s + kFileA));
        const golden::Outcome again = runJob();
        QVERIFY2(again.status.has_value(), qPrintable(message(again)));
        QVERIFY2(
            again.journal.contains(u"warning: %1 was already collected (11 line(s)): moved to done/ without reading "
                                   "it again"_s.arg(kFileA)),
            qPrintable(message(again)));
        GOLDEN_VERIFY(golden::compareRows(*f, kJob));
        QCOMPARE(folder->files(u"done"_s), (QStringList{kFileA, kFileA + u".2"_s, kFileB}));
        QCOMPARE(folder->files(), (QStringList{u"notes.txt"_s}));
    }

    void theOptionNamesTheFolder()
    {
        QVERIFY(f->exec(u"UPDATE options SET value = ? WHERE name = 'tracking.logFolder'"_s, {folder->path()}));
        TrackingJob job;
        const golden::Outcome outcome = golden::run(*f, job, kJob);
        QVERIFY2(outcome.status.has_value(), qPrintable(message(outcome)));
        GOLDEN_VERIFY(golden::compareRows(*f, kJob));
    }

    void aMissingFolderIsAClearError()
    {
        TrackingJob job;
        golden::Outcome unset = golden::run(*f, job, kJob);
        QVERIFY(!unset.status.has_value());
        QCOMPARE(unset.status.error().message,
                 u"no tracking log folder is set: set the option tracking.logFolder (Options) to the folder where the "
                 "redirection servers write their log files"_s);
        const QString missing = folder->path() + u"/nowhere"_s;
        QVERIFY(f->exec(u"UPDATE options SET value = ? WHERE name = 'tracking.logFolder'"_s, {missing}));
        golden::Outcome absent = golden::run(*f, job, kJob);
        QVERIFY(!absent.status.has_value());
        QCOMPARE(absent.status.error().message,
                 u"the tracking log folder %1 (option tracking.logFolder) does not exist"_s.arg(missing));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tracking_files"_s), 0);
    }

    // Left in place with a warning, retried by the next run; the other file is collected and the run succeeds.
    void anUnreadableFileIsLeftInPlace()
    {
        const QString path = folder->path() + u"/"_s + kFileA;
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        QFile probe(path);
        const bool rootReadsAnyway = probe.open(QIODevice::ReadOnly); // root ignores permissions
        probe.close();
        const golden::Outcome outcome = runJob();
        QVERIFY2(outcome.status.has_value(), qPrintable(message(outcome)));
        QCOMPARE(folder->files(u"done"_s).contains(kFileB), true);
        if (!rootReadsAnyway) {
            QVERIFY2(outcome.journal.filter(u"warning: %1 cannot be read ("_s.arg(kFileA)).size() == 1,
                     qPrintable(message(outcome)));
            QVERIFY(outcome.journal.last().contains(u"1 file(s) collected"_s));
            QVERIFY(outcome.journal.last().contains(u"1 file(s) left unread"_s));
            QVERIFY(QFile::exists(path)); // left in place (QDir's listing leaves out a file its owner cannot read)
            QCOMPARE(folder->files(u"done"_s), (QStringList{kFileB}));
            QCOMPARE(f->count(u"SELECT COUNT(*) FROM tracking_logs WHERE source_file = ?"_s, {kFileA}), 0);
        }
        // Readable again: the next run collects it, and everything equals the golden folder.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !QFile::exists(path));
        QVERIFY(runJob().status.has_value());
        GOLDEN_VERIFY(golden::compareRows(*f, kJob));
        if (rootReadsAnyway)
            QSKIP("running as root, which reads a file without permissions: the assertions that it is left in place "
                  "with a warning were not made (the rest was)");
    }

    void simulationChangesNothing()
    {
        JobContext::Reporting reporting;
        QStringList journal;
        auto db = f->instance->database();
        JobContext context(
            *db, f->instance->dialect(), {{u"folder"_s, folder->path()}}, {}, reporting,
            [&journal](JournalLevel, const QString &line) { journal << line; }, true);
        QVERIFY(TrackingJob().run(context).has_value());
        QCOMPARE(journal.size(), 1);
        QVERIFY2(journal.first().startsWith(u"simulation: 2 file(s) of "_s), qPrintable(journal.first()));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tracking_logs"_s), 0);
        QCOMPARE(folder->files().size(), 3);
    }

    void runsAsTheShippedWorkflowThroughTheEngine()
    {
        QVERIFY(f->exec(u"UPDATE options SET value = ? WHERE name = 'tracking.logFolder'"_s, {folder->path()}));
        GOLDEN_VERIFY(golden::runShippedWorkflow(*f, kJob, 20000));
        GOLDEN_VERIFY(golden::compareRows(*f, kJob));
        QVERIFY(f->journalContains(kJob, u"2 file(s) collected: 11 event(s), 9 line(s) rejected"_s));
        QCOMPARE(f->state(kJob), u"started"_s); // re-armed for the next hour
    }
};

QTEST_GUILESS_MAIN(TrackingTest)
#include "tst_tracking.moc"
