#pragma once

#include "core/error.h"

#include <QString>

namespace nightshift {

enum class Dialect { Sqlite, Postgres };

// Where an instance lives: a SQLite file, or a PostgreSQL database.
// Written as a path ("~/x.sqlite", "sqlite:/abs/path") or a URL ("postgresql://user@host:5432/db").
struct InstanceLocation
{
    Dialect dialect = Dialect::Sqlite;
    QString path; // SQLite
    QString host; // PostgreSQL
    int port = 5432;
    QString database;
    QString user;
    QString password; // never shown; comes from the URL, NIGHTSHIFT_PGPASSWORD or the keyring

    static Result<InstanceLocation> parse(const QString &text);
    static InstanceLocation defaultSqlite(); // under the user's data folder
    static QString defaultSqlitePath();

    QString displayName() const; // without the password
    bool operator==(const InstanceLocation &) const = default;
};

} // namespace nightshift
