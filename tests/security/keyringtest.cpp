#include "keyringtest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace nightshift::testing {

QString expectedKeyring()
{
    return qEnvironmentVariable("NIGHTSHIFT_TEST_KEYRING");
}

SecretStore::Reply awaitReply(const std::function<void(const QObject *, SecretStore::Callback)> &call, int timeoutMs)
{
    QObject context; // destroyed on return: a late answer is dropped, never written through a dangling capture
    std::optional<SecretStore::Reply> reply;
    call(&context, [&reply](const SecretStore::Reply &r) { reply = r; });
    if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, timeoutMs))
        return {SecretStore::Outcome::Failed, {}, u"timed out"_s};
    return *reply;
}

QStringList filesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << QDir(folder).relativeFilePath(file.fileName());
    }
    return found;
}

} // namespace nightshift::testing
