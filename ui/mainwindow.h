#pragma once

#include "core/rights.h"
#include "store/instance.h"
#include "store/instancesnapshot.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace nightshift {

class EngineController;
class ExplorerView;
class MessageBar;
class PlaceholderPage;
class SnapshotLoader;
class WorkflowListPage;

// The console's main window: the explorer tree beside the page of the selected folder (its workflows, or a
// placeholder for screens still to come), a message bar for errors, and the instance in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Both read the instance on a worker thread; snapshotLoaded() or loadFailed() tells when it is done.
    void openInstance(const InstanceLocation &location); // opens it first, as it must exist
    void showInstance(std::shared_ptr<Instance> instance);
    // After the login window: who is logged in (shown in the status bar), then the instance it opened.
    void startSession(std::shared_ptr<Instance> instance, const Principal &principal);
    const std::optional<Principal> &principal() const { return m_principal; }
    // Reads the shown instance again, keeping the current folder, filter and selection; after a failed open,
    // tries to open it again.
    void refresh();
    void showError(const QString &message); // inline, in the message bar

    ExplorerView *explorerView() const { return m_explorer; }
    WorkflowListPage *workflowPage() const { return m_listPage; }
    QTreeView *workflowView() const;
    QLineEdit *filterEdit() const;
    MessageBar *messageBar() const { return m_messageBar; }
    PlaceholderPage *placeholderPage() const { return m_placeholder; }
    QWidget *currentPage() const;
    QAction *refreshAction() const { return m_refresh; }

Q_SIGNALS:
    void snapshotLoaded();
    void loadFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void loadingStarted(const InstanceLocation &location);
    void applySnapshot(const std::shared_ptr<Instance> &instance, const InstanceSnapshot &snapshot);
    void loadingFailed(const QString &message);
    void updateActions();
    void showStatePage(const QString &title, const QString &text); // instead of the folder pages
    void folderChanged(const QModelIndex &index);
    void restoreLayout();
    void saveLayout() const;

    std::optional<InstanceLocation> m_location; // what the window shows or tries to show
    std::shared_ptr<Instance> m_instance; // once open
    std::optional<Principal> m_principal; // the logged-in operator
    SnapshotLoader *m_loader = nullptr;
    ExplorerView *m_explorer = nullptr;
    WorkflowListPage *m_listPage = nullptr;
    PlaceholderPage *m_placeholder = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_splitter = nullptr;
    MessageBar *m_messageBar = nullptr;
    QLabel *m_locationLabel = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QLabel *m_engineLabel = nullptr;
    EngineController *m_engine = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace nightshift
