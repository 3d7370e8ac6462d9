// The workflow list and its filter proxy on a real instance, checked by QAbstractItemModelTester before and after
// every snapshot and while filtering.
#include "common/formatting.h"
#include "seededinstance.h"
#include "workflows/workflowfilter.h"
#include "workflows/workflowitemdelegate.h"
#include "workflows/workflowlistmodel.h"
#include "workflows/workflowlistpage.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QFont>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QIcon>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>

#include <functional>

using namespace Qt::StringLiterals;
using namespace nightshift;

// The list model behind its filter, the filter checked by QAbstractItemModelTester on every change. Given a
// snapshot, the filter shows every folder's workflows sorted by label, as the monitoring views do.
struct FilteredList
{
    explicit FilteredList(const InstanceSnapshot &snapshot = {}, const LiveStatus &status = {})
    {
        filter.setSourceModel(&model);
        tester = std::make_unique<QAbstractItemModelTester>(&filter,
                                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        if (snapshot.workflows.isEmpty())
            return;
        model.setSnapshot(snapshot, status);
        filter.setAllFolders();
        filter.sort(WorkflowListModel::Label, Qt::AscendingOrder);
    }

    WorkflowListModel model;
    WorkflowFilter filter;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

class WorkflowListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_instance = testing::seededInstance(m_dir.path());
        QVERIFY(m_instance);
        auto loaded = InstanceSnapshot::load(*m_instance->database());
        QVERIFY2(loaded.has_value(), loaded ? "" : qPrintable(loaded.error().message));
        m_snapshot = *loaded;
        for (const FolderRecord &f : m_snapshot.folders)
            m_folderIds.insert(f.path.section(u'/', -1), f.id);
    }

