// `nightshiftctl login --remember|--forget` and logging in from the keyring, with the real binary (QProcess).
// Registered twice, like tst_secretstore: tst_clilogin inside with-keyring.sh (NIGHTSHIFT_TEST_KEYRING=present)
// and tst_clilogin_nokeyring with the session bus pointing at nothing (absent). nightshiftctl inherits the
// session bus; HOME and the XDG folders point into a temporary directory, searched for the password at the end.
#include "keyringtest.h"
#include "support/postgresserver.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift::testing;

namespace {

const QString kPassword = u"keyring login 9c1e"_s;
const QString kNewPassword = u"changed password 51d0"_s;

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const { return u"exit %1\n--- stdout\n%2--- stderr\n%3"_s.arg(exitCode).arg(out, err); }
};

} // namespace

#define COMPARE_EXIT(run, code)                                                                                        \
    do {                                                                                                               \
        const CliRun &r_ = (run);                                                                                      \
        QVERIFY2(r_.exitCode == (code), qPrintable(r_.describe()));                                                    \
    } while (false)

#define REQUIRE_MODE(mode)                                                                                             \
    do {                                                                                                               \
        if (expectedKeyring() != QLatin1String(mode))                                                                  \
            QSKIP("runs under the other CTest registration (NIGHTSHIFT_TEST_KEYRING=" mode ")");                       \
    } while (false)

class tst_CliLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rememberAndForgetAreExclusive();

    // With a keyring
    void rememberThenLogInFromTheKeyring();
    void refusedLoginRemembersNothing();
    void rememberedPerInstanceAndLogin();
    void staleRememberedPasswordSaysWhatToDo();
    void postgresPasswordIsRememberedToo();

    // Without one
    void rememberWithoutKeyringFails();
    void withoutKeyringThePasswordIsAsked();
    void forgetWithoutKeyring();

private:
    // Runs nightshiftctl on `instance`; NIGHTSHIFT_PASSWORD is set only when `password` is not empty.
    CliRun run(const QString &instance, const QStringList &args, const QString &password = {},
               const QByteArray &input = {}, const QString &databasePassword = {}) const;
    QString newInstance(); // initialised, administrator "admin" with kPassword

    QTemporaryDir m_root;
    QProcessEnvironment m_env;
    int m_count = 0;
};

void tst_CliLogin::initTestCase()
{
    QVERIFY2(expectedKeyring() == u"present"_s || expectedKeyring() == u"absent"_s,
             "set NIGHTSHIFT_TEST_KEYRING=present (inside tests/security/with-keyring.sh) or absent; ctest does this");
    QVERIFY(m_root.isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : m_env.keys())
        if (key.startsWith(u"NIGHTSHIFT_"_s) || key.startsWith(u"XDG_"_s) || key.startsWith(u"PG"_s))
            m_env.remove(key);
    // The keyring daemon runs with with-keyring.sh's HOME; nightshiftctl gets this one, searched at the end.
    m_env.insert(u"HOME"_s, m_root.filePath(u"home"_s));
    m_env.insert(u"XDG_DATA_HOME"_s, m_root.filePath(u"home/.local/share"_s));
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_root.filePath(u"home/.config"_s));
    m_env.insert(u"XDG_CACHE_HOME"_s, m_root.filePath(u"home/.cache"_s));
    m_env.insert(u"NIGHTSHIFT_LOGIN"_s, u"admin"_s);
    m_env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    QVERIFY(QDir().mkpath(m_root.filePath(u"home/.config"_s)));
}

void tst_CliLogin::cleanupTestCase()
{
    // Whatever happened, no password reached a file: not the settings, not the instance, nothing in HOME.
    for (const QString &secret : {kPassword, kNewPassword})
        QCOMPARE(filesContaining(m_root.path(), secret.toUtf8()), QStringList());
}

