#include "mainwindow.h"

#include "actions/workflowactions.h"
#include "common/activityindicator.h"
#include "common/changewatcher.h"
#include "common/enginecontroller.h"
#include "common/icons.h"
#include "common/messagebar.h"
#include "common/placeholderpage.h"
#include "common/snapshotloader.h"
#include "common/theme.h"
#include "explorer/explorermodel.h"
#include "explorer/explorerview.h"
#include "explorer/optionspage.h"
#include "heatmap/heatmappage.h"
#include "notifications/notificationbell.h"
#include "options/purgesettingsdialog.h"
#include "palette/commandpalette.h"
#include "reports/cubespage.h"
#include "reports/drillthroughdialog.h" // cubespage.h converts a QPointer to it inline
#include "workflow/workflowwindows.h"
#include "workflows/workflowfilter.h"
#include "workflows/workflowlistpage.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDateTime>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <time.h>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

const QString startFolder = u"administration/production/technicalWorkflows"_s;

// What the title bar calls an instance: the file's name, or the PostgreSQL database and its host.
QString instanceName(const InstanceLocation &location)
{
    if (location.dialect == Dialect::Sqlite)
        return QFileInfo(location.path).completeBaseName();
    return u"%1@%2"_s.arg(location.database, location.host);
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_loader(new SnapshotLoader(this))
{
    icons::initResources();
    Theme::instance().applySaved();
    setWindowTitle(tr("Nightshift"));
    buildUi();
    buildStatusBar();
    buildMenus();
    restoreLayout();
    updateActions();
    connect(m_loader, &SnapshotLoader::loaded, this, &MainWindow::applySnapshot);
    connect(m_loader, &SnapshotLoader::triggersLoaded, this, &MainWindow::applyTriggers);
    connect(m_loader, &SnapshotLoader::unchanged, this, [this] {
        showError({});
        loadingDone(); // nothing else to apply: what is shown is what the instance holds
    });
    connect(m_loader, &SnapshotLoader::failed, this, &MainWindow::loadingFailed);
    m_explorer->setFocus(Qt::OtherFocusReason); // keyboard navigation starts in the tree
    // While the first snapshot loads on its worker the GUI thread idles: the tree's and the list's icons are drawn
    // then rather than inside their first paint with rows.
    icons::warmUp(this, QSize(1, 1) * style()->pixelMetric(QStyle::PM_SmallIconSize), devicePixelRatioF());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    m_explorer = new ExplorerView;
    connect(m_explorer, &ExplorerView::currentFolderChanged, this, &MainWindow::folderChanged);

    m_listPage = new WorkflowListPage;
    m_actions = new WorkflowActions(this);
    connect(m_listPage, &WorkflowListPage::selectionChanged, this,
            [this] { m_actions->setSelection(m_listPage->selectedWorkflows()); });
    connect(m_listPage, &WorkflowListPage::workflowActivated, this, &MainWindow::workflowOpenRequested);
    connect(m_actions, &WorkflowActions::openRequested, this, &MainWindow::workflowOpenRequested);
    connect(m_actions, &WorkflowActions::failed, this, &MainWindow::showError);
    connect(m_actions, &WorkflowActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_actions, &WorkflowActions::commandsQueued, this, [this] {
        m_engine->wake();
        refresh(); // the transitional states, at once
    });
    for (QAction *action : m_actions->actions()) {
        if (!action) {
            auto *separator = new QAction(m_listPage->view());
            separator->setSeparator(true);
            action = separator;
        }
        m_listPage->view()->addAction(action); // its context menu
    }
    m_workflowWindows = new WorkflowWindows(this);
    connect(this, &MainWindow::workflowOpenRequested, this, [this](qint64 id) {
        if (m_instance && m_principal)
            m_workflowWindows->open(m_instance, *m_principal, id);
    });
    m_palette = new CommandPalette(this);
    connect(m_palette, &CommandPalette::workflowChosen, this, [this](qint64 id) {
        m_listPage->selectWorkflow(id);
        Q_EMIT workflowOpenRequested(id);
    });
    m_placeholder = new PlaceholderPage;
    m_options = new OptionsPage;
    connect(m_options, &OptionsPage::saved, this,
            [this] { statusBar()->showMessage(tr("Purge settings saved"), 8000); });
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_listPage);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(m_options);

    m_splitter = new QSplitter;
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_explorer);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({320, 940}); // the tree's names and health; the list's columns fit the rest of 1260 px

    m_messageBar = new MessageBar;

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    // Wide enough for every column of the workflow list; restoreLayout() then brings back the operator's size.
    const QSize available = screen()->availableSize();
    resize(QSize(1360, 800).boundedTo({available.width() * 9 / 10, available.height() * 9 / 10}));
}

