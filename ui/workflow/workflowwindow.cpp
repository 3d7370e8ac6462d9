#include "workflowwindow.h"

#include "activityglyph.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "propertiespage.h"
#include "tasktablemodel.h"
#include "workflowdocument.h"

#include "common/background.h"
#include "common/icons.h"
#include "common/messagebar.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Loaded
{
    Loaded(Result<LoadedWorkflow> w, std::shared_ptr<const WorkflowCatalog> c = {})
        : workflow(std::move(w)), catalog(std::move(c))
    { }
    Result<LoadedWorkflow> workflow;
    std::shared_ptr<const WorkflowCatalog> catalog;
};

} // namespace

WorkflowWindow::WorkflowWindow(std::shared_ptr<Instance> instance, Principal principal, qint64 workflowId,
                               QWidget *parent)
    : QMainWindow(parent), m_instance(std::move(instance)), m_principal(std::move(principal)), m_workflowId(workflowId),
      m_document(new WorkflowDocument(this)), m_scene(new DiagramScene(this)), m_view(new DiagramView(m_scene)),
      m_tabs(new QTabWidget), m_messages(new MessageBar), m_properties(new PropertiesPage(m_document)),
      m_taskModel(new TaskTableModel(this)), m_taskView(new QTableView),
      m_issuesDock(new QDockWidget(tr("Issues"), this)), m_issues(new QListWidget), m_runSummary(new QLabel),
      m_modes(new QActionGroup(this))
{
    icons::initResources();
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(icons::named(u"workflow"_s));
    resize(1180, 760);
    buildActions();

    m_tabs->setObjectName(u"workflowTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildDiagramPage(), tr("&Diagram"));
    m_tabs->addTab(m_properties, tr("&Properties"));
    m_taskView->setObjectName(u"taskTable"_s);
    m_taskView->setModel(m_taskModel);
    m_taskView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_taskView->setAlternatingRowColors(true);
    m_taskView->verticalHeader()->hide();
    m_taskView->horizontalHeader()->setStretchLastSection(true);
    m_taskView->setWordWrap(false);
    m_taskView->verticalHeader()->setDefaultSectionSize(m_taskView->fontMetrics().height() + 8);
    m_tabs->addTab(m_taskView, tr("&Tasks"));

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messages);
    layout->addWidget(m_tabs);
    setCentralWidget(central);

    m_issues->setObjectName(u"issueList"_s);
    m_issuesDock->setObjectName(u"issuesDock"_s);
    m_issuesDock->setWidget(m_issues);
    m_issuesDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_issuesDock);
    m_issuesDock->hide();
    connect(m_issues, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { issueActivated(item->data(IssueActivityRole).toString()); });
    connect(m_issues, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { issueActivated(item->data(IssueActivityRole).toString()); });

    connect(m_document, &WorkflowDocument::changed, this, &WorkflowWindow::documentChanged);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &WorkflowWindow::updateTitle);
    connect(m_scene, &DiagramScene::activitiesMoved, this, [this](const QList<std::pair<QString, QPoint>> &moves) {
        m_document->undoStack()->beginMacro(moves.size() == 1 ? tr("Move %1").arg(moves.first().first) : tr("Move"));
        for (const auto &[name, centre] : moves)
            m_document->move(name, centre);
        m_document->undoStack()->endMacro();
    });
    connect(m_scene, &DiagramScene::connectRequested, m_document, &WorkflowDocument::connect);
    connect(m_scene, &DiagramScene::activityActivated, this, &WorkflowWindow::editActivity);
    connect(m_scene, &DiagramScene::activityDropped, this, &WorkflowWindow::addActivityAt);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &WorkflowWindow::updateActions);

    statusBar()->addPermanentWidget(new QLabel); // keeps the bar's height before the first message
    setWindowTitle(tr("Workflow"));
    updateActions();
    load();
}

WorkflowWindow::~WorkflowWindow() = default;

