#include "rememberedpasswords.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace nightshift {

RememberedPasswords::RememberedPasswords(QObject *parent) : QObject(parent)
{ }

void RememberedPasswords::lookUp(const InstanceLocation &location, const QString &login)
{
    const quint64 generation = ++m_lookup;
    SecretStore::read(SecretStore::operatorKey(location, login), this,
                      [this, generation, location](const SecretStore::Reply &reply) {
                          operatorPasswordRead(generation, location, reply);
                      });
}

void RememberedPasswords::cancelLookUp()
{
    ++m_lookup;
}

void RememberedPasswords::operatorPasswordRead(quint64 generation, const InstanceLocation &location,
                                               const SecretStore::Reply &reply)
{
    noteKeyring(reply);
    if (generation != m_lookup)
        return; // the selection changed meanwhile
    const QString password = reply.outcome == SecretStore::Outcome::Done ? reply.secret : QString();
    if (location.dialect != Dialect::Postgres || reply.outcome == SecretStore::Outcome::NoKeyring) {
        Q_EMIT found(password, {});
        return;
    }
    // Chained, not nested: the database password is asked for once the first answer is in.
    SecretStore::read(
        SecretStore::databaseKey(location), this, [this, generation, password](const SecretStore::Reply &database) {
            noteKeyring(database);
            if (generation == m_lookup)
                Q_EMIT found(password, database.outcome == SecretStore::Outcome::Done ? database.secret : QString());
        });
}

void RememberedPasswords::noteKeyring(const SecretStore::Reply &reply)
{
    if (reply.outcome == SecretStore::Outcome::NoKeyring)
        Q_EMIT keyringAnswered(false);
    else if (reply.outcome != SecretStore::Outcome::Failed) // a refusal says nothing about there being one
        Q_EMIT keyringAnswered(true);
}

void RememberedPasswords::store(const InstanceLocation &location, const QString &login, const QString &password,
                                const QString &databasePassword)
{
    QList<Step> steps{{SecretStore::operatorKey(location, login), password}};
    if (location.dialect == Dialect::Postgres && !databasePassword.isEmpty())
        steps << Step{SecretStore::databaseKey(location), databasePassword};
    run(steps);
}

void RememberedPasswords::forget(const InstanceLocation &location, const QString &login)
{
    QList<Step> steps{{SecretStore::operatorKey(location, login), {}}};
    if (location.dialect == Dialect::Postgres)
        steps << Step{SecretStore::databaseKey(location), {}};
    run(steps);
}

void RememberedPasswords::run(QList<Step> steps)
{
    m_steps = std::move(steps);
    m_notice.clear();
    nextStep();
}

void RememberedPasswords::nextStep()
{
    if (m_steps.isEmpty()) {
        Q_EMIT updated(m_notice);
        return;
    }
    const Step step = m_steps.takeFirst();
    const quint64 generation = ++m_step;
    const bool forgetting = step.secret.isEmpty();
    auto next = [this, forgetting, generation](const SecretStore::Reply &reply) {
        if (generation != m_step)
            return; // given up on already
        ++m_step;
        noteKeyring(reply);
        if (reply.outcome != SecretStore::Outcome::Done) {
            m_notice = reply.outcome == SecretStore::Outcome::NoKeyring
                ? SecretStore::noKeyringMessage()
                : (forgetting ? tr("The keyring could not forget the password: %1")
                              : tr("The keyring could not remember the password: %1"))
                      .arg(reply.message);
            m_steps.clear(); // the rest would fail the same way
        }
        nextStep();
    };
    QTimer::singleShot(m_stepTimeout, this, [this, generation] {
        if (generation != m_step)
            return;
        ++m_step;
        m_notice = tr("The keyring did not answer: the password was neither remembered nor forgotten.");
        m_steps.clear();
        Q_EMIT updated(m_notice);
    });
    if (forgetting)
        SecretStore::remove(step.key, this, next);
    else
        SecretStore::write(step.key, step.secret, this, next);
}

} // namespace nightshift
