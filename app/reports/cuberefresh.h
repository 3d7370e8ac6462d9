#pragma once

#include "cubedefinition.h"
#include "engine/job.h"
#include "store/manualcheckpoints.h"

namespace nightshift::reports {

// Refreshes one cube's aggregate (docs/cubes.md): writes in batches sized to ~150 ms each, each in one short
// transaction (incremental: with its watermark), with cancellation between batches.
//   full        groups every fact in one statement into a rebuild table (cube_<name>_build; on SQLite through a
//               TEMP table copied in short transactions), then swaps it in with the new watermark in one
//               transaction; readers see the old aggregate meanwhile. An interrupted rebuild is started again
//               by the next full refresh.
//   incremental counts only the facts above the watermark. It cannot see facts updated or deleted after they
//               were counted; a definition that changed, or a cube never built, gets a full refresh instead.
// The rollups (CubeSql::rollups) are built with the aggregate and swapped in with it; an incremental batch
// groups its facts once, appends the rows to the aggregate's recent rows (CubeSql::recentTable) and adds them to
// every rollup, in one transaction; the recent rows are merged into the aggregate once they reach MergePercent of it.
// A definition's `settled` condition holds the watermark below the first fact not settled yet (a running task
// is counted once it ended).
class CubeRefresher
{
public:
    enum class Mode { Full, Incremental };

    CubeRefresher(CubeDef cube, JobContext &context) : m_cube(std::move(cube)), m_context(context) {}

    Status run(Mode mode);

    // Facts (incremental) or aggregate rows (full) of the first batch; later ones adapt to about targetMs.
    void setInitialBatch(qint64 ids) { m_batch = ids; }
    void setTargetMs(int ms) { m_targetMs = ms; }
    void setMergePercent(int percent) { m_mergePercent = percent; } // see MergePercent
    void setFixedBatch(qint64 ids) // no adaptation: tests interrupt at exact batches
    {
        m_batch = ids;
        m_fixed = true;
    }

private:
    struct State
    {
        bool exists = false;
        qint64 watermark = 0;
        QString definition;
        QString rollups;
    };
    Result<State> state() const;
    Result<qint64> settledUpTo() const; // the highest fact id a refresh may count now
    Result<bool> tableExists(const QString &table) const;
    Status full();
    Status incremental(const State &state);
    Status startBuild();
    // Counts batches of facts in (from, upTo] into table, recording each batch's end with saveMark.
    Result<qint64> countBatches(qint64 from, qint64 upTo, const std::function<Status(qint64 mark)> &saveMark,
                                const QString &doing, ManualCheckpoints &checkpoints);
    Status mergeRecentIfLarge(ManualCheckpoints &checkpoints, qint64 &rows);
    QString deltaTable() const; // a batch's grouped facts (temporary)
    Result<qint64> recordRefresh(const QString &mode, qint64 watermark); // the facts counted
    Result<qint64> factsIn() const; // the facts counted, from the smallest table
    QStringList tables() const; // the aggregate, then its rollups (Rollup::of)
    QString rollupNames() const; // as cube_refreshes.rollups records them, without sizes
    // Which source each rollup groups from: the smallest table already built that holds what it keeps.
    qsizetype sourceOf(qsizetype rollup, const QList<qint64> &rows) const; // indexes into tables()
    void recordSizes(const QList<qint64> &rows); // m_recorded: the names with the rows of each rollup
    Result<qint64> copyInBatches(const QString &from, const QString &build, const QStringList &columns,
                                 const QString &cancelled);
    void adaptBatch(qint64 elapsedMs);
    Result<qint64> fillBuildOnSqlite(const QString &build, qint64 upTo, const QString &cancelled);
    Result<qint64> fillBuildOnPostgres(const QString &build, qint64 upTo, const QString &cancelled);

    // The page cache of the connection while an incremental refresh merges batches (see ManualCheckpoints).
    static constexpr int CacheKiB = 64 * 1024;
    // Recent rows are merged once they reach MergePercent % of the aggregate's rows. On SQLite a merge costs about
    // the same per recent row whatever the threshold (measured at 30, 60 and 100 %: docs/performance.md), so the
    // threshold only trades how often a refresh carries a merge against how many more rows a query of the
    // aggregate reads meanwhile (at most that share): at 100 %, three refreshes in four do not merge.
    static constexpr int MergePercent = 100;
    static constexpr qint64 MergeRows = 5000; // recent rows per merging transaction (whole date buckets)
    struct Phases // where an incremental refresh's time went (ms), for its journal line
    {
        qint64 grouping = 0;
        qint64 aggregate = 0;
        qint64 rollups = 0;
        qint64 commits = 0;
        qint64 checkpoints = 0;
    };

    CubeDef m_cube;
    JobContext &m_context;
    QString m_recorded; // what cube_refreshes.rollups gets: the rollups and their sizes, "recent"

    Phases m_phases;
    qint64 m_batch = 50000;
    int m_targetMs = 150;
    int m_mergePercent = MergePercent;
    bool m_fixed = false;
};

} // namespace nightshift::reports
