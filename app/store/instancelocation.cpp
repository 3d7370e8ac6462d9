#include "instancelocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::InstanceLocation)
};
} // namespace

Result<InstanceLocation> InstanceLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(Text::tr("no instance given: pass a SQLite file path or a postgresql:// URL"));

    if (trimmed.startsWith(u"postgresql://"_s) || trimmed.startsWith(u"postgres://"_s)) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return fail(Text::tr("\"%1\" is not a valid PostgreSQL URL; write postgresql://user@host:5432/database")
                            .arg(QUrl(trimmed).toDisplayString(QUrl::RemovePassword)));
        InstanceLocation location;
        location.dialect = Dialect::Postgres;
        location.host = url.host();
        location.port = url.port(5432);
        location.database = url.path().mid(1);
        location.user = url.userName();
        location.password = url.password();
        if (location.database.isEmpty() || location.database.contains(u'/'))
            return fail(Text::tr("the PostgreSQL URL names no database; write postgresql://user@host:5432/database"));
        if (location.user.isEmpty())
            location.user = qEnvironmentVariable("USER", u"postgres"_s);
        if (location.password.isEmpty())
            location.password = qEnvironmentVariable("NIGHTSHIFT_PGPASSWORD");
        return location;
    }

    QString path = trimmed.startsWith(u"sqlite:"_s) ? trimmed.mid(7) : trimmed;
    if (path.startsWith(u"~/"_s))
        path = QDir::homePath() + path.mid(1);
    if (path.contains(u"://"_s))
        return fail(Text::tr("\"%1\" is neither a file path nor a postgresql:// URL").arg(trimmed));
    InstanceLocation location;
    location.path = QFileInfo(path).absoluteFilePath();
    return location;
}

QString InstanceLocation::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/nightshift/default.sqlite"_s;
}

InstanceLocation InstanceLocation::defaultSqlite()
{
    InstanceLocation location;
    location.path = defaultSqlitePath();
    return location;
}

QString InstanceLocation::displayName() const
{
    if (dialect == Dialect::Sqlite)
        return path;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

} // namespace nightshift
