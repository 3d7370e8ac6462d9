#include "cuberefresh.h"

#include "cuberefreshsupport.h"
#include "cubesql.h"

#include <QElapsedTimer>
#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace nightshift::reports {

using namespace refresh;

namespace {

// Lets a cancellation stop a long SQLite statement (the grouping of a full refresh) at once instead of after
// it.
class SqliteInterrupt
{
public:
    SqliteInterrupt(const QSqlDatabase &db, const std::atomic<bool> &cancelled)
    {
        m_db = sqliteHandle(db);
        if (m_db)
            sqlite3_progress_handler(m_db, 10000, &SqliteInterrupt::check,
                                     const_cast<void *>(static_cast<const void *>(&cancelled)));
    }
    ~SqliteInterrupt()
    {
        if (m_db)
            sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    }
    SqliteInterrupt(const SqliteInterrupt &) = delete;
    SqliteInterrupt &operator=(const SqliteInterrupt &) = delete;

private:
    static int check(void *flag) { return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0; }
    sqlite3 *m_db = nullptr;
};

} // namespace

Result<CubeRefresher::State> CubeRefresher::state() const
{
    auto query = execute(m_context.database(),
                         u"SELECT watermark, definition, rollups FROM cube_refreshes WHERE cube = ?"_s, {m_cube.name});
    if (!query)
        return failure(query);
    State s;
    if (query->next()) {
        s.exists = !query->value(1).toString().isEmpty();
        s.watermark = query->value(0).toLongLong();
        s.definition = query->value(1).toString();
        s.rollups = query->value(2).toString();
    }
    return s;
}

Result<qint64> CubeRefresher::settledUpTo() const
{
    const QSqlDatabase db = m_context.database();
    auto newest = scalar(db, u"SELECT MAX(%1) FROM %2 f"_s.arg(m_cube.id, m_cube.table), {}, 0);
    if (!newest)
        return failure(newest);
    qint64 upTo = newest->toLongLong();
    if (m_cube.settled.isEmpty())
        return upTo;
    // Among the facts only: rows the definition's where leaves out (a scheduler task waiting to fire) would
    // hold the watermark for ever. One that enters the cube later below the watermark waits for a full refresh.
    const CubeSql sql(m_cube, m_context.dialect());
    auto unsettled = scalar(db, u"SELECT MIN(%1) %2 WHERE NOT (%3) AND %4"_s.arg(m_cube.id, sql.fromFacts(),
                                                                              m_cube.settled, sql.factCondition()));
    if (!unsettled)
        return failure(unsettled);
    if (!unsettled->isNull() && unsettled->toLongLong() - 1 < upTo) {
        upTo = unsettled->toLongLong() - 1;
        m_context.info(Text::tr("fact %1 of cube %2 is not settled yet: it and later facts wait for a later refresh")
                           .arg(unsettled->toLongLong())
                           .arg(m_cube.name));
    }
    return upTo;
}

Result<bool> CubeRefresher::tableExists(const QString &table) const
{
    const QString sql = m_context.dialect() == Dialect::Postgres
        ? u"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?"_s
        : u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s;
    auto count = scalar(m_context.database(), sql, {table}, 0);
    if (!count)
        return failure(count);
    return count->toInt() > 0;
}

QStringList CubeRefresher::tables() const
{
    QStringList list{m_cube.aggregateTable()};
    for (const Rollup &rollup : Rollup::of(m_cube))
        list << Rollup::tableOf(m_cube, rollup);
    return list;
}

QString CubeRefresher::rollupNames() const
{
    QStringList names;
    for (const Rollup &rollup : Rollup::of(m_cube))
        names << rollup.name;
    return (names << QString::fromLatin1(CubeSql::RecentMarker)).join(u',');
}

qsizetype CubeRefresher::sourceOf(qsizetype rollup, const QList<qint64> &rows) const
{
    const QList<Rollup> rollups = Rollup::of(m_cube);
    qsizetype best = 0; // the aggregate holds everything
    for (qsizetype i = 0; i < rollup; ++i)
        if (rollups.at(rollup).groupsFrom(m_cube, rollups.at(i)) && rows.value(i + 1) < rows.value(best))
            best = i + 1;
    return best;
}

