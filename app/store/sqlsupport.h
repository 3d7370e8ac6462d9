#pragma once

#include "instancelocation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

struct sqlite3;

namespace nightshift {

using Status = Result<void>;

// Prepares and runs `sql` with positional `?` values; the error says which statement failed and why.
Result<QSqlQuery> execute(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
Result<QSqlQuery> execute(const QSqlDatabase &db, const QString &sql, const QVariantList &values);

// The first column of the first row, or `fallback` when there is no row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {},
                        const QVariant &fallback = {});

qint64 nowMs();

// The SQLite connection under Qt's driver (for what Qt does not expose: hooks, interrupts, raw statements), or
// nullptr on another database.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// Qt binds a null QString as SQL NULL; columns that are NOT NULL with '' for "none" need this.
inline QString orEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
} // the timestamps of every table: milliseconds since the epoch, UTC

// A write transaction that rolls back unless committed. On SQLite it takes the write lock at once
// (BEGIN IMMEDIATE), so two writers never both read an old state and then collide on upgrade.
class WriteTransaction
{
public:
    WriteTransaction(QSqlDatabase db, Dialect dialect);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begin();
    Status commit();
    void rollback(); // early, e.g. to write an audit line about a refusal outside the transaction

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
    bool m_open = false;
};

} // namespace nightshift
