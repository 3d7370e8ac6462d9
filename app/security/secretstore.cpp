#include "secretstore.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

Q_LOGGING_CATEGORY(lcKeyring, "nightshift.security.keyring", QtWarningMsg)

// Without a session bus, GDBus would "autolaunch" one (dbus-launch, when there is an X display), which would
// D-Bus-activate a keyring daemon whose keyring nobody can unlock: a job that never ends, and processes left
// behind. So no session bus means no keyring, answered at once.
bool sessionBusMissing()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return false;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR"); // where systemd puts the user's bus
    return runtime.isEmpty() || !QFileInfo::exists(runtime + u"/bus"_s);
#else
    return false;
#endif
}

// Answers NoKeyring later, as a job would: a callback never runs inside the call that asked.
bool answeredWithoutBus(const QObject *context, SecretStore::Callback &done)
{
    if (!sessionBusMissing())
        return false;
    QTimer::singleShot(0, context, [done = std::move(done)] {
        done({SecretStore::Outcome::NoKeyring, {}, SecretStore::tr("there is no D-Bus session bus")});
    });
    return true;
}

template<typename JobType>
JobType *newJob(const QString &key)
{
    auto *job = new JobType(QString::fromLatin1(SecretStore::Service));
    job->setAutoDelete(true); // the job deletes itself once it has reported
    job->setInsecureFallback(false); // never a plain-text copy in QSettings when the keyring is missing
    job->setKey(key);
    return job;
}

SecretStore::Reply replyOf(const QKeychain::Job &job)
{
    using Outcome = SecretStore::Outcome;
    switch (job.error()) {
    case QKeychain::NoError:
        return {Outcome::Done, {}, {}};
    case QKeychain::EntryNotFound:
        return {Outcome::NotFound, {}, {}};
    // With the libsecret backend, a missing session bus or Secret Service is OtherError: whatever the
    // cause, the keyring cannot be used, and the caller must ask for the password instead.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return {Outcome::NoKeyring, {}, job.errorString()};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        break;
    }
    return {Outcome::Failed, {}, job.errorString()};
}

enum class Action { Read, Write, Delete };

const char *name(Action action)
{
    return action == Action::Read ? "read" : action == Action::Write ? "write" : "delete";
}

void start(QKeychain::Job *job, Action action, const QObject *context, SecretStore::Callback done)
{
    // Bound to `context`: if it is gone when the job finishes, the answer is dropped with the connection.
    QObject::connect(
        job, &QKeychain::Job::finished, context, [done = std::move(done), action](QKeychain::Job *finished) {
            SecretStore::Reply reply = replyOf(*finished);
            if (action == Action::Read && reply.outcome == SecretStore::Outcome::Done)
                reply.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            if (action == Action::Delete && reply.outcome == SecretStore::Outcome::NotFound)
                reply.outcome = SecretStore::Outcome::Done; // forgetting what was never stored is no failure
            if (!reply.message.isEmpty()) // the keyring's words and the key, never the secret
                qCInfo(lcKeyring) << name(action) << finished->key() << "failed:" << int(finished->error())
                                  << reply.message;
            done(reply);
        });
    job->start();
}

} // namespace

QString SecretStore::operatorKey(const InstanceLocation &location, const QString &login)
{
    // The login is percent-encoded so that "@" separates it from the instance without ambiguity.
    return u"operator:%1@%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(login)), location.displayName());
}

QString SecretStore::databaseKey(const InstanceLocation &location)
{
    return u"database:"_s + location.displayName();
}

void SecretStore::read(const QString &key, const QObject *context, Callback done)
{
    if (answeredWithoutBus(context, done))
        return;
    start(newJob<QKeychain::ReadPasswordJob>(key), Action::Read, context, std::move(done));
}

void SecretStore::write(const QString &key, const QString &secret, const QObject *context, Callback done)
{
    if (answeredWithoutBus(context, done))
        return;
    auto *job = newJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(secret);
    start(job, Action::Write, context, std::move(done));
}

void SecretStore::remove(const QString &key, const QObject *context, Callback done)
{
    if (answeredWithoutBus(context, done))
        return;
    start(newJob<QKeychain::DeletePasswordJob>(key), Action::Delete, context, std::move(done));
}

QString SecretStore::noKeyringMessage()
{
    return tr("No keyring is available on this system: the password will be asked each time.");
}

} // namespace nightshift
