#include "workflowlistpage.h"

#include "workflowfilter.h"
#include "workflowlistmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nightshift {

WorkflowListPage::WorkflowListPage(QWidget *parent)
    : QWidget(parent), m_model(new WorkflowListModel(this)), m_proxy(new WorkflowFilter(this)), m_title(new QLabel),
      m_count(new QLabel), m_filter(new QLineEdit), m_view(new QTreeView)
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

    m_filter->setObjectName(u"filter"_s);
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filter->setToolTip(tr("Shows the workflows whose label, internal name or package contain every word typed"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(220);
    m_filter->setMaximumWidth(320);
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

    m_view->setObjectName(u"workflows"_s);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->sortByColumn(WorkflowListModel::Label, Qt::AscendingOrder);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setFirstSectionMovable(false);
    setFocusProxy(m_view);

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &WorkflowListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &WorkflowListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &WorkflowListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &WorkflowListPage::updateCount);

    auto *heading = new QHBoxLayout;
    heading->setSpacing(8);
    heading->addWidget(m_title);
    heading->addWidget(m_count);
    heading->addStretch(1);
    heading->addWidget(m_filter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(heading);
    layout->addWidget(m_view, 1);
}

void WorkflowListPage::setSnapshot(const InstanceSnapshot &snapshot)
{
    const QStringList selected = selectedNames();
    m_model->setSnapshot(snapshot);
    selectNames(selected);
    if (m_sizeColumns && !snapshot.workflows.isEmpty()) {
        m_sizeColumns = false;
        sizeColumnsToContents();
    }
    updateCount();
}

void WorkflowListPage::sizeColumnsToContents()
{
    // Over all workflows, not only the current folder's, so that the columns do not jump between folders; the
    // last column takes the rest of the width.
    QFont boldFont = m_view->font();
    boldFont.setBold(true);
    const QFontMetrics normal(m_view->font()), bold(boldFont);
    const int margin = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 4;
    const int icon = m_view->iconSize().isValid() ? m_view->iconSize().width()
                                                  : m_view->style()->pixelMetric(QStyle::PM_SmallIconSize);
    QHeaderView *header = m_view->header();
    for (int column = 0; column < WorkflowListModel::ColumnCount - 1; ++column) {
        int width = header->sectionSizeHint(column);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, column);
            const QFontMetrics &metrics = index.data(Qt::FontRole).isValid() ? bold : normal;
            int cell = metrics.horizontalAdvance(index.data().toString()) + margin;
            if (index.data(Qt::DecorationRole).isValid())
                cell += icon + 4;
            width = std::max(width, cell);
        }
        header->resizeSection(column, std::min(width, 320));
    }
}

void WorkflowListPage::showFolder(const QString &title, const QString &toolTip, const QSet<qint64> &folderIds)
{
    m_title->setText(title);
    m_title->setToolTip(toolTip);
    m_proxy->setFolders(folderIds);
    updateCount();
}

void WorkflowListPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    if (m_proxy->text().isEmpty()) {
        // Worded so that the English source needs no plural form (the %n still lets translators add theirs).
        m_count->setText(shown ? tr("Workflows: %n", nullptr, shown) : tr("No workflows in this folder"));
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

QStringList WorkflowListPage::selectedNames() const
{
    QStringList names;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows(WorkflowListModel::InternalName))
        names << index.data().toString();
    return names;
}

void WorkflowListPage::selectNames(const QStringList &names)
{
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, WorkflowListModel::InternalName);
        if (names.contains(index.data().toString()))
            selection.select(index.siblingAtColumn(0), index.siblingAtColumn(WorkflowListModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
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
