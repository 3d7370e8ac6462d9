// SecretStore against a real keyring, and without one. The same program is registered twice in CTest:
// tst_secretstore runs inside with-keyring.sh (a private D-Bus session with an unlocked gnome-keyring-daemon)
// with NIGHTSHIFT_TEST_KEYRING=present; tst_secretstore_nokeyring points DBUS_SESSION_BUS_ADDRESS at nothing
// with NIGHTSHIFT_TEST_KEYRING=absent. Each test belongs to one of the two and is skipped by the other; a test
// that expects the keyring fails, never skips, when the keyring cannot be reached.
// HOME and the XDG folders point into a temporary directory, searched at the end for any copy of a secret.
#include "keyringtest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/testhome.h"

using namespace Qt::StringLiterals;
using namespace nightshift;
using namespace nightshift::testing;
using Outcome = SecretStore::Outcome;

namespace {

const QString kNoKeyringSecret = u"no-keyring secret 7f3a"_s;

QString describe(const SecretStore::Reply &reply)
{
    static const QStringList names = {u"Done"_s, u"NotFound"_s, u"NoKeyring"_s, u"Failed"_s};
    return u"%1 (%2)"_s.arg(names.value(int(reply.outcome)), reply.message);
}

SecretStore::Reply readSecret(const QString &key)
{
    return awaitReply(
        [&](const QObject *context, SecretStore::Callback done) { SecretStore::read(key, context, std::move(done)); });
}

SecretStore::Reply writeSecret(const QString &key, const QString &secret)
{
    return awaitReply([&](const QObject *context, SecretStore::Callback done) {
        SecretStore::write(key, secret, context, std::move(done));
    });
}

SecretStore::Reply removeSecret(const QString &key)
{
    return awaitReply([&](const QObject *context, SecretStore::Callback done) {
        SecretStore::remove(key, context, std::move(done));
    });
}

InstanceLocation location(const QString &text)
{
    auto parsed = InstanceLocation::parse(text);
    return parsed.value_or(InstanceLocation{});
}

} // namespace

#define CHECK_OUTCOME(reply, expected) QVERIFY2((reply).outcome == (expected), qPrintable(u"got "_s + describe(reply)))

#define REQUIRE_MODE(mode)                                                                                             \
    do {                                                                                                               \
        if (expectedKeyring() != QLatin1String(mode))                                                                  \
            QSKIP("runs under the other CTest registration (NIGHTSHIFT_TEST_KEYRING=" mode ")");                       \
    } while (false)

class tst_SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit tst_SecretStore(QString home) : m_home(std::move(home)) { }

private Q_SLOTS:
    void initTestCase();

    // Keys
    void keysNameInstanceAndLogin();

    // With a keyring (NIGHTSHIFT_TEST_KEYRING=present)
    void roundTrip();
    void keysAreIndependent();
    void unicodeSecret();
    void removingNothingIsDone();
    void answersLater();
    void closedContextDropsTheAnswer();

    // Without a session bus at all (either registration: the check is made before any D-Bus call)
    void noSessionBusAnswersAtOnce();

    // Without one (NIGHTSHIFT_TEST_KEYRING=absent)
    void noKeyring_data();
    void noKeyring();
    void noKeyringWritesNothing();

private:
    QString m_home;
};

void tst_SecretStore::initTestCase()
{
    const QString mode = expectedKeyring();
    QVERIFY2(mode == u"present"_s || mode == u"absent"_s,
             "set NIGHTSHIFT_TEST_KEYRING=present (inside tests/security/with-keyring.sh) or absent "
             "(with DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent); ctest does this");
    if (mode == u"present"_s)
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no session bus: run this test through tests/security/with-keyring.sh");
    QVERIFY(QDir::homePath().startsWith(m_home));
}

void tst_SecretStore::keysNameInstanceAndLogin()
{
    const InstanceLocation sqlite = location(u"/srv/nightshift/prod.sqlite"_s);
    QCOMPARE(SecretStore::operatorKey(sqlite, u"admin"_s), u"operator:admin@/srv/nightshift/prod.sqlite"_s);
    // "@" and "%" in a login are encoded: "a@b" on x and "a" on "b@x" cannot share a key.
    QCOMPARE(SecretStore::operatorKey(sqlite, u"a@b%"_s), u"operator:a%40b%25@/srv/nightshift/prod.sqlite"_s);

    const InstanceLocation pg = location(u"postgresql://ns:hunter2@db.example:5433/nightshift"_s);
    QCOMPARE(SecretStore::databaseKey(pg), u"database:postgresql://ns@db.example:5433/nightshift"_s);
    QVERIFY(!SecretStore::operatorKey(pg, u"admin"_s).contains(u"hunter2"_s)); // a key never holds a password
    QVERIFY(SecretStore::operatorKey(pg, u"admin"_s) != SecretStore::operatorKey(sqlite, u"admin"_s));
}

