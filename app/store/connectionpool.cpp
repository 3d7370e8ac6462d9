#include "connectionpool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QThreadStorage>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "nightshift.store", QtWarningMsg)

namespace nightshift {

std::atomic<int> ConnectionPool::s_poolCount{0};

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::ConnectionPool)
};

// The connections a thread has opened, removed when the thread ends. QThreadStorage deletes its data while
// the ending thread finishes, before QThread::wait() returns, so a waiter sees the connections gone.
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }
};

QStringList &threadConnections()
{
    static QThreadStorage<ThreadConnections *> storage;
    if (!storage.hasLocalData())
        storage.setLocalData(new ThreadConnections);
    return storage.localData()->names;
}

QString connectionName(const QString &prefix)
{
    return prefix + u"-t"_s + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
}

} // namespace

ConnectionPool::ConnectionPool(InstanceLocation location)
    : m_location(std::move(location)), m_prefix(u"nightshift-pool%1"_s.arg(s_poolCount.fetch_add(1)))
{ }

ConnectionPool::~ConnectionPool()
{
    // Other threads' connections go when those threads end; this thread's goes now.
    const QString name = connectionName(m_prefix);
    if (threadConnections().removeOne(name))
        QSqlDatabase::removeDatabase(name);
}

Result<QSqlDatabase> ConnectionPool::database()
{
    const QString name = connectionName(m_prefix);
    if (threadConnections().contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        threadConnections().removeOne(name);
        db = {};
        QSqlDatabase::removeDatabase(name);
    }
    Result<QSqlDatabase> db = openConnection(name);
    if (db)
        threadConnections() << name;
    else
        QSqlDatabase::removeDatabase(name);
    return db;
}

Result<QSqlDatabase> ConnectionPool::openConnection(const QString &name)
{
    const bool sqlite = m_location.dialect == Dialect::Sqlite;
    const QString driver = sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
    if (!QSqlDatabase::isDriverAvailable(driver))
        return fail(Text::tr("the Qt %1 driver is not installed (Debian package %2)")
                        .arg(driver, sqlite ? u"libqt6sql6-sqlite"_s : u"libqt6sql6-psql"_s));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    if (sqlite) {
        if (!QDir().mkpath(QFileInfo(m_location.path).absolutePath()))
            return fail(Text::tr("cannot create the folder of %1").arg(m_location.path));
        db.setDatabaseName(m_location.path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    } else {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setDatabaseName(m_location.database);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setConnectOptions(u"connect_timeout=10;application_name=nightshift"_s);
    }
    if (!db.open()) {
        QString message = Text::tr("cannot open instance %1: %2").arg(m_location.displayName(), db.lastError().text());
        if (!sqlite && m_location.password.isEmpty())
            message += u' ' + Text::tr("(no password was given: set NIGHTSHIFT_PGPASSWORD or put it in the URL)");
        return fail(message);
    }

    const QStringList setup = sqlite
        ? QStringList{u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s, u"PRAGMA synchronous=NORMAL"_s}
        : QStringList{u"SET TIME ZONE 'UTC'"_s};
    for (const QString &statement : setup) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return fail(Text::tr("cannot configure the connection to %1 (%2): %3")
                            .arg(m_location.displayName(), statement, query.lastError().text()));
    }
    qCDebug(lcStore) << "opened" << name << "on" << m_location.displayName();
    return db;
}

} // namespace nightshift
