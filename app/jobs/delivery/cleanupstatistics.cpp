// The last step of the cleanup: the database statistics (and space) after the purge, per purge.vacuum.
#include "purgesteps.h"

#include "store/purgesettings.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::CleanupJob)
};
} // namespace

// ANALYZE the tables the purge changed; "vacuum" also gives the freed space back (SQLite: VACUUM of the
// whole file; PostgreSQL: VACUUM ANALYZE of each table). VACUUM cannot run inside a transaction on either
// database: these run on the connection as it is, outside any.
Status updateStatistics(CleanupRun &run)
{
    QElapsedTimer timer;
    timer.start();
    const QString label = Text::tr("Database statistics");
    auto mode = PurgeSettings::vacuum(run.context.database());
    if (!mode)
        return std::unexpected(mode.error());
    if (*mode == PurgeSettings::Vacuum::None) {
        run.context.info(Text::tr("%1: not updated (purge.vacuum is \"none\")").arg(label));
        return {};
    }
    QStringList tables(run.batches.touchedTables().cbegin(), run.batches.touchedTables().cend());
    std::ranges::sort(tables);
    if (run.context.simulated()) {
        run.context.info(Text::tr("%1: simulation, nothing analysed").arg(label));
        return {};
    }
    if (run.context.isCancelled())
        return fail(Text::tr("cancelled while updating the database statistics"));
    const bool vacuum = *mode == PurgeSettings::Vacuum::Vacuum;
    const bool postgres = run.context.dialect() == Dialect::Postgres;
    if (vacuum && !postgres) {
        if (auto done = execute(run.context.database(), u"VACUUM"_s); !done)
            return std::unexpected(done.error());
    }
    for (const QString &table : tables) {
        const QString sql = vacuum && postgres ? u"VACUUM ANALYZE %1"_s : u"ANALYZE %1"_s;
        if (auto done = execute(run.context.database(), sql.arg(table)); !done)
            return std::unexpected(done.error());
    }
    const QString analysed = tables.isEmpty() ? Text::tr("no table changed") : tables.join(u", "_s);
    run.context.info(
        (vacuum ? Text::tr("%1: vacuumed and analysed (%2) in %3 ms") : Text::tr("%1: analysed (%2) in %3 ms"))
            .arg(label, analysed)
            .arg(timer.elapsed()));
    return {};
}

} // namespace nightshift
