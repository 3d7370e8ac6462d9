#include "forecastingjob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::ForecastingJob)
};

constexpr qint64 DayMs = 86'400'000;

struct Estimate
{
    qint64 volume = 0;
    QString basis; // said in the journal
};

struct Delivery
{
    qint64 id = 0;
    QString name;
    QString channel;
    qint64 scheduledAt = 0;
};

// The estimate of each channel with a history: mean sent of its latest deliveries, rounded.
Result<QHash<QString, Estimate>> channelHistory(const QSqlDatabase &db, qint64 now)
{
    auto query = execute(db,
                         u"SELECT channel, CAST(SUM(sent) AS BIGINT), COUNT(*) FROM (SELECT channel, sent, ROW_NUMBER() "
                         "OVER (PARTITION BY channel ORDER BY scheduled_at DESC, id DESC) AS n FROM deliveries "
                         "WHERE provisional = 0 AND deleted = 0 AND sent > 0 AND scheduled_at <= ?) latest "
                         "WHERE n <= ? GROUP BY channel"_s,
                         {now, ForecastingJob::HistoryDepth});
    if (!query)
        return std::unexpected(query.error());
    QHash<QString, Estimate> history;
    while (query->next()) {
        const QString channel = query->value(0).toString();
        const qint64 sum = query->value(1).toLongLong();
        const qint64 count = query->value(2).toLongLong();
        history.insert(channel, {.volume = (sum + count / 2) / count,
                                 .basis = Text::tr("mean of the last %n %1 deliveries", nullptr, int(count)).arg(channel)});
    }
    return history;
}

Result<Estimate> emailAudience(const QSqlDatabase &db)
{
    auto reachable = scalar(db, u"SELECT COUNT(*) FROM recipients r WHERE r.email IS NOT NULL AND r.email <> '' AND NOT "
                                "EXISTS (SELECT 1 FROM quarantines q WHERE q.address = r.email AND q.status IN "
                                "('quarantine', 'denylisted'))"_s);
    if (!reachable)
        return std::unexpected(reachable.error());
    return Estimate{.volume = reachable->toLongLong(),
                    .basis = Text::tr("no email history: recipients with a usable email address")};
}

Result<QList<Delivery>> nextDeliveries(const QSqlDatabase &db, qint64 now, qint64 after, int batch)
{
    auto query = execute(db,
                         u"SELECT id, internal_name, channel, scheduled_at FROM deliveries WHERE provisional = 1 AND "
                         "deleted = 0 AND scheduled_at > ? AND id > ? ORDER BY id LIMIT ?"_s,
                         {now, after, batch});
    if (!query)
        return std::unexpected(query.error());
    QList<Delivery> deliveries;
    while (query->next())
        deliveries.append({.id = query->value(0).toLongLong(),
                           .name = query->value(1).toString(),
                           .channel = query->value(2).toString(),
                           .scheduledAt = query->value(3).toLongLong()});
    return deliveries;
}

// Deletes, in batches, the provisional logs of deliveries no longer in the calendar; returns how many.
Result<qint64> removeStale(JobContext &context, qint64 now, int batch)
{
    qint64 removed = 0;
    for (;;) {
        if (context.isCancelled())
            return fail(Text::tr("cancelled while removing stale provisional logs"));
        WriteTransaction transaction(context.database(), context.dialect());
        if (auto begun = transaction.begin(); !begun)
            return std::unexpected(begun.error());
        auto deleted = execute(context.database(),
                               u"DELETE FROM provisional_logs WHERE id IN (SELECT p.id FROM provisional_logs p JOIN "
                               "deliveries d ON d.id = p.delivery_id WHERE NOT (d.provisional = 1 AND d.deleted = 0 AND "
                               "COALESCE(d.scheduled_at, 0) > ?) LIMIT ?)"_s,
                               {now, batch});
        if (!deleted)
            return std::unexpected(deleted.error());
        if (auto committed = transaction.commit(); !committed)
            return std::unexpected(committed.error());
        const int rows = deleted->numRowsAffected();
        removed += rows;
        if (rows > 0)
            context.addRowsProcessed(rows);
        if (rows < batch)
            return removed;
    }
}

} // namespace