void MainWindow::buildStatusBar()
{
    m_locationLabel = new QLabel;
    m_locationLabel->setObjectName(u"instanceLocation"_s);
    m_locationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_updatedLabel = new QLabel;
    m_updatedLabel->setObjectName(u"updatedAt"_s);
    m_operatorLabel = new QLabel;
    m_operatorLabel->setObjectName(u"loggedInAs"_s);
    m_operatorLabel->hide(); // until someone logs in
    m_engineLabel = new QLabel;
    m_engineLabel->setObjectName(u"engineStatus"_s);
    m_engineLabel->hide(); // until a session decides who runs the workflows
    m_activity = new ActivityIndicator;
    m_activity->hide(); // until the first snapshot
    m_engine = new EngineController(this);
    connect(m_engine, &EngineController::statusChanged, this, &MainWindow::engineStatusChanged);
    connect(m_engine, &EngineController::workflowsChanged, this, &MainWindow::refresh);
    connect(m_engine, &EngineController::workflowsChanged, m_workflowWindows, &WorkflowWindows::refreshExecution);
    // Another process serves the instance: a cheap check every 2 s tells when to read it again.
    m_watcher = new ChangeWatcher(this);
    connect(m_watcher, &ChangeWatcher::changed, this, &MainWindow::refresh);
    connect(m_watcher, &ChangeWatcher::executionChanged, m_workflowWindows, &WorkflowWindows::refreshExecution);
    connect(m_watcher, &ChangeWatcher::heartbeat, this, [this](qint64 at) {
        const qint64 age = (QDateTime::currentMSecsSinceEpoch() - at) / 1000;
        const bool stale = at <= 0 || age > EngineController::NodeFreshness.count();
        m_engineLabel->setText(stale ? tr("%1 (no heartbeat for %n s)", nullptr, int(std::min<qint64>(age, 1 << 30)))
                                           .arg(m_engine->status())
                                     : m_engine->status());
    });
    statusBar()->addWidget(m_locationLabel, 1);
    m_notifications = new NotificationBell(this); // SPEC §7: read again with every refresh of the console
    connect(this, &MainWindow::snapshotLoaded, m_notifications, &NotificationBell::refresh);
    connect(m_notifications, &NotificationBell::workflowOpenRequested, this, &MainWindow::workflowOpenRequested);
    statusBar()->addPermanentWidget(m_notifications);
    statusBar()->addPermanentWidget(m_activity);
    statusBar()->addPermanentWidget(m_engineLabel);
    statusBar()->addPermanentWidget(m_operatorLabel);
    statusBar()->addPermanentWidget(m_updatedLabel);
}

void MainWindow::engineStatusChanged(const QString &status)
{
    m_engineLabel->setText(status);
    m_engineLabel->show();
    m_watcher->watch(m_engine->runsLocally() ? nullptr : m_instance);
}

