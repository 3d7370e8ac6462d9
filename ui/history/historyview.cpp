#include "historyview.h"

#include "common/background.h"
#include "common/recordtable.h"
#include "durationchart.h"
#include "ganttview.h"
#include "runcomparisonview.h"
#include "runsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nightshift {

HistoryView::HistoryView(std::shared_ptr<Instance> instance, qint64 workflowId, QWidget *parent)
    : QWidget(parent), m_instance(instance), m_workflowId(workflowId),
      m_runs(new RunsModel(std::move(instance), workflowId, this))
{
    setObjectName(u"historyView"_s);
    m_view = newRecordTable(m_runs, u"runs"_s);
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    header->resizeSection(RunsModel::Run, metrics.horizontalAdvance(u"10000000"_s) + 16);
    header->resizeSection(RunsModel::Trigger, metrics.horizontalAdvance(u"scheduler by administrator"_s) + 12);
    header->resizeSection(RunsModel::Started, metrics.horizontalAdvance(u"2026-12-31 23:59:59"_s) + 16);
    header->resizeSection(RunsModel::Ended, metrics.horizontalAdvance(u"2026-12-31 23:59:59"_s) + 16);
    header->resizeSection(RunsModel::Duration, metrics.horizontalAdvance(u"59 min 59 s"_s) + 16);
    header->resizeSection(RunsModel::Status, metrics.horizontalAdvance(tr("Interrupted")) + 40);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryView::selectionChanged);
    connect(m_runs, &RunsModel::pageLoaded, this, &HistoryView::updateCount);
    connect(m_runs, &QAbstractItemModel::modelReset, this, &HistoryView::updateCount);
    setFocusProxy(m_view);

    auto *title = new QLabel(tr("Runs"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_count = new QLabel;
    m_count->setObjectName(u"runCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto *heading = new QHBoxLayout;
    heading->addWidget(title);
    heading->addWidget(m_count);
    heading->addStretch(1);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(4);
    topLayout->addLayout(heading);
    topLayout->addWidget(m_view, 1);

    m_chart = new DurationChart;
    m_gantt = new GanttView;
    m_comparison = new RunComparisonView;
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"historyTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_chart, tr("Durations"));
    m_tabs->addTab(m_gantt, tr("Tasks of the run"));
    m_tabs->addTab(m_comparison, tr("Comparison"));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    loadDurations();
}

void HistoryView::refresh()
{
    m_runs->reload();
    loadDurations();
}

void HistoryView::updateCount()
{
    const int shown = m_runs->rowCount();
    if (m_runs->canFetchMore({}))
        m_count->setText(tr("%1 newest runs shown; scroll for more").arg(QLocale().toString(shown)));
    else
        m_count->setText(shown ? tr("%n run(s)", nullptr, shown) : tr("No runs yet"));
}

void HistoryView::selectRuns(const QList<qint64> &runIds)
{
    QItemSelection selection;
    for (int row = 0; row < m_runs->rowCount(); ++row)
        if (runIds.contains(m_runs->run(row).id))
            selection.select(m_runs->index(row, 0), m_runs->index(row, RunsModel::ColumnCount - 1));
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void HistoryView::selectionChanged()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](auto &a, auto &b) { return a.row() > b.row(); }); // older run first
    if (rows.size() == 1) {
        loadGantt(m_runs->run(rows.first().row()).id);
    } else {
        ++m_ganttGeneration;
        m_gantt->setMessage(rows.isEmpty() ? tr("Select a run to see its tasks on a time line.")
                                           : tr("Select only one run to see its tasks."));
    }
    if (rows.size() == 2) {
        loadComparison(m_runs->run(rows.at(0).row()).id, m_runs->run(rows.at(1).row()).id);
    } else {
        ++m_comparisonGeneration;
        m_comparison->setMessage(rows.size() < 2 ? tr("Select two runs (Ctrl+click) to compare them.")
                                                 : tr("Select exactly two runs to compare them."));
    }
}

void HistoryView::loadDurations()
{
    const quint64 generation = ++m_durationsGeneration;
    runWorkerJob<DurationSeries>(
        this,
        [instance = m_instance, workflowId = m_workflowId](QPromise<Result<DurationSeries>> &) {
            return readDurations(*instance, workflowId);
        },
        [this, generation](const Result<DurationSeries> &series) {
            if (generation != m_durationsGeneration)
                return;
            if (series)
                m_chart->setSeries(*series);
            else
                m_chart->setSeries({});
            Q_EMIT durationsLoaded();
        });
}

void HistoryView::loadGantt(qint64 runId)
{
    const quint64 generation = ++m_ganttGeneration;
    m_tabs->setTabText(m_tabs->indexOf(m_gantt), tr("Tasks of run %1").arg(runId));
    runWorkerJob<QList<GanttRow>>(
        this,
        [instance = m_instance, runId](QPromise<Result<QList<GanttRow>>> &) { return readGantt(*instance, runId); },
        [this, generation](const Result<QList<GanttRow>> &rows) {
            if (generation != m_ganttGeneration)
                return;
            if (rows)
                m_gantt->setRows(*rows);
            else
                m_gantt->setMessage(tr("Cannot read the tasks: %1").arg(rows.error().message));
            Q_EMIT ganttLoaded();
        });
}

void HistoryView::loadComparison(qint64 first, qint64 second)
{
    const quint64 generation = ++m_comparisonGeneration;
    runWorkerJob<RunComparison>(
        this,
        [instance = m_instance, first, second](QPromise<Result<RunComparison>> &) {
            return compareRuns(*instance, first, second);
        },
        [this, generation](const Result<RunComparison> &comparison) {
            if (generation != m_comparisonGeneration)
                return;
            if (comparison)
                m_comparison->setComparison(*comparison);
            else
                m_comparison->setMessage(tr("Cannot compare the runs: %1").arg(comparison.error().message));
            Q_EMIT comparisonLoaded();
        });
}

} // namespace nightshift
