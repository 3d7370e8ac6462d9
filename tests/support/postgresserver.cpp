#include "postgresserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <iterator>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace nightshift::testing {

namespace {

const QString kBinDir = u"/usr/lib/postgresql/15/bin"_s;
const QString kSuperUser = u"nightshift_test"_s;
const QString kServiceUser = u"postgres"_s;
constexpr int kStartAttempts = 5;
constexpr int kInitdbTimeoutMs = 180'000;
constexpr int kPgCtlTimeoutMs = 90'000; // pg_ctl itself waits at most 30 s (-t 30)

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

QString binary(const QString &name)
{
    return kBinDir + u'/' + name;
}

QString runuserPath()
{
    // PATH of a test runner may not contain the sbin directories.
    QString found = QStandardPaths::findExecutable(u"runuser"_s);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(u"runuser"_s, {u"/usr/sbin"_s, u"/sbin"_s});
    return found;
}

struct ProcessResult {
    bool ok = false;
    QString output; // stdout and stderr merged
};

// Runs a server tool, as the postgres user when we are root (the tools refuse to run as root).
// Arguments go straight to exec: nothing is interpreted by a shell.
ProcessResult runTool(const QString &tool, const QStringList &arguments, const QString &workingDir,
                      int timeoutMs)
{
    QString program = binary(tool);
    QStringList args = arguments;
    if (runningAsRoot()) {
        args = QStringList{u"-u"_s, kServiceUser, u"--"_s, program} + arguments;
        program = runuserPath();
    }

    // Inherited PG* variables (PGDATA, PGPORT, PGOPTIONS...) would change what the tools do.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(u"PG"_s))
            env.remove(key);
    }

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingDir); // postgres cannot chdir into root's cwd/home
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, args);

    ProcessResult result;
    if (!process.waitForStarted(30'000)) {
        result.output = u"could not run %1: %2"_s.arg(program, process.errorString());
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5'000);
        result.output = QString::fromLocal8Bit(process.readAll())
            + u"\n%1 timed out after %2 ms"_s.arg(tool).arg(timeoutMs);
        return result;
    }
    result.output = QString::fromLocal8Bit(process.readAll());
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!result.ok)
        result.output += u"\n%1 exited with code %2"_s.arg(tool).arg(process.exitCode());
    return result;
}

