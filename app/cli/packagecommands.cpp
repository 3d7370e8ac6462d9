#include "clicontext.h"

#include "store/packageinstaller.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace nightshift::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::cli)
};

int listPackages(const QCommandLineParser &, const QStringList &, CliContext &ctx)
{
    const WorkflowCatalog *catalog = ctx.catalog();
    if (!catalog)
        return Failure;
    auto session = ctx.login();
    if (!session)
        return ctx.failWith(session.error().message);
    auto db = session->instance->database();
    if (!db)
        return ctx.failWith(db.error().message);
    auto installed = PackageRepository(*db).installed();
    if (!installed)
        return ctx.failWith(installed.error().message);
    QSet<QString> installedIds;
    for (const PackageRecord &p : *installed)
        installedIds.insert(p.id);

    qsizetype width = 0;
    for (const PackageInfo &p : catalog->packages())
        width = std::max(width, p.id.size());
    for (const PackageInfo &p : catalog->packages()) {
        const QString state = installedIds.contains(p.id) ? Text::tr("installed") : Text::tr("available");
        QString line = u"%1  %2  %3 (%4 workflows)"_s.arg(p.id, -int(width))
                           .arg(state, -9)
                           .arg(p.label)
                           .arg(catalog->workflowsOf(p.id).size());
        if (!p.note.isEmpty())
            line += u" — "_s + p.note;
        ctx.out() << line << '\n';
    }
    ctx.out().flush();
    return Success;
}

int installPackages(const QCommandLineParser &, const QStringList &arguments, CliContext &ctx)
{
    const QStringList ids = arguments;
    if (ids.isEmpty())
        return ctx.usageError(
            Text::tr("name at least one package to install; \"nightshiftctl packages list\" shows them"));
    const WorkflowCatalog *catalog = ctx.catalog();
    if (!catalog)
        return Failure;
    for (const QString &id : ids) // refuse a typo before installing anything
        if (!catalog->package(id))
            return ctx.failWith(
                Text::tr("there is no package \"%1\"; \"nightshiftctl packages list\" shows them").arg(id));
    auto session = ctx.login();
    if (!session)
        return ctx.failWith(session.error().message);
    PackageInstaller installer(*session->instance, *catalog);
    for (const QString &id : ids) {
        auto outcome = installer.install(id, session->principal);
        if (!outcome)
            return ctx.failWith(
                Text::tr("installing %1 failed, nothing of it was installed: %2").arg(id, outcome.error().message));
        if (outcome->alreadyInstalled)
            ctx.out() << Text::tr("Package %1 is already installed.").arg(id) << '\n';
        else
            ctx.out() << Text::tr("Installed package %1: %2 workflow(s) created.")
                             .arg(id)
                             .arg(outcome->createdWorkflows.size())
                      << '\n';
    }
    ctx.out().flush();
    return Success;
}

int addAccount(const QCommandLineParser &args, const QStringList &arguments, CliContext &ctx)
{
    const QStringList names = arguments;
    if (names.size() != 1)
        return ctx.usageError(Text::tr("give exactly one account name"));
    if (!args.isSet(u"type"_s))
        return ctx.usageError(Text::tr("give the account type with --type, e.g. --type messageCenter"));
    const WorkflowCatalog *catalog = ctx.catalog();
    if (!catalog)
        return Failure;
    auto session = ctx.login();
    if (!session)
        return ctx.failWith(session.error().message);
    ExternalAccountRecord account;
    account.name = names.first();
    account.type = args.value(u"type"_s);
    account.label = args.value(u"label"_s).isEmpty() ? account.name : args.value(u"label"_s);
    account.server = args.value(u"server"_s);
    account.login = args.value(u"account-login"_s);
    account.settings = args.value(u"settings"_s);
    if (!account.settings.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument settings = QJsonDocument::fromJson(account.settings.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return ctx.usageError(Text::tr("--settings is not valid JSON: %1 at character %2")
                                      .arg(error.errorString())
                                      .arg(error.offset + 1));
        if (!settings.isObject())
            return ctx.usageError(Text::tr("--settings must be a JSON object, e.g. {\"from\": \"noreply@example.com\"}"));
    }
    auto created = PackageInstaller(*session->instance, *catalog).addAccount(account, session->principal);
    if (!created)
        return ctx.failWith(created.error().message);
    ctx.out() << Text::tr("Added external account %1.").arg(account.name) << '\n';
    for (const QString &workflow : *created)
        ctx.out() << Text::tr("Created workflow %1.").arg(workflow) << '\n';
    ctx.out().flush();
    return Success;
}

} // namespace

QList<Command> packageCommands()
{
    return {
        {{u"packages"_s, u"list"_s}, Text::tr("List the packages and whether each is installed"), {}, {}, listPackages},
        {{u"packages"_s, u"install"_s},
         Text::tr("Install packages: their folder and technical workflows"),
         u"ID..."_s,
         {},
         installPackages},
        {{u"accounts"_s, u"add"_s},
         Text::tr("Add an external account (creates e.g. mcSynch_<name> for Message Center accounts)"),
         u"NAME"_s,
         [](QCommandLineParser &p) {
             p.addOption(
                 {u"type"_s, Text::tr("Account type: messageCenter, smtp, deliverability, …"), Text::tr("type")});
             p.addOption({u"label"_s, Text::tr("Label shown in the console."), Text::tr("label")});
             p.addOption({u"server"_s, Text::tr("Server URL."), Text::tr("url")});
             p.addOption({u"account-login"_s,
                          Text::tr("The account's login on the server (the password comes from the environment "
                                   "variable NIGHTSHIFT_ACCOUNT_PASSWORD_<NAME>)."),
                          Text::tr("login")});
             p.addOption({u"settings"_s,
                          Text::tr("Type-specific settings as a JSON object, e.g. for smtp "
                                   "{\"from\": \"noreply@example.com\", \"security\": \"starttls\"}."),
                          Text::tr("json")});
         },
         addAccount},
    };
}

} // namespace nightshift::cli
