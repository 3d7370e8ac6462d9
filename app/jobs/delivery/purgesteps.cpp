#include "purgesteps.h"

#include "engine/historyretention.h"
#include "store/purgesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <optional>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::CleanupJob)
};

constexpr qint64 DayMs = 86'400'000;

// The moment before which rows of `setting` go; fails with the setting's own error when it is invalid.
Result<qint64> cutoff(const CleanupRun &run, const QString &setting)
{
    auto days = PurgeSettings::retentionDays(run.context.database(), setting);
    if (!days)
        return std::unexpected(days.error());
    return run.now - qint64(*days) * DayMs;
}

Result<QList<qint64>> ids(const CleanupRun &run, const QString &sql, const QVariantList &values)
{
    auto rows = execute(run.context.database(), sql, values);
    if (!rows)
        return std::unexpected(rows.error());
    QList<qint64> found;
    while (rows->next())
        found.append(rows->value(0).toLongLong());
    return found;
}

// The index a large purge of the table walks, a time slice at a time (CleanupBatches::removeInKeyOrder):
// the one whose order is furthest from the rows' time order.
struct KeyOrder
{
    QString index;
    QString column;
};

// One table, one timestamp column, one retention: the shape of most steps.
Status olderThan(CleanupRun &run, const QString &label, const QString &table, const QString &column,
                 const QString &setting, const std::optional<KeyOrder> &keyOrder = std::nullopt)
{
    QElapsedTimer timer;
    timer.start();
    auto before = cutoff(run, setting);
    if (!before)
        return std::unexpected(before.error());
    auto rows = keyOrder
        ? run.batches.removeInKeyOrder(table, keyOrder->index, keyOrder->column, column, *before, label)
        : run.batches.remove(table, u"%1 < ?"_s.arg(column), {*before}, label);
    if (!rows)
        return std::unexpected(rows.error());
    run.batches.settle();
    run.context.info(Text::tr("%1: %Ln row(s) deleted in %2 ms", nullptr, int(*rows)).arg(label).arg(timer.elapsed()));
    return {};
}

// Deleted deliveries go with everything that hangs on them, children first and each in batches: a cascade
// from the delivery row would delete a large delivery's logs in one long transaction.
Status deletedDeliveries(CleanupRun &run)
{
    QElapsedTimer timer;
    timer.start();
    const QString label = Text::tr("Deleted deliveries");
    auto before = cutoff(run, u"purge.deletedDeliveries"_s);
    if (!before)
        return std::unexpected(before.error());
    static const QStringList children{u"tracking_logs"_s, u"tracking_stats"_s, u"broad_logs"_s, u"tracking_urls"_s,
                                      u"provisional_logs"_s};
    qint64 deliveries = 0;
    qint64 related = 0;
    for (;;) {
        auto batch = ids(run, u"SELECT id FROM deliveries WHERE deleted = 1 AND deleted_at < ? ORDER BY id LIMIT 100"_s,
                         {*before});
        if (!batch)
            return std::unexpected(batch.error());
        for (qint64 id : *batch) {
            for (const QString &table : children) {
                auto rows = run.batches.remove(table, u"delivery_id = ?"_s, {id}, label);
                if (!rows)
                    return std::unexpected(rows.error());
                related += *rows;
            }
            auto gone = run.batches.remove(u"deliveries"_s, u"id = ?"_s, {id}, label);
            if (!gone)
                return std::unexpected(gone.error());
            deliveries += *gone;
        }
        if (batch->size() < 100 || run.context.simulated()) // a simulation deletes nothing: one pass
            break;
    }
    run.batches.settle();
    run.context.info(Text::tr("%1: %Ln delivery(ies) deleted with %2 log, tracking and URL row(s) in %3 ms", nullptr,
                              int(deliveries))
                         .arg(label)
                         .arg(related)
                         .arg(timer.elapsed()));
    return {};
}

// Deliveries still in progress past their validity: their pending logs are cancelled, then they finish.
Status expiredDeliveries(CleanupRun &run)
{
    QElapsedTimer timer;
    timer.start();
    const QString label = Text::tr("Expired deliveries");
    auto expired = ids(run,
                       u"SELECT id FROM deliveries WHERE state = 'inProgress' AND deleted = 0 AND validity_end_at IS "
                       "NOT NULL AND validity_end_at < ? ORDER BY id"_s,
                       {run.now});
    if (!expired)
        return std::unexpected(expired.error());
    qint64 cancelled = 0;
    qint64 finished = 0;
    for (qint64 id : *expired) {
        auto logs = run.batches.update(u"broad_logs"_s, u"status = 'cancelled'"_s, {},
                                       u"delivery_id = ? AND status = 'pending'"_s, {id}, label);
        if (!logs)
            return std::unexpected(logs.error());
        cancelled += *logs;
        auto delivery = run.batches.update(u"deliveries"_s, u"state = 'finished'"_s, {},
                                           u"id = ? AND state = 'inProgress'"_s, {id}, label);
        if (!delivery)
            return std::unexpected(delivery.error());
        finished += *delivery;
    }
    run.context.info(
        Text::tr("%1: %Ln delivery(ies) finished, %2 pending log(s) cancelled in %3 ms", nullptr, int(finished))
            .arg(label)
            .arg(cancelled)
            .arg(timer.elapsed()));
    return {};
}

