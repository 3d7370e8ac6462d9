// The console's main window against a real seeded SQLite instance: explorer tree, workflow list, filter,
// sorting, health, placeholder pages, errors in the message bar, refresh, remembered columns, and a screenshot.
#include "common/changewatcher.h"
#include "common/messagebar.h"
#include "common/theme.h"
#include "common/placeholderpage.h"
#include "consoletesting.h"
#include "explorer/explorermodel.h"
#include "explorer/explorerview.h"
#include "explorer/optionspage.h"
#include "mainwindow.h"
#include "options/purgesettingsdialog.h"
#include "security/principalloader.h"
#include "seededinstance.h"
#include "store/operatorrepository.h"
#include "workflows/workflowfilter.h"
#include "workflows/workflowlistmodel.h"
#include "workflows/workflowlistpage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

const QString technicalWorkflows = u"administration/production/technicalWorkflows"_s;
const QSize desktopSize(1360, 800); // what MainWindow takes on a large enough screen
const QStringList deliveryWorkflows = {
    u"aliasCleansing"_s,
    u"billing"_s,
    u"cleanup"_s,
    u"cleanupPausedWorkflows"_s,
    u"deliverabilityUpdate"_s,
    u"forecasting"_s,
    u"offerMgt"_s,
    u"reportingAggregates"_s,
    u"tracking"_s,
};

// The internal names the workflow list shows, top to bottom.
QStringList shownNames(const MainWindow &window)
{
    const QAbstractItemModel *model = window.workflowView()->model();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, WorkflowListModel::InternalName).data().toString();
    return names;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QModelIndex folder(const MainWindow &window, const QString &path, int column = ExplorerModel::Name)
{
    return window.explorerView()->explorerModel()->indexOfPath(path).siblingAtColumn(column);
}

// Clicks a folder of the explorer, as an operator would.
void clickFolder(MainWindow &window, const QString &path)
{
    ExplorerView *tree = window.explorerView();
    const QModelIndex index = folder(window, path);
    QVERIFY2(index.isValid(), qPrintable(path));
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    QCOMPARE(tree->currentPath(), path);
}

