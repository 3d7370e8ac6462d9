// The workflow actions of the main window against a real seeded SQLite instance served by a (pretend) engine node,
// so queued commands stay queued: every action through the UI (command row, transitional state), actions disabled
// by the state or by a missing right with a tooltip naming it, the context menu and shortcuts, the bulk preview and
// its results, and live updates from another process keeping the selection.
#include "actions/bulkactiondialog.h"
#include "actions/commandpreview.h"
#include "actions/workflowactions.h"
#include "common/changewatcher.h"
#include "common/messagebar.h"
#include "consoletesting.h"
#include "engine/commandqueue.h"
#include "mainwindow.h"
#include "security/principalloader.h"
#include "seededinstance.h"
#include "store/operatorrepository.h"
#include "workflows/workflowlistmodel.h"
#include "workflows/workflowlistpage.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

const QSize desktopSize(1360, 800);

QString stateShown(const MainWindow &window, const QString &internalName)
{
    const QAbstractItemModel *model = window.workflowView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, WorkflowListModel::InternalName).data().toString() == internalName)
            return model->index(row, WorkflowListModel::State).data().toString();
    return {};
}

} // namespace

class ActionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        testing::isolateSettings(m_settings.path());
    }

    // A fresh instance for each test: the commands of one must not change the states the next one sees.
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_instance = testing::seededInstance(m_dir->path());
        QVERIFY(m_instance);
        auto db = m_instance->database();
        QVERIFY(db);
        OperatorRepository operators(*db);
        auto admin = operators.create({0, u"admin"_s, u"Admin"_s, u"-"_s, false}, {u"admin"_s});
        auto wendy = operators.create({0, u"wendy"_s, u"Wendy"_s, u"-"_s, false}, {u"workflowExecution"_s});
        QVERIFY(admin && wendy);
        m_admin = *admin;
        m_wendy = *wendy;
        // A live engine node serves the instance: the console runs no engine, and commands wait in the queue.
        QVERIFY(testing::addLiveNode(*db));
    }

    void everyActionQueuesItsCommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("workflow");
        QTest::addColumn<QString>("shown");
        QTest::newRow("start") << u"start"_s << u"collectDataHeatMapService"_s << u"Start pending"_s;
        QTest::newRow("pause") << u"pause"_s << u"billing"_s << u"Pause requested"_s;
        QTest::newRow("stop") << u"stop"_s << u"billing"_s << u"Stop requested"_s;
        QTest::newRow("restart") << u"restart"_s << u"billing"_s << u"Restart requested"_s;
        QTest::newRow("kill") << u"kill"_s << u"billing"_s << u"Stop requested"_s;
        QTest::newRow("wakeup") << u"wakeup"_s << u"billing"_s << u"Started"_s;
        QTest::newRow("purge") << u"purge"_s << u"billing"_s << u"Started"_s;
        QTest::newRow("simulate") << u"simulate"_s << u"forecasting"_s << u"Start pending"_s;
    }

    void everyActionQueuesItsCommand()
    {
        QFETCH(QString, command);
        QFETCH(QString, workflow);
        QFETCH(QString, shown);
        QSqlQuery query(*m_instance->database());
        QVERIFY(query.exec(u"UPDATE workflows SET state = 'finished' WHERE internal_name = 'forecasting'"_s));
        auto window = sessionWindow(m_admin);
        QVERIFY(window);
        select(*window, {workflow});
        QAction *action = window->workflowActions()->action(*workflowCommandFromName(command));
        QVERIFY(action);
        QVERIFY2(action->isEnabled(), qPrintable(action->toolTip()));
        const qint64 before = commandCount(workflow, command);
        action->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(commandCount(workflow, command), before + 1, 10000); // the queued row
        QTRY_COMPARE_WITH_TIMEOUT(stateShown(*window, workflow), shown, 10000); // the transitional state
        QTRY_VERIFY2(window->statusBar()->currentMessage().contains(u"queued for "_s + workflow),
                     qPrintable(window->statusBar()->currentMessage()));
        QVERIFY(window->messageBar()->isHidden());
        QCOMPARE(window->workflowPage()->selectedWorkflows().size(), 1); // the selection survived the refresh
    }

    void actionsFollowTheStateOfTheSelection()
    {
        auto window = sessionWindow(m_admin);
        QVERIFY(window);
        WorkflowActions *actions = window->workflowActions();
        QVERIFY(!actions->action(WorkflowCommand::Start)->isEnabled()); // nothing selected
        QVERIFY(actions->action(WorkflowCommand::Start)->toolTip().contains(u"Select"_s));
        select(*window, {u"collectDataHeatMapService"_s}); // paused
        QVERIFY(actions->action(WorkflowCommand::Start)->isEnabled());
        QVERIFY(!actions->action(WorkflowCommand::Pause)->isEnabled());
        QVERIFY2(actions->action(WorkflowCommand::Pause)->toolTip().contains(u"not started"_s),
                 qPrintable(actions->action(WorkflowCommand::Pause)->toolTip()));
        select(*window, {u"billing"_s}); // started
        QVERIFY(!actions->action(WorkflowCommand::Start)->isEnabled());
        QVERIFY(actions->action(WorkflowCommand::Start)->toolTip().contains(u"already started"_s));
        QVERIFY(actions->action(WorkflowCommand::Pause)->isEnabled());
        QVERIFY(actions->openAction()->isEnabled());
        // Several workflows: enabled when the operator may act on them; the preview tells which are refused.
        select(*window, {u"billing"_s, u"collectDataHeatMapService"_s});
        QVERIFY(actions->action(WorkflowCommand::Pause)->isEnabled());
        QVERIFY(!actions->openAction()->isEnabled());
    }

    void aMissingRightDisablesTheActionsAndNamesIt()
    {
        auto window = sessionWindow(m_wendy);
        QVERIFY(window);
        select(*window, {u"billing"_s});
        for (WorkflowCommand command : WorkflowActions::commands()) {
            QAction *action = window->workflowActions()->action(command);
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
            QVERIFY2(action->toolTip().contains(u"ADMINISTRATION"_s), qPrintable(action->toolTip()));
        }
        // The shortcut of a disabled action sends nothing.
        const qint64 before = commandCount(u"billing"_s, u"pause"_s);
        QTest::keyClick(window->workflowView(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::qWait(300);
        QCOMPARE(commandCount(u"billing"_s, u"pause"_s), before);
        QVERIFY(window->workflowActions()->openAction()->isEnabled()); // reading is allowed
    }

    void theContextMenuAndShortcutsOfferTheActions()
    {
        auto window = sessionWindow(m_admin);
        QVERIFY(window);
        const QList<QAction *> menu = window->workflowView()->actions();
        for (WorkflowCommand command : WorkflowActions::commands())
            QVERIFY(menu.contains(window->workflowActions()->action(command)));
        QCOMPARE(window->workflowView()->contextMenuPolicy(), Qt::ActionsContextMenu);
        select(*window, {u"billing"_s});
        window->workflowView()->setFocus();
        QTest::keyClick(window->workflowView(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(commandCount(u"billing"_s, u"pause"_s), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateShown(*window, u"billing"_s), u"Pause requested"_s, 10000);
        // Enter on a workflow asks to open it.
        QSignalSpy open(window.get(), &MainWindow::workflowOpenRequested);
        QTest::keyClick(window->workflowView(), Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toLongLong(), window->workflowPage()->selectedWorkflows().first().id);
    }

    void aBulkActionShowsAPreviewThenEachResult()
    {
        auto window = sessionWindow(m_admin);
        QVERIFY(window);
        const QStringList started = {u"billing"_s, u"cleanup"_s, u"tracking"_s};
        select(*window, started + QStringList{u"collectDataHeatMapService"_s});
        window->workflowActions()->action(WorkflowCommand::Pause)->trigger();
        BulkActionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<BulkActionDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        QTreeWidget *list = dialog->list();
        QCOMPARE(list->topLevelItemCount(), 4);
        QCOMPARE(dialog->allowedCount(), 3);
        QCOMPARE(dialog->runButton()->text(), u"Pause 3 workflows"_s);
        int refused = 0;
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            QTreeWidgetItem *item = list->topLevelItem(row);
            const QString name = item->data(BulkActionDialog::Workflow, Qt::UserRole).toString();
            if (name == u"collectDataHeatMapService"_s) {
                ++refused;
                QVERIFY2(item->text(BulkActionDialog::Effect).contains(u"not started"_s),
                         qPrintable(item->text(BulkActionDialog::Effect)));
                QCOMPARE(item->text(BulkActionDialog::Result), u"Will not be sent"_s);
            } else {
                QCOMPARE(item->text(BulkActionDialog::Effect), u"Started → Pause requested"_s);
            }
        }
        QCOMPARE(refused, 1);
        QCOMPARE(commandCount(QString(), u"pause"_s), 0); // nothing sent before the confirmation
        testing::saveScreenshot(*dialog, u"bulk-preview.png"_s);

        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isDone(), 10000);
        QCOMPARE(dialog->progress()->value(), 3);
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            QTreeWidgetItem *item = list->topLevelItem(row);
            if (item->data(BulkActionDialog::Workflow, Qt::UserRole).toString() != u"collectDataHeatMapService"_s)
                QCOMPARE(item->text(BulkActionDialog::Result), u"Queued: Pause requested"_s);
        }
        QCOMPARE(commandCount(QString(), u"pause"_s), 3);
        testing::saveScreenshot(*dialog, u"bulk-results.png"_s);
        dialog->accept();
        for (const QString &name : started)
            QTRY_COMPARE_WITH_TIMEOUT(stateShown(*window, name), u"Pause requested"_s, 10000);
        QCOMPARE(stateShown(*window, u"collectDataHeatMapService"_s), u"Paused"_s);
    }

    void aBulkRefusalFromTheQueueIsShownForThatWorkflow()
    {
        auto window = sessionWindow(m_admin);
        QVERIFY(window);
        select(*window, {u"billing"_s, u"cleanup"_s});
        window->workflowActions()->action(WorkflowCommand::Pause)->trigger();
        BulkActionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<BulkActionDialog *>()) != nullptr);
        // Between the preview and the confirmation, someone else paused the cleanup: the queue refuses it.
        CommandQueue queue(*m_instance);
        QVERIFY(queue.submit(m_admin, {.workflow = u"cleanup"_s, .command = WorkflowCommand::Pause, .parameters = {}}));
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isDone(), 10000);
        QStringList results;
        for (int row = 0; row < dialog->list()->topLevelItemCount(); ++row)
            results << dialog->list()->topLevelItem(row)->text(BulkActionDialog::Result);
        QVERIFY2(results.contains(u"Queued: Pause requested"_s), qPrintable(results.join(u" | "_s)));
        QVERIFY2(std::any_of(results.cbegin(), results.cend(),
                             [](const QString &r) { return r.contains(u"wait for the engine"_s); }),
                 qPrintable(results.join(u" | "_s)));
        dialog->reject();
    }

    void changesFromAnotherProcessShowUpKeepingTheSelection()
    {
        auto window = sessionWindow(m_admin);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->changeWatcher()->isWatching(), 10000); // a node serves the instance
        window->changeWatcher()->setInterval(std::chrono::milliseconds(200));
        select(*window, {u"tracking"_s});
        QSignalSpy loaded(window.get(), &MainWindow::snapshotLoaded);
        QTest::qWait(600); // the watcher has its first fingerprint
        CommandQueue queue(*m_instance); // as nightshiftctl would
        QVERIFY(queue.submit(m_admin, {.workflow = u"billing"_s, .command = WorkflowCommand::Stop, .parameters = {}}));
        QTRY_COMPARE_WITH_TIMEOUT(stateShown(*window, u"billing"_s), u"Stop requested"_s, 10000);
        QTRY_VERIFY(!loaded.isEmpty()); // the explorer half of a snapshot comes one event-loop turn after the list
        const QList<WorkflowRecord> selected = window->workflowPage()->selectedWorkflows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().internalName, u"tracking"_s);
        QCOMPARE(window->workflowView()->currentIndex().siblingAtColumn(WorkflowListModel::InternalName).data(),
                 QVariant(u"tracking"_s));
        // Nothing changes: no more reads of the instance.
        QTest::qWait(400);
        loaded.clear();
        QTest::qWait(800);
        QCOMPARE(loaded.size(), 0);
    }

    void theStatusBarCountsRunningWorkflowsAndShowsJobProgress()
    {
        QSqlQuery query(*m_instance->database());
        QVERIFY(query.exec(u"INSERT INTO runs (workflow_id, trigger, started_at, status) "
                           "SELECT id, 'start', 1000, 'running' FROM workflows WHERE internal_name = 'cleanup'"_s));
        QVERIFY(query.exec(
            u"INSERT INTO tasks (workflow_id, run_id, activity, state, created_at, progress_done, progress_total) "
            "SELECT w.id, r.id, 'purge', 'running', 1000, 250, 1000 FROM workflows w JOIN runs r ON r.workflow_id = w.id "
            "WHERE w.internal_name = 'cleanup'"_s));
        auto window = sessionWindow(m_admin);
        QVERIFY(window);
        QCOMPARE(window->findChild<QLabel *>(u"runningCount"_s)->text(), u"Running: 9"_s);
        auto *progress = window->findChild<QProgressBar *>(u"jobProgress"_s);
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->value(), 250);
        const QString line = u"Database cleanup › purge: 250 of %1"_s.arg(QLocale().toString(1000));
        QVERIFY2(progress->toolTip().contains(line), qPrintable(progress->toolTip()));
        // The live-node check runs in the background and may answer after the first snapshot.
        QTRY_VERIFY(window->findChild<QLabel *>(u"engineStatus"_s)->text().contains(u"test-node"_s));
    }

