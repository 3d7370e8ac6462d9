#include "statementcache.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::Engine)
};

QString firstLine(const QString &sql)
{
    const QString line = sql.simplified();
    return line.size() > 120 ? line.left(117) + u"..."_s : line;
}
} // namespace

Result<QSqlQuery *> StatementCache::run(const QString &sql, const QVariantList &values)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return fail(Text::tr("database error preparing \"%1\": %2").arg(firstLine(sql), query->lastError().text()));
        it = m_queries.emplace(sql, std::move(query)).first;
    }
    QSqlQuery &query = *it->second;
    query.finish();
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values[i]);
    if (!query.exec()) {
        const QString why = query.lastError().text();
        m_queries.erase(it); // a failed statement is prepared afresh next time (the connection may have been reset)
        return fail(Text::tr("database error running \"%1\": %2").arg(firstLine(sql), why));
    }
    return &query;
}

Result<QVariant> StatementCache::scalar(const QString &sql, const QVariantList &values, const QVariant &fallback)
{
    auto query = run(sql, values);
    if (!query)
        return std::unexpected(query.error());
    QVariant value = (*query)->next() ? (*query)->value(0) : fallback;
    (*query)->finish();
    return value;
}

Result<qint64> StatementCache::insert(const QString &sql, const QVariantList &values)
{
    if (m_dialect == Dialect::Sqlite) { // RETURNING costs SQLite three times the insert itself
        auto query = run(sql, values);
        if (!query)
            return std::unexpected(query.error());
        return (*query)->lastInsertId().toLongLong();
    }
    auto id = scalar(sql + u" RETURNING id"_s, values);
    if (!id)
        return std::unexpected(id.error());
    return id->toLongLong();
}

} // namespace nightshift