void WorkflowWindow::buildActions()
{
    QToolBar *bar = addToolBar(tr("Workflow"));
    bar->setObjectName(u"workflowToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto add
        = [this](QToolBar *toolBar, const QString &name, const QString &text, const QKeySequence &key, auto slot) {
              auto *action = new QAction(text, this);
              action->setObjectName(name);
              action->setShortcut(key);
              action->setShortcutContext(Qt::WindowShortcut);
              connect(action, &QAction::triggered, this, slot);
              toolBar->addAction(action);
              return action;
          };
    QAction *saveAction = add(bar, u"save"_s, tr("&Save"), QKeySequence::Save, [this] { save(); });
    saveAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_editActions << saveAction;
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undo"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redo"_s);
    redo->setShortcut(QKeySequence::Redo);
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    add(bar, u"validate"_s, tr("&Validate"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] { validate(); });
    bar->addSeparator();
    add(bar, u"zoomIn"_s, tr("Zoom in"), QKeySequence::ZoomIn, [this] { m_view->zoomIn(); });
    add(bar, u"zoomOut"_s, tr("Zoom out"), QKeySequence::ZoomOut, [this] { m_view->zoomOut(); });
    add(bar, u"fit"_s, tr("&Fit"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->fit(); });
    bar->addSeparator();
    add(bar, u"export"_s, tr("E&xport…"), QKeySequence(), [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Export the definition"), m_document->definition().name + u".xml"_s,
                                           tr("Workflow definitions (*.xml)"));
        if (path.isEmpty())
            return;
        if (auto written = exportTo(path); !written)
            m_messages->showError(written.error().message);
        else
            statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
    });
    m_editActions << add(bar, u"import"_s, tr("&Import…"), QKeySequence(), [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a definition"), QString(),
                                                          tr("Workflow definitions (*.xml)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    add(bar, u"refresh"_s, tr("Refresh"), QKeySequence::Refresh, [this] { refreshExecution(); });

    // The palette: modes, one action per activity type, delete.
    QToolBar *palette = new QToolBar(tr("Palette"));
    palette->setObjectName(u"palette"_s);
    palette->setIconSize(QSize(22, 22));
    addToolBar(Qt::LeftToolBarArea, palette);
    QAction *select = add(palette, u"modeSelect"_s, tr("Select and move"), QKeySequence(Qt::Key_S),
                          [this] { m_scene->setMode(DiagramScene::Mode::Select); });
    QAction *connectMode = add(palette, u"modeConnect"_s, tr("Connect (drag from one activity to another)"),
                               QKeySequence(Qt::Key_C), [this] { m_scene->setMode(DiagramScene::Mode::Connect); });
    select->setIcon(glyph::selectIcon());
    connectMode->setIcon(glyph::connectIcon());
    for (QAction *mode : {select, connectMode}) {
        mode->setCheckable(true);
        m_modes->addAction(mode);
        m_editActions << mode;
    }
    select->setChecked(true);
    palette->addSeparator();
    auto *paletteDrag = new PaletteDragSource(this);
    for (int t = int(ActivityType::Start); t <= int(ActivityType::Job); ++t) {
        const auto type = ActivityType(t);
        QAction *a = add(palette, u"add-"_s + ActivityTypeInfo::of(type).element,
                         tr("Add: %1 (click, or drag onto the diagram)").arg(WorkflowDocument::defaultLabel(type)),
                         QKeySequence(), [this, type] { addActivity(type); });
        a->setIcon(glyph::icon(type));
        m_editActions << a;
        if (auto *button = qobject_cast<QToolButton *>(palette->widgetForAction(a)))
            paletteDrag->add(button, type);
    }
    palette->addSeparator();
    QAction *remove
        = add(palette, u"delete"_s, tr("Delete the selection"), QKeySequence::Delete, [this] { deleteSelection(); });
    remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_editActions << remove;
}

QWidget *WorkflowWindow::buildDiagramPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_view->setObjectName(u"diagramView"_s);
    layout->addWidget(m_view, 1);
    // The legend and what the colours are about: the latest run.
    auto *legend = new QWidget;
    legend->setObjectName(u"legend"_s);
    auto *row = new QHBoxLayout(legend);
    row->setContentsMargins(12, 6, 12, 6);
    row->setSpacing(16);
    for (ActivityStatus status :
         {ActivityStatus::Executed, ActivityStatus::Pending, ActivityStatus::Warning, ActivityStatus::Error}) {
        auto *entry = new QLabel(u"<span style=\"color:%1; font-size:14pt;\">●</span> %2"_s.arg(
            statusColour(status).name(), statusLabel(status).toHtmlEscaped()));
        row->addWidget(entry);
    }
    row->addStretch();
    m_runSummary->setObjectName(u"runSummary"_s);
    row->addWidget(m_runSummary);
    layout->addWidget(legend);
    return page;
}

void WorkflowWindow::addTab(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

QAction *WorkflowWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void WorkflowWindow::load()
{
    runInBackground<Loaded>(
        this,
        [instance = m_instance, principal = m_principal, id = m_workflowId]() -> Loaded {
            auto catalog = WorkflowCatalog::load();
            if (!catalog)
                return {fail(joined(catalog.error())), nullptr};
            return {readWorkflow(*instance, principal, id),
                    std::make_shared<const WorkflowCatalog>(std::move(*catalog))};
        },
        [this](const Loaded &loaded) {
            if (!loaded.workflow) {
                m_messages->showError(tr("Cannot open the workflow: %1").arg(loaded.workflow.error().message));
                Q_EMIT loadFailed(loaded.workflow.error().message);
                return;
            }
            m_catalog = loaded.catalog;
            applyLoaded(*loaded.workflow);
        });
}

void WorkflowWindow::applyLoaded(const LoadedWorkflow &workflow)
{
    m_record = workflow.record;
    m_refusal = workflow.refusal;
    m_loaded = true;
    m_scene->setEditable(m_refusal.isEmpty());
    m_document->reset(workflow.definition, workflow.record.folderId);
    m_properties->setRefusal(m_refusal);
    m_properties->setChoices(workflow.folders, workflow.otherNames,
                             !workflow.record.packageId.isEmpty()
                                 ? tr("The internal name comes with package %1, which finds the workflow by it.")
                                       .arg(workflow.record.packageId)
                                 : !workflow.record.templateName.isEmpty()
                                 ? tr("The internal name comes from template %1.").arg(workflow.record.templateName)
                                 : QString());
    updateActions();
    m_view->fit();
    Q_EMIT loaded();
    refreshExecution();
}

void WorkflowWindow::refreshExecution()
{
    if (m_executionBusy) { // one read at a time; the latest request is served when it ends
        m_executionAgain = true;
        return;
    }
    m_executionBusy = true;
    runInBackground<Result<ExecutionSnapshot>>(
        this, [instance = m_instance, id = m_workflowId] { return readExecution(*instance, id); },
        [this](const Result<ExecutionSnapshot> &execution) {
            m_executionBusy = false;
            if (execution)
                applyExecution(*execution);
            else
                m_messages->showError(tr("Cannot read the latest run: %1").arg(execution.error().message));
            if (std::exchange(m_executionAgain, false))
                refreshExecution();
            else
                Q_EMIT executionRefreshed();
        });
}

void WorkflowWindow::applyExecution(const ExecutionSnapshot &execution)
{
    m_execution = execution;
    m_scene->setExecution(execution);
    QHash<QString, QString> labels;
    for (const Activity &a : m_document->definition().activities)
        labels.insert(a.name, a.label);
    m_taskModel->setTasks(execution.tasks, labels);
    m_taskView->resizeColumnsToContents();
    if (!execution.runId) {
        m_runSummary->setText(tr("Never run"));
        return;
    }
    const auto status = runStatusFromName(execution.runStatus);
    m_runSummary->setText(
        tr("Latest run #%1, %2: %3")
            .arg(execution.runId)
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(execution.runStartedAt).toLocalTime(),
                                    QLocale::ShortFormat),
                 status ? QCoreApplication::translate("nightshift::RunStatus", runStatusLabel(*status))
                        : execution.runStatus));
}

void WorkflowWindow::documentChanged()
{
    m_scene->setDefinition(m_document->definition());
    m_scene->setExecution(m_execution);
    updateTitle();
    updateActions();
}

void WorkflowWindow::updateTitle()
{
    const WorkflowDefinition &d = m_document->definition();
    setWindowTitle(u"%1%2 (%3)"_s.arg(m_document->isModified() ? u"*"_s : QString(), d.label, d.name));
}

void WorkflowWindow::updateActions()
{
    const bool editable = m_loaded && m_refusal.isEmpty() && !m_saving;
    for (QAction *a : std::as_const(m_editActions)) {
        a->setEnabled(editable);
        a->setToolTip(m_refusal.isEmpty() ? a->text().remove(u'&') : m_refusal);
    }
    if (QAction *remove = action(u"delete"_s))
        remove->setEnabled(editable && !m_scene->selectedItems().isEmpty());
}

void WorkflowWindow::closeEvent(QCloseEvent *event)
{
    if (m_document->isModified()) {
        const auto answer
            = QMessageBox::question(this, windowTitle(), tr("The workflow has unsaved changes. Discard them?"),
                                    QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace nightshift
