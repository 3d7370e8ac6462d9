#include "connectoraccount.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::ConnectorAccount)
};

} // namespace

QString accountPasswordVariable(const QString &accountName)
{
    QString suffix;
    for (const QChar c : accountName.toUpper())
        suffix += (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ? c : u'_';
    return u"NIGHTSHIFT_ACCOUNT_PASSWORD_"_s + suffix;
}

Result<ConnectorAccount> loadConnectorAccount(const QSqlDatabase &db, const QString &type, const QString &name)
{
    auto query = name.isEmpty()
        ? execute(db,
                  u"SELECT name, COALESCE(server, ''), COALESCE(login, ''), COALESCE(settings, '') "
                  "FROM external_accounts WHERE type = ? AND enabled = 1 ORDER BY name"_s,
                  {type})
        : execute(db,
                  u"SELECT name, COALESCE(server, ''), COALESCE(login, ''), COALESCE(settings, '') "
                  "FROM external_accounts WHERE type = ? AND enabled = 1 AND name = ?"_s,
                  {type, name});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next()) {
        if (name.isEmpty())
            return fail(Text::tr("there is no enabled external account of type %1: add one (nightshiftctl accounts "
                                 "add NAME --type %1 --server URL)")
                            .arg(type));
        return fail(Text::tr("there is no enabled external account %1 of type %2").arg(name, type));
    }
    ConnectorAccount account;
    account.name = query->value(0).toString();
    account.type = type;
    account.server = QUrl(query->value(1).toString(), QUrl::StrictMode);
    account.login = query->value(2).toString();
    if (query->value(1).toString().isEmpty() || !account.server.isValid() || account.server.host().isEmpty())
        return fail(Text::tr("external account %1 has no valid server URL (\"%2\")")
                        .arg(account.name, query->value(1).toString()));
    const QByteArray settings = query->value(3).toString().toUtf8();
    if (!settings.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(settings, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return fail(Text::tr("the settings of external account %1 are not a JSON object: %2")
                            .arg(account.name, error.error != QJsonParseError::NoError ? error.errorString()
                                                                                      : Text::tr("not an object")));
        account.settings = document.object();
    }
    account.password = qEnvironmentVariable(qPrintable(accountPasswordVariable(account.name)));
    if (!account.login.isEmpty() && account.password.isEmpty())
        return fail(Text::tr("external account %1 has the login %2 but no password: set %3 in the environment of "
                             "the engine")
                        .arg(account.name, account.login, accountPasswordVariable(account.name)));
    return account;
}

} // namespace nightshift
