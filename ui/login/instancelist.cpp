#include "instancelist.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::InstanceList)
};

const QString instancesKey = u"instances"_s;
const QString lastInstanceKey = u"login/lastInstance"_s;
const QString lastLoginKey = u"login/lastLogin"_s;

} // namespace

KnownInstance InstanceList::defaultInstance()
{
    return {Text::tr("Default instance"), InstanceLocation::defaultSqlitePath()};
}

QList<KnownInstance> InstanceList::load()
{
    QList<KnownInstance> instances{defaultInstance()};
    QSettings settings;
    const int size = settings.beginReadArray(instancesKey);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        KnownInstance instance{settings.value(u"name"_s).toString(), settings.value(u"location"_s).toString()};
        // A hand-edited entry may hold a password in its URL: it is dropped, as describe() would.
        auto parsed = InstanceLocation::parse(instance.location);
        if (!parsed)
            continue;
        if (!parsed->password.isEmpty() || instance.name.isEmpty())
            instance = {instance.name.isEmpty() ? describe(*parsed).name : instance.name, parsed->displayName()};
        if (!instances.contains(instance))
            instances << instance;
    }
    settings.endArray();
    return instances;
}

void InstanceList::save(const QList<KnownInstance> &instances)
{
    QSettings settings;
    settings.remove(instancesKey);
    settings.beginWriteArray(instancesKey);
    int index = 0;
    for (const KnownInstance &instance : instances) {
        if (instance == defaultInstance())
            continue;
        settings.setArrayIndex(index++);
        settings.setValue(u"name"_s, instance.name);
        settings.setValue(u"location"_s, instance.location);
    }
    settings.endArray();
}

KnownInstance InstanceList::describe(const InstanceLocation &location)
{
    if (location.dialect == Dialect::Sqlite)
        return {QFileInfo(location.path).completeBaseName(), location.path};
    return {u"%1@%2"_s.arg(location.database, location.host), location.displayName()};
}

QString InstanceList::lastInstance()
{
    return QSettings().value(lastInstanceKey).toString();
}

QString InstanceList::lastLogin()
{
    return QSettings().value(lastLoginKey).toString();
}

void InstanceList::setLast(const QString &location, const QString &login)
{
    QSettings settings;
    settings.setValue(lastInstanceKey, location);
    settings.setValue(lastLoginKey, login);
}

} // namespace nightshift
