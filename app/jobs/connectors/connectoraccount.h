#pragma once

#include "store/sqlsupport.h"

#include <QJsonObject>
#include <QUrl>

namespace nightshift {

// An external account as a connector uses it (SPEC §3: endpoint and credentials come from an external account).
// The row gives the server URL and login; its `settings` column, when not empty, is a JSON object of
// type-specific settings (for smtp: "security" and "from"). Passwords are never stored in the instance: the
// process running the engine reads an account's password from the environment variable
// NIGHTSHIFT_ACCOUNT_PASSWORD_<NAME> (the account name in capitals, other characters than letters and digits
// as "_"), as the database password comes from NIGHTSHIFT_PGPASSWORD.
struct ConnectorAccount
{
    QString name;
    QString type;
    QUrl server;
    QString login;
    QString password;
    QJsonObject settings;
};

QString accountPasswordVariable(const QString &accountName);

// The enabled account of `type` called `name`, or, when `name` is empty, the first enabled one by name. The
// errors say what to create or fix.
Result<ConnectorAccount> loadConnectorAccount(const QSqlDatabase &db, const QString &type, const QString &name);

} // namespace nightshift
