#pragma once

#include "reports/heatmapquery.h"

#include <QWidget>

#include <memory>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSlider;
class QTableView;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace nightshift {

class HeatMapLegend;
class HeatMapModel;
class MessageBar;
class WorkflowWindow;

// The workflow heat map (SPEC §9, FolderKind::HeatMap): a day (or month, year, the next 7 days' schedule) as a
// grid of cells coloured by how many workflows ran, with filters; a cell opens the list of its runs and their
// activities, from which the workflow or the run opens. Every query runs on a worker (HeatMapQuery, which
// refuses operators without ADMINISTRATION: the refusal is shown in the message bar).
class HeatMapPage : public QWidget
{
    Q_OBJECT
public:
    explicit HeatMapPage(QWidget *parent = nullptr);

    // The instance and the operator the queries run as; reloads. Called each time the folder is shown.
    void setInstance(std::shared_ptr<Instance> instance, qint64 operatorId);
    // The operator's zone (cells and times) and the server's (shown as well when it differs).
    void setTimeZones(const QTimeZone &operatorZone, const QTimeZone &serverZone);
    void setView(HeatMapView view);
    void setDate(QDate date);
    void reload();

    HeatMapRequest request() const;
    bool isLoading() const { return m_loading > 0; }
    HeatMapModel *model() const { return m_model; }
    QTableView *grid() const { return m_grid; }
    QTreeWidget *runsTree() const { return m_runs; }
    HeatMapLegend *legend() const { return m_legend; }
    QSlider *minimumDuration() const { return m_minimum; }
    QComboBox *workflowFilter() const { return m_workflow; }
    QComboBox *kindFilter() const { return m_kind; }
    QLineEdit *nameFilter() const { return m_name; }
    QLabel *zoneLabel() const { return m_zones; }
    QPushButton *openWorkflowButton() const { return m_openWorkflow; }
    QPushButton *openRunButton() const { return m_openRun; }

    static const QList<qint64> &durationSteps(); // the slider's steps, 0 s … 1 h, in ms

Q_SIGNALS:
    void heatMapShown(); // loaded (or failed: the message bar says why)
    void runsShown(); // a cell's drill-down
    void workflowOpenRequested(qint64 workflowId);
    void runOpenRequested(qint64 workflowId, qint64 runId);

private:
    QWidget *buildControls();
    QWidget *buildDrillDown();
    void viewChanged();
    void step(int direction); // the previous or next day, month or year
    void loadWorkflows();
    void showHeatMap(const Result<HeatMap> &map);
    void showCell(const QModelIndex &index);
    void showRuns(const QString &title, const Result<QList<HeatMapRun>> &runs);
    void updateZones();
    void updateButtons();
    void openItem(QTreeWidgetItem *item);
    void setLoading(bool loading);

    std::shared_ptr<Instance> m_instance;
    qint64 m_operatorId = 0;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QTimeZone m_serverZone = QTimeZone::systemTimeZone();
    HeatMapModel *m_model;
    QButtonGroup *m_views;
    QDateEdit *m_date = nullptr;
    QSlider *m_minimum = nullptr;
    QLabel *m_minimumText = nullptr;
    QComboBox *m_workflow = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_zones = nullptr;
    QProgressBar *m_busy = nullptr;
    MessageBar *m_message = nullptr;
    QTableView *m_grid = nullptr;
    HeatMapLegend *m_legend = nullptr;
    QLabel *m_cellTitle = nullptr;
    QTreeWidget *m_runs = nullptr;
    QPushButton *m_openWorkflow = nullptr;
    QPushButton *m_openRun = nullptr;
    QTimer *m_reloadTimer = nullptr;
    int m_loading = 0;
    quint64 m_generation = 0;
    quint64 m_runsGeneration = 0;
};

// Opens the History tab of a workflow window and selects the run there, now or once its first page of runs is
// loaded (a run older than that page is not looked for: the tab opens without a selection).
void showRunInHistory(WorkflowWindow *window, qint64 runId);

} // namespace nightshift
