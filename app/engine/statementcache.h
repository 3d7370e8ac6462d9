#pragma once

#include "store/sqlsupport.h"

#include <memory>
#include <unordered_map>

namespace nightshift {

// Prepared statements of one connection, prepared once and reused: the engine runs the same few
// statements many thousand times a second, and preparing them each time would cost more than running them.
class StatementCache
{
public:
    StatementCache(QSqlDatabase db, Dialect dialect) : m_db(std::move(db)), m_dialect(dialect) { }

    // Runs `sql` with positional values; the returned query stays valid until the next run of the same sql.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values = {});
    // The first column of the first row, or `fallback`.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {}, const QVariant &fallback = {});
    // INSERT … RETURNING id, on both dialects.
    Result<qint64> insert(const QString &sql, const QVariantList &values);

    QSqlDatabase database() const { return m_db; }
    Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == Dialect::Postgres; }

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

} // namespace nightshift
