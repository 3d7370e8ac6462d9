// The login window against a real seeded SQLite instance, offscreen. Registered twice (like the keyring tests in
// tests/security): tst_login without a keyring (the session bus points at nothing; NIGHTSHIFT_TEST_KEYRING=absent)
// and tst_login_keyring inside with-keyring.sh (present). HOME and the XDG folders point into a temporary
// directory, searched at the end for any copy of a password. Screenshots go to <build>/screenshots.
#include "consoletesting.h"
#include "keyringtest.h"
#include "login/addinstancedialog.h"
#include "login/instancelist.h"
#include "login/logindialog.h"
#include "mainwindow.h"
#include "seededinstance.h"
#include "support/postgresserver.h"

#include "core/workflowcatalog.h"
#include "security/passwordhasher.h"
#include "store/operatorrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "support/testhome.h"
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace nightshift;
using namespace nightshift::testing;

namespace {

const QString kPassword = u"login window 3b7d"_s;
const QString kDatabasePassword = u"database-88e2"_s;
const QString kRefusal = u"Login refused: unknown login or wrong password"_s;

} // namespace

#define REQUIRE_MODE(mode)                                                                                             \
    do {                                                                                                               \
        if (expectedKeyring() != QLatin1String(mode))                                                                  \
            QSKIP("runs under the other CTest registration (NIGHTSHIFT_TEST_KEYRING=" mode ")");                       \
    } while (false)

class tst_Login : public QObject
{
    Q_OBJECT
public:
    explicit tst_Login(QString home) : m_home(std::move(home)) { }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void rightPasswordHandsThePrincipalToTheMainWindow();
    void wrongPasswordIsRefusedInline();
    void unknownLoginGetsTheSameRefusal();
    void emptyPasswordIsRefused();
    void staysResponsiveWhileLoggingIn();
    void quitWhileLoggingIn();
    void enterLogsInAndEscapeQuits();
    void tabOrder();
    void addInstanceKeepsNoPassword();
    void missingInstanceIsReportedInline();
    void screenshots();

    // Without a keyring
    void noKeyringDisablesRememberMe();

    // With a keyring
    void rememberMeStoresThePassword();
    void rememberedPasswordIsFilledIn();
    void autoLoginWhenAskedFor();
    void untickingRememberMeForgets();
    void refusedRememberedPasswordSaysSo();
    void postgresPasswordsAreRemembered();

private:
    std::unique_ptr<LoginDialog> dialog(const QString &login = u"admin"_s);
    // Clicks "Log In" and waits for the answer: true when logged in. The principal lands in m_principal.
    bool logIn(LoginDialog &dialog);
    qint64 auditCount(const QString &action, const QString &login, const QString &reasonPrefix = {});
    QString keyOf(const QString &login) const;
    static void saveScreenshot(QWidget &widget, const QString &name);

    QString m_home;
    QTemporaryDir m_dir;
    std::shared_ptr<Instance> m_instance;
    QString m_path;
    std::optional<Principal> m_principal;
};

void tst_Login::initTestCase()
{
    QVERIFY2(expectedKeyring() == u"present"_s || expectedKeyring() == u"absent"_s,
             "set NIGHTSHIFT_TEST_KEYRING=present (inside tests/security/with-keyring.sh) or absent "
             "(with DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent); ctest does this");
    QVERIFY(QSettings().fileName().startsWith(m_home));
    m_instance = seededInstance(m_dir.path());
    QVERIFY(m_instance);
    m_path = m_instance->location().path;
    auto db = m_instance->database();
    QVERIFY(db);
    for (const QString &login : {u"admin"_s, u"rita"_s}) {
        auto hash = PasswordHasher::hash(kPassword);
        QVERIFY(hash);
        QVERIFY(OperatorRepository(*db).create({0, login, login, *hash, false}, {u"admin"_s}));
    }
}

