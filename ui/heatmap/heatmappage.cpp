#include "heatmappage.h"

#include "common/background.h"
#include "common/formatting.h"
#include "common/messagebar.h"
#include "heatmaplegend.h"
#include "heatmapmodel.h"
#include "history/historyview.h"
#include "history/runsmodel.h"
#include "workflow/workflowwindow.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

enum ItemRole { WorkflowIdRole = Qt::UserRole + 1, RunIdRole, OpenableRole };

QString zoneText(const QTimeZone &zone)
{
    const int offset = zone.offsetFromUtc(QDateTime::currentDateTimeUtc()) / 60;
    return u"%1 (UTC%2%3:%4)"_s.arg(QString::fromUtf8(zone.id()), offset < 0 ? u"−"_s : u"+"_s)
        .arg(std::abs(offset) / 60, 2, 10, QChar(u'0'))
        .arg(std::abs(offset) % 60, 2, 10, QChar(u'0'));
}

QString timeText(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

// The view's cell size: the day's 5-minute grid wide enough for a count, the month and year denser.
QSize cellSize(HeatMapView view)
{
    switch (view) {
    case HeatMapView::Day:
    case HeatMapView::Projected:
        return {42, 22};
    case HeatMapView::Month:
        return {30, 19};
    case HeatMapView::Year:
        return {28, 26};
    }
    return {42, 22};
}

} // namespace

const QList<qint64> &HeatMapPage::durationSteps()
{
    static const QList<qint64> steps
        = {0, 5'000, 10'000, 30'000, 60'000, 120'000, 300'000, 600'000, 900'000, 1'800'000, 2'700'000, 3'600'000};
    return steps;
}

