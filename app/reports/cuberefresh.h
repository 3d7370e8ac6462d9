#pragma once

#include "cubedefinition.h"
#include "engine/job.h"

namespace nightshift::reports {

// Refreshes one cube's aggregate (docs/cubes.md): writes in batches sized to ~150 ms each, each in one short
// transaction (incremental: with its watermark), with cancellation between batches.
//   full        groups every fact in one statement into a rebuild table (cube_<name>_build; on SQLite through a
//               TEMP table copied in short transactions), then swaps it in with the new watermark in one
//               transaction; readers see the old aggregate meanwhile. An interrupted rebuild is started again
//               by the next full refresh.
//   incremental counts only the facts above the watermark. It cannot see facts updated or deleted after they
//               were counted; a definition that changed, or a cube never built, gets a full refresh instead.
// The rollups (CubeSql::rollups) are built with the aggregate and swapped in with it; an incremental batch adds
// its facts to the aggregate and to every rollup in the same transaction.
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
                                const QString &doing);
    Status recordRefresh(const QString &mode, qint64 watermark);
    Result<qint64> factsIn() const; // the facts counted, from the smallest table
    QStringList tables() const; // the aggregate, then its rollups
    QString rollupNames() const; // as cube_refreshes.rollups records them
    Result<qint64> copyInBatches(const QString &from, const QString &build, const QStringList &columns,
                                 const QString &cancelled);
    void adaptBatch(qint64 elapsedMs);
    Result<qint64> fillBuildOnSqlite(const QString &build, qint64 upTo, const QString &cancelled);
    Result<qint64> fillBuildOnPostgres(const QString &build, qint64 upTo, const QString &cancelled);

    CubeDef m_cube;
    JobContext &m_context;
    qint64 m_batch = 50000;
    int m_targetMs = 150;
    bool m_fixed = false;
};

} // namespace nightshift::reports
