#pragma once

#include "store/sqlsupport.h"

#include <optional>

namespace nightshift {

// Inserts rows into one table with multi-row prepared statements (hundreds of rows per statement), the
// fast way on both SQLite and PostgreSQL. The caller owns the transaction; flush() before committing.
class BulkInserter
{
public:
    BulkInserter(const QSqlDatabase &db, const QString &table, const QStringList &columns);

    // One row, its values in the order of the columns.
    Status add(const QVariantList &values);
    Status flush();
    qint64 written() const { return m_written; }

private:
    Status runBatch(qsizetype rows, QSqlQuery &query);
    QString statement(qsizetype rows) const;

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    qsizetype m_batchRows;
    QVariantList m_pending;
    std::optional<QSqlQuery> m_full; // prepared once for m_batchRows rows
    qint64 m_written = 0;
};

} // namespace nightshift
