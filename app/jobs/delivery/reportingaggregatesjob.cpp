#include "reportingaggregatesjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::ReportingAggregatesJob)
};

const QString watermarkName = QString::fromLatin1(ReportingAggregatesJob::WatermarkName);

// One batch of ids (after, upTo] counted into the aggregate; UTC days, failure type '' for none.
const QString aggregateBatch = u"INSERT INTO agg_delivery_logs (day, delivery_id, channel, status, failure_type, count) "
                               "SELECT (b.event_at / 86400000) * 86400000, b.delivery_id, COALESCE(d.channel, ''), "
                               "b.status, COALESCE(b.failure_type, ''), COUNT(*) "
                               "FROM broad_logs b LEFT JOIN deliveries d ON d.id = b.delivery_id "
                               "WHERE b.id > ? AND b.id <= ? "
                               "GROUP BY b.event_at / 86400000, b.delivery_id, d.channel, b.status, b.failure_type "
                               "ON CONFLICT (day, delivery_id, status, failure_type) "
                               "DO UPDATE SET count = agg_delivery_logs.count + excluded.count"_s;

Result<qint64> watermark(const QSqlDatabase &db)
{
    auto mark = scalar(db, u"SELECT mark FROM job_watermarks WHERE name = ?"_s, {watermarkName}, 0);
    if (!mark)
        return std::unexpected(mark.error());
    return mark->toLongLong();
}

Status setWatermark(const QSqlDatabase &db, qint64 mark)
{
    auto saved = execute(db,
                         u"INSERT INTO job_watermarks (name, mark, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) "
                         "DO UPDATE SET mark = excluded.mark, updated_at = excluded.updated_at"_s,
                         {watermarkName, mark, nowMs()});
    if (!saved)
        return std::unexpected(saved.error());
    return {};
}

Status emptyAggregate(JobContext &context)
{
    WriteTransaction transaction(context.database(), context.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    for (const QString &sql : {u"DELETE FROM agg_delivery_logs"_s, u"DELETE FROM job_watermarks WHERE name = ?"_s}) {
        auto deleted = sql.contains(u'?') ? execute(context.database(), sql, {watermarkName})
                                          : execute(context.database(), sql);
        if (!deleted)
            return std::unexpected(deleted.error());
    }
    return transaction.commit();
}

// Counts the next batch of logs above `after`; returns the new watermark (= after when nothing was left).
Result<qint64> aggregateNext(JobContext &context, qint64 after, int batch, qint64 *logs)
{
    const QSqlDatabase db = context.database();
    WriteTransaction transaction(db, context.dialect());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    auto upper = scalar(db, u"SELECT MAX(id) FROM (SELECT id FROM broad_logs WHERE id > ? ORDER BY id LIMIT ?) batch"_s,
                        {after, batch});
    if (!upper)
        return std::unexpected(upper.error());
    if (upper->isNull())
        return after;
    const qint64 upTo = upper->toLongLong();
    auto counted = scalar(db, u"SELECT COUNT(*) FROM broad_logs WHERE id > ? AND id <= ?"_s, {after, upTo});
    if (!counted)
        return std::unexpected(counted.error());
    if (auto added = execute(db, aggregateBatch, {after, upTo}); !added)
        return std::unexpected(added.error());
    if (auto saved = setWatermark(db, upTo); !saved)
        return std::unexpected(saved.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    *logs = counted->toLongLong();
    return upTo;
}

} // namespace

Status ReportingAggregatesJob::run(JobContext &context)
{
    bool ok = false;
    const int batch = context.parameter(u"batch"_s, u"10000"_s).toInt(&ok);
    if (!ok || batch < 1)
        return fail(Text::tr("parameter batch must be a positive number of broad logs, not \"%1\"")
                        .arg(context.parameter(u"batch"_s)));
    const QString full = context.parameter(u"full"_s, u"false"_s).trimmed().toLower();
    if (full != u"true"_s && full != u"false"_s)
        return fail(Text::tr("parameter full must be true or false, not \"%1\"").arg(context.parameter(u"full"_s)));
    const QSqlDatabase db = context.database();
    QElapsedTimer timer;
    timer.start();
    if (context.simulated()) {
        auto mark = watermark(db);
        if (!mark)
            return std::unexpected(mark.error());
        auto pending = scalar(db, u"SELECT COUNT(*) FROM broad_logs WHERE id > ?"_s, {full == u"true"_s ? 0 : *mark});
        if (!pending)
            return std::unexpected(pending.error());
        context.info(Text::tr("simulation: %n broad log(s) would be aggregated", nullptr, pending->toInt()));
        return {};
    }
    if (full == u"true"_s) {
        if (auto emptied = emptyAggregate(context); !emptied)
            return emptied;
        context.info(Text::tr("full rebuild: aggregate emptied in %1 ms").arg(timer.elapsed()));
    }
    auto start = watermark(db);
    if (!start)
        return std::unexpected(start.error());
    auto last = scalar(db, u"SELECT MAX(id) FROM broad_logs"_s);
    if (!last)
        return std::unexpected(last.error());
    const qint64 end = last->toLongLong();
    if (*start > end)
        context.warning(Text::tr("the watermark (broad log %1) is beyond the newest broad log (%2): logs were deleted; "
                                 "run with full=true to recount what is left")
                            .arg(*start)
                            .arg(end));
    qint64 mark = *start;
    qint64 logs = 0;
    for (;;) {
        if (context.isCancelled())
            return fail(Text::tr("cancelled while aggregating broad logs after id %1 (%n counted, kept)", nullptr,
                                 int(logs))
                            .arg(mark));
        qint64 counted = 0;
        auto next = aggregateNext(context, mark, batch, &counted);
        if (!next)
            return std::unexpected(next.error());
        if (*next == mark)
            break;
        mark = *next;
        logs += counted;
        context.addRowsProcessed(counted);
        context.setProgress(std::min(mark, end) - *start, std::max<qint64>(end - *start, 0));
    }
    auto rows = scalar(db, u"SELECT COUNT(*) FROM agg_delivery_logs"_s);
    if (!rows)
        return std::unexpected(rows.error());
    context.info(Text::tr("%n broad log(s) aggregated, up to id %1; the aggregate holds %2 row(s); in %3 ms", nullptr,
                          int(logs))
                     .arg(mark)
                     .arg(rows->toLongLong())
                     .arg(timer.elapsed()));
    return {};
}

} // namespace nightshift