void tst_SecretStore::roundTrip()
{
    REQUIRE_MODE("present");
    const QString key = SecretStore::operatorKey(location(u"/tmp/roundtrip.sqlite"_s), u"admin"_s);

    CHECK_OUTCOME(writeSecret(key, u"first password"_s), Outcome::Done);
    SecretStore::Reply read = readSecret(key);
    CHECK_OUTCOME(read, Outcome::Done);
    QCOMPARE(read.secret, u"first password"_s);

    CHECK_OUTCOME(writeSecret(key, u"second password"_s), Outcome::Done); // overwrites
    read = readSecret(key);
    CHECK_OUTCOME(read, Outcome::Done);
    QCOMPARE(read.secret, u"second password"_s);

    CHECK_OUTCOME(removeSecret(key), Outcome::Done);
    read = readSecret(key);
    CHECK_OUTCOME(read, Outcome::NotFound);
    QVERIFY(read.secret.isEmpty());
}

void tst_SecretStore::keysAreIndependent()
{
    REQUIRE_MODE("present");
    const InstanceLocation a = location(u"/tmp/a.sqlite"_s);
    const InstanceLocation b = location(u"postgresql://ns@db.example/b"_s);
    const QList<std::pair<QString, QString>> entries = {
        {SecretStore::operatorKey(a, u"alice"_s), u"alice on a"_s},
        {SecretStore::operatorKey(a, u"bob"_s), u"bob on a"_s},
        {SecretStore::operatorKey(b, u"alice"_s), u"alice on b"_s},
        {SecretStore::databaseKey(b), u"database b"_s},
    };
    for (const auto &[key, secret] : entries)
        CHECK_OUTCOME(writeSecret(key, secret), Outcome::Done);
    for (const auto &[key, secret] : entries) {
        const SecretStore::Reply read = readSecret(key);
        CHECK_OUTCOME(read, Outcome::Done);
        QCOMPARE(read.secret, secret);
    }
    CHECK_OUTCOME(removeSecret(entries[1].first), Outcome::Done); // forgetting bob leaves the others
    CHECK_OUTCOME(readSecret(entries[1].first), Outcome::NotFound);
    QCOMPARE(readSecret(entries[0].first).secret, entries[0].second);
    QCOMPARE(readSecret(entries[3].first).secret, entries[3].second);
    for (const auto &[key, secret] : entries)
        CHECK_OUTCOME(removeSecret(key), Outcome::Done);
}

void tst_SecretStore::unicodeSecret()
{
    REQUIRE_MODE("present");
    const QString key = SecretStore::operatorKey(location(u"/tmp/unicode.sqlite"_s), u"opérateur"_s);
    const QString secret = u"pässwörd 密碼 🔑 \"'`$;--"_s;
    CHECK_OUTCOME(writeSecret(key, secret), Outcome::Done);
    const SecretStore::Reply read = readSecret(key);
    CHECK_OUTCOME(read, Outcome::Done);
    QCOMPARE(read.secret, secret);
    CHECK_OUTCOME(removeSecret(key), Outcome::Done);
}

void tst_SecretStore::removingNothingIsDone()
{
    REQUIRE_MODE("present");
    const QString key = SecretStore::operatorKey(location(u"/tmp/never.sqlite"_s), u"nobody"_s);
    CHECK_OUTCOME(readSecret(key), Outcome::NotFound);
    CHECK_OUTCOME(removeSecret(key), Outcome::Done);
}