void tst_Login::cleanupTestCase()
{
    // No password in the settings file, nor anywhere else under HOME.
    for (const QString &secret : {kPassword, kDatabasePassword, u"wrong password"_s})
        QCOMPARE(filesContaining(m_home, secret.toUtf8()), QStringList());
}

std::unique_ptr<LoginDialog> tst_Login::dialog(const QString &login)
{
    auto d = std::make_unique<LoginDialog>();
    d->preselect(m_path, login);
    d->show();
    if (!QTest::qWaitForWindowExposed(d.get()))
        return {};
    QSignalSpy looked(d.get(), &LoginDialog::rememberedLookedUp);
    if (!looked.wait(20'000)) // the keyring has answered: the window is in its settled state
        return {};
    return d;
}

bool tst_Login::logIn(LoginDialog &dialog)
{
    m_principal.reset();
    QSignalSpy in(&dialog, &LoginDialog::loggedIn);
    QSignalSpy refused(&dialog, &LoginDialog::refused);
    QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !in.isEmpty() || !refused.isEmpty(); }, 30'000))
        return false;
    if (in.isEmpty())
        return false;
    m_principal = in.first().at(1).value<Principal>();
    return true;
}

qint64 tst_Login::auditCount(const QString &action, const QString &login, const QString &reasonPrefix)
{
    QSqlQuery query(*m_instance->database());
    query.prepare(u"SELECT COUNT(*) FROM audit WHERE action = ? AND object = ? AND COALESCE(after_value, '') LIKE ?"_s);
    query.addBindValue(action);
    query.addBindValue(login);
    query.addBindValue(reasonPrefix + u'%');
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

QString tst_Login::keyOf(const QString &login) const
{
    return SecretStore::operatorKey(m_instance->location(), login);
}

void tst_Login::saveScreenshot(QWidget &widget, const QString &name)
{
    // Both registrations run the same tests: the one with a keyring takes the pictures of the usual window.
    if (expectedKeyring() != u"present"_s && !name.contains(u"no-keyring"_s))
        return;
    testing::saveScreenshot(widget, name);
}

void tst_Login::rightPasswordHandsThePrincipalToTheMainWindow()
{
    auto d = dialog();
    QVERIFY(d);
    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
    connect(d.get(), &LoginDialog::loggedIn, &window,
            [&window](std::shared_ptr<Instance> instance, const Principal &principal, const QString &) {
                window.show();
                window.startSession(std::move(instance), principal);
            });
    QSignalSpy accepted(d.get(), &QDialog::accepted);
    d->passwordEdit()->setText(kPassword);
    QVERIFY(logIn(*d));
    QCOMPARE(accepted.size(), 1);
    QVERIFY(!d->isVisible());
    QVERIFY(window.principal());
    QCOMPARE(window.principal()->login, u"admin"_s);
    QVERIFY(window.principal()->isAdministrator());
    QCOMPARE(window.findChild<QLabel *>(u"loggedInAs"_s)->text(), u"Logged in as admin"_s);
    QVERIFY(loaded.wait(10'000)); // the main window shows the instance the dialog opened
    QVERIFY(auditCount(u"login.success"_s, u"admin"_s) >= 1);
    QCOMPARE(InstanceList::lastInstance(), m_path);
    QCOMPARE(InstanceList::lastLogin(), u"admin"_s);
    QSettings().sync();
    QVERIFY(QFile::exists(QSettings().fileName()));
    QCOMPARE(filesContaining(m_home, kPassword.toUtf8()), QStringList());
}

void tst_Login::wrongPasswordIsRefusedInline()
{
    auto d = dialog();
    QVERIFY(d);
    const qint64 before = auditCount(u"login.failure"_s, u"admin"_s, u"wrong password"_s);
    d->passwordEdit()->setText(u"wrong password"_s);
    QVERIFY(!logIn(*d));
    QCOMPARE(d->refusal(), kRefusal);
    QVERIFY(d->findChild<QWidget *>(u"messageBar"_s)->isVisible()); // inline, in the window
    QVERIFY(d->isVisible());
    QVERIFY(!d->isBusy());
    QVERIFY(d->loginButton()->isEnabled() && d->passwordEdit()->isEnabled());
    QVERIFY(d->passwordEdit()->text().isEmpty()); // cleared, ready for another try
    QCOMPARE(QApplication::focusWidget(), d->passwordEdit());
    QCOMPARE(auditCount(u"login.failure"_s, u"admin"_s, u"wrong password"_s), before + 1);

    d->passwordEdit()->setText(kPassword); // then the right one
    QVERIFY(logIn(*d));
    QCOMPARE(m_principal->login, u"admin"_s);
}

void tst_Login::unknownLoginGetsTheSameRefusal()
{
    auto d = dialog(u"nobody"_s);
    QVERIFY(d);
    d->passwordEdit()->setText(kPassword);
    QVERIFY(!logIn(*d));
    QCOMPARE(d->refusal(), kRefusal); // tells an attacker nothing
    QCOMPARE(auditCount(u"login.failure"_s, u"nobody"_s, u"unknown login"_s), 1);
}

void tst_Login::emptyPasswordIsRefused()
{
    auto d = dialog(u"rita"_s);
    QVERIFY(d);
    QVERIFY(d->passwordEdit()->text().isEmpty());
    QVERIFY(!logIn(*d));
    QCOMPARE(d->refusal(), u"Login refused: give a password"_s);
    QCOMPARE(auditCount(u"login.failure"_s, u"rita"_s, u"empty password"_s), 1);
}

void tst_Login::staysResponsiveWhileLoggingIn()
{
    auto d = dialog();
    QVERIFY(d);
    d->passwordEdit()->setText(u"wrong password"_s);
    // A timer on the GUI thread keeps firing while the instance is opened and the password hashed.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestGap = 0;
    int ticks = 0;
    QTimer timer;
    timer.setInterval(5);
    connect(&timer, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        longestGap = std::max(longestGap, now - last);
        last = now;
        ++ticks;
    });
    QSignalSpy refused(d.get(), &LoginDialog::refused);
    clock.start();
    timer.start();
    QTest::mouseClick(d->loginButton(), Qt::LeftButton);
    QVERIFY(d->isBusy()); // the click returned while the login runs elsewhere
    QVERIFY(!d->loginButton()->isEnabled());
    QVERIFY(d->quitButton()->isEnabled()); // one can still give up
    QCOMPARE(d->findChild<QLabel *>(u"loginStatus"_s)->text(), u"Logging in…"_s);
    QVERIFY(refused.wait(30'000));
    const qint64 took = clock.elapsed();
    timer.stop();
    qInfo("login took %lld ms; %d ticks, longest gap %lld ms", took, ticks, longestGap);
    QVERIFY(ticks >= 2);
    QVERIFY2(longestGap < 150, qPrintable(u"the GUI thread was blocked for %1 ms"_s.arg(longestGap)));
}

void tst_Login::quitWhileLoggingIn()
{
    auto d = dialog();
    QVERIFY(d);
    QSignalSpy in(d.get(), &LoginDialog::loggedIn);
    QSignalSpy rejected(d.get(), &QDialog::rejected);
    d->passwordEdit()->setText(kPassword);
    QTest::mouseClick(d->loginButton(), Qt::LeftButton);
    QVERIFY(d->isBusy());
    QTest::mouseClick(d->quitButton(), Qt::LeftButton); // the operator gives up at once
    QCOMPARE(rejected.size(), 1);
    QTest::qWait(1'000); // long enough for the attempt to finish: it reports to no one
    QVERIFY(in.isEmpty());
}

void tst_Login::enterLogsInAndEscapeQuits()
{
    auto d = dialog();
    QVERIFY(d);
    QVERIFY(QTest::qWaitForWindowActive(d.get()));
    QSignalSpy in(d.get(), &LoginDialog::loggedIn);
    d->passwordEdit()->setFocus();
    QTest::keyClicks(d->passwordEdit(), kPassword);
    QTest::keyClick(d->passwordEdit(), Qt::Key_Return);
    QVERIFY(in.wait(30'000));

    auto other = dialog();
    QVERIFY(other);
    QVERIFY(QTest::qWaitForWindowActive(other.get()));
    QSignalSpy rejected(other.get(), &QDialog::rejected);
    QTest::keyClick(other->loginEdit(), Qt::Key_Escape);
    QCOMPARE(rejected.size(), 1);
}

void tst_Login::tabOrder()
{
    auto d = dialog();
    QVERIFY(d);
    QVERIFY(QTest::qWaitForWindowActive(d.get()));
    QCOMPARE(QApplication::focusWidget(), d->passwordEdit()); // the login is known: the password is next
    d->instanceBox()->setFocus();
    QStringList order{QApplication::focusWidget()->objectName()};
    for (int i = 0; i < 7; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    // The database password row is hidden for SQLite; "Remember me" is skipped when disabled (no keyring).
    QStringList expected{u"instances"_s, u"addInstance"_s, u"login"_s, u"password"_s};
    if (d->rememberBox()->isEnabled())
        expected << u"rememberMe"_s;
    expected << u"logIn"_s << u"quit"_s << u"instances"_s;
    QCOMPARE(order.mid(0, expected.size()), expected);
}

void tst_Login::addInstanceKeepsNoPassword()
{
    AddInstanceDialog add;
    add.locationEdit()->setText(u"postgresql://ns:%1@db.example:5432/nightshift"_s.arg(kDatabasePassword));
    add.nameEdit()->setText(u"Production"_s);
    QSignalSpy accepted(&add, &QDialog::accepted);
    add.accept();
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(add.instance().location, u"postgresql://ns@db.example:5432/nightshift"_s);
    QCOMPARE(add.instance().name, u"Production"_s);
    QCOMPARE(add.databasePassword(), kDatabasePassword);

    auto d = dialog();
    QVERIFY(d);
    d->addInstance(add.instance(), add.databasePassword());
    QCOMPARE(d->instanceBox()->currentData().toString(), add.instance().location);
    QVERIFY(d->databasePasswordEdit()->isVisible()); // PostgreSQL: its row is shown
    QCOMPARE(d->databasePasswordEdit()->text(), kDatabasePassword);
    QVERIFY(InstanceList::load().contains(add.instance()));
    saveScreenshot(*d, u"login-postgresql.png"_s);
    QSettings().sync();
    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray saved = settings.readAll();
    QVERIFY(saved.contains("db.example"));
    QVERIFY(!saved.contains(kDatabasePassword.toUtf8()));

    d->preselect(m_path, u"admin"_s); // back to SQLite: no database password row
    QVERIFY(!d->databasePasswordEdit()->isVisible());
}

void tst_Login::missingInstanceIsReportedInline()
{
    AddInstanceDialog add;
    add.locationEdit()->setText(m_dir.filePath(u"missing.sqlite"_s));
    QSignalSpy accepted(&add, &QDialog::accepted);
    add.accept();
    QCOMPARE(accepted.size(), 0);
    QVERIFY2(add.errorText().contains(u"nightshiftctl init"_s), qPrintable(add.errorText()));

    auto d = std::make_unique<LoginDialog>();
    d->preselect(m_dir.filePath(u"missing.sqlite"_s), u"admin"_s);
    d->passwordEdit()->setText(kPassword);
    QVERIFY(!logIn(*d));
    QVERIFY2(d->refusal().startsWith(u"Cannot open the instance: there is no instance at"_s), qPrintable(d->refusal()));
    QCOMPARE(d->passwordEdit()->text(), kPassword); // not checked, so not cleared
}

void tst_Login::screenshots()
{
    auto d = dialog();
    QVERIFY(d);
    saveScreenshot(*d, u"login.png"_s);
    d->passwordEdit()->setText(u"wrong password"_s);
    QVERIFY(!logIn(*d));
    saveScreenshot(*d, u"login-refused.png"_s);
}

void tst_Login::noKeyringDisablesRememberMe()
{
    REQUIRE_MODE("absent");
    auto d = dialog();
    QVERIFY(d);
    QCOMPARE(d->keyring(), LoginDialog::Keyring::Missing);
    QVERIFY(!d->rememberBox()->isEnabled());
    QVERIFY(!d->rememberBox()->isChecked());
    const QString reason = u"No keyring is available on this system: the password will be asked each time."_s;
    QCOMPARE(d->rememberBox()->toolTip(), reason);
    QCOMPARE(d->keyringNote(), reason);
    QVERIFY(d->findChild<QLabel *>(u"keyringNote"_s)->isVisible());
    saveScreenshot(*d, u"login-no-keyring.png"_s);
    d->passwordEdit()->setText(kPassword); // logging in still works, and asks for nothing more
    QVERIFY(logIn(*d));
}

void tst_Login::rememberMeStoresThePassword()
{
    REQUIRE_MODE("present");
    auto d = dialog(u"rita"_s);
    QVERIFY(d);
    QCOMPARE(d->keyring(), LoginDialog::Keyring::Available);
    QVERIFY(d->rememberBox()->isEnabled());
    QVERIFY(d->keyringNote().isEmpty());
    d->passwordEdit()->setText(kPassword);
    d->rememberBox()->setChecked(true);
    QVERIFY(logIn(*d));
    const SecretStore::Reply stored = awaitReply([this](const QObject *context, SecretStore::Callback done) {
        SecretStore::read(keyOf(u"rita"_s), context, std::move(done));
    });
    QCOMPARE(stored.outcome, SecretStore::Outcome::Done);
    QCOMPARE(stored.secret, kPassword);
}

void tst_Login::rememberedPasswordIsFilledIn()
{
    REQUIRE_MODE("present");
    auto d = dialog(u"rita"_s); // remembered by the previous test
    QVERIFY(d);
    QCOMPARE(d->passwordEdit()->text(), kPassword);
    QVERIFY(d->rememberBox()->isChecked());
    QSignalSpy in(d.get(), &LoginDialog::loggedIn);
    QTest::qWait(300);
    QVERIFY(in.isEmpty()); // no login without a click
    // Another login: what the keyring filled in goes.
    d->loginEdit()->selectAll();
    QTest::keyClicks(d->loginEdit(), u"admin"_s);
    QTRY_VERIFY(d->passwordEdit()->text().isEmpty());
    QVERIFY(!d->rememberBox()->isChecked());
}

void tst_Login::autoLoginWhenAskedFor()
{
    REQUIRE_MODE("present");
    LoginDialog d;
    QSignalSpy in(&d, &LoginDialog::loggedIn);
    d.preselect(m_path, u"rita"_s);
    d.setAutoLogin(true); // nightshift --login rita
    d.show();
    QVERIFY(in.wait(30'000));
    QCOMPARE(in.first().at(1).value<Principal>().login, u"rita"_s);
}

void tst_Login::untickingRememberMeForgets()
{
    REQUIRE_MODE("present");
    auto d = dialog(u"rita"_s);
    QVERIFY(d);
    QVERIFY(d->rememberBox()->isChecked());
    d->rememberBox()->setChecked(false);
    QVERIFY(logIn(*d));
    const SecretStore::Reply stored = awaitReply([this](const QObject *context, SecretStore::Callback done) {
        SecretStore::read(keyOf(u"rita"_s), context, std::move(done));
    });
    QCOMPARE(stored.outcome, SecretStore::Outcome::NotFound);
}

void tst_Login::refusedRememberedPasswordSaysSo()
{
    REQUIRE_MODE("present");
    const SecretStore::Reply written = awaitReply([this](const QObject *context, SecretStore::Callback done) {
        SecretStore::write(keyOf(u"admin"_s), u"stale password"_s, context, std::move(done));
    });
    QCOMPARE(written.outcome, SecretStore::Outcome::Done);
    auto d = dialog();
    QVERIFY(d);
    QCOMPARE(d->passwordEdit()->text(), u"stale password"_s);
    QVERIFY(!logIn(*d));
    QVERIFY2(d->refusal().startsWith(kRefusal), qPrintable(d->refusal()));
    QVERIFY2(d->refusal().contains(u"remembered in the keyring was refused"_s), qPrintable(d->refusal()));
    d->passwordEdit()->setText(kPassword); // the current one replaces the stale one
    QVERIFY(d->rememberBox()->isChecked());
    QVERIFY(logIn(*d));
    const SecretStore::Reply stored = awaitReply([this](const QObject *context, SecretStore::Callback done) {
        SecretStore::read(keyOf(u"admin"_s), context, std::move(done));
    });
    QCOMPARE(stored.secret, kPassword);
}

void tst_Login::postgresPasswordsAreRemembered()
{
    REQUIRE_MODE("present");
    QString why;
    if (!PostgresServer::serverBinariesAvailable(&why))
        QFAIL(qPrintable(u"PostgreSQL is required (scripts/bootstrap.sh installs it): "_s + why));
    PostgresServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    InstanceLocation location;
    location.dialect = Dialect::Postgres;
    location.host = server.host();
    location.port = server.port();
    location.database = server.createDatabase(u"login"_s, &error);
    QVERIFY2(!location.database.isEmpty(), qPrintable(error));
    location.user = server.user();
    location.password = server.password();
    {
        auto instance = Instance::open(location, Instance::OpenMode::CreateIfMissing);
        QVERIFY2(instance, qPrintable(instance.error().message));
        auto catalog = WorkflowCatalog::load();
        QVERIFY(catalog);
        QVERIFY((*instance)->seed(*catalog, u"test"_s));
        auto hash = PasswordHasher::hash(kPassword);
        QVERIFY(hash);
        auto created = OperatorRepository(*(*instance)->database())
                           .create({0, u"admin"_s, u"admin"_s, *hash, false}, {u"admin"_s});
        QVERIFY2(created, qPrintable(created.error().message));
    }
    const KnownInstance known = InstanceList::describe(location);
    QVERIFY(!known.location.contains(server.password()));
    {
        auto d = dialog();
        QVERIFY(d);
        d->addInstance(known, server.password()); // as from a URL with its password
        d->passwordEdit()->setText(kPassword);
        d->rememberBox()->setChecked(true);
        QVERIFY2(logIn(*d), qPrintable(d->refusal()));
    }
    // Next time both passwords come from the keyring, and logging in needs only a click.
    auto d = std::make_unique<LoginDialog>();
    QSignalSpy looked(d.get(), &LoginDialog::rememberedLookedUp);
    d->preselect(known.location, u"admin"_s);
    QVERIFY(looked.wait(20'000));
    QCOMPARE(d->passwordEdit()->text(), kPassword);
    QCOMPARE(d->databasePasswordEdit()->text(), server.password());
    QVERIFY2(logIn(*d), qPrintable(d->refusal()));
    QCOMPARE(m_principal->login, u"admin"_s);
    QSettings().sync();
    QCOMPARE(filesContaining(m_home, server.password().toUtf8()), QStringList());
}

int main(int argc, char *argv[])
{
    // Before the application exists: QSettings and QStandardPaths read these folders once.
    QTemporaryDir home;
    if (!nightshift::testing::useTemporaryHome(home))
        return 1;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Nightshift"_s);
    QApplication::setApplicationName(u"nightshift"_s);
    tst_Login test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_login.moc"
