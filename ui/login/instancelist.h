#pragma once

#include "store/instancelocation.h"

#include <QList>
#include <QString>

namespace nightshift {

// An instance the login window offers: a name for people and where it is. `location` is a SQLite path or a
// PostgreSQL URL without its password: never a secret.
struct KnownInstance
{
    QString name;
    QString location;

    bool operator==(const KnownInstance &) const = default;
};

// The instances configured in the settings ("instances" array), with the default SQLite instance always
// first, and the instance and login used last. Passwords never come here: they live in the keyring.
class InstanceList
{
public:
    static KnownInstance defaultInstance();
    static QList<KnownInstance> load(); // the default one, then the configured ones
    static void save(const QList<KnownInstance> &instances); // the default one is never written

    // A name and a location safe to store for `location` (the password is dropped).
    static KnownInstance describe(const InstanceLocation &location);

    static QString lastInstance(); // a location, or empty
    static QString lastLogin();
    static void setLast(const QString &location, const QString &login);
};

} // namespace nightshift
