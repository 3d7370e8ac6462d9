#pragma once

#include "pivotchart.h"
#include "pivotfields.h"
#include "pivottable.h"
#include "store/sqlsupport.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace nightshift {

class DrillThroughDialog;
class MessageBar;
class PivotModel;

// Administration › Reports › Cubes: pick a cube, drag its dimensions onto rows, columns and filters and its
// measures beside each other, and read the pivot as a table (expand a row to its dimension's next level,
// double-click a cell for its facts) or a chart; export it as CSV, PDF or PNG. Every query runs on a worker
// thread, with a progress bar and Cancel.
class CubesPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DrillThroughLimit = 500; // facts shown behind a cell

    explicit CubesPage(std::shared_ptr<const PivotSource> source, QWidget *parent = nullptr);

    // The page of `instance` for `who` in `pages` (made the first time, or again for another instance or
    // operator), made current.
    static CubesPage *showIn(QStackedWidget *pages, const std::shared_ptr<Instance> &instance,
                             const std::optional<Principal> &who);

    const QList<reports::CubeInfo> &cubes() const { return m_cubes; }
    bool setCube(const QString &name); // false when there is no such cube
    void addField(const PivotField &field, PivotZone zone, int position = -1, int fromZone = -1, int fromRow = -1);
    void removeField(PivotZone zone, int row);
    void setFilter(const reports::CubeFilter &filter); // replaces the one on the same level; no members: removed
    void editFilter(const reports::AxisLevel &level); // reads the level's members, then asks which to keep
    void drillThrough(const QModelIndex &cell);
    void setChartType(PivotChart::Type type);

    Status exportCsv(const QString &path) const;
    Status exportPdf(const QString &path) const;
    Status exportPng(const QString &path, bool chart) const; // of the chart, else of the table

    PivotModel *model() const { return m_model; }
    QTreeView *tableView() const { return m_table; }
    PivotChart *chartView() const { return m_chart; }
    FieldList *fieldList() const { return m_fields; }
    DropZone *zone(PivotZone zone) const { return m_zones[int(zone)]; }
    QTabWidget *tabs() const { return m_tabs; }
    MessageBar *messageBar() const { return m_messages; }
    QProgressBar *progressBar() const { return m_progress; }
    QCheckBox *highlightBox() const { return m_highlight; }
    QLabel *refreshLabel() const { return m_refreshed; }
    DrillThroughDialog *drillThroughDialog() const; // the last one shown, while open

Q_SIGNALS:
    void cubesLoaded();
    void pivotShown(); // the table and the chart show the last query's result
    void drillThroughShown(nightshift::DrillThroughDialog *dialog);
    void filterDialogShown(QWidget *dialog);

private:
    void buildUi();
    QWidget *buildZones();
    void loadCubes();
    void showCubes(const QList<reports::CubeInfo> &cubes);
    void cubeChosen(int index);
    void readRefreshTime();
    void apply(const PivotSpec &spec);
    void updateZones();
    void pivotLoaded();
    void tableMenu(const QPoint &at);
    void exportAs(const QString &kind);
    QString cellDescription(const QModelIndex &cell) const;
    QString filterText(const reports::CubeFilter &filter) const;

    std::shared_ptr<const PivotSource> m_source;
    const void *m_instanceKey = nullptr; // for showIn: the instance and operator the page reads for
    QString m_operatorKey;
    QList<reports::CubeInfo> m_cubes;
    QHash<QString, QString> m_memberLabels; // "dimension.level|key" → label, for the filter chips
    PivotModel *m_model;
    QComboBox *m_cubePicker = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_refreshed = nullptr;
    FieldList *m_fields = nullptr;
    QList<DropZone *> m_zones;
    QTreeView *m_table = nullptr;
    PivotChart *m_chart = nullptr;
    QComboBox *m_chartType = nullptr;
    QTabWidget *m_tabs = nullptr;
    QCheckBox *m_highlight = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    MessageBar *m_messages = nullptr;
    QPointer<DrillThroughDialog> m_drillDialog;
    quint64 m_refreshGeneration = 0;
};

} // namespace nightshift