CliRun tst_CliLogin::run(const QString &instance, const QStringList &args, const QString &password,
                         const QByteArray &input, const QString &databasePassword) const
{
    QProcessEnvironment env = m_env;
    if (!password.isEmpty())
        env.insert(u"NIGHTSHIFT_PASSWORD"_s, password);
    if (!databasePassword.isEmpty())
        env.insert(u"NIGHTSHIFT_PGPASSWORD"_s, databasePassword);
    QProcess process;
    process.setProgram(QStringLiteral(NIGHTSHIFTCTL));
    process.setArguments(QStringList{u"--instance"_s, instance} + args);
    process.setProcessEnvironment(env);
    process.start();
    CliRun result;
    if (!process.waitForStarted(30'000))
        return result;
    process.write(input);
    process.closeWriteChannel(); // not a terminal: a password prompt fails at once instead of waiting
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished(5'000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString tst_CliLogin::newInstance()
{
    const QString path = m_root.filePath(u"instance%1.sqlite"_s.arg(++m_count));
    const CliRun init = run(path, {u"init"_s, u"--password-stdin"_s}, {}, kPassword.toUtf8() + '\n');
    if (init.exitCode != 0)
        qWarning().noquote() << init.describe();
    return path;
}

void tst_CliLogin::rememberAndForgetAreExclusive()
{
    const CliRun r = run(m_root.filePath(u"none.sqlite"_s), {u"login"_s, u"--remember"_s, u"--forget"_s});
    COMPARE_EXIT(r, 2);
    QVERIFY2(r.err.contains(u"exclude each other"_s), qPrintable(r.err));
}

void tst_CliLogin::rememberThenLogInFromTheKeyring()
{
    REQUIRE_MODE("present");
    const QString instance = newInstance();

    // Without NIGHTSHIFT_PASSWORD and without a terminal, nothing to log in with yet.
    COMPARE_EXIT(run(instance, {u"workflows"_s, u"list"_s}), 1);

    const CliRun remembered = run(instance, {u"login"_s, u"--remember"_s}, kPassword);
    COMPARE_EXIT(remembered, 0);
    QVERIFY2(remembered.out.contains(u"Logged in to %1 as admin."_s.arg(instance)), qPrintable(remembered.out));
    QVERIFY2(remembered.out.contains(u"remembered in the keyring"_s), qPrintable(remembered.out));

    // Now a command logs in from the keyring.
    const CliRun listed = run(instance, {u"workflows"_s, u"list"_s});
    COMPARE_EXIT(listed, 0);
    QVERIFY2(listed.out.contains(u"cleanup"_s), qPrintable(listed.out));
    COMPARE_EXIT(run(instance, {u"login"_s}), 0); // a plain login too

    // NIGHTSHIFT_PASSWORD still comes first: a wrong one is refused even though the keyring holds the right one.
    const CliRun wrong = run(instance, {u"workflows"_s, u"list"_s}, u"wrong password"_s);
    COMPARE_EXIT(wrong, 1);
    QVERIFY2(wrong.err.contains(u"login refused: unknown login or wrong password"_s), qPrintable(wrong.err));

    const CliRun forgotten = run(instance, {u"login"_s, u"--forget"_s});
    COMPARE_EXIT(forgotten, 0);
    QVERIFY2(forgotten.out.contains(u"Forgot the password of admin"_s), qPrintable(forgotten.out));
    const CliRun asked = run(instance, {u"workflows"_s, u"list"_s});
    COMPARE_EXIT(asked, 1);
    QVERIFY2(asked.err.contains(u"no password"_s), qPrintable(asked.err));
}

void tst_CliLogin::refusedLoginRemembersNothing()
{
    REQUIRE_MODE("present");
    const QString instance = newInstance();
    const CliRun refused = run(instance, {u"login"_s, u"--remember"_s}, u"not the password"_s);
    COMPARE_EXIT(refused, 1);
    QVERIFY2(refused.err.contains(u"login refused"_s), qPrintable(refused.err));
    QVERIFY2(!refused.out.contains(u"remembered"_s), qPrintable(refused.out));
    const CliRun asked = run(instance, {u"workflows"_s, u"list"_s});
    COMPARE_EXIT(asked, 1);
    QVERIFY2(asked.err.contains(u"no password"_s), qPrintable(asked.err));
}

void tst_CliLogin::rememberedPerInstanceAndLogin()
{
    REQUIRE_MODE("present");
    const QString first = newInstance();
    const QString second = newInstance();
    COMPARE_EXIT(run(first, {u"login"_s, u"--remember"_s}, kPassword), 0);
    COMPARE_EXIT(run(first, {u"workflows"_s, u"list"_s}), 0);
    COMPARE_EXIT(run(second, {u"workflows"_s, u"list"_s}), 1); // another instance: nothing remembered
    const CliRun other = run(first, {u"--login"_s, u"someone"_s, u"workflows"_s, u"list"_s}); // another login
    COMPARE_EXIT(other, 1);
    QVERIFY2(other.err.contains(u"no password"_s), qPrintable(other.err));
    COMPARE_EXIT(run(first, {u"login"_s, u"--forget"_s}), 0);
}

void tst_CliLogin::staleRememberedPasswordSaysWhatToDo()
{
    REQUIRE_MODE("present");
    const QString instance = newInstance();
    COMPARE_EXIT(run(instance, {u"login"_s, u"--remember"_s}, kPassword), 0);
    const CliRun changed = run(instance, {u"operators"_s, u"passwd"_s, u"admin"_s, u"--password-stdin"_s}, kPassword,
                               kNewPassword.toUtf8() + '\n');
    COMPARE_EXIT(changed, 0);
    const CliRun stale = run(instance, {u"workflows"_s, u"list"_s});
    COMPARE_EXIT(stale, 1);
    QVERIFY2(stale.err.contains(u"remembered in the keyring"_s) && stale.err.contains(u"login --forget"_s),
             qPrintable(stale.err));
    COMPARE_EXIT(run(instance, {u"login"_s, u"--forget"_s}), 0); // forgetting needs no working password
    COMPARE_EXIT(run(instance, {u"login"_s, u"--remember"_s}, kNewPassword), 0);
    COMPARE_EXIT(run(instance, {u"workflows"_s, u"list"_s}), 0);
    COMPARE_EXIT(run(instance, {u"login"_s, u"--forget"_s}), 0);
}

void tst_CliLogin::postgresPasswordIsRememberedToo()
{
    REQUIRE_MODE("present");
    QString why;
    if (!PostgresServer::serverBinariesAvailable(&why))
        QFAIL(qPrintable(u"PostgreSQL is required (scripts/bootstrap.sh installs it): "_s + why));
    PostgresServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString database = server.createDatabase(u"clilogin"_s, &error);
    QVERIFY2(!database.isEmpty(), qPrintable(error));
    const QString url
        = u"postgresql://%1@%2:%3/%4"_s.arg(server.user(), server.host()).arg(server.port()).arg(database);

    COMPARE_EXIT(run(url, {u"init"_s, u"--password-stdin"_s}, {}, kPassword.toUtf8() + '\n', server.password()), 0);
    COMPARE_EXIT(run(url, {u"login"_s, u"--remember"_s}, kPassword, {}, server.password()), 0);

    // Neither password given: both come from the keyring.
    const CliRun listed = run(url, {u"workflows"_s, u"list"_s});
    COMPARE_EXIT(listed, 0);
    QVERIFY2(listed.out.contains(u"cleanup"_s), qPrintable(listed.out));

    COMPARE_EXIT(run(url, {u"login"_s, u"--forget"_s}), 0); // forgets both
    const CliRun refused = run(url, {u"workflows"_s, u"list"_s}, kPassword);
    COMPARE_EXIT(refused, 1); // PostgreSQL now refuses the connection: no database password
    QVERIFY(!refused.err.isEmpty());
}

void tst_CliLogin::rememberWithoutKeyringFails()
{
    REQUIRE_MODE("absent");
    const QString instance = newInstance();
    const CliRun r = run(instance, {u"login"_s, u"--remember"_s}, kPassword);
    COMPARE_EXIT(r, 1);
    QVERIFY2(r.err.startsWith(u"nightshiftctl: cannot remember the password: no keyring is available on this system"_s),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(u"NIGHTSHIFT_PASSWORD"_s), qPrintable(r.err));
}

void tst_CliLogin::withoutKeyringThePasswordIsAsked()
{
    REQUIRE_MODE("absent");
    const QString instance = newInstance();
    // Reading the keyring fails quietly and the prompt takes over (here without a terminal, so it refuses).
    const CliRun asked = run(instance, {u"workflows"_s, u"list"_s});
    COMPARE_EXIT(asked, 1);
    QCOMPARE(asked.err.trimmed(),
             u"nightshiftctl: no password: set NIGHTSHIFT_PASSWORD, or run on a terminal to be asked"_s);
    COMPARE_EXIT(run(instance, {u"workflows"_s, u"list"_s}, kPassword), 0);
    COMPARE_EXIT(run(instance, {u"login"_s}, kPassword), 0);
}

void tst_CliLogin::forgetWithoutKeyring()
{
    REQUIRE_MODE("absent");
    const CliRun r = run(newInstance(), {u"login"_s, u"--forget"_s});
    COMPARE_EXIT(r, 0);
    QVERIFY2(r.out.contains(u"nothing was remembered"_s), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(tst_CliLogin)
#include "tst_clilogin.moc"
