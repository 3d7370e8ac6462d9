// nightshiftctl login: checks a login and password, and remembers the password in the keyring (or forgets it)
// so that later commands need neither NIGHTSHIFT_PASSWORD nor a prompt. Never a plain file: without a keyring,
// --remember fails and says so.
#include "clicontext.h"

#include "security/secretstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::cli)
};

SecretStore::Reply store(CliContext &ctx, const QString &key, const QString &secret)
{
    return ctx.keyring([&](const QObject *context, SecretStore::Callback done) {
        SecretStore::write(key, secret, context, std::move(done));
    });
}

// Why a write or delete did not happen, as the end of "cannot remember the password: …".
QString reason(const SecretStore::Reply &reply)
{
    if (reply.outcome == SecretStore::Outcome::NoKeyring)
        return Text::tr("no keyring is available on this system (%1); set NIGHTSHIFT_PASSWORD or type the "
                        "password each time")
            .arg(reply.message);
    return Text::tr("the keyring refused: %1").arg(reply.message);
}

int forget(CliContext &ctx)
{
    auto where = ctx.location();
    if (!where)
        return ctx.failWith(where.error().message);
    const QString login = ctx.loginName();
    if (login.isEmpty())
        return ctx.failWith(Text::tr("log in with --login NAME (or NIGHTSHIFT_LOGIN)"));
    QStringList keys{SecretStore::operatorKey(*where, login)};
    if (where->dialect == Dialect::Postgres)
        keys << SecretStore::databaseKey(*where);
    for (const QString &key : keys) {
        const SecretStore::Reply removed = ctx.keyring([&key](const QObject *context, SecretStore::Callback done) {
            SecretStore::remove(key, context, std::move(done));
        });
        if (removed.outcome == SecretStore::Outcome::NoKeyring) { // then nothing can have been remembered
            ctx.out() << Text::tr("No keyring is available on this system: nothing was remembered.") << Qt::endl;
            return Success;
        }
        if (removed.outcome != SecretStore::Outcome::Done)
            return ctx.failWith(Text::tr("cannot forget the password: %1").arg(reason(removed)));
    }
    ctx.out() << Text::tr("Forgot the password of %1 on %2.").arg(login, where->displayName()) << Qt::endl;
    return Success;
}

int run(const QCommandLineParser &args, const QStringList &, CliContext &ctx)
{
    const bool remember = args.isSet(u"remember"_s);
    if (remember && args.isSet(u"forget"_s))
        return ctx.usageError(Text::tr("--remember and --forget exclude each other"));
    // Forgetting needs no login: the remembered password may be the one that no longer works.
    if (args.isSet(u"forget"_s))
        return forget(ctx);

    auto session = ctx.login();
    if (!session)
        return ctx.failWith(session.error().message);
    const InstanceLocation &where = session->instance->location();
    ctx.out() << Text::tr("Logged in to %1 as %2.").arg(where.displayName(), session->principal.login) << Qt::endl;
    if (!remember)
        return Success;

    const SecretStore::Reply stored
        = store(ctx, SecretStore::operatorKey(where, session->principal.login), ctx.loginPassword());
    if (stored.outcome != SecretStore::Outcome::Done)
        return ctx.failWith(Text::tr("cannot remember the password: %1").arg(reason(stored)));
    if (where.dialect == Dialect::Postgres && !where.password.isEmpty()) {
        const SecretStore::Reply database = store(ctx, SecretStore::databaseKey(where), where.password);
        if (database.outcome != SecretStore::Outcome::Done)
            return ctx.failWith(Text::tr("cannot remember the database password: %1").arg(reason(database)));
    }
    ctx.out() << Text::tr("The password is remembered in the keyring: commands no longer ask for it.") << Qt::endl;
    return Success;
}

} // namespace

QList<Command> loginCommands()
{
    return {{{u"login"_s},
             Text::tr("Log in; --remember keeps the password in the keyring, --forget removes it"),
             {},
             [](QCommandLineParser &p) {
                 p.addOption({u"remember"_s,
                              Text::tr("Store the password (and a PostgreSQL password) in the system keyring.")});
                 p.addOption({u"forget"_s, Text::tr("Remove what --remember stored for this instance and login.")});
             },
             run}};
}

} // namespace nightshift::cli