Status ForecastingJob::run(JobContext &context)
{
    bool ok = false;
    const int batch = context.parameter(u"batch"_s, u"100"_s).toInt(&ok);
    if (!ok || batch < 1)
        return fail(Text::tr("parameter batch must be a positive number of deliveries, not \"%1\"")
                        .arg(context.parameter(u"batch"_s)));
    const QSqlDatabase db = context.database();
    QElapsedTimer timer;
    timer.start();
    const qint64 now = nowMs();
    auto history = channelHistory(db, now);
    if (!history)
        return std::unexpected(history.error());
    auto total = scalar(db, u"SELECT COUNT(*) FROM deliveries WHERE provisional = 1 AND deleted = 0 AND scheduled_at > ?"_s,
                        {now});
    if (!total)
        return std::unexpected(total.error());
    std::optional<Estimate> audience; // read once, only when an email delivery needs it
    qint64 forecast = 0;
    qint64 volume = 0;
    qint64 done = 0;
    qint64 after = 0;
    for (;;) {
        if (context.isCancelled())
            return fail(Text::tr("cancelled while forecasting deliveries after id %1 (%n forecast, kept)", nullptr,
                                 int(forecast))
                            .arg(after));
        auto deliveries = nextDeliveries(db, now, after, batch);
        if (!deliveries)
            return std::unexpected(deliveries.error());
        if (deliveries->isEmpty())
            break;
        WriteTransaction transaction(db, context.dialect());
        if (!context.simulated())
            if (auto begun = transaction.begin(); !begun)
                return begun;
        QList<std::pair<JournalLevel, QString>> lines; // journalled once committed
        qint64 batchVolume = 0;
        int batchForecast = 0;
        for (const Delivery &d : *deliveries) {
            std::optional<Estimate> estimate;
            if (auto known = history->constFind(d.channel); known != history->constEnd()) {
                estimate = *known;
            } else if (d.channel == u"email"_s) {
                if (!audience) {
                    auto counted = emailAudience(db);
                    if (!counted)
                        return std::unexpected(counted.error());
                    audience = *counted;
                }
                estimate = audience;
            }
            const qint64 day = d.scheduledAt / DayMs * DayMs;
            const QString date = QDateTime::fromMSecsSinceEpoch(day, QTimeZone::utc()).date().toString(Qt::ISODate);
            if (!context.simulated()) {
                if (auto cleared = execute(db, u"DELETE FROM provisional_logs WHERE delivery_id = ?"_s, {d.id}); !cleared)
                    return std::unexpected(cleared.error());
                if (estimate) {
                    auto written = execute(db, u"INSERT INTO provisional_logs (delivery_id, day, volume) VALUES (?, ?, ?)"_s,
                                           {d.id, day, estimate->volume});
                    if (!written)
                        return std::unexpected(written.error());
                }
            }
            if (!estimate) {
                lines.append({JournalLevel::Warning,
                              Text::tr("%1 (%2) on %3: no past %2 delivery to estimate from; no provisional log")
                                  .arg(d.name, d.channel, date)});
                continue;
            }
            lines.append({JournalLevel::Info, Text::tr("%1 (%2) on %3: %n message(s) forecast (%4)", nullptr,
                                                       int(estimate->volume))
                                                  .arg(d.name, d.channel, date, estimate->basis)});
            ++batchForecast;
            batchVolume += estimate->volume;
        }
        if (!context.simulated())
            if (auto committed = transaction.commit(); !committed)
                return committed;
        for (const auto &[level, line] : lines)
            context.journal(level, line);
        forecast += batchForecast;
        volume += batchVolume;
        done += deliveries->size();
        after = deliveries->last().id;
        context.addRowsProcessed(batchForecast);
        context.setProgress(done, total->toLongLong());
    }
    qint64 stale = 0;
    if (!context.simulated()) {
        auto removed = removeStale(context, now, batch);
        if (!removed)
            return std::unexpected(removed.error());
        stale = *removed;
    }
    context.info(Text::tr("%n provisional delivery(ies) forecast: %1 message(s) in total; %2 stale provisional log(s) "
                          "removed; in %3 ms%4",
                          nullptr, int(forecast))
                     .arg(volume)
                     .arg(stale)
                     .arg(timer.elapsed())
                     .arg(context.simulated() ? Text::tr(" (simulation: nothing written)") : QString()));
    return {};
}

} // namespace nightshift
