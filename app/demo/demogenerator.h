#pragma once

#include "demoscale.h"

#include "store/instance.h"

#include <atomic>
#include <functional>

namespace nightshift {

struct DemoOptions
{
    DemoScale scale = DemoScale::small();
    quint64 seed = 1;
    // The "now" of the data (ms since the epoch, UTC): history lies before it, the provisional calendar
    // after. 0: the anchor of the run being resumed, else today's midnight UTC. Recorded in demo_runs.
    qint64 anchorMs = 0;
    // Where the redirection-server log files go. Empty: the tracking.logFolder option, else, for SQLite,
    // "<instance dir>/<instance base name>-tracking". The option is set to the folder used.
    QString trackingFolder;
};

struct DemoProgress
{
    QString step; // the table or file set being written
    qint64 done = 0; // rows, over the whole run (resumed chunks count as done)
    qint64 total = 0;
};

struct DemoTableCount
{
    QString table;
    qint64 rows = 0;
};

// Fills an instance with deterministic marketing demo data (SPEC §5): the same seed and scale give the
// same rows. Work is cut into steps (one per table, plus the redirection-server files) and chunks of
// 50,000 rows, each committed in one transaction with its demo_progress row, so an interrupted run is
// simply run again and ends with the same content as an uninterrupted one. An instance already holding
// another demo (other seed or scale) or other marketing data is refused.
class DemoGenerator
{
public:
    using ProgressCallback = std::function<void(const DemoProgress &)>;

    DemoGenerator(Instance &instance, DemoOptions options);

    void onProgress(ProgressCallback callback) { m_progress = std::move(callback); }
    // Checked between chunks: when set, run() stops with an error saying the run can be resumed.
    void setCancelFlag(const std::atomic_bool *cancelled) { m_cancelFlag = cancelled; }

    Status run();

    bool wasCancelled() const { return m_cancelled; }
    bool alreadyComplete() const { return m_alreadyComplete; } // the instance held this demo already
    qint64 rowsWritten() const { return m_rowsWritten; } // by this run
    qint64 anchor() const { return m_anchor; }
    const QString &trackingFolder() const { return m_trackingFolder; }

    static const QStringList &tables(); // every table the generator fills
    static Result<QList<DemoTableCount>> rowCounts(Instance &instance);
    static qint64 defaultAnchor(); // today's midnight, UTC

private:
    Status prepare(const QSqlDatabase &db); // first start or resume: anchor, folder, id bases
    Status start(const QSqlDatabase &db);
    Result<QString> resolveTrackingFolder(const QSqlDatabase &db) const;

    Instance &m_instance;
    DemoOptions m_options;
    ProgressCallback m_progress;
    const std::atomic_bool *m_cancelFlag = nullptr;
    bool m_cancelled = false;
    bool m_alreadyComplete = false;
    qint64 m_rowsWritten = 0;
    qint64 m_anchor = 0;
    QString m_trackingFolder;
    QHash<QString, qint64> m_bases;
};

} // namespace nightshift
