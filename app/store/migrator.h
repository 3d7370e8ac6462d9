#pragma once

#include "sqlsupport.h"

namespace nightshift {

// Brings an instance's schema to a version, one numbered step at a time (app/store/migrations/NNNN_*.sql,
// compiled in). Each step runs in its own transaction and records itself in schema_version, so an
// interrupted upgrade resumes at the step that did not commit. The SQL is shared by both dialects, with
// tokens for what differs (see Migrator::translate).
class Migrator
{
public:
    struct Step
    {
        int version;
        QString description;
        QString sql; // untranslated, shared by both dialects (NNNN_name.sql)
        QString sqliteSql; // or one file per dialect where they must differ (NNNN_name.sqlite.sql,
        QString postgresSql; // NNNN_name.postgres.sql)

        QString sqlFor(Dialect dialect) const;
    };

    static const QList<Step> &steps();
    static int latestVersion();

    // 0 for an empty database.
    static Result<int> currentVersion(const QSqlDatabase &db);
    static Status migrate(const QSqlDatabase &db, Dialect dialect, int targetVersion = latestVersion());

    // @PK@ @ID@ @TS@ @BIGINT@ @REAL@ @BLOB@ → each dialect's type.
    static QString translate(QString sql, Dialect dialect);
    // Splits on ';' at the end of a line, keeping trigger bodies (BEGIN … END;) and $$ … $$ blocks whole.
    static QStringList statements(const QString &sql);
};

} // namespace nightshift
