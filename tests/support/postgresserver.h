#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace nightshift::testing {

// A throwaway PostgreSQL 15 cluster for tests: initdb into a private temp directory, start on a
// free 127.0.0.1 port with password (SCRAM) authentication, and on destruction stop it and
// delete every file. When the process runs as root the server runs as the `postgres` user,
// because initdb/postgres refuse to run as root.
//
// Not thread-safe; use from one thread. Connections returned by connect() belong to the caller,
// who must close them and call QSqlDatabase::removeDatabase() before the server is destroyed.
class PostgresServer {
public:
    PostgresServer();
    ~PostgresServer(); // stops the server and removes the cluster directory

    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Initialises and starts the cluster. Returns true at once if already running. On failure
    // *error (if given) explains why and includes the tail of the server log.
    bool start(QString *error);
    bool isRunning() const;

    QString host() const; // always "127.0.0.1"
    int port() const;     // 0 until started
    QString user() const; // superuser name
    QString password() const;

    // Creates a fresh empty database named from `prefix` plus a unique suffix, and returns its
    // name; returns an empty string and sets *error on failure.
    QString createDatabase(const QString &prefix, QString *error);

    // Opens a QPSQL connection to `database` registered under `connectionName`. The returned
    // handle may be closed: check isOpen()/lastError().
    QSqlDatabase connect(const QString &database, const QString &connectionName) const;

    // True when the PostgreSQL 15 binaries, the QPSQL driver and (as root) the postgres user and
    // runuser are available; otherwise *why (if given) says what is missing. Use it to QSKIP.
    static bool serverBinariesAvailable(QString *why);

private:
    bool startOnce(QString *error);
    bool initCluster(QString *error);
    bool launch(int port, QString *error, bool *portInUse);
    void stop();
    QString logTail(int maxLines = 40) const;
    QString dataDir() const;

    std::unique_ptr<QTemporaryDir> m_baseDir;
    QString m_user;
    QString m_password;
    int m_port = 0;
    bool m_running = false;
    int m_databaseCounter = 0;
};

} // namespace nightshift::testing
