// The workflow list and its filter proxy on a real instance, checked by QAbstractItemModelTester before and after
// every snapshot and while filtering.
#include "seededinstance.h"
#include "workflows/workflowfilter.h"
#include "workflows/workflowlistmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QFont>
#include <QIcon>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

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
        WorkflowListModel model;
        WorkflowFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
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
        WorkflowListModel model;
        WorkflowFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSnapshot(m_snapshot);
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
        QVERIFY(model.index(row, WorkflowListModel::LastStart).data().toString().contains(
            QLocale().toString(QDate(2026, 3, 1), QLocale::ShortFormat)));
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
        WorkflowListModel model;
        WorkflowFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSnapshot(m_snapshot);
        filter.setAllFolders();
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

private:
    qint64 idOf(const QString &name) const
    {
        for (const WorkflowRecord &w : m_snapshot.workflows)
            if (w.internalName == name)
                return w.id;
        return 0;
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
