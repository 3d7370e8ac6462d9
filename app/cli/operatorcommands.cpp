#include "clicontext.h"
#include "passwordprompt.h"

#include "security/audittrail.h"
#include "security/operatoradmin.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace nightshift::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::cli)
};

QString when(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s) : u"-"_s;
}

int listOperators(const QCommandLineParser &, const QStringList &, CliContext &ctx)
{
    auto session = ctx.login();
    if (!session)
        return ctx.failWith(session.error().message);
    auto operators = OperatorAdmin(*session->instance, session->principal.operatorId).list();
    if (!operators)
        return ctx.failWith(operators.error().message);
    qsizetype width = 5;
    for (const OperatorSummary &o : *operators)
        width = std::max(width, o.login.size());
    for (const OperatorSummary &o : *operators) {
        QString line = u"%1  %2  %3"_s.arg(o.login, -int(width))
                           .arg(o.disabled ? Text::tr("disabled") : Text::tr("enabled"), -8)
                           .arg(Text::tr("groups: %1").arg(o.groups.isEmpty() ? u"-"_s : o.groups.join(u", "_s)));
        if (!o.rights.isEmpty())
            line += u"; "_s + Text::tr("rights: %1").arg(o.rights.join(u", "_s));
        line += u"; "_s + Text::tr("last login: %1").arg(when(o.lastLoginAt));
        ctx.out() << line << '\n';
    }
    ctx.out().flush();
    return Success;
}

int addOperator(const QCommandLineParser &args, const QStringList &arguments, CliContext &ctx)
{
    if (arguments.size() != 1)
        return ctx.usageError(Text::tr("give exactly one login"));
    auto session = ctx.login();
    if (!session)
        return ctx.failWith(session.error().message);
    auto password = readPassword(args, Text::tr("Password for the new operator %1: ").arg(arguments.first()), ctx);
    if (!password)
        return ctx.failWith(password.error().message);
    if (auto added = OperatorAdmin(*session->instance, session->principal.operatorId)
                         .add(arguments.first(), args.value(u"name"_s), *password, args.values(u"group"_s));
        !added)
        return ctx.failWith(added.error().message);
    ctx.out() << Text::tr("Added operator %1.").arg(arguments.first()) << Qt::endl;
    return Success;
}

int changePassword(const QCommandLineParser &args, const QStringList &arguments, CliContext &ctx)
{
    if (arguments.size() > 1)
        return ctx.usageError(Text::tr("give at most one login"));
    auto session = ctx.login();
    if (!session)
        return ctx.failWith(session.error().message);
    const bool own = arguments.isEmpty() || arguments.first() == session->principal.login;
    const QString login = own ? session->principal.login : arguments.first();
    auto password = readPassword(args, Text::tr("New password for %1: ").arg(login), ctx);
    if (!password)
        return ctx.failWith(password.error().message);
    OperatorAdmin admin(*session->instance, session->principal.operatorId);
    auto changed
        = own ? admin.changeOwnPassword(ctx.loginPassword(), *password) : admin.resetPassword(login, *password);
    if (!changed)
        return ctx.failWith(changed.error().message);
    ctx.out() << Text::tr("Changed the password of %1.").arg(login) << Qt::endl;
    return Success;
}

// grant, revoke, enable, disable, delete: LOGIN [RIGHT|@GROUP]
Command administer(const QString &verb, const QString &summary, bool takesRight,
                   std::function<Result<void>(OperatorAdmin &, const QStringList &)> apply, const char *done)
{
    return {{u"operators"_s, verb},
            summary,
            takesRight ? u"LOGIN RIGHT|@GROUP"_s : u"LOGIN"_s,
            {},
            [takesRight, apply, done](const QCommandLineParser &, const QStringList &arguments, CliContext &ctx) {
                if (arguments.size() != (takesRight ? 2 : 1))
                    return ctx.usageError(takesRight ? Text::tr("give a login and a right (or @group)")
                                                     : Text::tr("give exactly one login"));
                auto session = ctx.login();
                if (!session)
                    return ctx.failWith(session.error().message);
                OperatorAdmin admin(*session->instance, session->principal.operatorId);
                if (auto applied = apply(admin, arguments); !applied)
                    return ctx.failWith(applied.error().message);
                ctx.out() << Text::tr(done).arg(arguments.join(u' ')) << Qt::endl;
                return int(Success);
            }};
}

Result<qint64> parseDay(const QString &text, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        return fail(Text::tr("\"%1\" is not a date written YYYY-MM-DD").arg(text));
    return (endOfDay ? day.addDays(1) : day).startOfDay().toMSecsSinceEpoch();
}

