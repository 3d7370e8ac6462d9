#include "mainwindow.h"

#include "common/enginecontroller.h"

#include "common/icons.h"
#include "common/messagebar.h"
#include "common/placeholderpage.h"
#include "common/snapshotloader.h"
#include "explorer/explorermodel.h"
#include "explorer/explorerview.h"
#include "workflows/workflowlistpage.h"

#include <QAction>
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
#include <QTreeView>
#include <QVBoxLayout>

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
    setWindowTitle(tr("Nightshift"));
    buildUi();
    buildMenus();
    restoreLayout();
    updateActions();
    connect(m_loader, &SnapshotLoader::loaded, this, &MainWindow::applySnapshot);
    connect(m_loader, &SnapshotLoader::failed, this, &MainWindow::loadingFailed);
    m_explorer->setFocus(Qt::OtherFocusReason); // keyboard navigation starts in the tree
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    m_explorer = new ExplorerView;
    connect(m_explorer, &ExplorerView::currentFolderChanged, this, &MainWindow::folderChanged);

    m_listPage = new WorkflowListPage;
    m_placeholder = new PlaceholderPage;
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_listPage);
    m_pages->addWidget(m_placeholder);

    m_splitter = new QSplitter;
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_explorer);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({390, 890});

    m_messageBar = new MessageBar;

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

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
    m_engine = new EngineController(this);
    connect(m_engine, &EngineController::statusChanged, this, [this](const QString &status) {
        m_engineLabel->setText(status);
        m_engineLabel->show();
    });
    connect(m_engine, &EngineController::workflowsChanged, this, &MainWindow::refresh);
    statusBar()->addWidget(m_locationLabel, 1);
    statusBar()->addPermanentWidget(m_engineLabel);
    statusBar()->addPermanentWidget(m_operatorLabel);
    statusBar()->addPermanentWidget(m_updatedLabel);
    // Wide enough for every column of the workflow list; restoreLayout() then brings back the operator's size.
    const QSize available = screen()->availableSize();
    resize(QSize(1360, 800).boundedTo({available.width() * 9 / 10, available.height() * 9 / 10}));
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
    // Logged in: the workflows must run, here unless an engine node serves the instance.
    m_engine->attach(instance);
    showInstance(std::move(instance));
}

void MainWindow::refresh()
{
    if (!m_location || m_loader->isBusy())
        return;
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

void MainWindow::applySnapshot(const std::shared_ptr<Instance> &instance, const InstanceSnapshot &snapshot)
{
    m_instance = instance;
    showError({});
    m_listPage->setSnapshot(snapshot);
    m_explorer->setSnapshot(snapshot, startFolder);
    m_updatedLabel->setText(tr("Updated at %1").arg(QLocale().toString(QTime::currentTime(), u"HH:mm:ss"_s)));
    updateActions();
    Q_EMIT snapshotLoaded();
}

void MainWindow::loadingFailed(const QString &message)
{
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
    if (!index.isValid())
        return; // the tree is being reset or cleared; what follows chooses the page
    const QString name = index.data().toString();
    QStringList path;
    for (QModelIndex i = index; i.isValid(); i = i.parent())
        path.prepend(i.data().toString());
    const auto kind = FolderKind(index.data(ExplorerModel::FolderKindRole).toInt());
    if (kind != FolderKind::Folder && kind != FolderKind::Workflows) {
        m_placeholder->showFolder(index.data(Qt::DecorationRole).value<QIcon>(), name);
        m_pages->setCurrentWidget(m_placeholder);
        return;
    }
    m_listPage->showFolder(name, path.join(u" › "_s), m_explorer->explorerModel()->folderIdsBelow(index));
    m_pages->setCurrentWidget(m_listPage);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"mainWindow/splitter"_s).toByteArray());
    m_listPage->restoreColumns(settings.value(u"mainWindow/workflowColumns"_s).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/splitter"_s, m_splitter->saveState());
    settings.setValue(u"mainWindow/workflowColumns"_s, m_listPage->saveColumns());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_engine->stop();
    event->accept();
}

} // namespace nightshift