void CubeRefresher::recordSizes(const QList<qint64> &rows)
{
    QStringList names;
    const QList<Rollup> rollups = Rollup::of(m_cube);
    for (qsizetype i = 0; i < rollups.size(); ++i)
        names << u"%1:%2"_s.arg(rollups.at(i).name).arg(rows.value(i + 1));
    m_recorded = (names << QString::fromLatin1(CubeSql::RecentMarker)).join(u',');
}

Result<qint64> CubeRefresher::factsIn() const
{
    const Rollup smallest = BuiltRollups::parse(m_cube, m_recorded).smallest([](const Rollup &) { return true; });
    auto facts = scalar(m_context.database(),
                        u"SELECT COALESCE(SUM(%1), 0) FROM %2"_s.arg(CubeSql::measureColumn(m_cube.measures.first(), u"n"_s),
                                                                    CubeSql::readable(m_cube, smallest, true)),
                        {}, 0);
    if (!facts)
        return failure(facts);
    return facts->toLongLong();
}

Status CubeRefresher::run(Mode mode)
{
    auto current = state();
    if (!current)
        return failure(current);
    if (m_context.simulated()) {
        const CubeSql sql(m_cube, m_context.dialect());
        const qint64 after = mode == Mode::Full ? 0 : current->watermark;
        auto pending = scalar(m_context.database(),
                              u"SELECT COUNT(*) %1 WHERE %2 > ? AND %3"_s.arg(sql.fromFacts(), m_cube.id, sql.factCondition()),
                              {after});
        if (!pending)
            return failure(pending);
        m_context.info(Text::tr("simulation: %n fact(s) of cube %1 would be counted", nullptr, pending->toInt())
                           .arg(m_cube.name));
        return {};
    }
    if (mode == Mode::Full)
        return full();
    auto present = tableExists(m_cube.aggregateTable());
    if (!present)
        return failure(present);
    if (!current->exists || !*present || current->definition != QString::fromLatin1(m_cube.fingerprint)
        || BuiltRollups::names(current->rollups) != rollupNames()) {
        m_context.info(Text::tr("cube %1 has no aggregate built from its current definition: full refresh instead")
                           .arg(m_cube.name));
        return full();
    }
    m_recorded = current->rollups;
    return incremental(*current);
}

