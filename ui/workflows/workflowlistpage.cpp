#include "workflowlistpage.h"

#include "workflowfilter.h"
#include "workflowitemdelegate.h"
#include "workflowlistmodel.h"

#include "common/formatting.h"
#include "core/executionstatus.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nightshift {

WorkflowListPage::WorkflowListPage(QWidget *parent)
    : QWidget(parent), m_model(new WorkflowListModel(this)), m_proxy(new WorkflowFilter(this)), m_title(new QLabel),
      m_count(new QLabel), m_filter(new QLineEdit), m_state(new QComboBox), m_package(new QComboBox),
      m_severity(new QComboBox), m_exclude(new QCheckBox(tr("E&xclude"))), m_view(new QTreeView)
{
    setObjectName(u"workflowListPage"_s);
    m_proxy->setSourceModel(m_model);

    m_title->setObjectName(u"folderTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_count->setObjectName(u"workflowCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_view->setObjectName(u"workflows"_s);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new WorkflowItemDelegate(m_view)); // cheaper painting: see there
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu); // the window adds the workflow actions
    m_view->sortByColumn(WorkflowListModel::Label, Qt::AscendingOrder);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(WorkflowListModel::Label, QHeaderView::Stretch); // takes what is left
    m_view->header()->setFirstSectionMovable(false);
    setFocusProxy(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WorkflowListPage::selectionChanged);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT workflowActivated(index.data(WorkflowListModel::WorkflowIdRole).toLongLong());
    });

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &WorkflowListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &WorkflowListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &WorkflowListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &WorkflowListPage::updateCount);
    // Rows filtered out leave the selection: the actions follow what is still selected. When every row is selected,
    // QItemSelectionModel keeps one range over a layout change (not the rows), which would stretch over rows a
    // wider filter brings back: the selected workflows are then taken again by id.
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] {
        const QItemSelection selection = m_view->selectionModel()->selection();
        const bool all = m_proxy->rowCount() > 0 && selection.size() == 1 && selection.first().top() == 0
            && selection.first().bottom() == m_proxy->rowCount() - 1;
        m_allSelected.clear();
        if (all)
            m_allSelected = selectedIds();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        if (!m_allSelected.isEmpty()) {
            const qint64 current = m_view->currentIndex().data(WorkflowListModel::WorkflowIdRole).toLongLong();
            selectIds(std::exchange(m_allSelected, {}), current);
        }
        Q_EMIT selectionChanged();
    });

    auto *heading = new QHBoxLayout;
    heading->setSpacing(8);
    heading->addWidget(m_title);
    heading->addWidget(m_count);
    heading->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(heading);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_view, 1);
}

QWidget *WorkflowListPage::buildFilterBar()
{
    m_filter->setObjectName(u"filter"_s);
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filter->setToolTip(tr("Shows the workflows whose label, internal name or package contain every word typed"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(200);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &WorkflowFilter::setText);
    m_filter->installEventFilter(this); // Escape clears it
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(find);

    m_state->setObjectName(u"stateFilter"_s);
    m_state->setToolTip(tr("Only the workflows in this state"));
    m_state->addItem(tr("Any state"));
    const std::pair<StateGroup, QString> groups[] = {
        {StateGroup::Running, tr("Running")},     {StateGroup::Paused, tr("Paused")},
        {StateGroup::Failed, tr("Failed")},       {StateGroup::StartPending, tr("Start pending")},
        {StateGroup::Finished, tr("Finished")},   {StateGroup::Edited, tr("Being edited")},
    };
    for (const auto &[group, label] : groups)
        m_state->addItem(label, int(group));
    m_package->setObjectName(u"packageFilter"_s);
    m_package->setToolTip(tr("Only the workflows of this package"));
    m_package->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_package->addItem(tr("Any package"));
    m_severity->setObjectName(u"severityFilter"_s);
    m_severity->setToolTip(tr("Only the workflows of this severity"));
    m_severity->addItem(tr("Any severity"));
    for (auto severity : {Severity::Normal, Severity::Production, Severity::Critical})
        m_severity->addItem(WorkflowListModel::severityText(severity), int(severity));
    m_exclude->setObjectName(u"excludeFilter"_s);
    m_exclude->setToolTip(tr("Show the workflows that do not match the state, package and severity chosen"));
    for (QComboBox *combo : {m_state, m_package, m_severity})
        connect(combo, &QComboBox::currentIndexChanged, this, &WorkflowListPage::updateCriteria);
    connect(m_exclude, &QCheckBox::toggled, this, &WorkflowListPage::updateCriteria);

    auto *bar = new QWidget;
    bar->setObjectName(u"filterBar"_s);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_filter, 1);
    layout->addWidget(m_state);
    layout->addWidget(m_package);
    layout->addWidget(m_severity);
    layout->addWidget(m_exclude);
    return bar;
}