Status workflowHistory(CleanupRun &run)
{
    QElapsedTimer timer;
    timer.start();
    const QString label = Text::tr("Workflow history");
    auto runs = run.batches.repeat(HistoryRetention::expiredRunsSql(), {run.now}, label);
    if (!runs)
        return std::unexpected(runs.error());
    auto lines = run.batches.repeat(HistoryRetention::expiredJournalSql(), {run.now}, label);
    if (!lines)
        return std::unexpected(lines.error());
    run.context.info(
        Text::tr("%1: %Ln run(s) and %2 journal line(s) outside runs deleted in %3 ms", nullptr, int(*runs))
            .arg(label)
            .arg(*lines)
            .arg(timer.elapsed()));
    return {};
}

Status trackingLogsAndStats(CleanupRun &run)
{
    QElapsedTimer timer;
    timer.start();
    const QString label = Text::tr("Tracking logs and statistics");
    auto logsBefore = cutoff(run, u"purge.trackingLogs"_s);
    if (!logsBefore)
        return std::unexpected(logsBefore.error());
    auto statsBefore = cutoff(run, u"purge.trackingStats"_s);
    if (!statsBefore)
        return std::unexpected(statsBefore.error());
    auto logs = run.batches.remove(u"tracking_logs"_s, u"event_at < ?"_s, {*logsBefore}, label);
    if (!logs)
        return std::unexpected(logs.error());
    auto stats = run.batches.remove(u"tracking_stats"_s, u"day < ?"_s, {*statsBefore}, label);
    if (!stats)
        return std::unexpected(stats.error());
    run.batches.settle();
    run.context.info(
        Text::tr("%1: %Ln tracking log(s) and %2 consolidated row(s) deleted in %3 ms", nullptr, int(*logs))
            .arg(label)
            .arg(*stats)
            .arg(timer.elapsed()));
    return {};
}

// SPEC §6: an address leaves quarantine after a success since its last error, a soft bounce older than 10
// days, or "mailbox full" older than 30 days. Hard bounces and the deny list stay.
Status quarantines(CleanupRun &run)
{
    QElapsedTimer timer;
    timer.start();
    const QString label = Text::tr("Quarantines");
    const QString where = u"status = 'quarantine' AND ((error_type = 'soft' AND LOWER(COALESCE(reason, '')) <> "
                          "'mailbox full' AND last_error_at < ?) OR (LOWER(COALESCE(reason, '')) = 'mailbox full' AND "
                          "last_error_at < ?) OR EXISTS (SELECT 1 FROM broad_logs b WHERE b.address = "
                          "quarantines.address AND b.status = 'sent' AND b.event_at > quarantines.last_error_at))"_s;
    auto released = run.batches.update(u"quarantines"_s, u"status = 'valid', updated_at = ?"_s, {run.now}, where,
                                       {run.now - 10 * DayMs, run.now - 30 * DayMs}, label);
    if (!released)
        return std::unexpected(released.error());
    run.context.info(
        Text::tr("%1: %Ln address(es) released in %2 ms", nullptr, int(*released)).arg(label).arg(timer.elapsed()));
    return {};
}

// The audit table's trigger refuses to delete an entry younger than purge.auditTrail days before its own
// "now", counted in whole seconds: the cutoff here is counted the same way, so no entry it picks is refused.
Status auditTrail(CleanupRun &run)
{
    QElapsedTimer timer;
    timer.start();
    const QString label = Text::tr("Audit trail");
    auto days = PurgeSettings::retentionDays(run.context.database(), u"purge.auditTrail"_s);
    if (!days)
        return std::unexpected(days.error());
    const qint64 before = run.now / 1000 * 1000 - qint64(*days) * DayMs;
    auto rows = run.batches.remove(u"audit"_s, u"at < ?"_s, {before}, label);
    if (!rows)
        return std::unexpected(rows.error());
    run.context.info(Text::tr("%1: %Ln row(s) deleted in %2 ms", nullptr, int(*rows)).arg(label).arg(timer.elapsed()));
    return {};
}

Status eventsAndArchivedEvents(CleanupRun &run)
{
    QElapsedTimer timer;
    timer.start();
    const QString label = Text::tr("Events and archived events");
    QList<qint64> before;
    for (const QString &setting : {u"purge.events"_s, u"purge.archivedEvents"_s, u"purge.eventStats"_s}) {
        auto at = cutoff(run, setting);
        if (!at)
            return std::unexpected(at.error());
        before.append(*at);
    }
    auto events = run.batches.remove(u"mc_events"_s, u"created_at < ?"_s, {before[0]}, label);
    if (!events)
        return std::unexpected(events.error());
    auto archived = run.batches.remove(u"mc_archived_events"_s, u"created_at < ?"_s, {before[1]}, label);
    if (!archived)
        return std::unexpected(archived.error());
    auto stats = run.batches.remove(u"mc_event_stats"_s, u"day < ?"_s, {before[2]}, label);
    if (!stats)
        return std::unexpected(stats.error());
    run.batches.settle();
    run.context.info(Text::tr("%1: %Ln event(s), %2 archived event(s) and %3 statistic row(s) deleted in %4 ms",
                              nullptr, int(*events))
                         .arg(label)
                         .arg(*archived)
                         .arg(*stats)
                         .arg(timer.elapsed()));
    return {};
}