QString countText(const MainWindow &window)
{
    return window.workflowPage()->findChild<QLabel *>(u"workflowCount"_s)->text();
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_instance = testing::seededConsoleInstance(m_dir, m_settings);
        QVERIFY(m_instance);
    }

    void init() { QSettings().clear(); }

    void explorerShowsTheTechnicalWorkflows()
    {
        auto window = loadedWindow();
        QVERIFY(window);
        const ExplorerView *tree = window->explorerView();
        QStringList labels;
        for (const QString &path :
             {u"administration"_s, u"administration/production"_s, technicalWorkflows,
              technicalWorkflows + u"/delivery"_s, technicalWorkflows + u"/defaultInstallation"_s}) {
            const QModelIndex index = folder(*window, path);
            QVERIFY2(index.isValid(), qPrintable(path));
            QVERIFY2(tree->isVisible() && !tree->visualRect(index).isEmpty(), qPrintable(path + u" is not shown"_s));
            labels << index.data().toString();
            QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().pixmap(16).isNull()); // icons are compiled in
        }
        QCOMPARE(labels,
                 (QStringList{u"Administration"_s, u"Production"_s, u"Technical workflows"_s, u"Delivery"_s,
                              u"Default installation"_s}));
        QCOMPARE(folder(*window, technicalWorkflows + u"/delivery"_s).parent(), folder(*window, technicalWorkflows));
        QCOMPARE(tree->currentPath(), technicalWorkflows); // the start folder
        QCOMPARE(window->focusWidget(), tree); // the keyboard starts in the tree
        QVERIFY(window->windowTitle().contains(u"instance"_s)); // instance.sqlite
        QVERIFY(window->findChild<QLabel *>(u"instanceLocation"_s)->text().contains(m_dir.path()));
    }

    void theStartFolderListsTheDefaultWorkflows()
    {
        auto window = loadedWindow();
        QVERIFY(window);
        QCOMPARE(window->currentPage(), window->workflowPage());
        QCOMPARE(sorted(shownNames(*window)), sorted(deliveryWorkflows + QStringList{u"collectDataHeatMapService"_s}));
        QCOMPARE(countText(*window), u"Workflows: 10"_s);
    }

    void selectingAFolderListsItsWorkflows()
    {
        auto window = loadedWindow();
        QVERIFY(window);
        clickFolder(*window, technicalWorkflows + u"/delivery"_s);
        QCOMPARE(sorted(shownNames(*window)), deliveryWorkflows);
        QCOMPARE(window->workflowPage()->findChild<QLabel *>(u"folderTitle"_s)->text(), u"Delivery"_s);
        clickFolder(*window, technicalWorkflows + u"/defaultInstallation"_s);
        QCOMPARE(shownNames(*window), QStringList{u"collectDataHeatMapService"_s});
        QCOMPARE(countText(*window), u"Workflows: 1"_s);
        clickFolder(*window, u"administration/production/messageCenter"_s); // no package installed there
        QVERIFY(shownNames(*window).isEmpty());
        QCOMPARE(countText(*window), u"No workflows in this folder"_s);
    }

    void typingInTheFilterNarrowsTheList()
    {
        auto window = loadedWindow();
        QVERIFY(window);
        QLineEdit *filter = window->filterEdit();
        QTest::keyClicks(filter, u"cleanup"_s);
        QCOMPARE(sorted(shownNames(*window)), (QStringList{u"cleanup"_s, u"cleanupPausedWorkflows"_s}));
        QCOMPARE(countText(*window), u"Workflows: 2 of 10"_s);
        // "clean" is a substring of aliasCleansing ("Alias cleansing") too: the filter matches anywhere.
        filter->clear();
        QTest::keyClicks(filter, u"CLEAN"_s);
        QCOMPARE(sorted(shownNames(*window)),
                 (QStringList{u"aliasCleansing"_s, u"cleanup"_s, u"cleanupPausedWorkflows"_s}));
        QTest::keyClicks(filter, u" paused"_s); // every word must match
        QCOMPARE(shownNames(*window), QStringList{u"cleanupPausedWorkflows"_s});
        filter->clear();
        QTest::keyClicks(filter, u"defaultInstallation"_s); // the package is searched too
        QCOMPARE(shownNames(*window), QStringList{u"collectDataHeatMapService"_s});
        QTest::keyClick(filter, Qt::Key_Escape);
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(shownNames(*window).size(), 10);
    }

    void clickingAColumnHeaderSortsByIt()
    {
        auto window = loadedWindow();
        QVERIFY(window);
        clickFolder(*window, technicalWorkflows + u"/delivery"_s);
        QHeaderView *header = window->workflowView()->header();
        const auto clickHeader = [header](int column) {
            const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                header->height() / 2);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
        };
        clickHeader(WorkflowListModel::InternalName);
        QCOMPARE(header->sortIndicatorSection(), int(WorkflowListModel::InternalName));
        QCOMPARE(shownNames(*window), deliveryWorkflows); // already in ascending order
        clickHeader(WorkflowListModel::InternalName);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QStringList descending = deliveryWorkflows;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(shownNames(*window), descending);
        // Severity sorts by rank, not by its translated name: normal first, then production.
        clickHeader(WorkflowListModel::Severity);
        const QAbstractItemModel *model = window->workflowView()->model();
        QCOMPARE(model->index(0, WorkflowListModel::Severity).data().toString(), u"Normal"_s);
        QCOMPARE(model->index(model->rowCount() - 1, WorkflowListModel::Severity).data().toString(), u"Production"_s);
    }

    void theHealthColumnSumsUpEachFolder()
    {
        auto window = loadedWindow();
        QVERIFY(window);
        // Started and waiting for their schedulers: idle, not running.
        QCOMPARE(folder(*window, technicalWorkflows + u"/delivery"_s, ExplorerModel::Health).data().toString(),
                 u"9 idle"_s);
        QCOMPARE(
            folder(*window, technicalWorkflows + u"/defaultInstallation"_s, ExplorerModel::Health).data().toString(),
            u"1 paused"_s);
        QCOMPARE(folder(*window, technicalWorkflows, ExplorerModel::Health).data().toString(), u"1 paused"_s);
        QVERIFY(folder(*window, u"administration/reports"_s, ExplorerModel::Health).data().toString().isEmpty());
        const QIcon paused = folder(*window, technicalWorkflows + u"/defaultInstallation"_s, ExplorerModel::Health)
                                 .data(Qt::DecorationRole)
                                 .value<QIcon>();
        QVERIFY(!paused.pixmap(16).isNull());

        // A run going on (started after the last one ended) is what counts as running, here and in the
        // Workflow status > Running view.
        QSqlQuery query(*m_instance->database());
        QVERIFY(query.exec(u"UPDATE workflows SET last_start_at = 2000, last_end_at = 1000 WHERE internal_name = 'billing'"_s));
        QSignalSpy loaded(window.get(), &MainWindow::snapshotLoaded);
        window->refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(folder(*window, technicalWorkflows + u"/delivery"_s, ExplorerModel::Health).data().toString(),
                 u"1 running"_s);
        QCOMPARE(folder(*window, technicalWorkflows, ExplorerModel::Health).data().toString(),
                 u"1 running, 1 paused"_s);
        clickFolder(*window, u"administration/monitoring/workflowStatus/running"_s);
        QCOMPARE(shownNames(*window), QStringList{u"billing"_s});
        QVERIFY(query.exec(u"UPDATE workflows SET last_start_at = NULL, last_end_at = NULL WHERE internal_name = 'billing'"_s));
    }

    void productionWorkflowsAreBold()
    {
        auto window = loadedWindow();
        QVERIFY(window);
        const QAbstractItemModel *model = window->workflowView()->model();
        int production = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, WorkflowListModel::Label);
            const QString name = index.siblingAtColumn(WorkflowListModel::InternalName).data().toString();
            const bool bold = index.data(Qt::FontRole).value<QFont>().bold();
            const QString severity = index.siblingAtColumn(WorkflowListModel::Severity).data().toString();
            QCOMPARE(bold, severity != u"Normal"_s);
            production += bold ? 1 : 0;
            if (name == u"cleanup"_s)
                QVERIFY2(bold, "the database cleanup is a production workflow");
            const QIcon state = index.siblingAtColumn(WorkflowListModel::State).data(Qt::DecorationRole).value<QIcon>();
            QVERIFY(!state.pixmap(16).isNull());
        }
        QVERIFY(production > 0 && production < model->rowCount());
    }

    void aFolderWithoutAScreenShowsThePlaceholder()
    {
        auto window = loadedWindow();
        QVERIFY(window);
        clickFolder(*window, u"administration/monitoring/heatMap"_s);
        QCOMPARE(window->currentPage(), window->placeholderPage());
        QVERIFY(window->placeholderPage()->text().contains(u"Workflow heat map"_s));
        clickFolder(*window, technicalWorkflows);
        QCOMPARE(window->currentPage(), window->workflowPage());
    }

    void anInstanceThatCannotBeOpenedShowsTheMessageBar_data()
    {
        QTest::addColumn<QString>("fileContents"); // empty: no file at all
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QString() << u"there is no instance at"_s;
        QTest::newRow("not a database") << u"not a database"_s << u"Cannot open the instance"_s;
    }

    void anInstanceThatCannotBeOpenedShowsTheMessageBar()
    {
        QFETCH(QString, fileContents);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.sqlite"_s);
        if (!fileContents.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(fileContents.toUtf8());
        }
        MainWindow window;
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.resize(desktopSize);
        window.show();
        window.openInstance(*InstanceLocation::parse(path));
        QVERIFY(failed.wait(10000));
        QTRY_VERIFY(window.messageBar()->isVisible());
        QVERIFY2(window.messageBar()->text().contains(expected), qPrintable(window.messageBar()->text()));
        QVERIFY(window.messageBar()->text().contains(path));
        QVERIFY(window.windowTitle().contains(u"broken"_s));
        QCOMPARE(window.explorerView()->model()->rowCount(), 0);
        QCOMPARE(window.currentPage(), window.placeholderPage());
        QVERIFY(window.placeholderPage()->text().contains(u"F5"_s));
        if (!fileContents.isEmpty())
            return;
        testing::saveScreenshot(window, u"main-window-error.png"_s);

        // Once the instance exists, Refresh (F5) opens it and the message goes away.
        QVERIFY(testing::seededInstance(dir.path(), u"broken.sqlite"_s));
        QVERIFY(window.refreshAction()->isEnabled());
        QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
        window.refreshAction()->trigger();
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.messageBar()->isHidden());
        QCOMPARE(window.currentPage(), window.workflowPage());
        QCOMPARE(shownNames(window).size(), 10);
    }

    void refreshReadsTheInstanceAgainKeepingTheView()
    {
        auto window = loadedWindow();
        QVERIFY(window);
        clickFolder(*window, technicalWorkflows + u"/delivery"_s);
        QTest::keyClicks(window->filterEdit(), u"bill"_s);
        QCOMPARE(shownNames(*window), QStringList{u"billing"_s});
        QSqlQuery query(*m_instance->database());
        QVERIFY(query.exec(u"UPDATE workflows SET failed = 1 WHERE internal_name = 'billing'"_s));

        QSignalSpy loaded(window.get(), &MainWindow::snapshotLoaded);
        QVERIFY(window->refreshAction()->isEnabled());
        QCOMPARE(window->refreshAction()->shortcut(), QKeySequence(Qt::Key_F5));
        window->refreshAction()->trigger();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window->explorerView()->currentPath(), technicalWorkflows + u"/delivery"_s);
        QVERIFY(window->explorerView()->isExpanded(folder(*window, technicalWorkflows)));
        QCOMPARE(window->filterEdit()->text(), u"bill"_s);
        QCOMPARE(shownNames(*window), QStringList{u"billing"_s});
        QCOMPARE(window->workflowView()->model()->index(0, WorkflowListModel::State).data().toString(),
                 u"Started, failed"_s);
        QCOMPARE(folder(*window, technicalWorkflows + u"/delivery"_s, ExplorerModel::Health).data().toString(),
                 u"1 failed"_s);
        QVERIFY(query.exec(u"UPDATE workflows SET failed = 0 WHERE internal_name = 'billing'"_s));
    }

    // A refresh that reads what is shown (the worker compares) costs the views nothing: no signal from the list or
    // the tree, and the status bar says when it was checked. The next change is applied again.
    void aRefreshWithNothingNewLeavesTheViewsAlone()
    {
        auto window = loadedWindow();
        QVERIFY(window);
        clickFolder(*window, technicalWorkflows + u"/delivery"_s);
        QSignalSpy loaded(window.get(), &MainWindow::snapshotLoaded);
        window->refreshAction()->trigger();
        QVERIFY(loaded.wait(10000)); // the triggers are known now: the next read is complete, and comparable
        QAbstractItemModel *list = window->workflowPage()->listModel();
        QAbstractItemModel *tree = window->explorerView()->model();
        QSignalSpy listChanged(list, &QAbstractItemModel::dataChanged);
        QSignalSpy listReset(list, &QAbstractItemModel::modelReset);
        QSignalSpy treeChanged(tree, &QAbstractItemModel::dataChanged);
        QSignalSpy treeReset(tree, &QAbstractItemModel::modelReset);
        QSignalSpy filtered(window->workflowView()->model(), &QAbstractItemModel::layoutChanged);
        auto *updated = window->findChild<QLabel *>(u"updatedAt"_s);
        window->refreshAction()->trigger();
        QCOMPARE(updated->text(), MainWindow::tr("Refreshing…"));
        QVERIFY(loaded.wait(10000));
        QVERIFY(updated->text().startsWith(MainWindow::tr("Updated at %1").arg(QString())));
        QCOMPARE(listChanged.size() + listReset.size() + treeChanged.size() + treeReset.size() + filtered.size(), 0);

        QSqlQuery query(*m_instance->database());
        QVERIFY(query.exec(u"UPDATE workflows SET failed = 1 WHERE internal_name = 'billing'"_s));
        window->refreshAction()->trigger();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(listChanged.size(), 1);
        QVERIFY(treeChanged.size() > 0);
        QVERIFY(query.exec(u"UPDATE workflows SET failed = 0 WHERE internal_name = 'billing'"_s));
    }

    // Typing keeps the selected workflow selected (and current) while it still matches; a filtered-out one leaves
    // the selection, and the actions follow.
    void typingKeepsTheSelectionOfWhatStillMatches()
    {
        auto window = loadedWindow();
        QVERIFY(window);
        clickFolder(*window, technicalWorkflows + u"/delivery"_s);
        window->workflowPage()->selectWorkflow(workflowId(u"cleanup"_s));
        QCOMPARE(window->workflowPage()->selectedWorkflows().size(), 1);
        QTest::keyClicks(window->filterEdit(), u"clean"_s);
        QCOMPARE(window->workflowPage()->selectedWorkflows().size(), 1);
        QCOMPARE(window->workflowPage()->selectedWorkflows().first().internalName, u"cleanup"_s);
        QCOMPARE(window->workflowView()->currentIndex().siblingAtColumn(WorkflowListModel::InternalName).data(),
                 QVariant(u"cleanup"_s));
        QTest::keyClicks(window->filterEdit(), u"sing"_s); // "cleansing": the alias cleansing only
        QCOMPARE(shownNames(*window), QStringList{u"aliasCleansing"_s});
        QVERIFY(window->workflowPage()->selectedWorkflows().isEmpty());
        window->filterEdit()->clear();
        QCOMPARE(shownNames(*window).size(), 9);
    }

    // The change check reloads the list for what the list shows, not for every journal line a node writes; open
    // workflow windows still follow the execution.
    void theChangeCheckIgnoresJournalLines()
    {
        auto db = m_instance->database();
        QVERIFY(db);
        auto before = ChangeWatcher::fingerprint(*db);
        QVERIFY(before);
        QSqlQuery query(*db);
        QVERIFY(query.exec(u"INSERT INTO journal (workflow_id, at, level, message) SELECT id, 1000, 1, 'a line' "
                           "FROM workflows WHERE internal_name = 'billing'"_s));
        auto afterLine = ChangeWatcher::fingerprint(*db);
        QVERIFY(afterLine);
        QCOMPARE(afterLine->list, before->list);
        QVERIFY(afterLine->execution != before->execution);
        QVERIFY(query.exec(u"UPDATE workflows SET last_end_at = 99000, last_status = 'succeeded' "
                           "WHERE internal_name = 'billing'"_s));
        auto afterRun = ChangeWatcher::fingerprint(*db);
        QVERIFY(afterRun);
        QVERIFY(afterRun->list != afterLine->list); // the run's end is shown

        ChangeWatcher watcher;
        watcher.setInterval(std::chrono::milliseconds(50));
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        QSignalSpy execution(&watcher, &ChangeWatcher::executionChanged);
        watcher.watch(m_instance);
        QTest::qWait(300); // the first fingerprint
        QVERIFY(query.exec(u"INSERT INTO journal (workflow_id, at, level, message) SELECT id, 2000, 1, 'another' "
                           "FROM workflows WHERE internal_name = 'billing'"_s));
        QTRY_COMPARE_WITH_TIMEOUT(execution.size(), 1, 5000);
        QCOMPARE(changed.size(), 0);
        QVERIFY(query.exec(u"UPDATE workflows SET last_start_at = 100000 WHERE internal_name = 'billing'"_s));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
        QVERIFY(query.exec(u"UPDATE workflows SET last_start_at = NULL, last_end_at = NULL, last_status = NULL "
                           "WHERE internal_name = 'billing'"_s));
        QVERIFY(query.exec(u"DELETE FROM journal WHERE message IN ('a line', 'another')"_s));
        watcher.watch(nullptr);
    }

    void columnWidthsAreRemembered()
    {
        int width = 0;
        {
            auto window = loadedWindow();
            QVERIFY(window);
            QHeaderView *header = window->workflowView()->header();
            QVERIFY(header->sectionSize(WorkflowListModel::Label) > 100); // the rest of the width
            width = header->sectionSize(WorkflowListModel::InternalName) + 37;
            header->resizeSection(WorkflowListModel::InternalName, width);
            header->moveSection(header->visualIndex(WorkflowListModel::Package), 2);
            window->close();
        }
        auto window = loadedWindow();
        QVERIFY(window);
        QHeaderView *header = window->workflowView()->header();
        QCOMPARE(header->sectionSize(WorkflowListModel::InternalName), width);
        QCOMPARE(header->visualIndex(WorkflowListModel::Package), 2);
        QCOMPARE(header->sectionResizeMode(WorkflowListModel::Label), QHeaderView::Stretch);
    }

    void theFilterBarNarrowsByStatePackageAndSeverity()
    {
        auto window = loadedWindow();
        QVERIFY(window);
        WorkflowListPage *page = window->workflowPage();
        QComboBox *state = page->stateCombo();
        state->setCurrentIndex(state->findText(u"Paused"_s));
        QCOMPARE(shownNames(*window), QStringList{u"collectDataHeatMapService"_s});
        QCOMPARE(countText(*window), u"Workflows: 1 of 10"_s);
        QTest::mouseClick(page->excludeBox(), Qt::LeftButton, {}, QPoint(5, page->excludeBox()->height() / 2));
        QVERIFY(page->excludeBox()->isChecked());
        QCOMPARE(sorted(shownNames(*window)), deliveryWorkflows); // all but the paused one
        page->excludeBox()->setChecked(false);
        state->setCurrentIndex(0);
        QComboBox *package = page->packageCombo();
        QCOMPARE(package->count(), 3); // any, defaultInstallation, delivery
        package->setCurrentIndex(package->findText(u"defaultInstallation"_s));
        QCOMPARE(shownNames(*window), QStringList{u"collectDataHeatMapService"_s});
        package->setCurrentIndex(0);
        QComboBox *severity = page->severityCombo();
        severity->setCurrentIndex(severity->findText(u"Production"_s));
        const QStringList production = shownNames(*window);
        QVERIFY(production.contains(u"cleanup"_s) && !production.contains(u"billing"_s));
        page->excludeBox()->setChecked(true);
        QVERIFY(shownNames(*window).contains(u"billing"_s) && !shownNames(*window).contains(u"cleanup"_s));
        QCOMPARE(shownNames(*window).size() + production.size(), 10);
        QTest::keyClicks(window->filterEdit(), u"bill"_s); // the text applies on top
        QCOMPARE(shownNames(*window), QStringList{u"billing"_s});
        testing::saveScreenshot(*window, u"main-window-filtered.png"_s);
    }

    void monitoringViewsListTheWorkflowsInEachState()
    {
        QSqlQuery query(*m_instance->database());
        QVERIFY(query.exec(u"UPDATE workflows SET state = 'startPending' WHERE internal_name = 'forecasting'"_s));
        auto window = loadedWindow();
        QVERIFY(window);
        const QString status = u"administration/monitoring/workflowStatus/"_s;
        clickFolder(*window, status + u"paused"_s);
        QCOMPARE(window->currentPage(), window->workflowPage());
        QCOMPARE(shownNames(*window), QStringList{u"collectDataHeatMapService"_s});
        QCOMPARE(window->workflowPage()->findChild<QLabel *>(u"folderTitle"_s)->text(), u"Workflow status: Paused"_s);
        QVERIFY(!window->workflowPage()->stateCombo()->isEnabled()); // the view says which state
        clickFolder(*window, status + u"running"_s);
        QVERIFY(shownNames(*window).isEmpty()); // started, but no run is going on
        QCOMPARE(countText(*window), u"No workflows in this state"_s);
        clickFolder(*window, status + u"startPending"_s);
        QCOMPARE(shownNames(*window), QStringList{u"forecasting"_s});
        clickFolder(*window, status + u"failed"_s);
        QVERIFY(shownNames(*window).isEmpty());
        QCOMPARE(countText(*window), u"No workflows in this state"_s);
        clickFolder(*window, technicalWorkflows + u"/delivery"_s); // back to a folder: its state filter again
        QVERIFY(window->workflowPage()->stateCombo()->isEnabled());
        QCOMPARE(shownNames(*window).size(), 9);
        QVERIFY(query.exec(u"UPDATE workflows SET state = 'started' WHERE internal_name = 'forecasting'"_s));
    }

    void theLastAndNextRunsAreShown()
    {
        QSqlQuery query(*m_instance->database());
        const QDateTime start(QDate::currentDate(), QTime(3, 0));
        const qint64 startMs = start.toMSecsSinceEpoch();
        QVERIFY(query.exec(u"UPDATE workflows SET last_start_at = %1, last_end_at = %2, last_status = 'succeeded', "
                           "next_run_at = %3 WHERE internal_name = 'billing'"_s.arg(startMs)
                               .arg(startMs + 200'000)
                               .arg(startMs + 86'400'000)));
        auto window = loadedWindow();
        QVERIFY(window);
        clickFolder(*window, technicalWorkflows + u"/delivery"_s);
        QTest::keyClicks(window->filterEdit(), u"billing"_s);
        const QAbstractItemModel *model = window->workflowView()->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, WorkflowListModel::LastStart).data().toString(),
                 QLocale().toString(start.time(), QLocale::ShortFormat));
        QCOMPARE(model->index(0, WorkflowListModel::LastDuration).data().toString(), u"3 min 20 s"_s);
        QCOMPARE(model->index(0, WorkflowListModel::LastStatus).data().toString(), u"Succeeded"_s);
        // Another day: its date too (without the year when it is this year's).
        const QString next = model->index(0, WorkflowListModel::NextRun).data().toString();
        QCOMPARE(next, WorkflowListModel::dateTimeText(startMs + 86'400'000));
        QVERIFY2(next.size() > QLocale().toString(start.time(), QLocale::ShortFormat).size() + 2, qPrintable(next));
        QVERIFY(query.exec(u"UPDATE workflows SET last_start_at = NULL, last_end_at = NULL, last_status = NULL, "
                           "next_run_at = NULL WHERE internal_name = 'billing'"_s));
    }

    void theColumnsFitA1260PixelWindow()
    {
        auto window = loadedWindow(QSize(1260, 800));
        QVERIFY(window);
        QTreeView *view = window->workflowView();
        QHeaderView *header = view->header();
        QTRY_COMPARE(header->length(), view->viewport()->width()); // the label column takes what is left
        QVERIFY2(!view->horizontalScrollBar()->isVisible() || view->horizontalScrollBar()->maximum() == 0,
                 "the list scrolls sideways in a 1260-px window");
        for (int column = 0; column < WorkflowListModel::ColumnCount; ++column) {
            const QString name = window->workflowView()->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(header->sectionViewportPosition(column) + header->sectionSize(column) <= view->viewport()->width(),
                     qPrintable(name + u" is cut off"_s));
            // Every header reads in full.
            QVERIFY2(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(name),
                     qPrintable(name + u" is too narrow"_s));
        }
        testing::saveScreenshot(*window, u"main-window-1260.png"_s);
        QStringList widths;
        for (int column = 0; column < WorkflowListModel::ColumnCount; ++column)
            widths << QString::number(header->sectionSize(column));
        // About 17 average characters: most labels whole, the longest elided (132 px measured offscreen).
        QVERIFY2(header->sectionSize(WorkflowListModel::Label) >= 17 * header->fontMetrics().averageCharWidth(),
                 qPrintable(u"widths %1 in a viewport of %2"_s.arg(widths.join(u' ')).arg(view->viewport()->width())));
        // The longest label fits or is elided, with the whole text in its tooltip.
        const QModelIndex label = view->model()->index(0, WorkflowListModel::Label);
        QCOMPARE(label.data(Qt::ToolTipRole).toString(), label.data().toString());
    }

    void theOptionsFolderShowsThePurgeSettings()
    {
        const QString options = u"administration/options"_s;
        {
            auto window = loadedWindow(); // nobody logged in
            QVERIFY(window);
            clickFolder(*window, options);
            QCOMPARE(window->currentPage(), window->optionsPage());
            QVERIFY(!window->optionsPage()->purgeSettings());
            QVERIFY(window->optionsPage()->message().contains(u"Log in"_s));
        }
        OperatorRepository operators(*m_instance->database());
        auto admin = operators.create({0, u"opsadmin"_s, u"Ops admin"_s, u"-"_s, false}, {u"admin"_s});
        QVERIFY(admin);
        auto principal = PrincipalLoader(*m_instance->database()).load(*admin);
        QVERIFY(principal);
        QVERIFY(testing::addLiveNode(*m_instance->database())); // no engine in this test
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
        window.resize(desktopSize);
        window.show();
        window.startSession(m_instance, *principal);
        QVERIFY(loaded.wait(10000));
        clickFolder(window, options);
        QCOMPARE(window.currentPage(), window.optionsPage());
        PurgeSettingsDialog *form = window.optionsPage()->purgeSettings();
        QVERIFY(form);
        QVERIFY(window.optionsPage()->message().isEmpty());
        QTRY_VERIFY(form->isLoaded());
        QVERIFY(form->isVisible()); // inside the page, not a window of its own
        QVERIFY(!form->isWindow());
        auto *logs = qobject_cast<QLineEdit *>(form->field(u"purge.deliveryLogs"_s));
        QVERIFY(logs);
        QSqlQuery query(*m_instance->database());
        QVERIFY(query.exec(u"SELECT value FROM options WHERE name = 'purge.deliveryLogs'"_s) && query.next());
        QCOMPARE(logs->text(), query.value(0).toString());
        QTRY_VERIFY(logs->isVisible()); // a layout shows the fields added to a visible page a moment later
        testing::saveScreenshot(window, u"main-window-options.png"_s);
        // A refresh leaves the form alone while it is edited; Cancel reads the stored values again.
        logs->setText(u"77"_s);
        window.refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.optionsPage()->purgeSettings(), form);
        QCOMPARE(logs->text(), u"77"_s);
        form->reject();
        QTRY_VERIFY(window.optionsPage()->purgeSettings() && window.optionsPage()->purgeSettings() != form);
        QTRY_VERIFY(window.optionsPage()->purgeSettings()->isLoaded());
        auto *fresh = qobject_cast<QLineEdit *>(window.optionsPage()->purgeSettings()->field(u"purge.deliveryLogs"_s));
        QVERIFY(fresh);
        QCOMPARE(fresh->text(), query.value(0).toString());
        clickFolder(window, u"administration/monitoring/heatMap"_s); // another folder: another page
        QVERIFY(window.currentPage() != window.optionsPage());
        window.close();
    }

    void themesSwitchBetweenLightAndDark()
    {
        auto window = loadedWindow();
        QVERIFY(window);
        auto *dark = window->findChild<QAction *>(u"theme-dark"_s);
        auto *light = window->findChild<QAction *>(u"theme-light"_s);
        auto *system = window->findChild<QAction *>(u"theme-system"_s);
        QVERIFY(dark && light && system);
        QVERIFY(system->isChecked());
        dark->trigger();
        QVERIFY(Theme::instance().isDark());
        QVERIFY(dark->isChecked() && !system->isChecked());
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 80);
        QCOMPARE(QSettings().value(u"view/theme"_s).toString(), u"dark"_s);
        // The palette reaches existing widgets through posted events, as in the running console.
        QTRY_VERIFY(window->workflowView()->palette().color(QPalette::Base).lightness() < 80);
        QTRY_VERIFY(window->palette().color(QPalette::Window).lightness() < 80);
        clickFolder(*window, technicalWorkflows);
        testing::saveScreenshot(*window, u"main-window-dark.png"_s);
        {
            auto second = loadedWindow(); // a new window (the next start) takes the saved theme
            QVERIFY(second);
            QVERIFY(second->findChild<QAction *>(u"theme-dark"_s)->isChecked());
        }
        light->trigger();
        QVERIFY(!Theme::instance().isDark());
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() > 200);
        QTRY_VERIFY(window->workflowView()->palette().color(QPalette::Base).lightness() > 200);
        testing::saveScreenshot(*window, u"main-window-light.png"_s);
        system->trigger();
        QCOMPARE(Theme::instance().mode(), Theme::System);
        QCOMPARE(QSettings().value(u"view/theme"_s).toString(), u"system"_s);
    }

    void screenshot()
    {
        auto window = loadedWindow();
        QVERIFY(window);
        clickFolder(*window, technicalWorkflows + u"/delivery"_s);
        window->workflowView()->setCurrentIndex(window->workflowView()->model()->index(2, 0));
        clickFolder(*window, technicalWorkflows);
        testing::saveScreenshot(*window, u"main-window.png"_s);
        clickFolder(*window, u"administration/monitoring/heatMap"_s);
        testing::saveScreenshot(*window, u"main-window-placeholder.png"_s);
    }

private:
    qint64 workflowId(const QString &internalName) const
    {
        auto id = scalar(*m_instance->database(), u"SELECT id FROM workflows WHERE internal_name = ?"_s, {internalName});
        return id ? id->toLongLong() : 0;
    }

    std::unique_ptr<MainWindow> loadedWindow(QSize size = desktopSize)
    {
        auto window = std::make_unique<MainWindow>();
        QSignalSpy loaded(window.get(), &MainWindow::snapshotLoaded);
        window->resize(size); // the offscreen screen is smaller than a real one
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return {};
        window->showInstance(m_instance);
        if (!loaded.wait(10000))
            return {};
        return window;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_settings;
    std::shared_ptr<Instance> m_instance;
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
