#include "aliascleansingjob.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::AliasCleansingJob)
};

struct Alias
{
    qint64 id = 0;
    QString alias;
    QString value;
};

struct Enumeration
{
    qint64 id = 0;
    QString name;
    QString field;
    QList<Alias> aliases;
};

Result<QList<Enumeration>> loadEnumerations(const QSqlDatabase &db)
{
    auto query = execute(db,
                         u"SELECT e.id, e.name, e.field, a.id, a.alias, a.value FROM enumerations e "
                         "JOIN enumeration_aliases a ON a.enumeration_id = e.id "
                         "WHERE e.field IS NOT NULL AND e.field <> '' ORDER BY e.id, a.id"_s);
    if (!query)
        return std::unexpected(query.error());
    QList<Enumeration> enumerations;
    while (query->next()) {
        if (enumerations.isEmpty() || enumerations.last().id != query->value(0).toLongLong())
            enumerations.append(
                {query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(), {}});
        enumerations.last().aliases.append(
            {query->value(3).toLongLong(), query->value(4).toString(), query->value(5).toString()});
    }
    return enumerations;
}

// Rewrites one alias in batches; returns the rows rewritten.
Result<qint64> cleanse(JobContext &context, const Enumeration &e, const Alias &a, int batch)
{
    const QString field = e.field;
    const QString rewrite = u"UPDATE recipients SET %1 = ?, modified_at = ? WHERE id IN (SELECT id FROM recipients "
                            "WHERE LOWER(TRIM(%1)) = LOWER(TRIM(?)) AND %1 <> ? LIMIT %2)"_s.arg(field)
                                .arg(batch);
    qint64 total = 0;
    for (;;) {
        if (context.isCancelled())
            return fail(Text::tr("cancelled while rewriting alias \"%1\" of %2").arg(a.alias, e.name));
        WriteTransaction transaction(context.database(), context.dialect());
        if (auto begun = transaction.begin(); !begun)
            return std::unexpected(begun.error());
        auto updated = execute(context.database(), rewrite, {a.value, nowMs(), a.alias, a.value});
        if (!updated)
            return std::unexpected(updated.error());
        const int rows = updated->numRowsAffected();
        if (rows > 0) {
            auto hits = execute(context.database(), u"UPDATE enumeration_aliases SET hits = hits + ? WHERE id = ?"_s,
                                {rows, a.id});
            if (!hits)
                return std::unexpected(hits.error());
        }
        if (auto committed = transaction.commit(); !committed)
            return std::unexpected(committed.error());
        total += rows;
        context.addRowsProcessed(rows);
        if (rows < batch)
            return total;
    }
}

} // namespace

const QStringList &AliasCleansingJob::cleansableFields()
{
    static const QStringList fields{u"first_name"_s, u"last_name"_s, u"company"_s, u"country"_s, u"city"_s};
    return fields;
}

Status AliasCleansingJob::run(JobContext &context)
{
    bool ok = false;
    const int batch = context.parameter(u"batch"_s, u"5000"_s).toInt(&ok);
    if (!ok || batch < 1)
        return fail(Text::tr("parameter batch must be a positive number of rows, not \"%1\"")
                        .arg(context.parameter(u"batch"_s)));
    auto enumerations = loadEnumerations(context.database());
    if (!enumerations)
        return std::unexpected(enumerations.error());
    qint64 aliasesDone = 0;
    qint64 aliasCount = 0;
    for (const Enumeration &e : *enumerations)
        aliasCount += e.aliases.size();
    for (const Enumeration &e : *enumerations) {
        if (!cleansableFields().contains(e.field)) {
            context.warning(Text::tr("enumeration %1 names the field \"%2\", which is not a recipient field that can "
                                     "be cleansed (%3); skipped")
                                .arg(e.name, e.field, cleansableFields().join(u", "_s)));
            aliasesDone += e.aliases.size();
            continue;
        }
        qint64 rewritten = 0;
        for (const Alias &a : e.aliases) {
            auto rows = cleanse(context, e, a, batch);
            if (!rows)
                return std::unexpected(rows.error());
            rewritten += *rows;
            context.setProgress(++aliasesDone, aliasCount);
        }
        context.info(Text::tr("%1 (recipients.%2): %n value(s) rewritten through %3 alias(es)", nullptr, int(rewritten))
                         .arg(e.name, e.field)
                         .arg(e.aliases.size()));
    }
    return {};
}

} // namespace nightshift
