#include "clicontext.h"

#include "passwordprompt.h"

#include "security/authenticator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift::cli {

CliContext::CliContext() : m_out(stdout), m_err(stderr)
{ }

Result<InstanceLocation> CliContext::location() const
{
    QString text = m_instanceText;
    if (text.isEmpty())
        text = qEnvironmentVariable("NIGHTSHIFT_INSTANCE");
    if (text.isEmpty())
        return InstanceLocation::defaultSqlite();
    return InstanceLocation::parse(text);
}

Result<std::shared_ptr<Instance>> CliContext::openInstance(Instance::OpenMode mode)
{
    auto where = location();
    if (!where)
        return std::unexpected(where.error());
    return Instance::open(*where, mode);
}

Result<Session> CliContext::login()
{
    auto instance = openInstance();
    if (!instance)
        return std::unexpected(instance.error());
    const QString login = m_login.isEmpty() ? qEnvironmentVariable("NIGHTSHIFT_LOGIN") : m_login;
    if (login.isEmpty())
        return fail(QCoreApplication::translate("nightshift::cli", "log in with --login NAME (or NIGHTSHIFT_LOGIN)"));
    QString password = qEnvironmentVariable("NIGHTSHIFT_PASSWORD");
    if (password.isEmpty()) {
        auto typed
            = promptPassword(QCoreApplication::translate("nightshift::cli", "Password for %1: ").arg(login), *this);
        if (!typed)
            return std::unexpected(typed.error());
        password = *typed;
    }
    m_loginPassword = password;
    auto who = Authenticator(**instance).login(login, password);
    if (!who)
        return fail(QCoreApplication::translate("nightshift::cli", "login refused: %1").arg(who.error().message));
    return Session{*instance, *who};
}

const WorkflowCatalog *CliContext::catalog()
{
    if (!m_catalog) {
        auto loaded = WorkflowCatalog::load();
        if (!loaded) {
            failWith(loaded.error());
            return nullptr;
        }
        m_catalog = std::move(*loaded);
    }
    return &*m_catalog;
}

QString CliContext::operatorLogin() const
{
    return u"cli:"_s + qEnvironmentVariable("USER", u"unknown"_s);
}

int CliContext::failWith(const QString &message)
{
    m_err << "nightshiftctl: " << message << Qt::endl;
    return Failure;
}

int CliContext::usageError(const QString &message)
{
    failWith(message);
    return UsageError;
}

int CliContext::failWith(const Errors &errors)
{
    for (const Error &e : errors)
        m_err << "nightshiftctl: " << e.toString() << '\n';
    m_err.flush();
    return Failure;
}

} // namespace nightshift::cli