HeatMapPage::HeatMapPage(QWidget *parent)
    : QWidget(parent), m_model(new HeatMapModel(this)), m_views(new QButtonGroup(this)), m_reloadTimer(new QTimer(this))
{
    setObjectName(u"heatMapPage"_s);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300); // typing a name or moving the slider reloads once
    connect(m_reloadTimer, &QTimer::timeout, this, &HeatMapPage::reload);

    auto *title = new QLabel(tr("Workflow heat map"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_zones = new QLabel;
    m_zones->setObjectName(u"heatMapZones"_s);
    m_zones->setForegroundRole(QPalette::PlaceholderText);
    m_busy = new QProgressBar;
    m_busy->setObjectName(u"heatMapBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumSize(120, 12);
    m_busy->setTextVisible(false);
    m_busy->hide();
    auto *heading = new QHBoxLayout;
    heading->setSpacing(8);
    heading->addWidget(title);
    heading->addWidget(m_zones);
    heading->addStretch(1);
    heading->addWidget(m_busy);

    m_message = new MessageBar;
    m_grid = new QTableView;
    m_grid->setObjectName(u"heatMapGrid"_s);
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setShowGrid(true);
    m_grid->setWordWrap(false);
    m_grid->setCornerButtonEnabled(false);
    for (QHeaderView *header : {m_grid->horizontalHeader(), m_grid->verticalHeader()}) {
        header->setSectionResizeMode(QHeaderView::Fixed);
        header->setHighlightSections(true);
    }
    m_grid->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_grid->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Enter or a click opens the cell's runs; arrows move over the cells (skipping those that are no time).
    connect(m_grid, &QTableView::activated, this, &HeatMapPage::showCell);
    connect(m_grid, &QTableView::clicked, this, &HeatMapPage::showCell);
    setFocusProxy(m_grid);

    m_legend = new HeatMapLegend;
    auto *gridPane = new QWidget;
    auto *gridLayout = new QVBoxLayout(gridPane);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->setSpacing(4);
    gridLayout->addWidget(m_grid, 1);
    gridLayout->addWidget(m_legend);

    auto *splitter = new QSplitter;
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(gridPane);
    splitter->addWidget(buildDrillDown());
    splitter->setStretchFactor(0, 1); // the day grid needs about half the width; the runs' names the rest
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(heading);
    layout->addWidget(buildControls());
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    updateZones();
    viewChanged();
}

QWidget *HeatMapPage::buildControls()
{
    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    const QList<std::pair<HeatMapView, QString>> views = {{HeatMapView::Day, tr("&Day")},
                                                          {HeatMapView::Month, tr("&Month")},
                                                          {HeatMapView::Year, tr("&Year")},
                                                          {HeatMapView::Projected, tr("&Next 7 days")}};
    for (const auto &[view, text] : views) {
        auto *button = new QToolButton;
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setChecked(view == HeatMapView::Day);
        m_views->addButton(button, int(view));
        layout->addWidget(button);
    }
    m_views->button(int(HeatMapView::Projected))
        ->setToolTip(tr("Runs the schedules of the started workflows will "
                        "trigger, each as long as its recent runs"));
    connect(m_views, &QButtonGroup::idClicked, this, &HeatMapPage::viewChanged);
    layout->addSpacing(12);
    auto *previous = new QToolButton;
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous"));
    auto *next = new QToolButton;
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next"));
    m_date = new QDateEdit(QDate::currentDate());
    m_date->setObjectName(u"heatMapDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"ddd d MMM yyyy"_s);
    auto *today = new QPushButton(tr("&Today"));
    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(today, &QPushButton::clicked, this,
            [this] { setDate(QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date()); });
    connect(m_date, &QDateEdit::dateChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    for (QWidget *w : std::initializer_list<QWidget *>{previous, m_date, next, today})
        layout->addWidget(w);
    layout->addSpacing(12);

    m_minimum = new QSlider(Qt::Horizontal);
    m_minimum->setObjectName(u"heatMapMinimumDuration"_s);
    m_minimum->setRange(0, int(durationSteps().size()) - 1);
    m_minimum->setPageStep(1);
    m_minimum->setTickPosition(QSlider::TicksBelow);
    m_minimum->setFixedWidth(110);
    m_minimum->setToolTip(tr("Only the runs that lasted at least this long (running ones: so far)"));
    m_minimumText = new QLabel;
    m_minimumText->setMinimumWidth(fontMetrics().horizontalAdvance(tr("≥ %1").arg(durationText(2'700'000))) + 4);
    const auto showMinimum = [this] {
        const qint64 ms = durationSteps().at(m_minimum->value());
        m_minimumText->setText(ms == 0 ? tr("any length") : tr("≥ %1").arg(durationText(ms)));
    };
    showMinimum();
    connect(m_minimum, &QSlider::valueChanged, this, showMinimum);
    connect(m_minimum, &QSlider::valueChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    auto *minimumLabel = new QLabel(tr("M&inimum:"));
    minimumLabel->setBuddy(m_minimum);

    m_workflow = new QComboBox;
    m_workflow->setObjectName(u"heatMapWorkflow"_s);
    m_workflow->addItem(tr("All workflows"), qint64(0));
    m_workflow->setMinimumContentsLength(16);
    m_workflow->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind = new QComboBox;
    m_kind->setObjectName(u"heatMapKind"_s);
    m_kind->addItem(tr("Technical and marketing"), 0);
    m_kind->addItem(tr("Technical"), 1);
    m_kind->addItem(tr("Marketing"), 2);
    m_name = new QLineEdit;
    m_name->setObjectName(u"heatMapName"_s);
    m_name->setPlaceholderText(tr("Name contains…"));
    m_name->setClearButtonEnabled(true);
    m_name->setMaximumWidth(180);
    for (QComboBox *combo : {m_workflow, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_name, &QLineEdit::textChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    for (QWidget *w :
         std::initializer_list<QWidget *>{minimumLabel, m_minimum, m_minimumText, m_workflow, m_kind, m_name})
        layout->addWidget(w);
    layout->addStretch(1);
    return bar;
}

QWidget *HeatMapPage::buildDrillDown()
{
    auto *pane = new QWidget;
    m_cellTitle = new QLabel(tr("Click a cell, or move to it and press Enter, to list what ran then."));
    m_cellTitle->setObjectName(u"heatMapCellTitle"_s);
    m_cellTitle->setWordWrap(true);
    m_runs = new QTreeWidget;
    m_runs->setObjectName(u"heatMapRuns"_s);
    m_runs->setHeaderLabels({tr("Workflow / activity"), tr("Start"), tr("Duration"), tr("Status")});
    m_runs->setAlternatingRowColors(true);
    m_runs->setUniformRowHeights(true);
    // The time, duration and status as wide as they need; the workflow (and activity) names take the rest.
    m_runs->header()->setStretchLastSection(false);
    m_runs->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column <= 3; ++column)
        m_runs->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_runs->header()->setMinimumSectionSize(fontMetrics().horizontalAdvance(u"Duration"_s) + 16);
    connect(m_runs, &QTreeWidget::itemActivated, this, &HeatMapPage::openItem);
    connect(m_runs, &QTreeWidget::currentItemChanged, this, &HeatMapPage::updateButtons);
    m_openWorkflow = new QPushButton(tr("Open &workflow"));
    m_openRun = new QPushButton(tr("Open &run"));
    m_openRun->setToolTip(tr("The run in its workflow's History tab"));
    connect(m_openWorkflow, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_runs->currentItem())
            Q_EMIT workflowOpenRequested(item->data(0, WorkflowIdRole).toLongLong());
    });
    connect(m_openRun, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_runs->currentItem())
            Q_EMIT runOpenRequested(item->data(0, WorkflowIdRole).toLongLong(), item->data(0, RunIdRole).toLongLong());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_openWorkflow);
    buttons->addWidget(m_openRun);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_cellTitle);
    layout->addWidget(m_runs, 1);
    layout->addLayout(buttons);
    updateButtons();
    return pane;
}

void HeatMapPage::setInstance(std::shared_ptr<Instance> instance, qint64 operatorId)
{
    const bool changed = instance != m_instance || operatorId != m_operatorId;
    m_instance = std::move(instance);
    m_operatorId = operatorId;
    if (changed)
        loadWorkflows();
    reload();
}

void HeatMapPage::setTimeZones(const QTimeZone &operatorZone, const QTimeZone &serverZone)
{
    m_zone = operatorZone;
    m_serverZone = serverZone;
    updateZones();
    reload();
}

void HeatMapPage::setView(HeatMapView view)
{
    m_views->button(int(view))->setChecked(true);
    viewChanged();
}

void HeatMapPage::setDate(QDate date)
{
    m_date->setDate(date);
    reload();
}

void HeatMapPage::updateZones()
{
    QString text = tr("Times in %1").arg(zoneText(m_zone));
    if (m_serverZone.id() != m_zone.id())
        text += tr(" · server: %1").arg(zoneText(m_serverZone));
    m_zones->setText(text);
}

HeatMapRequest HeatMapPage::request() const
{
    const auto view = HeatMapView(m_views->checkedId());
    const int kind = m_kind->currentData().toInt();
    return {.view = view,
            // The projection starts today: the past is what the other views show.
            .date = view == HeatMapView::Projected ? QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date()
                                                   : m_date->date(),
            .zone = m_zone,
            .filter = {.minDurationMs = durationSteps().at(m_minimum->value()),
                       .workflowId = m_workflow->currentData().toLongLong(),
                       .technical = kind == 0 ? std::optional<bool>() : std::optional<bool>(kind == 1),
                       .text = m_name->text().trimmed()},
            .now = 0};
}

void HeatMapPage::viewChanged()
{
    const auto view = HeatMapView(m_views->checkedId());
    m_date->setEnabled(view != HeatMapView::Projected);
    const QSize size = cellSize(view);
    m_grid->horizontalHeader()->setDefaultSectionSize(size.width());
    m_grid->verticalHeader()->setDefaultSectionSize(size.height());
    m_grid->horizontalHeader()->setMinimumSectionSize(size.width());
    reload();
}

void HeatMapPage::step(int direction)
{
    switch (HeatMapView(m_views->checkedId())) {
    case HeatMapView::Day:
    case HeatMapView::Projected:
        m_date->setDate(m_date->date().addDays(direction));
        break;
    case HeatMapView::Month:
        m_date->setDate(m_date->date().addMonths(direction));
        break;
    case HeatMapView::Year:
        m_date->setDate(m_date->date().addYears(direction));
        break;
    }
}

void HeatMapPage::setLoading(bool loading)
{
    m_loading += loading ? 1 : -1;
    m_busy->setVisible(m_loading > 0);
}

void HeatMapPage::loadWorkflows()
{
    if (!m_instance)
        return;
    setLoading(true);
    runWorkerJob<QList<HeatMapWorkflow>>(
        this,
        [instance = m_instance, id = m_operatorId](QPromise<Result<QList<HeatMapWorkflow>>> &) {
            return HeatMapQuery(*instance, id).workflows();
        },
        [this](const Result<QList<HeatMapWorkflow>> &workflows) {
            setLoading(false);
            if (!workflows)
                return; // the heat map itself says why
            const qint64 chosen = m_workflow->currentData().toLongLong();
            const QSignalBlocker blocker(m_workflow);
            while (m_workflow->count() > 1)
                m_workflow->removeItem(1);
            for (const HeatMapWorkflow &w : *workflows)
                m_workflow->addItem(w.label == w.name ? w.name : u"%1 (%2)"_s.arg(w.label, w.name), w.id);
            m_workflow->setCurrentIndex(std::max(0, m_workflow->findData(chosen)));
        });
}

void HeatMapPage::reload()
{
    m_reloadTimer->stop();
    if (!m_instance)
        return;
    const quint64 generation = ++m_generation;
    setLoading(true);
    runWorkerJob<HeatMap>(
        this,
        [instance = m_instance, id = m_operatorId, request = request()](QPromise<Result<HeatMap>> &) {
            return HeatMapQuery(*instance, id).heatMap(request);
        },
        [this, generation](const Result<HeatMap> &map) {
            setLoading(false);
            if (generation == m_generation)
                showHeatMap(map);
        });
}

void HeatMapPage::showHeatMap(const Result<HeatMap> &map)
{
    m_message->showError(map ? QString() : map.error().message);
    const QModelIndex current = m_grid->currentIndex();
    m_model->setHeatMap(map ? *map : HeatMap{});
    const bool projected = map && map->layout.view == HeatMapView::Projected;
    m_legend->setMaximum(map ? map->maximum : 0, projected ? tr("workflows scheduled") : tr("workflows running"));
    m_grid->verticalHeader()->setMinimumWidth(m_grid->fontMetrics().horizontalAdvance(u"Wed 30 Sep  02:00 CEST"_s));
    if (current.isValid() && current.row() < m_model->rowCount() && current.column() < m_model->columnCount())
        m_grid->setCurrentIndex(m_model->index(current.row(), current.column()));
    Q_EMIT heatMapShown();
}

void HeatMapPage::showCell(const QModelIndex &index)
{
    if (!index.isValid() || !(index.flags() & Qt::ItemIsEnabled) || !m_instance)
        return;
    const qint64 from = index.data(HeatMapModel::StartRole).toLongLong();
    const qint64 to = index.data(HeatMapModel::EndRole).toLongLong();
    const QString title = m_model->cellTitle(index);
    HeatMapRequest request = this->request();
    request.view = m_model->heatMap().layout.view;
    const quint64 generation = ++m_runsGeneration;
    m_cellTitle->setText(tr("%1: loading…").arg(title));
    setLoading(true);
    runWorkerJob<QList<HeatMapRun>>(
        this,
        [instance = m_instance, id = m_operatorId, request, from, to](QPromise<Result<QList<HeatMapRun>>> &) {
            return HeatMapQuery(*instance, id).runsDuring(request, from, to);
        },
        [this, generation, title](const Result<QList<HeatMapRun>> &runs) {
            setLoading(false);
            if (generation == m_runsGeneration)
                showRuns(title, runs);
        });
}

void HeatMapPage::showRuns(const QString &title, const Result<QList<HeatMapRun>> &runs)
{
    m_runs->clear();
    if (!runs) {
        m_cellTitle->setText(tr("%1: %2").arg(title, runs.error().message));
        updateButtons();
        Q_EMIT runsShown();
        return;
    }
    const bool projected = !runs->isEmpty() && runs->first().projected;
    m_cellTitle->setText(projected ? tr("%1: %n run(s) scheduled", nullptr, int(runs->size())).arg(title)
                                   : tr("%1: %n run(s)", nullptr, int(runs->size())).arg(title));
    for (const HeatMapRun &run : *runs) {
        auto *item = new QTreeWidgetItem(m_runs);
        const QString name = run.workflowLabel.isEmpty() || run.workflowLabel == run.workflowName
            ? run.workflowName
            : u"%1 (%2)"_s.arg(run.workflowLabel, run.workflowName);
        item->setText(0, run.projected ? name : tr("%1 · run %2").arg(name).arg(run.runId));
        item->setToolTip(0, item->text(0));
        item->setText(1, timeText(run.startedAt, m_zone));
        item->setText(2, run.projected && run.durationMs == 0 ? tr("unknown") : durationText(run.durationMs));
        item->setText(3, run.projected ? tr("scheduled") : run.endedAt == 0 ? tr("running") : run.status);
        if (!run.historyKept && !run.projected)
            item->setToolTip(0, tr("Its history was purged: only the heat map remembers this run"));
        item->setData(0, WorkflowIdRole, run.workflowId);
        item->setData(0, RunIdRole, run.historyKept ? run.runId : 0);
        item->setData(0, OpenableRole, !run.workflowLabel.isEmpty());
        for (const HeatMapActivity &activity : run.activities) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, activity.activity);
            child->setText(1, timeText(activity.startedAt, m_zone));
            child->setText(2, durationText(activity.durationMs));
            child->setText(3, activity.state);
            for (int role : {int(WorkflowIdRole), int(RunIdRole), int(OpenableRole)})
                child->setData(0, role, item->data(0, role));
        }
    }
    if (m_runs->topLevelItemCount() == 1)
        m_runs->expandAll();
    m_runs->setCurrentItem(m_runs->topLevelItem(0));
    updateButtons();
    Q_EMIT runsShown();
}

void HeatMapPage::updateButtons()
{
    QTreeWidgetItem *item = m_runs->currentItem();
    m_openWorkflow->setEnabled(item && item->data(0, OpenableRole).toBool());
    m_openRun->setEnabled(item && item->data(0, OpenableRole).toBool() && item->data(0, RunIdRole).toLongLong() > 0);
}

void HeatMapPage::openItem(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, OpenableRole).toBool())
        return;
    if (const qint64 run = item->data(0, RunIdRole).toLongLong(); run > 0)
        Q_EMIT runOpenRequested(item->data(0, WorkflowIdRole).toLongLong(), run);
    else
        Q_EMIT workflowOpenRequested(item->data(0, WorkflowIdRole).toLongLong());
}

void showRunInHistory(WorkflowWindow *window, qint64 runId)
{
    auto *history = window ? window->findChild<HistoryView *>() : nullptr;
    if (!history)
        return;
    window->tabs()->setCurrentWidget(history);
    history->selectRuns({runId});
    // Not loaded yet: select it with the first page.
    auto *once = new QObject(history);
    QObject::connect(history->runsModel(), &RunsModel::pageLoaded, once, [history, runId, once] {
        history->selectRuns({runId});
        once->deleteLater();
    });
}

} // namespace nightshift
