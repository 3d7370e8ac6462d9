#pragma once

#include "workflowdata.h"

#include "core/workflowcatalog.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableView;

namespace nightshift {

class DiagramScene;
class DiagramView;
class MessageBar;
class PropertiesPage;
class TaskTableModel;
class WorkflowDocument;

// The window of one workflow (issue #5): its diagram with the latest run's colours and counts, edited in
// memory with undo (palette, move, connect, delete, activity properties), validated with an issues list,
// saved as a new definition version through WorkflowEditor, exported and imported; tabs for its properties
// and tasks, and addTab() for the lead's journal and history pages. Every database access runs on a worker
// thread; results are applied on the GUI thread, and only the latest request of each kind is applied.
class WorkflowWindow : public QMainWindow
{
    Q_OBJECT
public:
    WorkflowWindow(std::shared_ptr<Instance> instance, Principal principal, qint64 workflowId,
                   QWidget *parent = nullptr);
    ~WorkflowWindow() override;

    static constexpr int IssueActivityRole = Qt::UserRole + 1; // on an issue: the activity it is about, or ""
    static constexpr int IssueIsWarningRole = Qt::UserRole + 2; // true: reported, but does not stop a save

    void addTab(QWidget *page, const QString &title);

    // For the lead's wiring and for tests.
    qint64 workflowId() const { return m_workflowId; }
    bool isLoaded() const { return m_loaded; }
    WorkflowDocument *document() const { return m_document; }
    DiagramScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_view; }
    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *issueList() const { return m_issues; }
    TaskTableModel *taskModel() const { return m_taskModel; }
    const ExecutionSnapshot &execution() const { return m_execution; }
    QString refusal() const { return m_refusal; } // why the operator may not modify the workflow, or ""
    QAction *action(const QString &name) const; // by object name: "save", "validate", "add-job", …

    Status exportTo(const QString &path) const; // the definition being edited, in the definition format
    Status importFrom(const QString &path); // replaces the definition being edited (one undoable change)
    void addActivity(ActivityType type); // from the palette, in a free spot near the centre of the view
    // Dropped from the palette: there, or at the nearest free spot.
    void addActivityAt(ActivityType type, QPointF scenePos);
    void editActivity(const QString &name); // opens the activity's properties dialog (not modal)
    // Fills the issues list: the validator's errors, then warnings for jobs and cubes the engine's job registry
    // does not know. Returns the number of errors (warnings do not stop a save).
    int validate();
    void save(); // validates, then saves on a worker thread; see saved() and saveFailed()

public Q_SLOTS:
    void refreshExecution(); // the engine changed something: read the latest run again

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    void executionRefreshed();
    void saved(int version);
    void saveFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    QWidget *buildDiagramPage();
    void load();
    void applyLoaded(const LoadedWorkflow &workflow);
    void applyExecution(const ExecutionSnapshot &execution);
    void documentChanged();
    void updateActions();
    void updateTitle();
    void deleteSelection();
    void showIssues(const Errors &errors, const QString &sourceName);
    void issueActivated(const QString &activity);

    std::shared_ptr<Instance> m_instance;
    Principal m_principal;
    qint64 m_workflowId;
    std::shared_ptr<const WorkflowCatalog> m_catalog;
    WorkflowRecord m_record;
    QString m_refusal;
    bool m_loaded = false;
    bool m_saving = false;
    ExecutionSnapshot m_execution;
    quint64 m_executionGeneration = 0;
    bool m_executionBusy = false, m_executionAgain = false;

    WorkflowDocument *m_document;
    DiagramScene *m_scene;
    DiagramView *m_view;
    QTabWidget *m_tabs;
    MessageBar *m_messages;
    PropertiesPage *m_properties;
    TaskTableModel *m_taskModel;
    QTableView *m_taskView;
    QDockWidget *m_issuesDock;
    QListWidget *m_issues;
    QLabel *m_runSummary;
    QActionGroup *m_modes;
    QList<QAction *> m_editActions;
};

} // namespace nightshift
