#pragma once

#include "store/instance.h"
#include "store/instancesnapshot.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace nightshift {

class ExplorerModel;
class WorkflowFilter;
class WorkflowListModel;

// The console's main window: the explorer tree beside the list of the selected folder's workflows.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `instance`, loading it on a worker thread; snapshotLoaded() fires when it is on screen.
    void showInstance(std::shared_ptr<Instance> instance);
    void showError(const QString &message); // inline, in the message bar

    QTreeView *explorerView() const { return m_explorer; }
    QTreeView *workflowView() const { return m_workflows; }
    QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    void snapshotLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void applySnapshot(const InstanceSnapshot &snapshot);
    void folderSelected(const QModelIndex &index);
    void restoreLayout();
    void saveLayout() const;

    std::shared_ptr<Instance> m_instance;
    ExplorerModel *m_explorerModel = nullptr;
    WorkflowListModel *m_workflowModel = nullptr;
    WorkflowFilter *m_workflowFilter = nullptr;
    QTreeView *m_explorer = nullptr;
    QTreeView *m_workflows = nullptr;
    QLineEdit *m_filter = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_messageBar = nullptr;
    QLabel *m_instanceLabel = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace nightshift