void MainWindow::buildMenus()
{
    QMenu *instance = menuBar()->addMenu(tr("&Instance"));
    m_refresh = instance->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    m_refresh->setObjectName(u"refresh"_s);
    m_refresh->setShortcut(Qt::Key_F5);
    m_refresh->setStatusTip(tr("Read the folders and workflows of the instance again"));
    m_refresh->setIcon(icons::named(u"restart"_s));
    instance->addSeparator();
    QAction *quit = instance->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *workflow = menuBar()->addMenu(tr("&Workflow"));
    QToolBar *toolBar = addToolBar(tr("Workflow actions"));
    toolBar->setObjectName(u"workflowToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize({16, 16});
    for (QAction *action : m_actions->actions()) {
        if (!action) {
            workflow->addSeparator();
            continue;
        }
        workflow->addAction(action);
        if (action != m_actions->openAction())
            toolBar->addAction(action);
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_paletteAction = view->addAction(tr("&Command palette…"), this, &MainWindow::showPalette);
    m_paletteAction->setObjectName(u"commandPaletteAction"_s);
    m_paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_paletteAction->setStatusTip(tr("Find any action or workflow by typing a few letters of its name"));
    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    for (const auto &[mode, label] : {std::pair{Theme::System, tr("&System")}, std::pair{Theme::Light, tr("&Light")},
                                      std::pair{Theme::Dark, tr("&Dark")}}) {
        QAction *choice = theme->addAction(label, this, [mode] { Theme::instance().apply(mode); });
        choice->setObjectName(u"theme-"_s + Theme::modeName(mode));
        choice->setCheckable(true);
        choice->setChecked(Theme::instance().mode() == mode);
        themes->addAction(choice);
        connect(&Theme::instance(), &Theme::changed, choice, [choice, mode](Theme::Mode now) {
            choice->setChecked(now == mode);
        });
    }
    toolBar->addSeparator();
    toolBar->addAction(m_paletteAction);

    QMenu *options = menuBar()->addMenu(tr("&Options"));
    m_purgeAction = options->addAction(tr("&Purge settings…"), this, &MainWindow::showPurgeSettings);
    m_purgeAction->setObjectName(u"purgeSettingsAction"_s);
    m_purgeAction->setStatusTip(tr("How long the database cleanup keeps each kind of data"));
    m_purgeAction->setIcon(icons::named(u"purge"_s));
}

void MainWindow::showPurgeSettings()
{
    if (!m_instance || !m_principal)
        return;
    auto *dialog = new PurgeSettingsDialog(m_instance, *m_principal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PurgeSettingsDialog::saved, this,
            [this] { statusBar()->showMessage(tr("Purge settings saved"), 8000); });
    dialog->open();
}

void MainWindow::showPalette()
{
    QList<PaletteModel::Entry> entries;
    const auto addAction = [&entries](QAction *action) {
        if (!action || action->isSeparator())
            return;
        const QString title = action->text().remove(u'&').remove(u"…"_s);
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        entries << PaletteModel::Entry{.title = title,
                                       .detail = action->isEnabled() ? shortcut : action->toolTip(),
                                       .icon = action->icon(),
                                       .action = action,
                                       .workflowId = 0,
                                       .enabled = action->isEnabled(),
                                       .searched = title};
    };
    for (QAction *action : m_actions->actions())
        addAction(action);
    for (QMenu *menu : menuBar()->findChildren<QMenu *>())
        for (QAction *action : menu->actions())
            if (!action->menu() && action != m_paletteAction && !m_actions->actions().contains(action))
                addAction(action);
    for (const WorkflowRecord &w : std::as_const(m_snapshot.workflows))
        entries << PaletteModel::Entry{.title = tr("Open %1").arg(w.label),
                                       .detail = w.internalName,
                                       .icon = icons::forState(w.state, w.failed),
                                       .action = nullptr,
                                       .workflowId = w.id,
                                       .enabled = true,
                                       .searched = w.label + u' ' + w.internalName};
    m_palette->setEntries(entries);
    m_palette->popup();
}

QTreeView *MainWindow::workflowView() const
{
    return m_listPage->view();
}

QLineEdit *MainWindow::filterEdit() const
{
    return m_listPage->filterEdit();
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::openInstance(const InstanceLocation &location)
{
    m_instance.reset();
    loadingStarted(location);
    m_loader->open(location);
}

void MainWindow::showInstance(std::shared_ptr<Instance> instance)
{
    m_instance = std::move(instance);
    loadingStarted(m_instance->location());
    m_loader->load(m_instance);
}

void MainWindow::startSession(std::shared_ptr<Instance> instance, const Principal &principal)
{
    m_principal = principal;
    m_operatorLabel->setText(tr("Logged in as %1").arg(principal.login));
    QStringList groups(principal.groupNames.cbegin(), principal.groupNames.cend());
    groups.sort();
    m_operatorLabel->setToolTip(groups.isEmpty() ? QString() : tr("Groups: %1").arg(groups.join(u", "_s)));
    m_operatorLabel->show();
    m_actions->setSession(instance, principal);
    m_notifications->setSession(instance, principal);
    // Logged in: the workflows must run, here unless an engine node serves the instance.
    m_engine->attach(instance);
    showInstance(std::move(instance));
}

void MainWindow::refresh()
{
    if (!m_location)
        return;
    if (m_loader->isBusy()) { // read again once this one is in: it may predate the change
        m_refreshAgain = true;
        return;
    }
    if (m_instance) {
        m_updatedLabel->setText(tr("Refreshing…"));
        m_loader->load(m_instance);
    } else {
        loadingStarted(*m_location);
        m_loader->open(*m_location);
    }
    updateActions();
}

void MainWindow::loadingStarted(const InstanceLocation &location)
{
    ++m_applying; // a snapshot still being applied is no longer wanted
    const bool other = m_location != location;
    m_location = location;
    setWindowTitle(tr("%1 — Nightshift").arg(instanceName(location)));
    m_locationLabel->setText(tr("Instance: %1").arg(location.displayName()));
    m_updatedLabel->setText(tr("Loading…"));
    if (other) { // another instance's folders would be misleading while this one loads
        m_explorer->clear();
        m_listPage->setSnapshot({});
    }
    if (m_explorer->model()->rowCount() == 0)
        showStatePage(instanceName(location), tr("Loading the instance…"));
    updateActions();
}

namespace {

qint64 threadCpuMs() // for the debug log: on a busy machine the wall time says little
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
}

} // namespace

// In turns of the event loop, so that none holds the GUI thread long on a large instance: the list's rows first,
// then the explorer (health roll-ups, the folder chosen, which filters the list) and the status bar. The first
// time, the folder's page replaces "Loading the instance…" one more turn later, so that the tree and the list
// are painted in two halves rather than the whole window in one paint.
void MainWindow::applySnapshot(const std::shared_ptr<Instance> &instance, const InstanceSnapshot &snapshot,
                               const LiveStatus &status, const WorkflowRowKeys &keys)
{
    const qint64 cpu = threadCpuMs();
    m_instance = instance;
    m_snapshot = snapshot;
    showError({});
    m_listPage->setSnapshot(snapshot, status, keys);
    m_actions->setSelection(m_listPage->selectedWorkflows()); // their states changed
    qCDebug(lcUi) << "applied the list in" << threadCpuMs() - cpu << "ms of CPU";
    const quint64 generation = ++m_applying;
    QTimer::singleShot(0, this, [this, generation, status] {
        if (generation != m_applying)
            return; // another snapshot, or another instance, since: it brings its own
        const qint64 cpuNow = threadCpuMs();
        m_activity->setStatus(m_snapshot, status);
        m_activity->show();
        const bool first = m_pages->currentWidget() == m_placeholder && m_explorer->model()->rowCount() == 0;
        m_pageOnHold = first;
        m_explorer->setSnapshot(m_snapshot, status, startFolder);
        m_pageOnHold = false;
        qCDebug(lcUi) << "applied the explorer in" << threadCpuMs() - cpuNow << "ms of CPU";
        if (!first) {
            loadingDone();
            return;
        }
        // A timer, not a queued call: those come before the paint the tree asked for (a posted event of low
        // priority), timers after it.
        QTimer::singleShot(1, this, [this, generation] {
            if (generation != m_applying)
                return;
            folderChanged(m_explorer->currentIndex());
            loadingDone();
        });
    });
}

void MainWindow::loadingDone()
{
    m_updatedLabel->setText(tr("Updated at %1").arg(QLocale().toString(QTime::currentTime(), u"HH:mm:ss"_s)));
    updateActions();
    Q_EMIT snapshotLoaded();
    if (!m_loader->isBusy() && std::exchange(m_refreshAgain, false))
        refresh();
}

void MainWindow::applyTriggers(const QHash<qint64, QString> &triggers)
{
    m_snapshot.triggers = triggers;
    m_listPage->setTriggers(triggers);
    updateActions();
    Q_EMIT triggersLoaded();
    if (std::exchange(m_refreshAgain, false))
        refresh();
}

void MainWindow::loadingFailed(const QString &message)
{
    ++m_applying;
    showError(message);
    m_updatedLabel->setText(m_instance ? tr("Not updated") : tr("Not loaded"));
    if (!m_instance) { // nothing valid to show: an empty tree rather than another instance's folders
        m_listPage->setSnapshot({});
        m_explorer->clear();
        showStatePage(tr("No instance open"), tr("Press F5 to try again once the problem above is solved."));
    }
    updateActions();
    Q_EMIT loadFailed(message);
}

void MainWindow::updateActions()
{
    m_refresh->setEnabled(m_location && !m_loader->isBusy());
    m_purgeAction->setEnabled(m_instance && m_principal);
    m_purgeAction->setToolTip(m_principal ? QString() : tr("Log in to change the purge settings"));
}

void MainWindow::showStatePage(const QString &title, const QString &text)
{
    m_placeholder->showMessage(icons::named(u"nightshift"_s), title, text);
    m_pages->setCurrentWidget(m_placeholder);
}

void MainWindow::showError(const QString &message)
{
    m_messageBar->showError(message);
}

void MainWindow::folderChanged(const QModelIndex &index)
{
    if (!index.isValid() || m_pageOnHold)
        return; // the tree is being reset, cleared or filled for the first time; what follows chooses the page
    const QString name = index.data().toString();
    QStringList path;
    for (QModelIndex i = index; i.isValid(); i = i.parent())
        path.prepend(i.data().toString());
    const auto kind = FolderKind(index.data(ExplorerModel::FolderKindRole).toInt());
    const auto group = stateGroupFromFolderName(index.data(ExplorerModel::FolderPathRole).toString().section(u'/', -1));
    if (kind == FolderKind::WorkflowStatus && group) {
        m_listPage->showStateGroup(tr("Workflow status: %1").arg(name), *group);
        m_pages->setCurrentWidget(m_listPage);
        m_actions->setSelection(m_listPage->selectedWorkflows());
        return;
    }
    if (kind == FolderKind::HeatMap && m_instance && m_principal) { // created on first use, one per window
        auto *page = m_pages->findChild<HeatMapPage *>();
        if (!page) {
            page = new HeatMapPage;
            m_pages->addWidget(page);
            connect(page, &HeatMapPage::workflowOpenRequested, this, &MainWindow::workflowOpenRequested);
            connect(page, &HeatMapPage::runOpenRequested, this, [this](qint64 workflowId, qint64 runId) {
                if (m_instance && m_principal)
                    showRunInHistory(m_workflowWindows->open(m_instance, *m_principal, workflowId), runId);
            });
        }
        page->setInstance(m_instance, m_principal->operatorId);
        m_pages->setCurrentWidget(page);
        m_actions->setSelection({});
        return;
    }
    if (kind == FolderKind::Cubes && m_instance && m_principal) { // one page per instance and operator
        CubesPage::showIn(m_pages, m_instance, m_principal);
        m_actions->setSelection({});
        return;
    }
    if (kind == FolderKind::Options) {
        if (m_pages->currentWidget() != m_options) // a refresh leaves the form being edited alone
            m_options->showOptions(m_instance, m_principal);
        m_pages->setCurrentWidget(m_options);
        m_actions->setSelection({});
        return;
    }
    if (kind != FolderKind::Folder && kind != FolderKind::Workflows) {
        m_placeholder->showFolder(index.data(Qt::DecorationRole).value<QIcon>(), name);
        m_pages->setCurrentWidget(m_placeholder);
        m_actions->setSelection({}); // no shortcut acts on workflows out of sight
        return;
    }
    m_listPage->showFolder(name, path.join(u" › "_s), m_explorer->explorerModel()->folderIdsBelow(index));
    m_pages->setCurrentWidget(m_listPage);
    m_actions->setSelection(m_listPage->selectedWorkflows());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"mainWindow/splitter"_s).toByteArray());
    m_listPage->restoreColumns(settings.value(u"mainWindow/workflowColumns"_s).toByteArray());
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/splitter"_s, m_splitter->saveState());
    settings.setValue(u"mainWindow/workflowColumns"_s, m_listPage->saveColumns());
    settings.setValue(u"mainWindow/state"_s, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_workflowWindows->closeAll()) { // the operator kept unsaved changes
        event->ignore();
        return;
    }
    saveLayout();
    m_watcher->watch(nullptr);
    m_engine->stop();
    event->accept();
}

} // namespace nightshift
