#pragma once

#include "common/livestatus.h"
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

struct WorkflowRowKeys;
class ActivityIndicator;
class ChangeWatcher;
class CommandPalette;
class EngineController;
class NotificationBell;
class ExplorerView;
class MessageBar;
class OptionsPage;
class PlaceholderPage;
class SnapshotLoader;
class WorkflowActions;
class WorkflowListPage;
class WorkflowWindows;

// The console's main window: the explorer tree beside the page of the selected folder (its workflows, a
// monitoring view, or a placeholder for screens still to come), the workflow actions (toolbar, menus, context
// menu, shortcuts, Ctrl+K palette), a message bar for errors, and the instance, engine and running workflows in
// the status bar. It follows the engine's changes live, keeping the selection and scroll position.
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
    OptionsPage *optionsPage() const { return m_options; }
    QWidget *currentPage() const;
    QAction *refreshAction() const { return m_refresh; }
    QAction *paletteAction() const { return m_paletteAction; }
    QAction *purgeSettingsAction() const { return m_purgeAction; }
    WorkflowActions *workflowActions() const { return m_actions; }
    CommandPalette *commandPalette() const { return m_palette; }
    WorkflowWindows *workflowWindows() const { return m_workflowWindows; }
    ActivityIndicator *activityIndicator() const { return m_activity; }
    ChangeWatcher *changeWatcher() const { return m_watcher; }
    EngineController *engineController() const { return m_engine; }
    NotificationBell *notificationBell() const { return m_notifications; }

Q_SIGNALS:
    void snapshotLoaded(); // the tree and the list are shown (the triggers may follow: triggersLoaded)
    void triggersLoaded(); // the list's trigger column, when it came after the snapshot
    void loadFailed(const QString &message);
    void workflowOpenRequested(qint64 workflowId); // double-click, Enter, Open, or the palette

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void buildStatusBar();
    void engineStatusChanged(const QString &status);
    void showPalette();
    void showPurgeSettings();
    void loadingStarted(const InstanceLocation &location);
    void applySnapshot(const std::shared_ptr<Instance> &instance, const InstanceSnapshot &snapshot,
                       const LiveStatus &status, const WorkflowRowKeys &keys);
    void applyTriggers(const QHash<qint64, QString> &triggers);
    void loadingDone(); // the snapshot is shown (or was already): the status bar says when, a pending refresh runs
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
    OptionsPage *m_options = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_splitter = nullptr;
    MessageBar *m_messageBar = nullptr;
    QLabel *m_locationLabel = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QLabel *m_engineLabel = nullptr;
    EngineController *m_engine = nullptr;
    NotificationBell *m_notifications = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_paletteAction = nullptr;
    QAction *m_purgeAction = nullptr;
    WorkflowActions *m_actions = nullptr;
    CommandPalette *m_palette = nullptr;
    WorkflowWindows *m_workflowWindows = nullptr; // opened by workflowOpenRequested
    ActivityIndicator *m_activity = nullptr;
    ChangeWatcher *m_watcher = nullptr;
    InstanceSnapshot m_snapshot; // the last one shown, for the palette
    bool m_refreshAgain = false; // a change came while a refresh was on its way
    quint64 m_applying = 0; // the snapshot whose second half (applySnapshot) is still to come
    bool m_pageOnHold = false; // the tree is filled for the first time: its folder's page comes a turn later
};

} // namespace nightshift