void tst_SecretStore::answersLater()
{
    REQUIRE_MODE("present");
    // The call returns before the keyring answers: the callback never runs inside read() itself.
    QObject context;
    bool answered = false;
    SecretStore::read(u"operator:later@/tmp/x.sqlite"_s, &context,
                      [&answered](const SecretStore::Reply &) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20'000);
}

void tst_SecretStore::closedContextDropsTheAnswer()
{
    REQUIRE_MODE("present");
    const QString key = SecretStore::operatorKey(location(u"/tmp/closed.sqlite"_s), u"admin"_s);
    CHECK_OUTCOME(writeSecret(key, u"secret"_s), Outcome::Done);
    auto *window = new QObject;
    bool answered = false;
    SecretStore::read(key, window, [&answered](const SecretStore::Reply &) { answered = true; });
    delete window; // closed before the keyring answers
    // Jobs run one after the other: once a later read has answered, the first one has finished too.
    CHECK_OUTCOME(readSecret(key), Outcome::Done);
    QVERIFY(!answered);
    CHECK_OUTCOME(removeSecret(key), Outcome::Done);
}

void tst_SecretStore::noSessionBusAnswersAtOnce()
{
    // GDBus would otherwise autolaunch a bus (and a keyring daemon nobody can unlock) and never answer.
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    const auto restore = qScopeGuard([&] {
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        qputenv("XDG_RUNTIME_DIR", runtime);
    });
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("XDG_RUNTIME_DIR", m_home.toUtf8()); // no "bus" socket there
    const QString key = SecretStore::operatorKey(location(u"/tmp/nobus.sqlite"_s), u"admin"_s);

    QObject context;
    bool answered = false;
    SecretStore::write(key, kNoKeyringSecret, &context, [&answered](const SecretStore::Reply &) { answered = true; });
    QVERIFY(!answered); // later, like a job, never inside the call
    QElapsedTimer timer;
    timer.start();
    for (const SecretStore::Reply &reply : {readSecret(key), writeSecret(key, kNoKeyringSecret), removeSecret(key)}) {
        CHECK_OUTCOME(reply, Outcome::NoKeyring);
        QCOMPARE(reply.message, u"there is no D-Bus session bus"_s);
    }
    QVERIFY(answered);
    QVERIFY(timer.elapsed() < 1'000);
}

void tst_SecretStore::noKeyring_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("read") << u"read"_s;
    QTest::newRow("write") << u"write"_s;
    QTest::newRow("remove") << u"remove"_s;
}

void tst_SecretStore::noKeyring()
{
    REQUIRE_MODE("absent");
    QFETCH(QString, action);
    const QString key = SecretStore::operatorKey(location(u"/tmp/nokeyring.sqlite"_s), u"admin"_s);
    QElapsedTimer timer;
    timer.start();
    const SecretStore::Reply reply = action == u"read"_s ? readSecret(key)
        : action == u"write"_s                           ? writeSecret(key, kNoKeyringSecret)
                                                         : removeSecret(key);
    CHECK_OUTCOME(reply, Outcome::NoKeyring);
    QVERIFY(!reply.message.isEmpty()); // the keyring's reason, for the log
    QVERIFY(reply.secret.isEmpty());
    QVERIFY2(timer.elapsed() < 5'000, "the console must learn quickly that there is no keyring");
    QVERIFY(SecretStore::noKeyringMessage().contains(u"No keyring is available"_s));
}

void tst_SecretStore::noKeyringWritesNothing()
{
    REQUIRE_MODE("absent");
    const QString key = SecretStore::operatorKey(location(u"/tmp/nokeyring.sqlite"_s), u"admin"_s);
    CHECK_OUTCOME(writeSecret(key, kNoKeyringSecret), Outcome::NoKeyring);
    CHECK_OUTCOME(writeSecret(SecretStore::databaseKey(location(u"postgresql://ns@db/x"_s)), kNoKeyringSecret),
                  Outcome::NoKeyring);

    // The settings file exists (as it does in the console), and neither it nor anything else holds the secret.
    QSettings settings;
    settings.setValue(u"instances/size"_s, 0);
    settings.sync();
    QVERIFY2(settings.fileName().startsWith(m_home), qPrintable(settings.fileName()));
    QVERIFY(QFile::exists(settings.fileName()));
    QCOMPARE(filesContaining(m_home, kNoKeyringSecret.toUtf8()), QStringList());
    QCOMPARE(filesContaining(m_home, kNoKeyringSecret.toUtf8().toBase64()), QStringList());

    // The search itself works: a planted copy is found.
    QTemporaryDir control;
    QFile planted(control.filePath(u"deep/er/planted.ini"_s));
    QVERIFY(QDir().mkpath(control.filePath(u"deep/er"_s)));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write("password=" + kNoKeyringSecret.toUtf8() + '\n');
    planted.close();
    QCOMPARE(filesContaining(control.path(), kNoKeyringSecret.toUtf8()), QStringList{u"deep/er/planted.ini"_s});
}

int main(int argc, char *argv[])
{
    // Before the application exists: QSettings and QStandardPaths read these folders once.
    QTemporaryDir home;
    if (!nightshift::testing::useTemporaryHome(home))
        return 1;
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Nightshift"_s);
    QCoreApplication::setApplicationName(u"tst_secretstore"_s);
    tst_SecretStore test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
