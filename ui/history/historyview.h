#pragma once

#include "store/instance.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace nightshift {

class DurationChart;
class GanttView;
class RunComparisonView;
class RunsModel;

// A workflow's run history: every run (read page by page as the list scrolls), a chart of their durations with
// the median, the tasks of the selected run on a time line, and two selected runs compared side by side. All the
// reading happens on worker threads.
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    HistoryView(std::shared_ptr<Instance> instance, qint64 workflowId, QWidget *parent = nullptr);

    void refresh(); // the runs and the chart again, from the newest run

    RunsModel *runsModel() const { return m_runs; }
    QTableView *runsView() const { return m_view; }
    DurationChart *durationChart() const { return m_chart; }
    GanttView *ganttView() const { return m_gantt; }
    RunComparisonView *comparisonView() const { return m_comparison; }
    QTabWidget *tabs() const { return m_tabs; }

    void selectRuns(const QList<qint64> &runIds); // among the runs loaded

Q_SIGNALS:
    void durationsLoaded();
    void ganttLoaded();
    void comparisonLoaded();

private:
    void selectionChanged();
    void loadDurations();
    void loadGantt(qint64 runId);
    void loadComparison(qint64 first, qint64 second);
    void updateCount();

    std::shared_ptr<Instance> m_instance;
    qint64 m_workflowId;
    RunsModel *m_runs;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QTabWidget *m_tabs = nullptr;
    DurationChart *m_chart = nullptr;
    GanttView *m_gantt = nullptr;
    RunComparisonView *m_comparison = nullptr;
    quint64 m_ganttGeneration = 0;
    quint64 m_comparisonGeneration = 0;
    quint64 m_durationsGeneration = 0;
};

} // namespace nightshift