private:
    std::unique_ptr<MainWindow> sessionWindow(qint64 operatorId)
    {
        auto principal = PrincipalLoader(*m_instance->database()).load(operatorId);
        if (!principal)
            return {};
        auto window = std::make_unique<MainWindow>();
        QSignalSpy loaded(window.get(), &MainWindow::snapshotLoaded);
        window->resize(desktopSize);
        window->show();
        window->activateWindow(); // window shortcuts need the active window
        if (!QTest::qWaitForWindowExposed(window.get()) || !QTest::qWaitForWindowActive(window.get()))
            return {};
        window->startSession(m_instance, *principal);
        if (!loaded.wait(10000))
            return {};
        return window;
    }

    static void select(MainWindow &window, const QStringList &names)
    {
        QTreeView *view = window.workflowView();
        QItemSelection selection;
        QModelIndex first;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, WorkflowListModel::InternalName);
            if (!names.contains(index.data().toString()))
                continue;
            selection.select(index.siblingAtColumn(0), index.siblingAtColumn(WorkflowListModel::ColumnCount - 1));
            if (!first.isValid())
                first = index.siblingAtColumn(0);
        }
        view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        QCOMPARE(window.workflowPage()->selectedWorkflows().size(), names.size());
    }

    qint64 commandCount(const QString &workflow, const QString &command) const
    {
        QSqlQuery query(*m_instance->database());
        query.prepare(u"SELECT COUNT(*) FROM commands c JOIN workflows w ON w.id = c.workflow_id "
                      "WHERE c.command = ? AND (? = '' OR w.internal_name = ?) AND c.applied_at IS NULL"_s);
        query.addBindValue(command);
        query.addBindValue(workflow.isNull() ? u""_s : workflow);
        query.addBindValue(workflow.isNull() ? u""_s : workflow);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Instance> m_instance;
    qint64 m_admin = 0;
    qint64 m_wendy = 0;
};

QTEST_MAIN(ActionsTest)
#include "tst_actions.moc"
