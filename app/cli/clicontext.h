#pragma once

#include "security/secretstore.h"
#include "store/instance.h"

#include "core/rights.h"
#include "core/workflowcatalog.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <functional>
#include <memory>

namespace nightshift::cli {

// An open instance and the operator logged in to it for this command.
struct Session
{
    std::shared_ptr<Instance> instance;
    Principal principal;
};

// Exit codes, following sysexits-style Unix habits: 0 success, 1 failure, 2 wrong usage.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// What a command needs from the outside: streams, the instance, the catalog, and who is acting.
class CliContext
{
public:
    CliContext();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    void setInstanceOption(const QString &text) { m_instanceText = text; }
    void setLoginOption(const QString &login) { m_login = login; }
    // The instance named by --instance, NIGHTSHIFT_INSTANCE, or the default SQLite file.
    Result<InstanceLocation> location() const;
    // A PostgreSQL URL without a password (and no NIGHTSHIFT_PGPASSWORD) takes the one "login --remember"
    // stored in the keyring, if any.
    Result<std::shared_ptr<Instance>> openInstance(Instance::OpenMode mode = Instance::OpenMode::MustExist);

    // Opens the instance and logs in, as the console does: the login from --login or NIGHTSHIFT_LOGIN; the
    // password from NIGHTSHIFT_PASSWORD, else the keyring (stored by "login --remember"), else asked on the
    // terminal (echo off).
    Result<Session> login();
    QString loginName() const; // --login, else NIGHTSHIFT_LOGIN; empty when neither is given
    const QString &loginPassword() const { return m_loginPassword; } // kept in memory for "operators passwd"
    bool passwordFromKeyring() const { return m_passwordFromKeyring; } // whether login() found it there

    // Runs one keyring call and waits for its answer. nightshiftctl has no event loop of its own (a command
    // runs straight from main()), so this QEventLoop is the process's top-level loop while it waits, not a
    // loop nested inside a GUI's. Gives up after two minutes (a keyring waiting for an unlock nobody types).
    SecretStore::Reply keyring(const std::function<void(const QObject *, SecretStore::Callback)> &call);

    // The built-in catalog; a broken catalog is a build defect, reported and fatal for the command.
    const WorkflowCatalog *catalog();

    // Who is recorded in the audit trail until operators log in to the CLI (security issue).
    QString operatorLogin() const;

    int failWith(const QString &message); // prints "nightshiftctl: message" and returns Failure
    int failWith(const Errors &errors);
    int usageError(const QString &message); // like failWith, for wrong usage (exit code 2)

private:
    QTextStream m_out;
    QTextStream m_err;
    QString m_instanceText;
    QString m_login;
    QString m_loginPassword;
    bool m_passwordFromKeyring = false;
    std::optional<WorkflowCatalog> m_catalog;
};

struct Command
{
    QStringList words; // e.g. {"packages", "install"}
    QString summary; // one line for the command list
    QString arguments; // positional syntax for --help, e.g. "ID..."
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(const QCommandLineParser &, const QStringList &arguments, CliContext &)> run;
};

QList<Command> initCommands();
QList<Command> packageCommands();
QList<Command> workflowCommands();
QList<Command> operatorCommands();
QList<Command> controlCommands();
QList<Command> loginCommands();
QList<Command> scheduleCommands();
QList<Command> monitorCommands();
QList<Command> demoCommands();

} // namespace nightshift::cli
