#pragma once

#include "store/instancelocation.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace nightshift {

// Secrets in the platform keyring (the Secret Service on Linux), through QtKeychain's asynchronous jobs,
// under the service "Nightshift". Every call returns at once; `done` runs later on the caller's thread, and
// only while `context` lives, so a window closed meanwhile simply drops the answer. Nothing here ever
// blocks or spins an event loop, and nothing ever falls back to a plain file or QSettings: without a
// keyring the answer is NoKeyring and the caller asks for the password instead.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::SecretStore)

public:
    static constexpr auto Service = "Nightshift";

    enum class Outcome {
        Done, // written, deleted, or read (the secret is in Reply::secret)
        NotFound, // nothing stored under that key
        NoKeyring, // no session bus, or no Secret Service on it (or it cannot be reached)
        Failed, // the keyring answered but refused (locked, access denied …); see Reply::message
    };

    struct Reply
    {
        Outcome outcome = Outcome::Failed;
        QString secret; // read only
        QString message; // the keyring's own words, for Failed and NoKeyring; empty otherwise
    };
    using Callback = std::function<void(const Reply &)>;

    // The key of an operator's password on an instance, and of a PostgreSQL instance's database password.
    // Both use InstanceLocation::displayName() (an absolute path or a URL without its password), so the
    // console and nightshiftctl find each other's secrets.
    static QString operatorKey(const InstanceLocation &location, const QString &login);
    static QString databaseKey(const InstanceLocation &location);

    static void read(const QString &key, const QObject *context, Callback done);
    static void write(const QString &key, const QString &secret, const QObject *context, Callback done);
    static void remove(const QString &key, const QObject *context, Callback done); // no entry is Done too

    // What to tell an operator when there is no keyring; the same sentence in the console and the CLI.
    static QString noKeyringMessage();
};

} // namespace nightshift