void WorkflowListPage::updateCriteria()
{
    WorkflowFilter::Criteria criteria;
    if (m_fixedState)
        criteria.state = m_fixedState;
    else if (m_state->currentIndex() > 0)
        criteria.state = StateGroup(m_state->currentData().toInt());
    if (m_package->currentIndex() > 0)
        criteria.package = m_package->currentData().toString();
    if (m_severity->currentIndex() > 0)
        criteria.severity = Severity(m_severity->currentData().toInt());
    criteria.exclude = m_exclude->isChecked() && !m_fixedState; // a monitoring view keeps its meaning
    m_proxy->setCriteria(criteria);
    updateCount();
}

void WorkflowListPage::fillPackages(const QStringList &packages)
{
    if (packages == m_packages)
        return; // a refresh: the same choice
    m_packages = packages;
    const QString chosen = m_package->currentIndex() > 0 ? m_package->currentData().toString() : QString();
    const QSignalBlocker blocker(m_package); // the criteria stay as they are
    while (m_package->count() > 1)
        m_package->removeItem(1);
    for (const QString &package : std::as_const(packages))
        m_package->addItem(package.isEmpty() ? tr("No package") : package, package);
    if (m_package->currentIndex() == 0 && !chosen.isNull()) {
        const int found = m_package->findData(chosen);
        m_package->setCurrentIndex(std::max(found, 0));
    }
}

void WorkflowListPage::setSnapshot(const InstanceSnapshot &snapshot, const LiveStatus &status,
                                   const WorkflowRowKeys &keys)
{
    const QList<qint64> selected = selectedIds();
    const qint64 current = m_view->currentIndex().data(WorkflowListModel::WorkflowIdRole).toLongLong();
    const int scroll = m_view->verticalScrollBar()->value();
    m_model->setSnapshot(snapshot, status, keys);
    // Made with the keys on the loader's worker, unless these came without them.
    const bool madeBefore = !keys.packages.isEmpty() || snapshot.workflows.isEmpty();
    fillPackages(madeBefore ? keys.packages : WorkflowRowKeys::packagesOf(snapshot.workflows));
    updateCriteria();
    if (selectedIds() != selected) { // the rows were rebuilt: bring back what the operator had
        selectIds(selected, current);
        m_view->verticalScrollBar()->setValue(scroll);
    }
    if (m_sizeColumns && !snapshot.workflows.isEmpty()) {
        m_sizeColumns = false;
        sizeColumns();
    }
    updateCount();
}

namespace {

// The `count` longest of `texts`, by characters: what is worth measuring on a large instance. Pointers are
// ranked, so that only those texts are copied.
QStringList longest(QList<const QString *> texts, qsizetype count)
{
    if (texts.size() > count) {
        std::nth_element(texts.begin(), texts.begin() + count, texts.end(),
                         [](const QString *a, const QString *b) { return a->size() > b->size(); });
        texts.resize(count);
    }
    QStringList result;
    for (const QString *text : std::as_const(texts))
        result << *text;
    return result;
}

} // namespace

