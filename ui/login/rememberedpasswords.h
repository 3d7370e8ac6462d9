#pragma once

#include "security/secretstore.h"

#include <QObject>

#include <chrono>

namespace nightshift {

// The passwords the keyring remembers for the login window: looks them up for an instance and login, and
// after a successful login stores or removes them. Everything goes through SecretStore's asynchronous jobs,
// chained one after the other (never a nested event loop). Only the latest lookup reports, and nothing does
// once this object (a child of the window) is gone.
class RememberedPasswords : public QObject
{
    Q_OBJECT
public:
    explicit RememberedPasswords(QObject *parent = nullptr);

    // How long store() or forget() waits for each answer before giving up (a keyring asking to be unlocked
    // while nobody looks): the login then goes on, with a notice.
    void setStepTimeout(std::chrono::milliseconds timeout) { m_stepTimeout = timeout; }

    // Reports found() when the keyring has answered; for a PostgreSQL instance the database password is
    // looked up too. With an empty login the lookup finds nothing, but still tells whether there is a keyring.
    void lookUp(const InstanceLocation &location, const QString &login);
    void cancelLookUp(); // an answer still to come is ignored
    // Store the operator's password (and a PostgreSQL database password, when not empty), or remove both;
    // updated() reports the end.
    void store(const InstanceLocation &location, const QString &login, const QString &password,
               const QString &databasePassword);
    void forget(const InstanceLocation &location, const QString &login);

Q_SIGNALS:
    void keyringAnswered(bool available); // after every answer that tells whether there is a keyring
    void found(const QString &password, const QString &databasePassword); // empty: nothing remembered
    void updated(const QString &notice); // empty when the keyring did everything asked

private:
    struct Step
    {
        QString key;
        QString secret; // empty: remove the key
    };
    void operatorPasswordRead(quint64 generation, const InstanceLocation &location, const SecretStore::Reply &reply);
    void noteKeyring(const SecretStore::Reply &reply);
    void run(QList<Step> steps);
    void nextStep();

    quint64 m_lookup = 0; // generation of the latest lookup
    quint64 m_step = 0; // generation of the step waited for; a later answer to an abandoned one is ignored
    std::chrono::milliseconds m_stepTimeout = std::chrono::seconds(30);
    QList<Step> m_steps; // what store() or forget() still has to do, in order
    QString m_notice;
};

} // namespace nightshift
