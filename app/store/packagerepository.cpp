#include "packagerepository.h"

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
QVariant nullIfEmpty(const QString &text) // a typed NULL: PostgreSQL needs to know the column's type
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}
} // namespace

Result<QList<PackageRecord>> PackageRepository::installed() const
{
    auto query = execute(m_db,
                         u"SELECT id, installed_at, COALESCE(installed_by, '') FROM packages "
                         "WHERE installed = 1 ORDER BY id"_s);
    if (!query)
        return std::unexpected(query.error());
    QList<PackageRecord> rows;
    while (query->next())
        rows << PackageRecord{query->value(0).toString(), true, query->value(1).toLongLong(),
                              query->value(2).toString()};
    return rows;
}

Result<bool> PackageRepository::isInstalled(const QString &id) const
{
    auto installed = scalar(m_db, u"SELECT installed FROM packages WHERE id = ?"_s, {id}, 0);
    if (!installed)
        return std::unexpected(installed.error());
    return installed->toInt() == 1;
}

Status PackageRepository::markInstalled(const QString &id, const QString &label, qint64 folderId,
                                        const QString &operatorLogin)
{
    auto removed = execute(m_db, u"DELETE FROM packages WHERE id = ?"_s, {id});
    if (!removed)
        return std::unexpected(removed.error());
    auto inserted = execute(m_db,
                            u"INSERT INTO packages (id, label, folder_id, installed, installed_at, installed_by) "
                            "VALUES (?, ?, ?, 1, ?, ?)"_s,
                            {id, label, folderId, nowMs(), operatorLogin});
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

const QStringList &externalAccountTypes()
{
    static const QStringList types = {u"deliverability"_s, u"executionInstance"_s, u"experienceCloud"_s, u"facebook"_s,
                                      u"line"_s,           u"messageCenter"_s,     u"midSourcing"_s,     u"smtp"_s,
                                      u"twitter"_s,        u"webAnalytics"_s};
    return types;
}

Result<QList<ExternalAccountRecord>> ExternalAccountRepository::ofType(const QString &type) const
{
    auto query = execute(m_db,
                         u"SELECT id, name, type, label, COALESCE(server, ''), enabled, COALESCE(login, ''), "
                         "COALESCE(settings, '') FROM external_accounts WHERE type = ? ORDER BY name"_s,
                         {type});
    if (!query)
        return std::unexpected(query.error());
    QList<ExternalAccountRecord> rows;
    while (query->next())
        rows << ExternalAccountRecord{.id = query->value(0).toLongLong(),
                                      .name = query->value(1).toString(),
                                      .type = query->value(2).toString(),
                                      .label = query->value(3).toString(),
                                      .server = query->value(4).toString(),
                                      .enabled = query->value(5).toInt() != 0,
                                      .login = query->value(6).toString(),
                                      .settings = query->value(7).toString()};
    return rows;
}

Result<qint64> ExternalAccountRepository::insert(const ExternalAccountRecord &a)
{
    auto inserted = execute(m_db,
                            u"INSERT INTO external_accounts (name, type, label, server, enabled, login, settings, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                            {a.name, a.type, a.label, a.server, a.enabled ? 1 : 0, nullIfEmpty(a.login),
                             nullIfEmpty(a.settings), nowMs()});
    if (!inserted)
        return std::unexpected(inserted.error());
    auto id = scalar(m_db, u"SELECT id FROM external_accounts WHERE name = ?"_s, {a.name});
    if (!id)
        return std::unexpected(id.error());
    return id->toLongLong();
}

} // namespace nightshift
