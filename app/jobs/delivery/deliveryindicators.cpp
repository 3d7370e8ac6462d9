#include "deliveryindicators.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::DeliveryIndicatorsJob)
};

struct Indicators
{
    qint64 sent = 0;
    qint64 delivered = 0;
    qint64 errors = 0;
    qint64 opens = 0;
    qint64 clicks = 0;
    qint64 optOuts = 0;
};

QString placeholders(qsizetype count)
{
    QString list;
    list.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        list += i == 0 ? u"?"_s : u",?"_s;
    return list;
}

// The counts of one batch of deliveries, read without a transaction (WAL readers and PostgreSQL's MVCC
// never wait for writers).
Result<QHash<qint64, Indicators>> read(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QVariantList binds;
    for (qint64 id : ids)
        binds << id;
    QHash<qint64, Indicators> counts;
    for (qint64 id : ids)
        counts.insert(id, {});
    auto logs = execute(db,
                        u"SELECT delivery_id, SUM(CASE WHEN status IN ('sent', 'failed') THEN 1 ELSE 0 END), "
                        "SUM(CASE WHEN status = 'sent' THEN 1 ELSE 0 END), "
                        "SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) FROM broad_logs "
                        "WHERE delivery_id IN (%1) GROUP BY delivery_id"_s.arg(placeholders(ids.size())),
                        binds);
    if (!logs)
        return std::unexpected(logs.error());
    while (logs->next()) {
        Indicators &i = counts[logs->value(0).toLongLong()];
        i.sent = logs->value(1).toLongLong();
        i.delivered = logs->value(2).toLongLong();
        i.errors = logs->value(3).toLongLong();
    }
    auto stats = execute(db,
                         u"SELECT delivery_id, SUM(opens), SUM(clicks), SUM(opt_outs) FROM tracking_stats "
                         "WHERE delivery_id IN (%1) GROUP BY delivery_id"_s.arg(placeholders(ids.size())),
                         binds);
    if (!stats)
        return std::unexpected(stats.error());
    while (stats->next()) {
        Indicators &i = counts[stats->value(0).toLongLong()];
        i.opens = stats->value(1).toLongLong();
        i.clicks = stats->value(2).toLongLong();
        i.optOuts = stats->value(3).toLongLong();
    }
    return counts;
}

Status write(JobContext &context, const QList<qint64> &ids, const QHash<qint64, Indicators> &counts, qint64 at)
{
    WriteTransaction transaction(context.database(), context.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    for (qint64 id : ids) {
        const Indicators &i = counts[id];
        auto updated = execute(context.database(),
                               u"UPDATE deliveries SET sent = ?, delivered = ?, errors = ?, opens = ?, clicks = ?, "
                               "opt_outs = ?, indicators_at = ? WHERE id = ?"_s,
                               {i.sent, i.delivered, i.errors, i.opens, i.clicks, i.optOuts, at, id});
        if (!updated)
            return std::unexpected(updated.error());
    }
    return transaction.commit();
}

} // namespace

Result<QList<qint64>> DeliveryIndicators::changed(const QSqlDatabase &db, Changes changes)
{
    // Both EXISTS are index seeks: tracking_stats_updated and broad_logs_delivery_event (delivery, time).
    const QString stats = u"EXISTS (SELECT 1 FROM tracking_stats s WHERE s.delivery_id = d.id "
                          "AND s.updated_at > COALESCE(d.indicators_at, -1))"_s;
    const QString sql = changes == Changes::Tracking
        ? u"SELECT d.id FROM deliveries d WHERE %1 ORDER BY d.id"_s.arg(stats)
        : u"SELECT d.id FROM deliveries d WHERE d.indicators_at IS NULL OR %1 OR EXISTS (SELECT 1 FROM broad_logs b "
          "WHERE b.delivery_id = d.id AND b.event_at > d.indicators_at) ORDER BY d.id"_s.arg(stats);
    auto query = execute(db, sql);
    if (!query)
        return std::unexpected(query.error());
    QList<qint64> ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    return ids;
}

Result<DeliveryIndicators::Outcome> DeliveryIndicators::refresh(JobContext &context, const QList<qint64> &deliveries,
                                                                int batch)
{
    Outcome outcome;
    for (qsizetype first = 0; first < deliveries.size(); first += batch) {
        if (context.isCancelled())
            return fail(Text::tr("cancelled while recomputing delivery indicators (%1 of %2 deliveries done)")
                            .arg(first)
                            .arg(deliveries.size()));
        const QList<qint64> ids = deliveries.mid(first, batch);
        const qint64 readAt = nowMs();
        auto counts = read(context.database(), ids);
        if (!counts)
            return std::unexpected(counts.error());
        QElapsedTimer timer;
        timer.start();
        if (auto written = write(context, ids, *counts, readAt); !written)
            return std::unexpected(written.error());
        outcome.longestTransactionMs = std::max(outcome.longestTransactionMs, timer.elapsed());
        outcome.deliveries += ids.size();
        ++outcome.batches;
        context.addRowsProcessed(ids.size());
        context.setProgress(outcome.deliveries, deliveries.size());
    }
    return outcome;
}

Status DeliveryIndicatorsJob::run(JobContext &context)
{
    bool ok = false;
    const int batch = context.parameter(u"batch"_s, u"100"_s).toInt(&ok);
    if (!ok || batch < 1)
        return fail(Text::tr("parameter batch must be a positive number of deliveries, not \"%1\"")
                        .arg(context.parameter(u"batch"_s)));
    QElapsedTimer timer;
    timer.start();
    auto changed = DeliveryIndicators::changed(context.database(), DeliveryIndicators::Changes::Any);
    if (!changed)
        return std::unexpected(changed.error());
    if (changed->isEmpty()) {
        context.info(Text::tr("no delivery has changed since its indicators were computed"));
        return {};
    }
    if (context.simulated()) {
        context.info(Text::tr("simulation: the indicators of %n delivery(ies) would be recomputed", nullptr,
                              int(changed->size())));
        return {};
    }
    context.info(
        Text::tr("%n delivery(ies) changed since their indicators were computed", nullptr, int(changed->size())));
    auto refreshed = DeliveryIndicators::refresh(context, *changed, batch);
    if (!refreshed)
        return std::unexpected(refreshed.error());
    context.info(Text::tr("indicators of %n delivery(ies) recomputed in %1 batch(es) in %2 ms (longest transaction "
                          "%3 ms)",
                          nullptr, int(refreshed->deliveries))
                     .arg(refreshed->batches)
                     .arg(timer.elapsed())
                     .arg(refreshed->longestTransactionMs));
    return {};
}

} // namespace nightshift
