#pragma once

#include "trackinglogline.h"

#include "engine/job.h"
#include "store/manualcheckpoints.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QStringList>

namespace nightshift {

// Collects redirection-server log files (docs/tracking-logs.md) into tracking_logs and tracking_stats, each
// exactly once. A file goes in chunks of lines; each chunk is one transaction that inserts its events (tracking
// URLs resolved from delivery + tag), adds them to the day's statistics, records its corrupt lines
// (import_rejects, and <folder>/rejects/<file>.rejects) and updates the file's tracking_files row with the
// bytes consumed so far. A crash therefore resumes at the last committed chunk (the rejects file is cut back
// to its committed size), and a file whose row is complete is never read again, only moved to done/.
class TrackingIngest
{
public:
    struct FileOutcome
    {
        qint64 lines = 0; // of the whole file, including those of earlier, interrupted runs
        qint64 events = 0; // collected by this run
        qint64 rejected = 0; // of the whole file
        QStringList firstReasons; // "line 4: …", this run's first few
        bool alreadyConsumed = false; // its row said complete: moved, not read
        bool resumed = false; // an earlier run had committed part of it
        QString unreadable; // why it was left in place; empty when collected
    };

    // chunkLines: lines per transaction; 0 sizes chunks from the measured transaction time.
    TrackingIngest(JobContext &context, QString folder, int chunkLines);

    // Collects one file of the folder; progress is reported as bytesBefore + bytes of this file, of bytesTotal.
    Result<FileOutcome> collect(const QString &name, qint64 bytesBefore, qint64 bytesTotal);

    qint64 longestTransactionMs() const { return m_longestMs; }
    qint64 transactions() const { return m_transactions; }

private:
    struct FileRow
    {
        bool exists = false;
        bool complete = false;
        qint64 consumedBytes = 0;
        qint64 rejectsBytes = 0;
        qint64 lines = 0;
        qint64 rejected = 0;
    };
    struct Line
    {
        qint64 number = 0;
        QByteArray raw;
        Result<TrackingEvent> parsed;
    };
    struct Urls
    {
        bool exists = false;
        QHash<QString, qint64> byTag;
    };

    Result<FileRow> loadRow(const QString &name) const;
    Status commitChunk(const QString &name, QList<Line> &lines, FileRow &row, qint64 consumed, bool complete,
                       QFile &rejects, FileOutcome &outcome);
    Status resolveDeliveries(const QList<Line> &lines);
    Status insertEvents(const QString &name, const QList<std::pair<const TrackingEvent *, qint64>> &events);
    Status addToStatistics(const QList<std::pair<const TrackingEvent *, qint64>> &events);
    Status moveToDone(const QString &name) const;
    QString rejectsPath(const QString &name) const;
    void adaptChunk(qint64 elapsedMs);

    JobContext &m_context;
    QString m_folder;
    int m_chunkLines;
    bool m_adaptive;
    QHash<qint64, Urls> m_deliveries; // delivery id → its tracking URLs, loaded once per run
    qint64 m_longestMs = 0;
    qint64 m_transactions = 0;
    QElapsedTimer m_sinceCommit; // the lock is left to other writers for m_turnGapMs after each commit (SQLite)
    qint64 m_turnGapMs = 0;
    ManualCheckpoints m_checkpoints; // so a chunk's time is its write-lock hold, not a WAL checkpoint's
};

} // namespace nightshift