// Access requests' data files past their retention: the file is removed, then the request forgets it. A
// file that cannot be removed is kept for the next run, with a warning.
Status privacyFiles(CleanupRun &run)
{
    QElapsedTimer timer;
    timer.start();
    const QString label = Text::tr("Privacy request files");
    auto before = cutoff(run, u"purge.privacyFiles"_s);
    if (!before)
        return std::unexpected(before.error());
    auto rows = execute(run.context.database(),
                        u"SELECT id, data_file FROM privacy_requests WHERE data_file IS NOT NULL AND data_file_at < ? "
                        "ORDER BY id"_s,
                        {*before});
    if (!rows)
        return std::unexpected(rows.error());
    QList<std::pair<qint64, QString>> files;
    while (rows->next())
        files.append({rows->value(0).toLongLong(), rows->value(1).toString()});
    rows->finish();
    qint64 removed = 0;
    qint64 forgotten = 0;
    for (const auto &[id, file] : files) {
        const QString path
            = QDir::isAbsolutePath(file) || run.privacyFolder.isEmpty() ? file : QDir(run.privacyFolder).filePath(file);
        const QFileInfo info(path);
        if (info.isAbsolute() && info.exists() && !run.context.simulated()) {
            if (!QFile::remove(path)) {
                run.context.warning(Text::tr("%1: cannot remove %2; kept for the next run").arg(label, path));
                continue;
            }
            ++removed;
        }
        auto cleared = run.batches.update(u"privacy_requests"_s, u"data_file = NULL, data_file_at = NULL"_s, {},
                                          u"id = ? AND data_file IS NOT NULL"_s, {id}, label);
        if (!cleared)
            return std::unexpected(cleared.error());
        forgotten += *cleared;
    }
    run.context.info(Text::tr("%1: %Ln request(s) cleared of their data file, %2 file(s) removed from disk in %3 ms",
                              nullptr, int(forgotten))
                         .arg(label)
                         .arg(removed)
                         .arg(timer.elapsed()));
    return {};
}

Status expiredSessions(CleanupRun &run)
{
    QElapsedTimer timer;
    timer.start();
    const QString label = Text::tr("Expired sessions");
    auto rows = run.batches.remove(u"web_sessions"_s, u"expires_at < ?"_s, {run.now}, label);
    if (!rows)
        return std::unexpected(rows.error());
    run.context.info(Text::tr("%1: %Ln row(s) deleted in %2 ms", nullptr, int(*rows)).arg(label).arg(timer.elapsed()));
    return {};
}

} // namespace

QList<PurgeStep> purgeSteps()
{
    const auto simple = [](const QString &label, const QString &table, const QString &column, const QString &setting) {
        return PurgeStep{label, [=](CleanupRun &run) { return olderThan(run, label, table, column, setting); }};
    };
    return {
        {Text::tr("Deleted deliveries"), deletedDeliveries},
        {Text::tr("Expired deliveries"), expiredDeliveries},
        simple(Text::tr("Import rejects"), u"import_rejects"_s, u"created_at"_s, u"purge.importRejects"_s),
        {Text::tr("Workflow history"), workflowHistory},
        simple(Text::tr("Visitors"), u"visitors"_s, u"last_seen_at"_s, u"purge.visitors"_s),
        {Text::tr("Tracking logs and statistics"), trackingLogsAndStats},
        {Text::tr("Quarantines"), quarantines},
        // Batches in time order would rewrite each page of broad_logs_address (address, event_at) once per batch
        // that touches it: most of the WAL of a large purge.
        {Text::tr("Delivery logs"),
         [](CleanupRun &run) {
             return olderThan(run, Text::tr("Delivery logs"), u"broad_logs"_s, u"event_at"_s, u"purge.deliveryLogs"_s,
                              KeyOrder{.index = u"broad_logs_address"_s, .column = u"address"_s});
         }},
        // Email error statistics are drawn from the delivery logs and kept as long as them.
        simple(Text::tr("Email error statistics"), u"email_error_stats"_s, u"day"_s, u"purge.deliveryLogs"_s),
        simple(Text::tr("Offer propositions"), u"propositions"_s, u"created_at"_s, u"purge.propositions"_s),
        {Text::tr("Audit trail"), auditTrail},
        {Text::tr("Events and archived events"), eventsAndArchivedEvents},
        {Text::tr("Privacy request files"), privacyFiles},
        {Text::tr("Expired sessions"), expiredSessions},
        {Text::tr("Database statistics"), updateStatistics},
    };
}

} // namespace nightshift