// Hands a path we created to the postgres user so the server can use it.
bool giveToServiceUser(const QString &path, QString *error)
{
    if (!runningAsRoot())
        return true;
    const passwd *pw = ::getpwnam("postgres");
    if (!pw) {
        setError(error, u"system user 'postgres' does not exist"_s);
        return false;
    }
    if (::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0) {
        setError(error, u"chown %1 to postgres failed: %2"_s.arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    return true;
}

QString randomToken(int length)
{
    static constexpr char16_t alphabet[] = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    constexpr int alphabetSize = int(std::size(alphabet)) - 1;
    QString token;
    token.reserve(length);
    for (int i = 0; i < length; ++i)
        token.append(QChar(alphabet[QRandomGenerator::system()->bounded(alphabetSize)]));
    return token;
}

// Asks the kernel for a currently free port. Another process may grab it before postgres binds,
// which is why start() retries on "address in use".
int freeLocalPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

const QString kDirPrefix = u"nightshift-pg-"_s;
const QString kOwnerFile = u"owner.pid"_s;

QString tempRoot()
{
    // As root use /tmp: $TMPDIR may sit under a directory the postgres user cannot traverse.
    // The short path also keeps the unix socket path under its 107-byte limit.
    return runningAsRoot() ? u"/tmp"_s : QDir::tempPath();
}

// Stops the cluster in baseDir/data if its postmaster is alive. Immediate mode: no shutdown
// checkpoint, the data is thrown away anyway.
void stopCluster(const QString &baseDir)
{
    const QString dataDir = baseDir + u"/data"_s;
    const QString pidFile = dataDir + u"/postmaster.pid"_s;
    if (!QFileInfo::exists(pidFile))
        return;
    runTool(u"pg_ctl"_s, {u"-D"_s, dataDir, u"-m"_s, u"immediate"_s, u"-w"_s, u"-t"_s, u"30"_s, u"stop"_s},
            baseDir, kPgCtlTimeoutMs);

    // If pg_ctl could not stop it, kill the postmaster; its children exit on postmaster death.
    QFile pid(pidFile);
    if (pid.open(QIODevice::ReadOnly)) {
        bool ok = false;
        const qint64 postmaster = pid.readLine().trimmed().toLongLong(&ok);
        if (ok && postmaster > 0 && ::kill(pid_t(postmaster), SIGKILL) == 0) {
            for (int i = 0; i < 50 && ::kill(pid_t(postmaster), 0) == 0; ++i)
                ::usleep(100'000);
        }
    }
}

bool processAlive(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

// A test process that crashed (or was killed) never ran ~PostgresServer, leaving a live server
// and its files behind. Clusters whose owning process is gone are stopped and deleted here.
void reapStaleClusters()
{
    const QDir root(tempRoot());
    const QStringList dirs = root.entryList({kDirPrefix + u'*'}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : dirs) {
        const QString baseDir = root.filePath(name);
        QFile owner(baseDir + u'/' + kOwnerFile);
        if (!owner.open(QIODevice::ReadOnly))
            continue; // still being set up, or not ours to judge
        bool ok = false;
        const qint64 ownerPid = owner.readAll().trimmed().toLongLong(&ok);
        owner.close();
        if (!ok || ownerPid <= 0 || processAlive(ownerPid))
            continue;
        stopCluster(baseDir);
        QDir(baseDir).removeRecursively();
    }
}

} // namespace

PostgresServer::PostgresServer()
    : m_user(kSuperUser)
{
}

PostgresServer::~PostgresServer()
{
    stop();
    m_baseDir.reset(); // QTemporaryDir removes the cluster files
}

bool PostgresServer::isRunning() const
{
    return m_running;
}

QString PostgresServer::host() const
{
    return u"127.0.0.1"_s;
}

int PostgresServer::port() const
{
    return m_port;
}

QString PostgresServer::user() const
{
    return m_user;
}

QString PostgresServer::password() const
{
    return m_password;
}

QString PostgresServer::dataDir() const
{
    return m_baseDir ? m_baseDir->filePath(u"data"_s) : QString();
}

bool PostgresServer::serverBinariesAvailable(QString *why)
{
    for (const QString &tool : {u"initdb"_s, u"pg_ctl"_s, u"postgres"_s}) {
        const QFileInfo info(binary(tool));
        if (!info.isFile() || !info.isExecutable()) {
            setError(why, u"%1 not found (install postgresql-15)"_s.arg(info.filePath()));
            return false;
        }
    }
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        setError(why, u"Qt QPSQL driver not available (install libqt6sql6-psql)"_s);
        return false;
    }
    if (runningAsRoot()) {
        if (!::getpwnam("postgres")) {
            setError(why, u"running as root but system user 'postgres' does not exist"_s);
            return false;
        }
        if (runuserPath().isEmpty()) {
            setError(why, u"running as root but runuser is not available"_s);
            return false;
        }
    }
    return true;
}

bool PostgresServer::start(QString *error)
{
    if (m_running)
        return true;
    if (!serverBinariesAvailable(error))
        return false;

    // A previous failed start may have left a half-made cluster.
    stop();
    m_baseDir.reset();

    const bool ok = startOnce(error);
    if (!ok) {
        stop();
        m_baseDir.reset();
        m_port = 0;
    }
    return ok;
}

bool PostgresServer::startOnce(QString *error)
{
    reapStaleClusters();

    m_baseDir = std::make_unique<QTemporaryDir>(tempRoot() + u'/' + kDirPrefix + u"XXXXXX"_s);
    if (!m_baseDir->isValid()) {
        setError(error, u"cannot create temporary directory: %1"_s.arg(m_baseDir->errorString()));
        return false;
    }
    // Lets a later run recognise this cluster as abandoned if we die without cleaning up.
    {
        QFile owner(m_baseDir->filePath(kOwnerFile));
        if (!owner.open(QIODevice::WriteOnly)) {
            setError(error, u"cannot write %1: %2"_s.arg(owner.fileName(), owner.errorString()));
            return false;
        }
        owner.write(QByteArray::number(qint64(::getpid())));
    }
    // QTemporaryDir creates it 0700; owned by postgres it is private to the server (and root).
    if (!giveToServiceUser(m_baseDir->path(), error))
        return false;

    if (!initCluster(error))
        return false;

    QString lastError;
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        const int port = freeLocalPort();
        if (port == 0) {
            setError(error, u"could not find a free TCP port on 127.0.0.1"_s);
            return false;
        }
        bool portInUse = false;
        if (launch(port, &lastError, &portInUse)) {
            m_port = port;
            m_running = true;
            return true;
        }
        if (!portInUse)
            break;
    }
    setError(error, lastError);
    return false;
}

bool PostgresServer::initCluster(QString *error)
{
    m_password = randomToken(24);

    // initdb reads the superuser password from a file; it is deleted right after.
    const QString pwFile = m_baseDir->filePath(u"pwfile"_s);
    {
        QFile file(pwFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            setError(error, u"cannot write %1: %2"_s.arg(pwFile, file.errorString()));
            return false;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(m_password.toUtf8() + '\n');
    }
    if (!giveToServiceUser(pwFile, error))
        return false;

    QString outputs;
    bool initialised = false;
    // C.UTF-8 keeps sorting byte-wise but gives UTF-8 ctype; plain C is the fallback where the
    // locale is not installed.
    for (const QString &locale : {u"C.UTF-8"_s, u"C"_s}) {
        QDir(dataDir()).removeRecursively();
        const ProcessResult result = runTool(
            u"initdb"_s,
            {u"-D"_s, dataDir(), u"-U"_s, m_user, u"--auth=scram-sha-256"_s,
             u"--pwfile="_s + pwFile, u"-E"_s, u"UTF8"_s, u"--locale="_s + locale,
             u"--no-sync"_s, u"--no-instructions"_s},
            m_baseDir->path(), kInitdbTimeoutMs);
        outputs += u"--- initdb --locale=%1\n%2\n"_s.arg(locale, result.output.trimmed());
        if (result.ok) {
            initialised = true;
            break;
        }
    }
    QFile::remove(pwFile);
    if (!initialised) {
        setError(error, u"initdb failed:\n"_s + outputs);
        return false;
    }

    // Settings go into the config file rather than `pg_ctl -o`, which pg_ctl passes through a
    // shell. Durability is off: a test cluster never needs to survive a crash.
    QFile conf(dataDir() + u"/postgresql.conf"_s);
    if (!conf.open(QIODevice::Append | QIODevice::Text)) {
        setError(error, u"cannot append to %1: %2"_s.arg(conf.fileName(), conf.errorString()));
        return false;
    }
    QString settings = u"\n# nightshift test fixture\n"_s;
    settings += u"listen_addresses = '127.0.0.1'\n"_s;
    settings += u"unix_socket_directories = '%1'\n"_s.arg(m_baseDir->path());
    settings += u"fsync = off\n"_s;
    settings += u"full_page_writes = off\n"_s;
    settings += u"synchronous_commit = off\n"_s;
    settings += u"lc_messages = 'C'\n"_s; // start() recognises "Address already in use"
    conf.write(settings.toUtf8());
    return true;
}

bool PostgresServer::launch(int port, QString *error, bool *portInUse)
{
    *portInUse = false;
    const QString logFile = m_baseDir->filePath(u"server.log"_s);
    const qint64 logOffset = QFileInfo(logFile).size(); // look only at this attempt's lines

    const ProcessResult result = runTool(
        u"pg_ctl"_s,
        {u"-D"_s, dataDir(), u"-l"_s, logFile, u"-w"_s, u"-t"_s, u"30"_s,
         u"-o"_s, u"-p %1"_s.arg(port), u"start"_s},
        m_baseDir->path(), kPgCtlTimeoutMs);
    if (result.ok)
        return true;

    QString attemptLog;
    QFile log(logFile);
    if (log.open(QIODevice::ReadOnly) && log.seek(logOffset))
        attemptLog = QString::fromLocal8Bit(log.readAll());
    *portInUse = attemptLog.contains(u"Address already in use"_s);

    // pg_ctl may give up while the postmaster is still coming up; make sure it is gone.
    stop();
    setError(error, u"PostgreSQL failed to start on port %1:\n%2\n--- server log (tail):\n%3"_s
                        .arg(port)
                        .arg(result.output.trimmed(), logTail()));
    return false;
}

void PostgresServer::stop()
{
    m_running = false;
    if (m_baseDir)
        stopCluster(m_baseDir->path());
}

QString PostgresServer::logTail(int maxLines) const
{
    if (!m_baseDir)
        return {};
    QFile log(m_baseDir->filePath(u"server.log"_s));
    if (!log.open(QIODevice::ReadOnly))
        return u"(no server log: %1)"_s.arg(log.errorString());
    const QStringList lines = QString::fromLocal8Bit(log.readAll()).split(u'\n');
    return lines.mid(qMax(qsizetype(0), lines.size() - maxLines)).join(u'\n').trimmed();
}

QString PostgresServer::createDatabase(const QString &prefix, QString *error)
{
    if (!m_running) {
        setError(error, u"PostgreSQL test server is not running"_s);
        return {};
    }

    // Keep names to unquoted-identifier characters so tests can use them anywhere; 63 bytes max.
    QString name;
    for (const QChar c : prefix.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_')
            name.append(c);
    }
    name = name.left(40);
    if (name.isEmpty() || name.front().isDigit())
        name.prepend(u"db"_s);
    name += u"_%1_%2"_s.arg(++m_databaseCounter).arg(randomToken(6).toLower());

    const QString connectionName = u"nightshift_pg_admin_%1_%2"_s
                                       .arg(reinterpret_cast<quintptr>(this), 0, 16)
                                       .arg(m_databaseCounter);
    QString failure;
    {
        QSqlDatabase db = connect(u"postgres"_s, connectionName);
        if (!db.isOpen()) {
            failure = u"cannot connect to maintenance database: %1"_s.arg(db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (!query.exec(u"CREATE DATABASE %1"_s.arg(quoteIdentifier(name))))
                failure = u"CREATE DATABASE %1 failed: %2"_s.arg(name, query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);

    if (!failure.isEmpty()) {
        setError(error, failure);
        return {};
    }
    return name;
}

QSqlDatabase PostgresServer::connect(const QString &database, const QString &connectionName) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(host());
    db.setPort(m_port);
    db.setUserName(m_user);
    db.setPassword(m_password);
    db.setDatabaseName(database);
    db.open();
    return db;
}

} // namespace nightshift::testing
