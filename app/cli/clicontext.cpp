#include "clicontext.h"

#include "passwordprompt.h"

#include "security/authenticator.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

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
    if (where->dialect == Dialect::Postgres && where->password.isEmpty()) {
        const QString key = SecretStore::databaseKey(*where);
        const SecretStore::Reply stored = keyring(
            [&key](const QObject *context, SecretStore::Callback done) { SecretStore::read(key, context, done); });
        if (stored.outcome == SecretStore::Outcome::Done) // otherwise PostgreSQL says what is missing
            where->password = stored.secret;
    }
    return Instance::open(*where, mode);
}

QString CliContext::loginName() const
{
    return m_login.isEmpty() ? qEnvironmentVariable("NIGHTSHIFT_LOGIN") : m_login;
}

Result<Session> CliContext::login()
{
    auto instance = openInstance();
    if (!instance)
        return std::unexpected(instance.error());
    const QString login = loginName();
    if (login.isEmpty())
        return fail(QCoreApplication::translate("nightshift::cli", "log in with --login NAME (or NIGHTSHIFT_LOGIN)"));
    // NIGHTSHIFT_PASSWORD first, then the keyring, then the terminal. Without a keyring (or with nothing
    // stored) the keyring step simply answers nothing and the password is asked.
    QString password = qEnvironmentVariable("NIGHTSHIFT_PASSWORD");
    m_passwordFromKeyring = false;
    if (password.isEmpty()) {
        const QString key = SecretStore::operatorKey((*instance)->location(), login);
        const SecretStore::Reply stored = keyring(
            [&key](const QObject *context, SecretStore::Callback done) { SecretStore::read(key, context, done); });
        if (stored.outcome == SecretStore::Outcome::Done && !stored.secret.isEmpty()) {
            password = stored.secret;
            m_passwordFromKeyring = true;
        }
    }
    if (password.isEmpty()) {
        auto typed
            = promptPassword(QCoreApplication::translate("nightshift::cli", "Password for %1: ").arg(login), *this);
        if (!typed)
            return std::unexpected(typed.error());
        password = *typed;
    }
    m_loginPassword = password;
    auto who = Authenticator(**instance).login(login, password);
    if (!who) {
        if (m_passwordFromKeyring)
            return fail(QCoreApplication::translate("nightshift::cli",
                                                    "login refused with the password remembered in the keyring: %1; "
                                                    "run \"nightshiftctl login --forget\", then log in again")
                            .arg(who.error().message));
        return fail(QCoreApplication::translate("nightshift::cli", "login refused: %1").arg(who.error().message));
    }
    return Session{*instance, *who};
}

SecretStore::Reply CliContext::keyring(const std::function<void(const QObject *, SecretStore::Callback)> &call)
{
    QEventLoop loop;
    std::optional<SecretStore::Reply> reply;
    call(&loop, [&reply, &loop](const SecretStore::Reply &r) {
        reply = r;
        loop.quit();
    });
    QTimer::singleShot(std::chrono::minutes(2), &loop, &QEventLoop::quit);
    // Normally the keyring answers in milliseconds; a long wait is most likely an unlock prompt.
    QTimer::singleShot(std::chrono::seconds(3), &loop, [this] {
        m_err << QCoreApplication::translate("nightshift::cli",
                                             "nightshiftctl: waiting for the system keyring (it may ask to be "
                                             "unlocked)…")
              << Qt::endl;
    });
    if (!reply) // the answer always comes later, but a quit() before exec() would be lost
        loop.exec();
    if (!reply)
        return {SecretStore::Outcome::Failed,
                {},
                QCoreApplication::translate("nightshift::cli", "the keyring did not answer within two minutes")};
    return *reply;
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