void WorkflowListPage::sizeColumns()
{
    // Made to fit a 1260-px window: every column but the label gets the width of its texts (the longest few on
    // a large instance, in bold as production rows are) between a floor and a cap past which it elides, with its
    // tooltip giving the whole text; the label column takes the rest and elides. The operator's saved widths
    // replace all this (restoreColumns).
    QFont boldFont = m_view->font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    const int chars = QFontMetrics(m_view->font()).averageCharWidth();
    const int margin = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 4;
    const int icon = (m_view->iconSize().isValid() ? m_view->iconSize().width()
                                                   : m_view->style()->pixelMetric(QStyle::PM_SmallIconSize))
        + 4;
    QHeaderView *header = m_view->header();
    const QFontMetrics normal(m_view->font());
    const auto fit = [&](int column, const QStringList &texts, int minChars, int maxChars, int extra = 0,
                         const QFontMetrics *metrics = nullptr) {
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, (metrics ? *metrics : bold).horizontalAdvance(text));
        width = std::clamp(width + margin + extra, minChars * chars + margin, maxChars * chars + margin + extra);
        header->resizeSection(column, std::max(width, header->sectionSizeHint(column)));
    };

    QStringList states;
    QSet<int> stateKeys;
    QList<const QString *> names, triggers;
    names.reserve(m_model->rowCount());
    for (const WorkflowRecord &w : m_model->workflows()) {
        names << &w.internalName;
        if (const int key = int(w.state) * 2 + (w.failed ? 1 : 0); !stateKeys.contains(key)) {
            stateKeys.insert(key);
            states << WorkflowListModel::stateText(w);
        }
    }
    for (const QString &trigger : m_model->triggers())
        triggers << &trigger;
    QStringList statuses;
    for (int s = int(RunStatus::Running); s <= int(RunStatus::Interrupted); ++s)
        statuses << QCoreApplication::translate("nightshift::RunStatus", runStatusLabel(RunStatus(s)));
    // A date of this year but not today, as most last and next runs are.
    const QDate today = QDate::currentDate();
    const QDate sample(today.year(), 12, today.month() == 12 && today.day() == 28 ? 27 : 28);
    const QString sometime = WorkflowListModel::dateTimeText(QDateTime(sample, QTime(22, 59)).toMSecsSinceEpoch());
    using M = WorkflowListModel;
    fit(M::InternalName, longest(std::move(names), 20), 10, 20);
    fit(M::State, states, 7, 14, icon);
    fit(M::Severity, {M::severityText(Severity::Normal), M::severityText(Severity::Production),
                      M::severityText(Severity::Critical)}, 6, 12);
    fit(M::LastStart, {sometime}, 10, 20, 0, &normal); // digits: bold ones are hardly wider
    fit(M::LastDuration, {durationText(599'000)}, 6, 12); // "9 min 59 s": longer ones are rare
    fit(M::NextRun, {sometime}, 10, 20, 0, &normal);
    fit(M::LastStatus, statuses, 6, 12);
    fit(M::Trigger, longest(std::move(triggers), 20), 12, 14); // the triggers may come after the list
    fit(M::Package, m_packages, 6, 12);
    header->setSectionResizeMode(M::Label, QHeaderView::Stretch);

    // Still too wide for the list (a 1260-px window leaves it about 900 px): the columns that elide best give
    // back width, down to a floor each, until the label keeps LabelChars characters.
    constexpr int LabelChars = 20;
    const int available = m_view->viewport()->width() - LabelChars * chars - margin;
    int total = 0;
    for (int column = M::InternalName; column < M::ColumnCount; ++column)
        total += header->sectionSize(column);
    const std::pair<int, int> shrinkable[] = {{M::InternalName, 9}, {M::Trigger, 8}, {M::Package, 6}};
    int spare = 0;
    for (const auto &[column, floorChars] : shrinkable)
        spare += std::max(0, header->sectionSize(column) - (floorChars * chars + margin));
    const int excess = total - available;
    if (excess <= 0 || spare <= 0 || m_view->viewport()->width() <= 0)
        return;
    for (const auto &[column, floorChars] : shrinkable) {
        const int room = std::max(0, header->sectionSize(column) - (floorChars * chars + margin));
        header->resizeSection(column, header->sectionSize(column) - std::min(room, room * excess / spare + 1));
    }
}

void WorkflowListPage::setTriggers(const QHash<qint64, QString> &triggers)
{
    m_model->setTriggers(triggers);
}

void WorkflowListPage::showFolder(const QString &title, const QString &toolTip, const QSet<qint64> &folderIds)
{
    m_title->setText(title);
    m_title->setToolTip(toolTip);
    m_fixedState.reset();
    m_state->setEnabled(true);
    m_proxy->setFolders(folderIds);
    updateCriteria();
}

void WorkflowListPage::showStateGroup(const QString &title, StateGroup group)
{
    m_title->setText(title);
    m_title->setToolTip(tr("Every workflow of the instance in this state"));
    m_fixedState = group;
    m_state->setEnabled(false);
    m_proxy->setAllFolders();
    updateCriteria();
}

void WorkflowListPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const WorkflowFilter::Criteria &c = m_proxy->criteria();
    // A monitoring view's own state criterion does not count as narrowing it.
    const bool narrowed = !m_proxy->text().isEmpty() || c.package || c.severity || (c.state && !m_fixedState);
    if (!narrowed) {
        // Worded so that the English source needs no plural form (the %n still lets translators add theirs).
        m_count->setText(shown ? tr("Workflows: %n", nullptr, shown)
                               : m_fixedState ? tr("No workflows in this state") : tr("No workflows in this folder"));
        return;
    }
    m_count->setText(tr("Workflows: %1 of %n", nullptr, m_proxy->folderRowCount()).arg(shown));
}

bool WorkflowListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
        m_filter->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QList<WorkflowRecord> WorkflowListPage::selectedWorkflows() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<WorkflowRecord> workflows;
    for (const QModelIndex &index : std::as_const(rows))
        workflows << m_model->workflow(m_proxy->mapToSource(index).row());
    return workflows;
}

QList<qint64> WorkflowListPage::selectedIds() const
{
    QList<qint64> ids;
    for (const WorkflowRecord &w : selectedWorkflows())
        ids << w.id;
    return ids;
}

void WorkflowListPage::selectIds(const QList<qint64> &ids, qint64 current)
{
    QItemSelection selection;
    for (qint64 id : ids) { // looked up by id: no pass over 20,000 rows
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(WorkflowListModel::ColumnCount - 1));
    }
    const QModelIndex currentIndex = m_proxy->mapFromSource(m_model->index(m_model->rowOf(current), 0));
    if (currentIndex.isValid())
        m_view->selectionModel()->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void WorkflowListPage::selectWorkflow(qint64 workflowId)
{
    const int sourceRow = m_model->rowOf(workflowId);
    const QModelIndex index = sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QByteArray WorkflowListPage::saveColumns() const
{
    return m_view->header()->saveState();
}

void WorkflowListPage::restoreColumns(const QByteArray &state)
{
    if (!state.isEmpty() && m_view->header()->restoreState(state))
        m_sizeColumns = false;
}

} // namespace nightshift