Status CubeRefresher::startBuild()
{
    const QSqlDatabase db = m_context.database();
    WriteTransaction transaction(db, m_context.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    QStringList statements;
    const qint64 now = nowMs();
    const QList<Rollup> rollups = QList<Rollup>{Rollup()} + Rollup::of(m_cube);
    for (const Rollup &rollup : rollups) {
        // A fresh index name per rebuild: the swapped-in table keeps its index, whose name must stay free.
        const QString table = Rollup::tableOf(m_cube, rollup);
        statements << u"DROP TABLE IF EXISTS %1_build"_s.arg(table)
                   << CubeSql(m_cube, m_context.dialect())
                          .createTable(table + u"_build"_s, u"%1_k%2"_s.arg(table).arg(now), rollup);
    }
    const QString recent = CubeSql::recentTable(m_cube);
    statements << u"DROP TABLE IF EXISTS %1_build"_s.arg(recent)
               << CubeSql(m_cube, m_context.dialect()).createRecent(recent + u"_build"_s, u"%1_m%2"_s.arg(recent).arg(now));
    for (const QString &statement : statements)
        if (auto done = execute(db, statement); !done)
            return failure(done);
    auto saved = execute(db, u"INSERT INTO cube_refreshes (cube) VALUES (?) ON CONFLICT (cube) DO NOTHING"_s, {m_cube.name});
    if (!saved)
        return failure(saved);
    return transaction.commit();
}

Result<qint64> CubeRefresher::recordRefresh(const QString &mode, qint64 watermark)
{
    auto facts = factsIn();
    if (!facts)
        return failure(facts);
    auto saved = execute(m_context.database(),
                         u"UPDATE cube_refreshes SET refreshed_at = ?, mode = ?, watermark = ?, fact_count = ?, "
                         "definition = ?, rollups = ? WHERE cube = ?"_s,
                         {nowMs(), mode, watermark, *facts, QString::fromLatin1(m_cube.fingerprint), m_recorded,
                          m_cube.name});
    if (!saved)
        return failure(saved);
    return *facts;
}

Status CubeRefresher::full()
{
    QElapsedTimer timer;
    timer.start();
    const QSqlDatabase db = m_context.database();
    const QString build = m_cube.aggregateTable() + u"_build"_s;
    const QString cancelled = Text::tr("cancelled while rebuilding cube %1 (the aggregate is unchanged; the next full "
                                       "refresh starts again)")
                                  .arg(m_cube.name);
    if (auto started = startBuild(); !started)
        return started;
    auto upTo = settledUpTo();
    if (!upTo)
        return failure(upTo);
    m_context.setProgress(0, 0);
    auto rows = m_context.dialect() == Dialect::Sqlite ? fillBuildOnSqlite(build, *upTo, cancelled)
                                                       : fillBuildOnPostgres(build, *upTo, cancelled);
    if (!rows)
        return failure(rows);
    // The swap: readers see the old aggregate until this commits, then the new one.
    WriteTransaction transaction(db, m_context.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    const QStringList swapped = tables() << CubeSql::recentTable(m_cube);
    for (const QString &table : swapped)
        for (const QString &statement :
             {u"DROP TABLE IF EXISTS %1"_s.arg(table), u"ALTER TABLE %1_build RENAME TO %1"_s.arg(table)})
            if (auto done = execute(db, statement); !done)
                return failure(done);
    if (auto recorded = recordRefresh(u"full"_s, *upTo); !recorded)
        return failure(recorded);
    if (auto committed = transaction.commit(); !committed)
        return committed;
    auto facts = factsIn();
    if (!facts)
        return failure(facts);
    m_context.addRowsProcessed(*facts);
    m_context.info(Text::tr("full refresh of cube %1: %n fact(s) counted into %2 aggregate row(s), up to fact %3; "
                            "in %4 ms",
                            nullptr, int(std::min<qint64>(*facts, INT_MAX)))
                       .arg(m_cube.name)
                       .arg(*rows)
                       .arg(*upTo)
                       .arg(timer.elapsed()));
    return {};
}

// SQLite locks the whole database for a write: the grouping (as fast as a plain GROUP BY) goes into a TEMP
// table, which only this connection's temporary database holds, and each rollup is grouped from the finer one
// there; then their rows are copied into the rebuilds in short transactions.
Result<qint64> CubeRefresher::fillBuildOnSqlite(const QString &build, qint64 upTo, const QString &cancelled)
{
    const QSqlDatabase db = m_context.database();
    const CubeSql sql(m_cube, Dialect::Sqlite);
    QStringList temps;
    for (const QString &table : tables()) {
        temps << u"temp.%1_rows"_s.arg(table);
        if (auto dropped = execute(db, u"DROP TABLE IF EXISTS %1"_s.arg(temps.last())); !dropped)
            return failure(dropped);
    }
    const CubeSql::Grouping grouping = sql.grouping(build);
    QList<CubeSql::Grouping> groupings{grouping};
    QList<qint64> sizes;
    {
        SqliteInterrupt interrupt(db, m_context.cancellation());
        auto grouped = execute(db, u"CREATE TABLE %1 AS %2"_s.arg(temps.first(), grouping.select), {0, upTo});
        if (!grouped)
            return m_context.isCancelled() ? fail(cancelled) : failure(grouped);
        const QList<Rollup> rollups = Rollup::of(m_cube);
        for (qsizetype i = 0; i <= rollups.size(); ++i) {
            auto counted = scalar(db, u"SELECT COUNT(*) FROM %1"_s.arg(temps.at(i)), {}, 0);
            if (!counted)
                return failure(counted);
            sizes << counted->toLongLong();
            if (i == rollups.size())
                break;
            groupings << sql.rollupGrouping(temps.at(sourceOf(i, sizes)), rollups.at(i));
            auto rolled = execute(db, u"CREATE TABLE %1 AS %2"_s.arg(temps.at(i + 1), groupings.last().select));
            if (!rolled)
                return m_context.isCancelled() ? fail(cancelled) : failure(rolled);
        }
    }
    recordSizes(sizes);
    for (qsizetype i = 0; i < temps.size(); ++i) {
        auto copied = copyInBatches(temps.at(i), tables().at(i) + u"_build"_s, groupings.at(i).columns, cancelled);
        if (!copied)
            return failure(copied);
        if (auto dropped = execute(db, u"DROP TABLE %1"_s.arg(temps.at(i))); !dropped)
            return failure(dropped);
    }
    return sizes.first();
}

Result<qint64> CubeRefresher::copyInBatches(const QString &from, const QString &build, const QStringList &columns,
                                            const QString &cancelled)
{
    const QSqlDatabase db = m_context.database();
    auto total = scalar(db, u"SELECT COUNT(*) FROM %1"_s.arg(from), {}, 0);
    if (!total)
        return failure(total);
    const QString copy = u"INSERT INTO %1 (%2) SELECT %2 FROM %3 WHERE rowid > ? AND rowid <= ?"_s.arg(
        build, columns.join(u", "_s), from);
    for (qint64 done = 0; done < total->toLongLong();) {
        if (m_context.isCancelled())
            return fail(cancelled);
        QElapsedTimer batch;
        batch.start();
        const qint64 end = std::min(total->toLongLong(), done + m_batch);
        WriteTransaction transaction(db, Dialect::Sqlite);
        if (auto begun = transaction.begin(); !begun)
            return failure(begun);
        if (auto copied = execute(db, copy, {done, end}); !copied)
            return failure(copied);
        if (auto committed = transaction.commit(); !committed)
            return failure(committed);
        done = end;
        adaptBatch(batch.elapsed());
        m_context.setProgress(done, total->toLongLong());
    }
    return total->toLongLong();
}

// PostgreSQL writes without blocking other writers: one statement fills the rebuild, one more each rollup. Its
// cancellation is seen when a statement ends.
Result<qint64> CubeRefresher::fillBuildOnPostgres(const QString &build, qint64 upTo, const QString &cancelled)
{
    const CubeSql sql(m_cube, Dialect::Postgres);
    const CubeSql::Grouping grouping = sql.grouping(build);
    auto filled = execute(m_context.database(),
                          u"INSERT INTO %1 (%2) %3"_s.arg(build, grouping.columns.join(u", "_s), grouping.select),
                          {0, upTo});
    if (!filled)
        return failure(filled);
    const qint64 rows = filled->numRowsAffected();
    QList<qint64> sizes{rows};
    const QList<Rollup> rollups = Rollup::of(m_cube);
    for (qsizetype i = 0; i < rollups.size(); ++i) {
        if (m_context.isCancelled())
            return fail(cancelled);
        const CubeSql::Grouping rollup = sql.rollupGrouping(tables().at(sourceOf(i, sizes)) + u"_build"_s, rollups.at(i));
        auto rolled = execute(m_context.database(), u"INSERT INTO %1_build (%2) %3"_s.arg(
                                                        tables().at(i + 1), rollup.columns.join(u", "_s), rollup.select));
        if (!rolled)
            return failure(rolled);
        sizes << rolled->numRowsAffected();
    }
    recordSizes(sizes);
    m_context.setProgress(rows, rows);
    if (m_context.isCancelled())
        return fail(cancelled);
    return rows;
}

void CubeRefresher::adaptBatch(qint64 elapsedMs)
{
    // Keep each transaction near the target, so the console and other workflows keep working.
    const double factor = std::clamp(double(m_targetMs) / double(std::max<qint64>(elapsedMs, 1)), 0.25, 4.0);
    if (!m_fixed)
        m_batch = std::max<qint64>(1000, qint64(double(m_batch) * factor));
}

} // namespace nightshift::reports
