#include "offermgtjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::OfferMgtJob)
};

// What leaves the online environment: gone, withdrawn or archived at the source, or hanging from a
// category that is no longer online.
const QString staleCategories = u"SELECT c.id FROM online_offer_categories c LEFT JOIN offer_categories s ON s.id = c.id "
                                "WHERE s.id IS NULL OR s.state IN ('withdrawn', 'archived') OR (c.parent_id IS NOT NULL "
                                "AND c.parent_id NOT IN (SELECT id FROM online_offer_categories)) ORDER BY c.id LIMIT ?"_s;
const QString staleOffers = u"SELECT c.id FROM online_offers c LEFT JOIN offers s ON s.id = c.id WHERE s.id IS NULL OR "
                            "s.state IN ('withdrawn', 'archived') OR c.category_id NOT IN (SELECT id FROM "
                            "online_offer_categories) ORDER BY c.id LIMIT ?"_s;

// What goes online: approved, or live but missing online, under a parent (category) that is online.
const QString waitingCategories = u"(s.state = 'approved' OR (s.state = 'live' AND s.id NOT IN (SELECT id FROM "
                                  "online_offer_categories)))"_s;
const QString deployableCategories = u"SELECT s.id, s.parent_id, s.name, s.label FROM offer_categories s WHERE %1 AND "
                                     "(s.parent_id IS NULL OR s.parent_id IN (SELECT id FROM online_offer_categories)) "
                                     "ORDER BY s.id LIMIT ?"_s.arg(waitingCategories);
const QString waitingOffers = u"(s.state = 'approved' OR (s.state = 'live' AND s.id NOT IN (SELECT id FROM "
                              "online_offers)))"_s;
const QString deployableOffers = u"SELECT s.id, s.category_id, s.name, s.label FROM offers s WHERE %1 AND "
                                 "s.category_id IN (SELECT id FROM online_offer_categories) ORDER BY s.id LIMIT ?"_s
                                     .arg(waitingOffers);

// One kind of row: its source table, its online copy and the column naming its parent.
struct Kind
{
    QString source;
    QString online;
    QString parent;
    QString stale;
    QString deployable;
};

const Kind categories{u"offer_categories"_s, u"online_offer_categories"_s, u"parent_id"_s, staleCategories,
                      deployableCategories};
const Kind offers{u"offers"_s, u"online_offers"_s, u"category_id"_s, staleOffers, deployableOffers};

// Runs `step` on batches until one does nothing; each batch is a transaction. Returns the rows handled.
Result<qint64> inBatches(JobContext &context, const QString &what,
                         const std::function<Result<int>(const QSqlDatabase &)> &step)
{
    qint64 total = 0;
    for (;;) {
        if (context.isCancelled())
            return fail(Text::tr("cancelled while %1 (%n row(s) done, kept)", nullptr, int(total)).arg(what));
        WriteTransaction transaction(context.database(), context.dialect());
        if (auto begun = transaction.begin(); !begun)
            return std::unexpected(begun.error());
        auto rows = step(context.database());
        if (!rows)
            return std::unexpected(rows.error());
        if (auto committed = transaction.commit(); !committed)
            return std::unexpected(committed.error());
        if (*rows == 0)
            return total;
        total += *rows;
        context.addRowsProcessed(*rows);
    }
}

Result<QVariantList> ids(const QSqlDatabase &db, const QString &sql, int batch)
{
    auto query = execute(db, sql, {batch});
    if (!query)
        return std::unexpected(query.error());
    QVariantList found;
    while (query->next())
        found << query->value(0);
    return found;
}

Result<qint64> removeStale(JobContext &context, const Kind &kind, int batch)
{
    return inBatches(context, Text::tr("removing from %1").arg(kind.online), [&](const QSqlDatabase &db) -> Result<int> {
        auto stale = ids(db, kind.stale, batch);
        if (!stale)
            return std::unexpected(stale.error());
        for (const QVariant &id : *stale)
            if (auto removed = execute(db, u"DELETE FROM %1 WHERE id = ?"_s.arg(kind.online), {id}); !removed)
                return std::unexpected(removed.error());
        return int(stale->size());
    });
}

