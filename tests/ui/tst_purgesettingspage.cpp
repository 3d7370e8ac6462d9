// Options > Purge settings: the values of the instance, validation naming the field (empty, 0, negative, not a
// number), saving with an audit line per changed value, and a read-only page for an operator without
// ADMINISTRATION whose Save names the missing right.
#include "common/messagebar.h"
#include "consoletesting.h"
#include "mainwindow.h"
#include "options/purgesettingsdialog.h"
#include "security/principalloader.h"
#include "seededinstance.h"
#include "store/operatorrepository.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

class PurgeSettingsPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_instance = testing::seededConsoleInstance(m_dir, m_settings);
        QVERIFY(m_instance);
        OperatorRepository operators(*m_instance->database());
        auto admin = operators.create({0, u"admin"_s, u"Admin"_s, u"-"_s, false}, {u"admin"_s});
        auto wendy = operators.create({0, u"wendy"_s, u"Wendy"_s, u"-"_s, false}, {u"workflowExecution"_s});
        QVERIFY(admin && wendy);
        m_admin = *admin;
        m_wendy = *wendy;
    }

    void showsTheStoredValues()
    {
        auto dialog = openDialog(m_admin);
        QVERIFY(dialog);
        auto *deliveryLogs = qobject_cast<QLineEdit *>(dialog->field(u"purge.deliveryLogs"_s));
        QVERIFY(deliveryLogs);
        QCOMPARE(deliveryLogs->text(), option(u"purge.deliveryLogs"_s));
        QVERIFY(qobject_cast<QComboBox *>(dialog->field(u"purge.vacuum"_s)));
        QVERIFY(dialog->saveButton()->isEnabled());
        QVERIFY(dialog->messageBar()->isHidden());
        testing::saveScreenshot(*dialog, u"purge-settings.png"_s);
    }

    void invalidValuesAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << u"0"_s;
        QTest::newRow("negative") << u"-5"_s;
        QTest::newRow("not a number") << u"abc"_s;
        QTest::newRow("decimal") << u"7.5"_s;
        QTest::newRow("empty") << QString();
    }

    void invalidValuesAreRefusedNamingTheField()
    {
        QFETCH(QString, text);
        const QString before = option(u"purge.deliveryLogs"_s);
        const qint64 audits = auditCount();
        auto dialog = openDialog(m_admin);
        QVERIFY(dialog);
        auto *field = qobject_cast<QLineEdit *>(dialog->field(u"purge.deliveryLogs"_s));
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Delete);
        QTest::keyClicks(field, text);
        QSignalSpy failed(dialog.get(), &PurgeSettingsDialog::saveFailed);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(failed.size(), 1);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY(dialog->messageBar()->isVisible());
        QVERIFY2(dialog->messageBar()->text().contains(u"Delivery logs"_s), qPrintable(dialog->messageBar()->text()));
        QVERIFY(field->property("invalid").toBool());
        QCOMPARE(option(u"purge.deliveryLogs"_s), before); // nothing written
        QCOMPARE(auditCount(), audits);
        if (text == u"abc"_s)
            testing::saveScreenshot(*dialog, u"purge-settings-invalid.png"_s);
    }

    void aValidValueIsSavedAndAudited()
    {
        const QString before = option(u"purge.visitors"_s);
        const QString after = before == u"45"_s ? u"46"_s : u"45"_s;
        auto dialog = openDialog(m_admin);
        QVERIFY(dialog);
        auto *field = qobject_cast<QLineEdit *>(dialog->field(u"purge.visitors"_s));
        field->selectAll();
        QTest::keyClicks(field, after);
        QSignalSpy saved(dialog.get(), &PurgeSettingsDialog::saved);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QVERIFY(!dialog->isVisible());
        QCOMPARE(option(u"purge.visitors"_s), after);
        QSqlQuery query(*m_instance->database());
        QVERIFY(query.exec(u"SELECT operator, before_value, after_value FROM audit WHERE action = 'option.change' "
                           "AND object = 'purge.visitors' ORDER BY id DESC"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"admin"_s);
        QCOMPARE(query.value(1).toString(), before);
        QCOMPARE(query.value(2).toString(), after);
    }

    void anOperatorWithoutTheRightCannotSave()
    {
        auto dialog = openDialog(m_wendy);
        QVERIFY(dialog);
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY2(dialog->saveButton()->toolTip().contains(u"ADMINISTRATION"_s), qPrintable(dialog->saveButton()->toolTip()));
        QVERIFY(qobject_cast<QLineEdit *>(dialog->field(u"purge.events"_s))->isReadOnly());
    }

    void theMainWindowOpensItFromTheOptionsMenu()
    {
        auto principal = PrincipalLoader(*m_instance->database()).load(m_admin);
        QVERIFY(principal);
        MainWindow window;
        QVERIFY(!window.purgeSettingsAction()->isEnabled()); // nobody logged in
        QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
        QVERIFY(testing::addLiveNode(*m_instance->database())); // no engine in this test
        window.show();
        window.startSession(m_instance, *principal);
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.purgeSettingsAction()->isEnabled());
        window.purgeSettingsAction()->trigger();
        PurgeSettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<PurgeSettingsDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isLoaded());
        dialog->reject();
    }

private:
    std::unique_ptr<PurgeSettingsDialog> openDialog(qint64 operatorId)
    {
        auto principal = PrincipalLoader(*m_instance->database()).load(operatorId);
        if (!principal)
            return {};
        auto dialog = std::make_unique<PurgeSettingsDialog>(m_instance, *principal);
        QSignalSpy loaded(dialog.get(), &PurgeSettingsDialog::loaded);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()) || (!dialog->isLoaded() && !loaded.wait(10000)))
            return {};
        return dialog;
    }

    QString option(const QString &name) const
    {
        QSqlQuery query(*m_instance->database());
        query.prepare(u"SELECT value FROM options WHERE name = ?"_s);
        query.addBindValue(name);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    qint64 auditCount() const
    {
        QSqlQuery query(*m_instance->database());
        return query.exec(u"SELECT COUNT(*) FROM audit WHERE action = 'option.change'"_s) && query.next()
            ? query.value(0).toLongLong()
            : -1;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_settings;
    std::shared_ptr<Instance> m_instance;
    qint64 m_admin = 0;
    qint64 m_wendy = 0;
};

QTEST_MAIN(PurgeSettingsPageTest)
#include "tst_purgesettingspage.moc"
