#pragma once

#include "sqlsupport.h"

namespace nightshift {

struct PackageRecord
{
    QString id;
    bool installed = false;
    qint64 installedAt = 0;
    QString installedBy;
};

class PackageRepository
{
public:
    explicit PackageRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    Result<QList<PackageRecord>> installed() const;
    Result<bool> isInstalled(const QString &id) const;
    Status markInstalled(const QString &id, const QString &label, qint64 folderId, const QString &operatorLogin);

private:
    QSqlDatabase m_db;
};

// The kinds of external account Nightshift's jobs and connectors know.
const QStringList &externalAccountTypes();

struct ExternalAccountRecord
{
    qint64 id = 0;
    QString name;
    QString type; // e.g. "messageCenter", "smtp", "deliverability"
    QString label;
    QString server;
    bool enabled = true;
    QString login;
    QString settings; // a JSON object of type-specific settings (e.g. an SMTP account's from and security)
};

class ExternalAccountRepository
{
public:
    explicit ExternalAccountRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    Result<QList<ExternalAccountRecord>> ofType(const QString &type) const;
    Result<qint64> insert(const ExternalAccountRecord &account);

private:
    QSqlDatabase m_db;
};

} // namespace nightshift