    void isAValidModelBeforeAndAfterSnapshots()
    {
        WorkflowListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(WorkflowListModel::ColumnCount));
        model.setSnapshot(m_snapshot);
        QCOMPARE(model.rowCount(), 10);
        model.setSnapshot(m_snapshot);
        model.setSnapshot({});
        QCOMPARE(model.rowCount(), 0);
    }

    void showsEachWorkflow()
    {
        WorkflowListModel model;
        model.setSnapshot(m_snapshot);
        const int row = rowOf(model, u"cleanup"_s);
        QVERIFY(row >= 0);
        const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(cell(WorkflowListModel::Label).toString(), u"Database cleanup"_s);
        QCOMPARE(cell(WorkflowListModel::Package).toString(), u"delivery"_s);
        QCOMPARE(cell(WorkflowListModel::State).toString(), u"Started"_s);
        QCOMPARE(cell(WorkflowListModel::Severity).toString(), u"Production"_s);
        QCOMPARE(cell(WorkflowListModel::Trigger).toString(), u"daily at 04:00"_s);
        QVERIFY(cell(WorkflowListModel::Label, Qt::FontRole).value<QFont>().bold());
        QVERIFY(!cell(WorkflowListModel::State, Qt::DecorationRole).value<QIcon>().pixmap(16).isNull());
        QVERIFY(!cell(WorkflowListModel::Label, Qt::DecorationRole).isValid());
        QCOMPARE(cell(WorkflowListModel::Label, WorkflowListModel::FolderIdRole).toLongLong(),
                 m_folderIds.value(u"delivery"_s));

        const int normal = rowOf(model, u"billing"_s);
        QVERIFY(!model.index(normal, WorkflowListModel::Label).data(Qt::FontRole).isValid());
        const int paused = rowOf(model, u"collectDataHeatMapService"_s);
        QCOMPARE(model.index(paused, WorkflowListModel::State).data().toString(), u"Paused"_s);
    }

    void theFilterIsAValidModelAndNarrowsTheList()
    {
        FilteredList list;
        WorkflowListModel &model = list.model;
        WorkflowFilter &filter = list.filter;
        filter.setFolders({m_folderIds.value(u"delivery"_s)});
        QCOMPARE(filter.rowCount(), 0);
        model.setSnapshot(m_snapshot);
        QCOMPARE(filter.rowCount(), 9);
        QCOMPARE(filter.folderRowCount(), 9);
        filter.setText(u"  Cleanup "_s);
        QCOMPARE(names(filter), (QStringList{u"cleanup"_s, u"cleanupPausedWorkflows"_s}));
        QCOMPARE(filter.folderRowCount(), 9);
        filter.setText(u"cleanup paused"_s);
        QCOMPARE(names(filter), QStringList{u"cleanupPausedWorkflows"_s});
        filter.setText(u"nothing like this"_s);
        QCOMPARE(filter.rowCount(), 0);
        filter.setText({});
        filter.setFolders({m_folderIds.value(u"delivery"_s), m_folderIds.value(u"defaultInstallation"_s)});
        QCOMPARE(filter.rowCount(), 10);
        model.setSnapshot(m_snapshot); // a refresh under the filter
        QCOMPARE(filter.rowCount(), 10);
        model.setSnapshot({});
        QCOMPARE(filter.rowCount(), 0);
    }

    void theFilterSortsBySortRole()
    {
        FilteredList list(m_snapshot);
        WorkflowFilter &filter = list.filter;
        filter.setFolders({m_folderIds.value(u"delivery"_s)});
        filter.sort(WorkflowListModel::Severity, Qt::DescendingOrder); // by rank: production before normal
        QCOMPARE(filter.index(0, WorkflowListModel::Severity).data().toString(), u"Production"_s);
        QCOMPARE(filter.index(8, WorkflowListModel::Severity).data().toString(), u"Normal"_s);
        filter.sort(WorkflowListModel::Label, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, WorkflowListModel::Label).data().toString(), u"Alias cleansing"_s);
        QCOMPARE(filter.index(8, WorkflowListModel::Label).data().toString(), u"Tracking"_s);
    }

    void showsTheLastAndNextRuns()
    {
        WorkflowListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const qint64 start = QDateTime(QDate(2026, 3, 1), QTime(4, 0)).toMSecsSinceEpoch();
        LiveStatus status;
        const qint64 cleanup = idOf(u"cleanup"_s), billing = idOf(u"billing"_s);
        status.times.insert(cleanup, {.lastStart = start, .lastEnd = start + 7'385'000, .lastStatus = u"failed"_s,
                                      .nextRun = start + 86'400'000});
        status.times.insert(billing, {.lastStart = start, .lastEnd = 0, .lastStatus = {}, .nextRun = 0}); // running
        model.setNow(start + 45'000);
        model.setSnapshot(m_snapshot, status);
        const int row = rowOf(model, u"cleanup"_s);
        QCOMPARE(model.index(row, WorkflowListModel::LastDuration).data().toString(), u"2 h 03 min"_s);
        QCOMPARE(model.index(row, WorkflowListModel::LastStatus).data().toString(), u"Failed"_s);
        const QString started = model.index(row, WorkflowListModel::LastStart).data().toString();
        QCOMPARE(started, WorkflowListModel::dateTimeText(start));
        QVERIFY(started.endsWith(QLocale().toString(QTime(4, 0), QLocale::ShortFormat)));
        QVERIFY(started.size() > QLocale().toString(QTime(4, 0), QLocale::ShortFormat).size() + 2); // and its date
        // Another year's date keeps its year; this year's drops it (narrower columns).
        const QDateTime longAgo(QDate(2020, 3, 1), QTime(4, 0));
        QVERIFY(WorkflowListModel::dateTimeText(longAgo.toMSecsSinceEpoch())
                    .startsWith(QLocale().toString(longAgo.date(), QLocale::ShortFormat)));
        QCOMPARE(model.index(row, WorkflowListModel::NextRun).data(WorkflowListModel::SortRole).toLongLong(),
                 start + 86'400'000);
        const int running = rowOf(model, u"billing"_s);
        QCOMPARE(model.index(running, WorkflowListModel::LastDuration).data().toString(), u"45 s"_s);
        QCOMPARE(model.index(running, WorkflowListModel::LastStatus).data().toString(), u"Running"_s);
        const int never = rowOf(model, u"tracking"_s);
        QVERIFY(model.index(never, WorkflowListModel::LastStart).data().toString().isEmpty());
        QCOMPARE(model.index(never, WorkflowListModel::LastDuration).data(WorkflowListModel::SortRole).toLongLong(), -1);
        // Nothing planned sorts after everything planned.
        QVERIFY(model.index(never, WorkflowListModel::NextRun).data(WorkflowListModel::SortRole).toLongLong()
                > start + 86'400'000);
    }

    void aRefreshOfTheSameWorkflowsChangesThemInPlace()
    {
        WorkflowListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSnapshot(m_snapshot);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        InstanceSnapshot paused = m_snapshot;
        paused.workflows[0].state = WorkflowState::PauseRequested;
        model.setSnapshot(paused);
        QCOMPARE(reset.size(), 0); // views keep their selection and scroll position
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, WorkflowListModel::State).data().toString(), u"Pause requested"_s);
        InstanceSnapshot fewer = m_snapshot;
        fewer.workflows.removeLast();
        model.setSnapshot(fewer); // other rows: a reset
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 9);
    }

    void theFilterCriteriaCanBeInverted()
    {
        FilteredList list(m_snapshot);
        WorkflowFilter &filter = list.filter;
        QCOMPARE(filter.rowCount(), 10);
        filter.setCriteria({.state = StateGroup::Paused, .package = {}, .severity = {}, .exclude = false});
        QCOMPARE(names(filter), QStringList{u"collectDataHeatMapService"_s});
        filter.setCriteria({.state = StateGroup::Paused, .package = {}, .severity = {}, .exclude = true});
        QCOMPARE(filter.rowCount(), 9);
        filter.setCriteria({.state = {}, .package = u"delivery"_s, .severity = Severity::Production, .exclude = false});
        const int production = filter.rowCount();
        QVERIFY(production > 0 && production < 9);
        QVERIFY(names(filter).contains(u"cleanup"_s));
        filter.setCriteria({.state = {}, .package = u"delivery"_s, .severity = Severity::Production, .exclude = true});
        QCOMPARE(filter.rowCount(), 10 - production);
        QVERIFY(filter.isNarrowed());
        filter.setCriteria({});
        QVERIFY(!filter.isNarrowed());
        QCOMPARE(filter.rowCount(), 10);
    }

    void subSecondDurationsAreNotZero()
    {
        QCOMPARE(durationText(0), u"0 ms"_s);
        QCOMPARE(durationText(120), u"120 ms"_s);
        QCOMPARE(durationText(999), u"999 ms"_s);
        QCOMPARE(durationText(1'000), QLocale().toString(1.0, 'f', 1) + u" s"_s);
        QCOMPARE(durationText(4'240), QLocale().toString(4.2, 'f', 1) + u" s"_s);
        QCOMPARE(durationText(9'960), u"10 s"_s); // not "10.0 s"
        QCOMPARE(durationText(45'900), u"45 s"_s);
        QCOMPARE(durationText(185'000), u"3 min 05 s"_s);

        WorkflowListModel model;
        const qint64 start = QDateTime(QDate(2026, 3, 1), QTime(4, 0)).toMSecsSinceEpoch();
        LiveStatus status;
        status.times.insert(idOf(u"cleanup"_s), {.lastStart = start, .lastEnd = start + 400, .lastStatus = u"succeeded"_s,
                                                 .nextRun = 0});
        status.times.insert(idOf(u"billing"_s), {.lastStart = start, .lastEnd = start + 3'400, .lastStatus = u"succeeded"_s,
                                                 .nextRun = 0});
        model.setSnapshot(m_snapshot, status);
        QCOMPARE(model.index(rowOf(model, u"cleanup"_s), WorkflowListModel::LastDuration).data().toString(), u"400 ms"_s);
        QCOMPARE(model.index(rowOf(model, u"billing"_s), WorkflowListModel::LastDuration).data().toString(),
                 QLocale().toString(3.4, 'f', 1) + u" s"_s);
        // Sorted by the milliseconds, not the text.
        QVERIFY(model.lessThan(rowOf(model, u"cleanup"_s), rowOf(model, u"billing"_s), WorkflowListModel::LastDuration));
    }

    void runningMeansARunIsGoingOn()
    {
        LiveStatus status;
        const qint64 start = 1'700'000'000'000;
        status.times.insert(idOf(u"billing"_s), {.lastStart = start, .lastEnd = start - 5'000, .lastStatus = u"succeeded"_s,
                                                 .nextRun = 0}); // its run goes on
        status.times.insert(idOf(u"cleanup"_s), {.lastStart = start, .lastEnd = start + 5'000, .lastStatus = u"succeeded"_s,
                                                 .nextRun = start + 86'400'000}); // started, waiting for its scheduler
        FilteredList list(m_snapshot, status);
        WorkflowListModel &model = list.model;
        WorkflowFilter &filter = list.filter;
        QVERIFY(model.workflow(rowOf(model, u"cleanup"_s)).state == WorkflowState::Started);
        QVERIFY(!model.isRunning(rowOf(model, u"cleanup"_s)));
        QVERIFY(model.isRunning(rowOf(model, u"billing"_s)));
        filter.setCriteria({.state = StateGroup::Running, .package = {}, .severity = {}, .exclude = false});
        QCOMPARE(names(filter), QStringList{u"billing"_s});
        filter.setCriteria({.state = StateGroup::Running, .package = {}, .severity = {}, .exclude = true});
        QCOMPARE(filter.rowCount(), 9);
    }

    void aRefreshSignalsOnlyTheRowsThatChanged()
    {
        WorkflowListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSnapshot(m_snapshot);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(m_snapshot); // nothing changed: nothing to repaint or filter again
        QCOMPARE(changed.size(), 0);
        const int row = rowOf(model, u"tracking"_s);
        const InstanceSnapshot renamed = relabelled(model, u"tracking"_s, u"Tracking of the redirection server"_s);
        model.setSnapshot(renamed);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), row);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), row);
        QVERIFY(model.haystack(row).contains(u"redirection"_s)); // the filter sees the new label
        LiveStatus status;
        status.times.insert(renamed.workflows[2].id, {.lastStart = 1, .lastEnd = 2, .lastStatus = {}, .nextRun = 0});
        model.setSnapshot(renamed, status);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 2);
    }

    void triggersCanComeAfterTheSnapshot()
    {
        WorkflowListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        InstanceSnapshot withoutTriggers = m_snapshot;
        withoutTriggers.triggers.clear();
        model.setSnapshot(withoutTriggers);
        const int row = rowOf(model, u"cleanup"_s);
        QVERIFY(model.index(row, WorkflowListModel::Trigger).data().toString().isEmpty());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTriggers(m_snapshot.triggers);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(WorkflowListModel::Trigger));
        QCOMPARE(model.index(row, WorkflowListModel::Trigger).data().toString(), u"daily at 04:00"_s);
    }

    void sortsTextsInTheLocalesOrder()
    {
        InstanceSnapshot mixed = m_snapshot;
        const QStringList labels{u"éclair"_s, u"Zebra"_s, u"apple"_s, u"Écho"_s, u"zèbre"_s,
                                 u"Banana"_s, u"apple"_s, u"10 days"_s, u"9 days"_s, u"b"_s};
        for (int i = 0; i < mixed.workflows.size(); ++i)
            mixed.workflows[i].label = labels.at(i);
        FilteredList list(mixed);
        WorkflowFilter &filter = list.filter;
        QStringList shown, expected = labels;
        for (int row = 0; row < filter.rowCount(); ++row)
            shown << filter.index(row, WorkflowListModel::Label).data().toString();
        std::stable_sort(expected.begin(), expected.end(),
                         [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
        QCOMPARE(shown, expected);
        filter.sort(WorkflowListModel::Label, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, WorkflowListModel::Label).data().toString(), expected.last());
    }

    void theFilterFoldsCaseAndFollowsEdits()
    {
        FilteredList list(m_snapshot);
        WorkflowListModel &model = list.model;
        WorkflowFilter &filter = list.filter;
        filter.setText(u"DATABASE CLEANUP"_s);
        QCOMPARE(names(filter), QStringList{u"cleanup"_s});
        QCOMPARE(filter.text(), u"DATABASE CLEANUP"_s);
        QCOMPARE(filter.folderRowCount(), 10);
        model.setSnapshot(relabelled(model, u"billing"_s, u"Database cleanup billing"_s)); // filtered again
        QCOMPARE(names(filter), (QStringList{u"billing"_s, u"cleanup"_s}));
        filter.setFolders({m_folderIds.value(u"defaultInstallation"_s)});
        QCOMPARE(filter.folderRowCount(), 1);
        QCOMPARE(filter.rowCount(), 0);
    }

    // A keystroke replaces the shown rows in one layoutChanged (no row-by-row removals and insertions), and the
    // persistent indexes (a view's selection and current row) follow their workflows or become invalid.
    void theFilterChangesRowsInOneLayoutChangeKeepingPersistentIndexes()
    {
        FilteredList list(m_snapshot);
        WorkflowListModel &model = list.model;
        WorkflowFilter &filter = list.filter;
        const auto proxyRowOf = [&](const QString &name) {
            return filter.mapFromSource(model.index(rowOf(model, name), 0));
        };
        const QPersistentModelIndex cleanup = proxyRowOf(u"cleanup"_s);
        const QPersistentModelIndex billing = proxyRowOf(u"billing"_s).siblingAtColumn(WorkflowListModel::State);
        QVERIFY(cleanup.isValid() && billing.isValid());
        QSignalSpy layout(&filter, &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(&filter, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&filter, &QAbstractItemModel::modelReset);
        filter.setText(u"clean"_s);
        QCOMPARE(layout.size(), 1);
        QCOMPARE(names(filter), (QStringList{u"aliasCleansing"_s, u"cleanup"_s, u"cleanupPausedWorkflows"_s}));
        QVERIFY(cleanup.isValid());
        QCOMPARE(QModelIndex(cleanup).siblingAtColumn(WorkflowListModel::InternalName).data().toString(), u"cleanup"_s);
        QVERIFY(!billing.isValid()); // filtered out
        filter.setText(u"clean "_s); // the same words: nothing to do
        QCOMPARE(layout.size(), 1);
        filter.setText({});
        QCOMPARE(layout.size(), 2);
        QCOMPARE(filter.rowCount(), 10);
        QCOMPARE(QModelIndex(cleanup).siblingAtColumn(WorkflowListModel::InternalName).data().toString(), u"cleanup"_s);
        QCOMPARE(cleanup.row(), proxyRowOf(u"cleanup"_s).row());
        filter.sort(WorkflowListModel::Label, Qt::DescendingOrder);
        QCOMPARE(layout.size(), 3);
        QCOMPARE(cleanup.row(), proxyRowOf(u"cleanup"_s).row());
        QCOMPARE(removed.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(reset.size(), 0);
    }

    // A refresh that changes what a row sorts or filters by moves it (as QSortFilterProxyModel's dynamic sort did),
    // and its view is told which rows to repaint.
    void aRefreshSortsAndFiltersTheChangedRowsAgain()
    {
        FilteredList list(m_snapshot);
        WorkflowListModel &model = list.model;
        WorkflowFilter &filter = list.filter;
        QCOMPARE(filter.index(0, WorkflowListModel::InternalName).data().toString(), u"aliasCleansing"_s);
        const InstanceSnapshot renamed = relabelled(model, u"tracking"_s, u"AAA tracking"_s);
        QSignalSpy changed(&filter, &QAbstractItemModel::dataChanged);
        model.setSnapshot(renamed);
        QCOMPARE(filter.index(0, WorkflowListModel::InternalName).data().toString(), u"tracking"_s);
        QCOMPARE(filter.index(0, WorkflowListModel::Label).data().toString(), u"AAA tracking"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);

        filter.setText(u"aaa"_s);
        QCOMPARE(names(filter), QStringList{u"tracking"_s});
        model.setSnapshot(m_snapshot); // renamed back: no longer matches
        QCOMPARE(filter.rowCount(), 0);
        filter.setText({});

        // Sorting by a time: a workflow that just ran moves to the end, ties keep the model's order.
        filter.sort(WorkflowListModel::LastStart, Qt::AscendingOrder);
        QStringList before;
        for (int row = 0; row < filter.rowCount(); ++row)
            before << filter.index(row, WorkflowListModel::InternalName).data().toString();
        QStringList modelOrder;
        for (int row = 0; row < model.rowCount(); ++row)
            modelOrder << model.workflow(row).internalName;
        QCOMPARE(before, modelOrder); // none ran yet: every key is equal
        LiveStatus status;
        status.times.insert(idOf(u"aliasCleansing"_s), {.lastStart = 5'000, .lastEnd = 6'000, .lastStatus = u"succeeded"_s,
                                                        .nextRun = 0});
        model.setSnapshot(m_snapshot, status);
        QCOMPARE(filter.index(filter.rowCount() - 1, WorkflowListModel::InternalName).data().toString(),
                 u"aliasCleansing"_s);
        filter.sort(WorkflowListModel::LastStart, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, WorkflowListModel::InternalName).data().toString(), u"aliasCleansing"_s);
        modelOrder.removeOne(u"aliasCleansing"_s);
        QCOMPARE(filter.index(1, WorkflowListModel::InternalName).data().toString(), modelOrder.first());
    }

    // Every row selected (QItemSelectionModel then keeps a single range over a layout change): a narrower filter
    // keeps the rows still shown selected, a wider one does not select the rows it brings back.
    void selectingEverythingThenFilteringSelectsOnlyWhatWasSelected()
    {
        InstanceSnapshot many = m_snapshot; // 400 rows: enough cells (> 1,000 selected) for the selection model's shortcut
        for (int i = 0; many.workflows.size() < 400; ++i) {
            WorkflowRecord copy = m_snapshot.workflows.at(i % m_snapshot.workflows.size());
            copy.id = 100'000 + i;
            copy.internalName += QString::number(i);
            copy.label = (i % 2 ? u"Even "_s : u"Odd "_s) + QString::number(i);
            many.workflows << copy;
        }
        WorkflowListPage page;
        page.resize(1200, 600);
        page.setSnapshot(many);
        page.showFolder(u"All"_s, {}, QSet<qint64>(m_folderIds.cbegin(), m_folderIds.cend()));
        QCOMPARE(page.view()->model()->rowCount(), 400);
        page.filterEdit()->setText(u"odd"_s);
        const int odd = page.view()->model()->rowCount();
        QVERIFY(odd > 150 && odd < 400);
        page.view()->selectAll();
        QCOMPARE(page.selectedWorkflows().size(), odd);
        page.filterEdit()->setText(u"odd 1"_s); // narrower: what is still shown stays selected
        const int narrower = page.view()->model()->rowCount();
        QVERIFY(narrower > 0 && narrower < odd);
        QCOMPARE(page.selectedWorkflows().size(), narrower);
        QStringList shown;
        for (int row = 0; row < narrower; ++row)
            shown << page.view()->model()->index(row, WorkflowListModel::InternalName).data().toString();
        page.filterEdit()->clear(); // wider: the rows coming back are not selected
        QCOMPARE(page.view()->model()->rowCount(), 400);
        QStringList selected;
        for (const WorkflowRecord &w : page.selectedWorkflows())
            selected << w.internalName;
        shown.sort();
        selected.sort();
        QCOMPARE(selected, shown);
    }

    // The list's delegate draws what QStyledItemDelegate draws through the style, pixel for pixel: plain and bold
    // texts, state icons, right-aligned durations, elided names, selected rows.
    void theListsDelegatePaintsAsTheStyleDoes()
    {
        LiveStatus status;
        const qint64 start = QDateTime(QDate(2026, 3, 1), QTime(4, 0)).toMSecsSinceEpoch();
        for (const WorkflowRecord &w : m_snapshot.workflows)
            status.times.insert(w.id, {.lastStart = start, .lastEnd = start + 1'000 * w.id, .lastStatus = u"failed"_s,
                                       .nextRun = start + 86'400'000});
        WorkflowListPage page;
        page.resize(1200, 400);
        page.setSnapshot(m_snapshot, status);
        page.showFolder(u"All"_s, {}, QSet<qint64>(m_folderIds.cbegin(), m_folderIds.cend()));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTreeView *view = page.view();
        QVERIFY(qobject_cast<WorkflowItemDelegate *>(view->itemDelegate()));
        view->header()->resizeSection(WorkflowListModel::InternalName, 50); // elided
        view->selectionModel()->select(view->model()->index(1, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(view->model()->index(4, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QImage ours = view->viewport()->grab().toImage();
        view->setItemDelegate(new QStyledItemDelegate(view));
        const QImage style = view->viewport()->grab().toImage();
        QCOMPARE(ours.size(), style.size());
        QVERIFY(ours == style);

        QStyleOptionViewItem option; // as a list view makes it for a cell with text
        option.features = QStyleOptionViewItem::HasDisplay;
        option.displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
        option.showDecorationSelected = true;
        option.text = u"4.2 s"_s;
        QVERIFY(WorkflowItemDelegate::paintsItself(option));
        for (const auto &unusual : std::initializer_list<std::function<void(QStyleOptionViewItem &)>>{
                 [](QStyleOptionViewItem &o) { o.state |= QStyle::State_HasFocus; }, // its focus frame: the style's
                 [](QStyleOptionViewItem &o) { o.features |= QStyleOptionViewItem::WrapText; },
                 [](QStyleOptionViewItem &o) { o.features |= QStyleOptionViewItem::HasCheckIndicator; },
                 [](QStyleOptionViewItem &o) { o.text += QChar::LineSeparator; },
                 [](QStyleOptionViewItem &o) { o.direction = Qt::RightToLeft; },
                 [](QStyleOptionViewItem &o) { o.displayAlignment = Qt::AlignTop; }}) {
            QStyleOptionViewItem other = option;
            unusual(other);
            QVERIFY(!WorkflowItemDelegate::paintsItself(other)); // left to QStyledItemDelegate
        }
    }

    // The keys the loader makes on its worker are those the model would make itself.
    void rowKeysMadeBeforehandAreTheModelsOwn()
    {
        const WorkflowRowKeys keys = WorkflowRowKeys::of(m_snapshot.workflows);
        QCOMPARE(keys.haystacks.size(), m_snapshot.workflows.size());
        WorkflowListModel own, given;
        own.setSnapshot(m_snapshot);
        given.setSnapshot(m_snapshot, {}, keys);
        for (int row = 0; row < own.rowCount(); ++row) {
            QCOMPARE(given.haystack(row), own.haystack(row));
            for (int other = 0; other < own.rowCount(); ++other)
                QCOMPARE(given.lessThan(row, other, WorkflowListModel::Label),
                         own.lessThan(row, other, WorkflowListModel::Label));
        }
        QVERIFY(given.haystack(rowOf(given, u"cleanup"_s)).contains(u"database cleanup"_s));
        WorkflowRowKeys wrong = keys; // made for other rows: not used
        wrong.haystacks.removeLast();
        WorkflowListModel third;
        third.setSnapshot(m_snapshot, {}, wrong);
        QCOMPARE(third.haystack(0), own.haystack(0));
    }

private:
    qint64 idOf(const QString &name) const
    {
        for (const WorkflowRecord &w : m_snapshot.workflows)
            if (w.internalName == name)
                return w.id;
        return 0;
    }

    // The snapshot with one workflow's label changed (the model's rows are in the snapshot's order).
    InstanceSnapshot relabelled(const WorkflowListModel &model, const QString &name, const QString &label) const
    {
        InstanceSnapshot snapshot = m_snapshot;
        snapshot.workflows[rowOf(model, name)].label = label;
        return snapshot;
    }

    static int rowOf(const WorkflowListModel &model, const QString &name)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.workflow(row).internalName == name)
                return row;
        return -1;
    }

    static QStringList names(const QAbstractItemModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row, WorkflowListModel::InternalName).data().toString();
        result.sort();
        return result;
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Instance> m_instance;
    InstanceSnapshot m_snapshot;
    QHash<QString, qint64> m_folderIds; // by the last part of their path
};

QTEST_MAIN(WorkflowListModelTest)
#include "tst_workflowlistmodel.moc"