Result<qint64> deploy(JobContext &context, const Kind &kind, int batch)
{
    const qint64 now = nowMs();
    const QString copy = u"INSERT INTO %1 (id, %2, name, label, deployed_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) "
                         "DO UPDATE SET %2 = excluded.%2, name = excluded.name, label = excluded.label, "
                         "deployed_at = excluded.deployed_at"_s.arg(kind.online, kind.parent);
    const QString mark = u"UPDATE %1 SET state = 'live', deployed_at = ? WHERE id = ?"_s.arg(kind.source);
    return inBatches(context, Text::tr("deploying to %1").arg(kind.online), [&](const QSqlDatabase &db) -> Result<int> {
        auto rows = execute(db, kind.deployable, {batch});
        if (!rows)
            return std::unexpected(rows.error());
        QList<QVariantList> found;
        while (rows->next())
            found.append({rows->value(0), rows->value(1), rows->value(2), rows->value(3)});
        for (const QVariantList &row : found) {
            if (auto copied = execute(db, copy, {row[0], row[1], row[2], row[3], now}); !copied)
                return std::unexpected(copied.error());
            if (auto marked = execute(db, mark, {now, row[0]}); !marked)
                return std::unexpected(marked.error());
        }
        return int(found.size());
    });
}

// Why what waits for deployment could not go online: one warning each, up to a limit.
Status warnSkipped(JobContext &context)
{
    auto query = execute(context.database(),
                         u"SELECT 'category', s.name, p.name, p.state FROM offer_categories s LEFT JOIN offer_categories p "
                         "ON p.id = s.parent_id WHERE %1 UNION ALL "
                         "SELECT 'offer', s.name, p.name, p.state FROM offers s LEFT JOIN offer_categories p "
                         "ON p.id = s.category_id WHERE %2 ORDER BY 1, 2"_s.arg(waitingCategories, waitingOffers));
    if (!query)
        return std::unexpected(query.error());
    int skipped = 0;
    while (query->next()) {
        if (++skipped > OfferMgtJob::MaxSkipWarnings)
            continue;
        const bool offer = query->value(0).toString() == u"offer"_s;
        const QString name = query->value(1).toString();
        const QString parent = query->value(2).toString();
        const QString state = query->value(3).toString();
        if (offer && query->value(2).isNull())
            context.warning(Text::tr("offer %1 not deployed: it has no category").arg(name));
        else if (offer)
            context.warning(Text::tr("offer %1 not deployed: its category %2 is not online (state %3)").arg(name, parent, state));
        else
            context.warning(Text::tr("category %1 not deployed: its parent %2 is not online (state %3)").arg(name, parent, state));
    }
    if (skipped > OfferMgtJob::MaxSkipWarnings)
        context.warning(Text::tr("%n more offer(s) or category(ies) not deployed for the same reasons", nullptr,
                                 skipped - OfferMgtJob::MaxSkipWarnings));
    return {};
}

Status simulate(JobContext &context)
{
    auto waiting = scalar(context.database(),
                          u"SELECT (SELECT COUNT(*) FROM offer_categories s WHERE %1) + (SELECT COUNT(*) FROM offers s "
                          "WHERE %2)"_s.arg(waitingCategories, waitingOffers));
    if (!waiting)
        return std::unexpected(waiting.error());
    context.info(Text::tr("simulation: %n offer(s) and category(ies) wait for deployment; nothing written", nullptr,
                          waiting->toInt()));
    return {};
}

} // namespace

Status OfferMgtJob::run(JobContext &context)
{
    bool ok = false;
    const int batch = context.parameter(u"batch"_s, u"200"_s).toInt(&ok);
    if (!ok || batch < 1)
        return fail(Text::tr("parameter batch must be a positive number of rows, not \"%1\"")
                        .arg(context.parameter(u"batch"_s)));
    if (context.simulated())
        return simulate(context);
    // Removals first, categories before offers (a category leaving takes its offers along); then
    // deployments, categories before offers (an offer needs its category online).
    QElapsedTimer timer;
    timer.start();
    auto removedCategories = removeStale(context, categories, batch);
    if (!removedCategories)
        return std::unexpected(removedCategories.error());
    auto removedOffers = removeStale(context, offers, batch);
    if (!removedOffers)
        return std::unexpected(removedOffers.error());
    context.info(Text::tr("removed from the online environment: %1 category(ies) and %2 offer(s) in %3 ms")
                     .arg(*removedCategories)
                     .arg(*removedOffers)
                     .arg(timer.restart()));
    auto deployedCategories = deploy(context, categories, batch);
    if (!deployedCategories)
        return std::unexpected(deployedCategories.error());
    context.info(Text::tr("%n category(ies) deployed in %1 ms", nullptr, int(*deployedCategories)).arg(timer.restart()));
    auto deployedOffers = deploy(context, offers, batch);
    if (!deployedOffers)
        return std::unexpected(deployedOffers.error());
    context.info(Text::tr("%n offer(s) deployed in %1 ms", nullptr, int(*deployedOffers)).arg(timer.restart()));
    return warnSkipped(context);
}

} // namespace nightshift
