// The operator's notifications (SPEC §7; issue #5): which ones an operator sees (its groups', its own, not the
// others'), acknowledging (who and when, only what is addressed to it), the model under
// QAbstractItemModelTester, the status bar's bell and its panel (count, open the workflow, acknowledge), and the
// bell of a logged-in main window following the console's refreshes. Screenshots of the panel.
#include "common/theme.h"
#include "consoletesting.h"
#include "mainwindow.h"
#include "notifications/notificationbell.h"
#include "notifications/notificationdata.h"
#include "notifications/notificationmodel.h"

#include "core/executionstatus.h"
#include "security/passwordhasher.h"
#include "security/principalloader.h"
#include "store/operatorrepository.h"
#include "store/sqlsupport.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QFont>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

constexpr int Timeout = 15000;

} // namespace

class NotificationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_instance = testing::seededConsoleInstance(m_dir, m_settings);
        QVERIFY(m_instance);
        auto db = m_instance->database();
        QVERIFY(db);
        QVERIFY(testing::addLiveNode(*db)); // no engine of the console's own: nothing else writes
        OperatorRepository operators(*db);
        auto hash = PasswordHasher::hash(u"a-password"_s);
        QVERIFY(hash);
        auto ops = operators.create({0, u"ops"_s, u"Ops"_s, *hash, false}, {u"workflowSupervisors"_s});
        QVERIFY2(ops, qPrintable(ops ? QString() : ops.error().message));
        m_ops = *ops;
        auto other = operators.create({0, u"other"_s, u"Other"_s, *hash, false}, {u"workflowExecution"_s});
        QVERIFY(other);
        m_other = *other;
        auto admin = operators.create({0, u"boss"_s, u"Boss"_s, *hash, false}, {u"admin"_s});
        QVERIFY(admin);
        m_admin = *admin;
        auto cleanup = scalar(*db, u"SELECT id FROM workflows WHERE internal_name = 'cleanup'"_s);
        QVERIFY(cleanup && cleanup->toLongLong() > 0);
        m_cleanup = cleanup->toLongLong();
    }

    void init()
    {
        QVERIFY(execute(*m_instance->database(), u"DELETE FROM notifications"_s));
        notify(u"workflowSupervisors"_s, u"Cleanup failed"_s, 1000, int(JournalLevel::Error));
        notify(u"operator:ops"_s, u"Paused for 8 days"_s, 2000);
        notify(u"workflowExecution"_s, u"Not for ops"_s, 3000);
        notify(u"operator:other"_s, u"Not for ops either"_s, 4000);
    }

    void anOperatorSeesItsGroupsAndItsOwn()
    {
        auto list = readNotifications(*m_instance, m_ops);
        QVERIFY2(list, qPrintable(list ? QString() : list.error().message));
        QCOMPARE(list->unread, 2);
        QCOMPARE(list->rows.size(), 2);
        QCOMPARE(list->rows.at(0).subject, u"Paused for 8 days"_s); // newest first
        QCOMPARE(list->rows.at(1).subject, u"Cleanup failed"_s);
        QCOMPARE(list->rows.at(1).workflowName, u"cleanup"_s);
        QCOMPARE(list->rows.at(1).workflowId, m_cleanup);
        QCOMPARE(list->rows.at(1).recipient, u"workflowSupervisors"_s);
        auto others = readNotifications(*m_instance, m_other);
        QVERIFY(others);
        QCOMPARE(others->unread, 2);
        QCOMPARE(others->rows.at(0).subject, u"Not for ops either"_s);
        // A group left counts at the next read: the operator is read afresh.
        QVERIFY(execute(*m_instance->database(), u"DELETE FROM group_members WHERE operator_id = ?"_s, {m_other}));
        others = readNotifications(*m_instance, m_other);
        QVERIFY(others);
        QCOMPARE(others->unread, 1);
        QVERIFY(execute(*m_instance->database(),
                        u"INSERT INTO group_members (group_id, operator_id) SELECT id, ? FROM operator_groups "
                        "WHERE name = 'workflowExecution'"_s,
                        {m_other}));
    }

    void acknowledgingRecordsWhoAndWhenOnlyForItsOwn()
    {
        auto list = readNotifications(*m_instance, m_ops);
        QVERIFY(list);
        const qint64 mine = list->rows.at(0).id;
        const qint64 notMine = idOf(u"Not for ops"_s);
        const qint64 before = nowMs();
        auto done = acknowledgeNotifications(*m_instance, m_ops, {mine, notMine});
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(*done, 1); // the other group's stays unread
        auto row = execute(*m_instance->database(),
                           u"SELECT acknowledged_at, acknowledged_by FROM notifications WHERE id = ?"_s, {mine});
        QVERIFY(row && row->next());
        QVERIFY(row->value(0).toLongLong() >= before);
        QCOMPARE(row->value(1).toString(), u"ops"_s);
        QVERIFY(scalar(*m_instance->database(), u"SELECT acknowledged_at FROM notifications WHERE id = ?"_s, {notMine})
                    ->isNull());
        // Acknowledged again: the first who and when stay.
        QCOMPARE(*acknowledgeNotifications(*m_instance, m_ops, {mine}), 0);
        list = readNotifications(*m_instance, m_ops);
        QCOMPARE(list->unread, 1);
        QCOMPARE(list->rows.size(), 2); // the acknowledged one is still listed, after the unread ones
        QCOMPARE(list->rows.at(1).id, mine);
        QCOMPARE(list->rows.at(1).acknowledgedBy, u"ops"_s);
    }

    void modelPassesTheTesterAndKeepsRowsInPlace()
    {
        NotificationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto list = readNotifications(*m_instance, m_ops);
        QVERIFY(list);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setList(*list);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, NotificationModel::Acknowledged).data().toString(), u"Unread"_s);
        QVERIFY(model.index(0, NotificationModel::Notification).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(model.index(1, NotificationModel::Workflow).data().toString().contains(u"(cleanup)"_s));
        QVERIFY(!model.index(1, NotificationModel::Time).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(acknowledgeNotifications(*m_instance, m_ops, {list->rows.at(0).id}));
        model.setList(*readNotifications(*m_instance, m_ops));
        // Same rows in another order (the acknowledged one goes last): a reset.
        QCOMPARE(reset.size(), 2);
        model.setList(*readNotifications(*m_instance, m_ops));
        QCOMPARE(reset.size(), 2); // nothing changed: no signal at all
        QCOMPARE(changed.size(), 0);
        QVERIFY(model.index(1, NotificationModel::Acknowledged).data().toString().contains(u"by ops"_s));
        QCOMPARE(model.unreadIds().size(), 1);
    }

    void theBellCountsOpensAndAcknowledges()
    {
        QWidget host; // the bell lives in a status bar, not as a window
        auto &bell = *new NotificationBell(&host);
        QSignalSpy refreshed(&bell, &NotificationBell::refreshed);
        bell.setSession(m_instance, principal(m_ops));
        QVERIFY(refreshed.wait(Timeout));
        QVERIFY(!bell.isHidden());
        QCOMPARE(bell.unreadCount(), 2);
        QCOMPARE(bell.text(), u"2"_s);
        QVERIFY(bell.toolTip().contains(u"2 unread"_s));

        refreshed.clear();
        bell.showPanel(); // reads again: the read may end while the window is being exposed
        QDialog *panel = bell.panel();
        QVERIFY(QTest::qWaitForWindowExposed(panel));
        auto *table = panel->findChild<QTableView *>(u"notificationTable"_s);
        auto *open = panel->findChild<QPushButton *>(u"openWorkflow"_s);
        auto *acknowledge = panel->findChild<QPushButton *>(u"acknowledge"_s);
        auto *all = panel->findChild<QPushButton *>(u"acknowledgeAll"_s);
        QVERIFY(table && open && acknowledge && all);
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), Timeout);
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(!open->isEnabled() && !acknowledge->isEnabled() && all->isEnabled());
        testing::saveScreenshot(*panel, u"notifications.png"_s);

        // The failed cleanup: open its workflow (button, or Enter on the row).
        table->selectRow(1);
        QVERIFY(open->isEnabled() && acknowledge->isEnabled());
        QSignalSpy opened(&bell, &NotificationBell::workflowOpenRequested);
        open->click();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), m_cleanup);

        // Acknowledge it: the count drops, the row says who.
        QSignalSpy acknowledged(&bell, &NotificationBell::acknowledged);
        refreshed.clear();
        acknowledge->click();
        QVERIFY(acknowledged.wait(Timeout));
        QCOMPARE(acknowledged.first().first().toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), Timeout);
        QCOMPARE(bell.unreadCount(), 1);
        QCOMPARE(bell.text(), u"1"_s);
        QCOMPARE(*scalar(*m_instance->database(), u"SELECT acknowledged_by FROM notifications WHERE subject = ?"_s,
                         {u"Cleanup failed"_s}),
                 QVariant(u"ops"_s));

        // Then all of them.
        refreshed.clear();
        all->click();
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), Timeout);
        QCOMPARE(bell.unreadCount(), 0);
        QCOMPARE(bell.text(), QString());
        QVERIFY(!all->isEnabled());
        testing::saveScreenshot(*panel, u"notifications-acknowledged.png"_s);
    }

    void theMainWindowBellFollowsRefreshes()
    {
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
        window.resize(1360, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        NotificationBell *bell = window.notificationBell();
        QVERIFY(bell);
        QVERIFY(bell->isHidden()); // nobody logged in
        window.startSession(m_instance, principal(m_ops));
        QVERIFY(loaded.wait(Timeout));
        QTRY_COMPARE_WITH_TIMEOUT(bell->unreadCount(), 2, Timeout);
        QVERIFY(bell->isVisible());
        QVERIFY(window.statusBar()->isAncestorOf(bell));

        // A notification written by another process: the next refresh of the console shows it.
        notify(u"operator:ops"_s, u"Paused for 15 days"_s, nowMs());
        window.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(bell->unreadCount(), 3, Timeout);

        // Opening from the panel asks the main window to open the workflow.
        QSignalSpy open(&window, &MainWindow::workflowOpenRequested);
        Q_EMIT bell->workflowOpenRequested(m_cleanup);
        QCOMPARE(open.size(), 1);
        testing::saveScreenshot(window, u"main-window-notifications.png"_s);
        // The folder icons and the bell on the dark theme (to look at: their ink follows the palette).
        Theme::instance().apply(Theme::Dark);
        QTRY_VERIFY(Theme::isDarkPalette(window.palette()) && Theme::isDarkPalette(bell->palette()));
        testing::saveScreenshot(window, u"main-window-notifications-dark.png"_s);
        Theme::instance().apply(Theme::System);
        window.close();
    }

private:
    void notify(const QString &to, const QString &subject, qint64 at, int level = int(JournalLevel::Warning))
    {
        QVERIFY(execute(*m_instance->database(),
                        u"INSERT INTO notifications (workflow_id, group_name, level, subject, message, created_at) "
                        "VALUES (?, ?, ?, ?, ?, ?)"_s,
                        {m_cleanup, to, level, subject, u"Details of: "_s + subject, at}));
    }

    qint64 idOf(const QString &subject)
    {
        return scalar(*m_instance->database(), u"SELECT id FROM notifications WHERE subject = ?"_s, {subject})
            ->toLongLong();
    }

    Principal principal(qint64 id)
    {
        auto who = PrincipalLoader(*m_instance->database()).load(id);
        if (!who)
            qFatal("%s", qPrintable(who.error().message));
        return *who;
    }

    QTemporaryDir m_dir, m_settings;
    std::shared_ptr<Instance> m_instance;
    qint64 m_ops = 0, m_other = 0, m_admin = 0, m_cleanup = 0;
};

QTEST_MAIN(NotificationsTest)
#include "tst_notifications.moc"
