#include "mainwindow.h"

#include "explorer/explorermodel.h"
#include "workflows/workflowlistmodel.h"

#include <QCloseEvent>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
const QString startFolder = u"administration/production/technicalWorkflows"_s;
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Nightshift"));
    buildUi();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    m_explorerModel = new ExplorerModel(this);
    m_workflowModel = new WorkflowListModel(this);
    m_workflowFilter = new WorkflowFilter(this);
    m_workflowFilter->setSourceModel(m_workflowModel);
    m_workflowFilter->setSortRole(WorkflowListModel::SortRole);
    m_workflowFilter->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_explorer = new QTreeView;
    m_explorer->setObjectName(u"explorer"_s);
    m_explorer->setModel(m_explorerModel);
    m_explorer->setUniformRowHeights(true);
    m_explorer->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_explorer->header()->setStretchLastSection(true);
    connect(m_explorer->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::folderSelected);

    m_filter = new QLineEdit;
    m_filter->setObjectName(u"filter"_s);
    m_filter->setPlaceholderText(tr("Filter by label, internal name or package"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_workflowFilter, &WorkflowFilter::setText);

    m_workflows = new QTreeView;
    m_workflows->setObjectName(u"workflows"_s);
    m_workflows->setModel(m_workflowFilter);
    m_workflows->setRootIsDecorated(false);
    m_workflows->setUniformRowHeights(true);
    m_workflows->setAlternatingRowColors(true);
    m_workflows->setSortingEnabled(true);
    m_workflows->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_workflows->sortByColumn(WorkflowListModel::Label, Qt::AscendingOrder);
    m_workflows->header()->setSectionResizeMode(QHeaderView::Interactive);

    auto *listPage = new QWidget;
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_workflows);

    m_placeholder = new QLabel;
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_pages = new QStackedWidget;
    m_pages->addWidget(listPage);
    m_pages->addWidget(m_placeholder);

    auto *splitter = new QSplitter;
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_explorer);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 900});

    m_messageBar = new QLabel;
    m_messageBar->setObjectName(u"messageBar"_s);
    m_messageBar->setWordWrap(true);
    m_messageBar->setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c1c; padding: 8px; border-radius: 4px; }"_s);
    m_messageBar->hide();

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_messageBar);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_instanceLabel = new QLabel;
    m_countLabel = new QLabel;
    statusBar()->addWidget(m_instanceLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    resize(1280, 760);
}

void MainWindow::showInstance(std::shared_ptr<Instance> instance)
{
    m_instance = std::move(instance);
    m_instanceLabel->setText(tr("Instance: %1").arg(m_instance->location().displayName()));
    m_countLabel->setText(tr("Loading…"));
    // The database is read on a worker thread; the watcher is a child of this window, so a closed window
    // simply drops the result.
    auto *watcher = new QFutureWatcher<Result<InstanceSnapshot>>(this);
    connect(watcher, &QFutureWatcher<Result<InstanceSnapshot>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<InstanceSnapshot> snapshot = watcher->result();
        if (!snapshot) {
            showError(snapshot.error().message);
            m_countLabel->clear();
            return;
        }
        applySnapshot(*snapshot);
        Q_EMIT snapshotLoaded();
    });
    std::shared_ptr<Instance> target = m_instance;
    watcher->setFuture(QtConcurrent::run([target]() -> Result<InstanceSnapshot> {
        auto db = target->database();
        if (!db)
            return std::unexpected(db.error());
        return InstanceSnapshot::load(*db);
    }));
}

void MainWindow::showError(const QString &message)
{
    m_messageBar->setText(message);
    m_messageBar->setVisible(!message.isEmpty());
}

void MainWindow::applySnapshot(const InstanceSnapshot &snapshot)
{
    m_explorerModel->setSnapshot(snapshot);
    m_workflowModel->setSnapshot(snapshot);
    m_countLabel->setText(tr("%n workflow(s)", nullptr, int(snapshot.workflows.size())));
    m_explorer->expandToDepth(1);
    const QModelIndex start = m_explorerModel->indexOfPath(startFolder);
    m_explorer->expand(start);
    m_explorer->setCurrentIndex(start);
    for (int c = 0; c < WorkflowListModel::ColumnCount; ++c)
        m_workflows->resizeColumnToContents(c);
}

void MainWindow::folderSelected(const QModelIndex &index)
{
    QSet<qint64> folders;
    QList<QModelIndex> pending{index.siblingAtColumn(0)};
    while (!pending.isEmpty()) {
        const QModelIndex i = pending.takeLast();
        folders.insert(i.data(ExplorerModel::FolderIdRole).toLongLong());
        for (int row = 0; row < m_explorerModel->rowCount(i); ++row)
            pending << m_explorerModel->index(row, 0, i);
    }
    m_workflowFilter->setFolders(folders);

    const auto kind = FolderKind(index.data(ExplorerModel::FolderKindRole).toInt());
    const bool listsWorkflows = kind == FolderKind::Folder || kind == FolderKind::Workflows;
    if (!listsWorkflows)
        m_placeholder->setText(tr("The \"%1\" view is not available in this version of Nightshift yet.")
                                   .arg(index.siblingAtColumn(0).data().toString()));
    m_pages->setCurrentIndex(listsWorkflows ? 0 : 1);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        splitter->restoreState(settings.value(u"mainWindow/splitter"_s).toByteArray());
    m_workflows->header()->restoreState(settings.value(u"mainWindow/workflowColumns"_s).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        settings.setValue(u"mainWindow/splitter"_s, splitter->saveState());
    settings.setValue(u"mainWindow/workflowColumns"_s, m_workflows->header()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace nightshift
