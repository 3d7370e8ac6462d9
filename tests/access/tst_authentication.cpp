// Login (audit of every attempt, lockout, same answer for unknown login and wrong password), operator
// administration and the audit trail's read access.
#include "accessfixture.h"

#include "security/audittrail.h"
#include "security/authenticator.h"
#include "security/operatoradmin.h"
#include "security/passwordhasher.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {
QStringList logged; // everything Qt logged during a test
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    logged << message;
}
} // namespace

class AuthenticationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
    }

    void hashesAreArgon2idWithTheirParameters()
    {
        const auto hash = PasswordHasher::hash(u"a good password"_s);
        QVERIFY(hash.has_value());
        QVERIFY2(hash->startsWith(u"$argon2id$v=19$m=65536,t=2,p=1$"_s), qPrintable(*hash));
        QVERIFY(PasswordHasher::verify(u"a good password"_s, *hash));
        QVERIFY(!PasswordHasher::verify(u"a good passworD"_s, *hash));
        QVERIFY(*PasswordHasher::hash(u"a good password"_s) != *hash); // salted
        QCOMPARE(PasswordHasher::weakness(u"short"_s), u"the password must have at least 8 characters"_s);
        QCOMPARE(PasswordHasher::weakness(QString(1025, u'x')), u"the password must have at most 1024 characters"_s);
        QVERIFY(PasswordHasher::weakness(u"🌙🌙🌙🌙🌙🌙🌙🌙"_s).isEmpty()); // eight characters, sixteen UTF-16 units
    }

    void rightPasswordLogsIn()
    {
        auto who = Authenticator(*m_fixture.instance).login(u"wfop"_s, QString::fromLatin1(AccessFixture::Password));
        QVERIFY2(who.has_value(), who ? "" : qPrintable(who.error().message));
        QCOMPARE(who->login, u"wfop"_s);
        QVERIFY(who->has(Right::Workflow));
        QVERIFY(!who->isAdministrator());
        QCOMPARE(lastAudit(u"wfop"_s), u"login.success|"_s);
        QVERIFY(m_fixture.value(u"SELECT last_login_at FROM operators WHERE login = 'wfop'"_s).toLongLong() > 0);
    }

    void refusalsAreClearAuditedAndAlike_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("audited");
        QTest::newRow("wrong password") << u"supervisor"_s << u"not the password"_s
                                        << u"unknown login or wrong password"_s << u"wrong password (1 consecutive)"_s;
        QTest::newRow("unknown login") << u"ghost"_s << u"whatever-password"_s << u"unknown login or wrong password"_s
                                       << u"unknown login"_s;
        QTest::newRow("sql in login") << u"admin' OR '1'='1"_s << u"whatever-password"_s
                                      << u"unknown login or wrong password"_s << u"unknown login"_s;
        QTest::newRow("wildcard login") << u"adm%"_s << u"whatever-password"_s << u"unknown login or wrong password"_s
                                        << u"unknown login"_s;
        QTest::newRow("empty password") << u"nobody"_s << QString() << u"give a password"_s << u"empty password"_s;
        QTest::newRow("absurd password") << u"nobody"_s << QString(5000, u'p')
                                         << u"a password has at most 1024 characters"_s << u"password too long"_s;
        QTest::newRow("absurd login") << QString(100, u'l') << u"whatever-password"_s
                                      << u"a login has at most 64 characters"_s << u"login too long"_s;
        QTest::newRow("empty login") << QString() << u"whatever-password"_s << u"give a login"_s << u"empty login"_s;
    }
    void refusalsAreClearAuditedAndAlike()
    {
        QFETCH(QString, login);
        QFETCH(QString, password);
        QFETCH(QString, message);
        QFETCH(QString, audited);
        logged.clear();
        const auto previous = qInstallMessageHandler(capture);
        auto refused = Authenticator(*m_fixture.instance).login(login, password);
        qInstallMessageHandler(previous);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().message, message);
        QCOMPARE(lastAudit(login.left(Authenticator::MaximumLoginLength)), u"login.failure|"_s + audited);
        // No secret in logs or in the audit trail.
        if (!password.isEmpty()) {
            QVERIFY(!logged.join(u'\n').contains(password));
            QCOMPARE(m_fixture.value(
                         u"SELECT COUNT(*) FROM audit WHERE after_value LIKE '%%1%' OR before_value LIKE '%%1%'"_s.arg(
                             password.left(20))),
                     u"0"_s);
        }
    }

    void repeatedFailuresLockTheOperator()
    {
        QCOMPARE(Authenticator::lockoutMs(4), 0);
        QCOMPARE(Authenticator::lockoutMs(5), 30'000);
        QCOMPARE(Authenticator::lockoutMs(6), 60'000);
        QCOMPARE(Authenticator::lockoutMs(30), 15 * 60'000);
        Authenticator authenticator(*m_fixture.instance);
        for (int i = 0; i < Authenticator::FreeAttempts; ++i)
            QVERIFY(!authenticator.login(u"nobody"_s, u"wrong-password"_s));
        // Locked: even the right password is refused now, and says for how long.
        auto locked = authenticator.login(u"nobody"_s, QString::fromLatin1(AccessFixture::Password));
        QVERIFY(!locked.has_value());
        QVERIFY2(locked.error().message.startsWith(u"too many failed logins for nobody; try again in "_s),
                 qPrintable(locked.error().message));
        QCOMPARE(lastAudit(u"nobody"_s), u"login.failure|locked"_s);
        // An administrator's reset lifts the lock.
        QVERIFY(OperatorAdmin(*m_fixture.instance, m_fixture.id(u"admin"_s))
                    .resetPassword(u"nobody"_s, u"brand-new-pass"_s));
        QVERIFY(authenticator.login(u"nobody"_s, u"brand-new-pass"_s));
    }

    void disabledOperatorsCannotLogIn()
    {
        OperatorAdmin admin(*m_fixture.instance, m_fixture.id(u"admin"_s));
        QVERIFY(admin.setDisabled(u"supervisor"_s, true));
        auto refused
            = Authenticator(*m_fixture.instance).login(u"supervisor"_s, QString::fromLatin1(AccessFixture::Password));
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().message, u"operator supervisor is disabled; ask an administrator to enable it"_s);
        QCOMPARE(lastAudit(u"supervisor"_s), u"login.failure|disabled"_s);
        QVERIFY(admin.setDisabled(u"supervisor"_s, false));
        QCOMPARE(admin.setDisabled(u"admin"_s, true).error().message, u"you cannot disable yourself"_s);
    }

    void onlyAdministratorsManageOperatorsAndReadTheAuditTrail()
    {
        OperatorAdmin notAdmin(*m_fixture.instance, m_fixture.id(u"wfop"_s));
        QCOMPARE(notAdmin.add(u"sneaky"_s, {}, u"sneaky-password"_s, {u"admin"_s}).error().message,
                 u"operator wfop may not manage operators: that needs the ADMINISTRATION right"_s);
        QCOMPARE(notAdmin.grant(u"wfop"_s, u"administration"_s).error().message,
                 u"operator wfop may not manage operators: that needs the ADMINISTRATION right"_s);
        QCOMPARE(AuditTrail(*m_fixture.instance, m_fixture.id(u"wfop"_s)).find({}).error().message,
                 u"operator wfop may not read the audit trail: that needs the ADMINISTRATION right"_s);
        QCOMPARE(m_fixture.value(u"SELECT COUNT(*) FROM operators WHERE login = 'sneaky'"_s), u"0"_s);
    }

    void operatorAdministrationIsAudited()
    {
        OperatorAdmin admin(*m_fixture.instance, m_fixture.id(u"admin"_s));
        QVERIFY(admin.add(u"carol"_s, u"Carol"_s, u"carol-password"_s, {u"workflowExecution"_s}));
        QCOMPARE(admin.add(u"carol"_s, {}, u"carol-password"_s, {}).error().message,
                 u"an operator carol already exists"_s);
        QCOMPARE(admin.add(u"bad login"_s, {}, u"carol-password"_s, {}).error().message,
                 u"\"bad login\" is not a valid login: start with a letter or _, then letters, digits or _"_s);
        QVERIFY(admin.grant(u"carol"_s, u"export"_s));
        QCOMPARE(
            admin.grant(u"carol"_s, u"superpowers"_s).error().message,
            u"\"superpowers\" is not a right; use administration, workflow, sqlScript, fileAccess, export, import, "
            "privacyData, or @group"_s);
        QCOMPARE(admin.revoke(u"carol"_s, u"import"_s).error().message, u"operator carol does not hold import"_s);
        QCOMPARE(
            m_fixture.value(u"SELECT before_value || ' => ' || after_value FROM audit WHERE action = 'operator.grant' "
                            "AND object = 'carol'"_s),
            u"groups: workflowExecution; rights:  => groups: workflowExecution; rights: export"_s);
        auto operators = admin.list();
        QVERIFY(operators.has_value());
        const auto carol
            = std::ranges::find_if(*operators, [](const OperatorSummary &o) { return o.login == u"carol"_s; });
        QVERIFY(carol != operators->end());
        QCOMPARE(carol->groups, QStringList{u"workflowExecution"_s});
        QCOMPARE(carol->rights, QStringList{u"export"_s});

        OperatorAdmin self(*m_fixture.instance,
                           m_fixture.value(u"SELECT id FROM operators WHERE login = 'carol'"_s).toLongLong());
        QCOMPARE(self.changeOwnPassword(u"wrong-current"_s, u"carol-new-password"_s).error().message,
                 u"the current password is wrong; nothing was changed"_s);
        QVERIFY(self.changeOwnPassword(u"carol-password"_s, u"carol-new-password"_s));
        QVERIFY(Authenticator(*m_fixture.instance).login(u"carol"_s, u"carol-new-password"_s));
        // No password, not even hashed, in the audit trail.
        QCOMPARE(m_fixture.value(u"SELECT COUNT(*) FROM audit WHERE after_value LIKE '%argon2%' OR after_value LIKE "
                                 "'%carol-new-password%'"_s),
                 u"0"_s);
    }

    void auditTrailFiltersBindTheirValues()
    {
        AuditTrail trail(*m_fixture.instance, m_fixture.id(u"admin"_s));
        auto logins = trail.find({u"wfop"_s, u"login."_s, {}, 0, 0, 1000});
        QVERIFY(logins.has_value());
        QVERIFY(!logins->isEmpty());
        for (const AuditRecord &r : *logins) {
            QCOMPARE(r.entry.operatorLogin, u"wfop"_s);
            QVERIFY(r.entry.action.startsWith(u"login."_s));
        }
        // Wildcards and quotes in filters match themselves only.
        QVERIFY(trail.find({u"%"_s, {}, {}, 0, 0, 1000})->isEmpty());
        const auto percent = trail.find({{}, {}, u"%"_s, 0, 0, 1000});
        QVERIFY(!percent->isEmpty()); // the refused login "adm%"
        for (const AuditRecord &r : *percent)
            QVERIFY2(r.entry.object.contains(u'%'), qPrintable(r.entry.object));
        QVERIFY(trail.find({u"' OR 1=1 --"_s, {}, {}, 0, 0, 1000})->isEmpty());
        auto campaign = trail.find({{}, {}, u"mpaignFl"_s, 0, 0, 1000});
        QVERIFY(!campaign->isEmpty());
        QCOMPARE(campaign->first().entry.object, u"campaignFlow"_s);
        QCOMPARE(AuditTrail::escapeLike(u"a%b_c\\"_s), u"a\\%b\\_c\\\\"_s);
    }

private:
    QString lastAudit(const QString &login) const
    {
        return m_fixture.value(
            u"SELECT action || '|' || COALESCE(after_value, '') FROM audit WHERE object = '%1' "
            "AND action LIKE 'login.%' ORDER BY id DESC LIMIT 1"_s.arg(QString(login).replace(u'\'', u"''"_s)));
    }

    AccessFixture m_fixture;
};

QTEST_GUILESS_MAIN(AuthenticationTest)
#include "tst_authentication.moc"