int showAudit(const QCommandLineParser &args, const QStringList &, CliContext &ctx)
{
    AuditFilter filter;
    filter.operatorLogin = args.value(u"operator"_s);
    filter.action = args.value(u"action"_s);
    filter.object = args.value(u"object"_s);
    if (args.isSet(u"limit"_s)) {
        bool ok = false;
        filter.limit = args.value(u"limit"_s).toInt(&ok);
        if (!ok || filter.limit <= 0)
            return ctx.usageError(Text::tr("--limit takes a positive number"));
    }
    for (const auto &[option, endOfDay, target] :
         {std::tuple{u"since"_s, false, &filter.from}, std::tuple{u"until"_s, true, &filter.to}}) {
        if (!args.isSet(option))
            continue;
        auto ms = parseDay(args.value(option), endOfDay);
        if (!ms)
            return ctx.usageError(ms.error().message);
        *target = *ms;
    }
    auto session = ctx.login();
    if (!session)
        return ctx.failWith(session.error().message);
    auto records = AuditTrail(*session->instance, session->principal.operatorId).find(filter);
    if (!records)
        return ctx.failWith(records.error().message);
    for (const AuditRecord &r : *records) {
        QString line = u"%1  %2  %3  %4 %5"_s.arg(when(r.at), r.entry.operatorLogin, r.entry.action, r.entry.objectType,
                                                  r.entry.object);
        if (!r.entry.before.isEmpty() || !r.entry.after.isEmpty())
            line += u"  [%1 → %2]"_s.arg(r.entry.before.left(80).simplified(), r.entry.after.left(80).simplified());
        ctx.out() << line << '\n';
    }
    ctx.out().flush();
    return Success;
}

} // namespace

QList<Command> operatorCommands()
{
    return {
        {{u"operators"_s, u"list"_s},
         Text::tr("List operators, their groups and rights (administrators)"),
         {},
         {},
         listOperators},
        {{u"operators"_s, u"add"_s},
         Text::tr("Add an operator (administrators)"),
         u"LOGIN"_s,
         [](QCommandLineParser &p) {
             p.addOption({u"name"_s, Text::tr("Full name."), Text::tr("name")});
             p.addOption({u"group"_s,
                          Text::tr("Group to join (repeatable): admin, workflowExecution, workflowSupervisors."),
                          Text::tr("group")});
             addPasswordOptions(p, Text::tr("new operator's"));
         },
         addOperator},
        {{u"operators"_s, u"passwd"_s},
         Text::tr("Change your password, or reset another operator's (administrators)"),
         u"[LOGIN]"_s,
         [](QCommandLineParser &p) { addPasswordOptions(p, Text::tr("new")); },
         changePassword},
        administer(
            u"grant"_s, Text::tr("Grant a right, or membership of @group (administrators)"), true,
            [](OperatorAdmin &a, const QStringList &x) { return a.grant(x[0], x[1]); },
            QT_TRANSLATE_NOOP("nightshift::cli", "Granted: %1.")),
        administer(
            u"revoke"_s, Text::tr("Revoke a right, or membership of @group (administrators)"), true,
            [](OperatorAdmin &a, const QStringList &x) { return a.revoke(x[0], x[1]); },
            QT_TRANSLATE_NOOP("nightshift::cli", "Revoked: %1.")),
        administer(
            u"disable"_s, Text::tr("Disable an operator (administrators)"), false,
            [](OperatorAdmin &a, const QStringList &x) { return a.setDisabled(x[0], true); },
            QT_TRANSLATE_NOOP("nightshift::cli", "Disabled operator %1.")),
        administer(
            u"enable"_s, Text::tr("Enable an operator (administrators)"), false,
            [](OperatorAdmin &a, const QStringList &x) { return a.setDisabled(x[0], false); },
            QT_TRANSLATE_NOOP("nightshift::cli", "Enabled operator %1.")),
        administer(
            u"delete"_s, Text::tr("Delete an operator (administrators)"), false,
            [](OperatorAdmin &a, const QStringList &x) { return a.remove(x[0]); },
            QT_TRANSLATE_NOOP("nightshift::cli", "Deleted operator %1.")),
        {{u"audit"_s},
         Text::tr("Read the audit trail, newest first (administrators)"),
         {},
         [](QCommandLineParser &p) {
             p.addOption({u"operator"_s, Text::tr("Only this operator's actions."), Text::tr("login")});
             p.addOption({u"action"_s, Text::tr("Only this action (e.g. workflow.start), or a prefix ending in \".\"."),
                          Text::tr("action")});
             p.addOption({u"object"_s, Text::tr("Only objects whose name contains this text."), Text::tr("text")});
             p.addOption({u"since"_s, Text::tr("From this day on (YYYY-MM-DD)."), Text::tr("date")});
             p.addOption({u"until"_s, Text::tr("Up to this day, included (YYYY-MM-DD)."), Text::tr("date")});
             p.addOption({u"limit"_s, Text::tr("At most this many entries (default 1000)."), Text::tr("count")});
         },
         showAudit},
    };
}

} // namespace nightshift::cli
