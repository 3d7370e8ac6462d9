#include "clicontext.h"
#include "passwordprompt.h"

#include "security/passwordhasher.h"
#include "store/operatorrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::cli)
};

Result<qint64> operatorCount(const InstanceLocation &where)
{
    auto instance = Instance::open(where, Instance::OpenMode::MustExist);
    if (!instance)
        return std::unexpected(instance.error());
    auto db = (*instance)->database();
    if (!db)
        return std::unexpected(db.error());
    return OperatorRepository(*db).count();
}

int runInit(const QCommandLineParser &args, const QStringList &, CliContext &ctx)
{
    const WorkflowCatalog *catalog = ctx.catalog();
    if (!catalog)
        return Failure;
    const QString login = args.value(u"admin-login"_s);
    if (!isIdentifier(login))
        return ctx.failWith(
            Text::tr("\"%1\" is not a valid login: start with a letter or _, then letters, digits or _").arg(login));

    auto where = ctx.location();
    if (!where)
        return ctx.failWith(where.error().message);
    // Look before asking for a password, and ask before creating anything: a refused password leaves
    // no file behind.
    auto version = Instance::existingSchemaVersion(*where);
    if (!version)
        return ctx.failWith(version.error().message);
    if (*version > 0) {
        auto operators = operatorCount(*where);
        if (!operators)
            return ctx.failWith(operators.error().message);
        if (*operators > 0) {
            if (args.isSet(u"if-missing"_s)) {
                ctx.out() << Text::tr("Instance %1 already exists; left as it is.").arg(where->displayName())
                          << Qt::endl;
                return Success;
            }
            return ctx.failWith(
                Text::tr("%1 is already initialized; it has %2 operator(s)").arg(where->displayName()).arg(*operators));
        }
    }
    auto password = readPassword(args, Text::tr("Password for administrator %1: ").arg(login), ctx);
    if (!password)
        return ctx.failWith(password.error().message);
    auto hash = PasswordHasher::hash(*password);
    if (!hash)
        return ctx.failWith(hash.error().message);

    auto instance = Instance::open(*where, Instance::OpenMode::CreateIfMissing);
    if (!instance)
        return ctx.failWith(instance.error().message);
    auto db = (*instance)->database();
    if (!db)
        return ctx.failWith(db.error().message);

    // Seeding is idempotent and the operator is created last: an interrupted init can simply be run again.
    if (auto seeded = (*instance)->seed(*catalog, ctx.operatorLogin()); !seeded)
        return ctx.failWith(seeded.error().message);
    OperatorRecord admin;
    admin.login = login;
    admin.name = Text::tr("Administrator");
    admin.passwordHash = *hash;
    WriteTransaction transaction(*db, (*instance)->dialect());
    Status done = transaction.begin();
    if (done) {
        auto id = OperatorRepository(*db).create(admin, {u"admin"_s});
        done = id ? transaction.commit() : Status(std::unexpected(id.error()));
    }
    if (!done)
        return ctx.failWith(done.error().message);
    ctx.out() << Text::tr("Created instance %1 with administrator \"%2\".").arg(where->displayName(), login)
              << Qt::endl;
    return Success;
}

int printInstancePath(const QCommandLineParser &, const QStringList &, CliContext &ctx)
{
    auto where = ctx.location();
    if (!where)
        return ctx.failWith(where.error().message);
    ctx.out() << where->displayName() << Qt::endl;
    return Success;
}

} // namespace

QList<Command> initCommands()
{
    return {{{u"instance"_s, u"path"_s},
             Text::tr("Print the instance the other commands would use"),
             {},
             {},
             printInstancePath},
            {{u"init"_s},
             Text::tr("Create an instance (SQLite file or PostgreSQL database) with its administrator"),
             {},
             [](QCommandLineParser &p) {
                 p.addOption({u"admin-login"_s, Text::tr("Login of the administrator to create (default: admin)."),
                              Text::tr("login"), u"admin"_s});
                 addPasswordOptions(p, Text::tr("administrator"));
                 p.addOption({u"if-missing"_s, Text::tr("Succeed without changes when the instance already exists.")});
             },
             runInit}};
}

} // namespace nightshift::cli
