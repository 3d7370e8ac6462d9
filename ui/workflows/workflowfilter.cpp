#include "workflowfilter.h"

#include "workflowlistmodel.h"

#include <numeric>

using namespace Qt::StringLiterals;

namespace nightshift {

bool inStateGroup(const WorkflowRecord &workflow, bool running, StateGroup group)
{
    switch (group) {
    case StateGroup::Running: // as the explorer's health counts them
        return running;
    case StateGroup::Paused:
        return workflow.state == WorkflowState::Paused;
    case StateGroup::Failed:
        return workflow.failed;
    case StateGroup::StartPending:
        return workflow.state == WorkflowState::StartPending;
    case StateGroup::Finished:
        return workflow.state == WorkflowState::Finished;
    case StateGroup::Edited:
        return workflow.state == WorkflowState::Edited;
    }
    return false;
}

std::optional<StateGroup> stateGroupFromFolderName(QStringView name)
{
    if (name == u"running")
        return StateGroup::Running;
    if (name == u"paused")
        return StateGroup::Paused;
    if (name == u"failed")
        return StateGroup::Failed;
    if (name == u"startPending")
        return StateGroup::StartPending;
    return std::nullopt;
}

WorkflowFilter::WorkflowFilter(QObject *parent) : QAbstractProxyModel(parent) { }

void WorkflowFilter::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_source = qobject_cast<const WorkflowListModel *>(model);
    Q_ASSERT(m_source || !model);
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        // The list model only resets or changes rows in place; anything else that moves its rows is taken as a
        // reset, as it would invalidate the rows this filter holds.
        const auto begin = [this] { beginResetModel(); };
        const auto end = [this] {
            rebuild();
            endResetModel();
        };
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, begin);
        connect(model, &QAbstractItemModel::modelReset, this, end);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
        connect(model, &QAbstractItemModel::layoutChanged, this, end);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, begin);
        connect(model, &QAbstractItemModel::rowsInserted, this, end);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
        connect(model, &QAbstractItemModel::rowsRemoved, this, end);
        connect(model, &QAbstractItemModel::dataChanged, this, &WorkflowFilter::sourceDataChanged);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    }
    rebuild();
    endResetModel();
}

void WorkflowFilter::setFolders(const QSet<qint64> &folderIds)
{
    if (folderIds == m_folders && !m_allFolders)
        return;
    m_folders = folderIds;
    m_allFolders = false;
    m_folderRows = -1;
    show(filtered());
}

void WorkflowFilter::setAllFolders()
{
    if (m_allFolders)
        return;
    m_allFolders = true;
    m_folderRows = -1;
    show(filtered());
}

void WorkflowFilter::setText(const QString &text)
{
    const QString simplified = text.simplified();
    QStringList words = simplified.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    m_text = simplified;
    if (words == m_words)
        return;
    m_words = std::move(words);
    show(filtered());
}

void WorkflowFilter::setCriteria(const Criteria &criteria)
{
    if (criteria == m_criteria)
        return;
    m_criteria = criteria;
    show(filtered());
}

bool WorkflowFilter::isNarrowed() const
{
    return !m_words.isEmpty() || m_criteria.state || m_criteria.package || m_criteria.severity;
}

int WorkflowFilter::folderRowCount() const
{
    if (m_folderRows >= 0)
        return m_folderRows;
    int count = 0;
    for (int row = 0; m_source && row < m_source->rowCount(); ++row)
        count += inFolders(m_source->workflow(row).folderId) ? 1 : 0;
    m_folderRows = count;
    return count;
}

bool WorkflowFilter::matchesCriteria(int sourceRow) const
{
    const Criteria &c = m_criteria;
    if (!c.state && !c.package && !c.severity)
        return true;
    const WorkflowRecord &w = m_source->workflow(sourceRow);
    const bool matches = (!c.state || inStateGroup(w, m_source->isRunning(sourceRow), *c.state))
        && (!c.package || w.packageId == *c.package) && (!c.severity || w.severity == *c.severity);
    return matches != c.exclude;
}

bool WorkflowFilter::accepts(int sourceRow) const
{
    if (!inFolders(m_source->workflow(sourceRow).folderId) || !matchesCriteria(sourceRow))
        return false;
    const QString &haystack = m_source->haystack(sourceRow);
    for (const QString &word : m_words)
        if (!haystack.contains(word))
            return false;
    return true;
}

void WorkflowFilter::sortAll()
{
    const int rows = m_source ? m_source->rowCount() : 0;
    m_order.resize(rows);
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn < 0 || rows == 0)
        return;
    // One key per row, then integer compares; equal keys keep the model's order, in both directions (as a
    // stable sort does).
    QList<qint64> keys(rows);
    for (int row = 0; row < rows; ++row)
        keys[row] = m_source->sortKey(row, m_sortColumn);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::sort(m_order.begin(), m_order.end(), [&keys, ascending](int a, int b) {
        if (keys.at(a) != keys.at(b))
            return ascending == (keys.at(a) < keys.at(b));
        return a < b;
    });
}

QList<int> WorkflowFilter::filtered() const
{
    QList<int> rows;
    if (!m_source)
        return rows;
    rows.reserve(m_order.size());
    for (int row : m_order)
        if (accepts(row))
            rows << row;
    return rows;
}

void WorkflowFilter::show(QList<int> rows)
{
    if (rows == m_shown)
        return;
    // Vertical: the columns stay, so the header keeps its sections as they are.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sources;
    sources.reserve(before.size());
    for (const QModelIndex &index : before)
        sources << m_shown.value(index.row(), -1);
    m_shown = std::move(rows);
    m_proxyRows.fill(-1, m_source ? m_source->rowCount() : 0);
    for (int row = 0; row < m_shown.size(); ++row)
        m_proxyRows[m_shown.at(row)] = row;
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const int row = sources.at(i) < 0 ? -1 : m_proxyRows.value(sources.at(i), -1);
        after << (row < 0 ? QModelIndex() : createIndex(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void WorkflowFilter::rebuild()
{
    m_folderRows = -1;
    sortAll();
    m_shown = filtered();
    m_proxyRows.fill(-1, m_source ? m_source->rowCount() : 0);
    for (int row = 0; row < m_shown.size(); ++row)
        m_proxyRows[m_shown.at(row)] = row;
}

void WorkflowFilter::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column < 0 ? -1 : column;
    m_sortOrder = order;
    sortAll();
    show(filtered());
}

// Rows changed in place (a refresh): they may sort and filter differently now. A refresh signals one span of rows,
// so this runs once per refresh: one sort on integer keys and one pass over the rows.
void WorkflowFilter::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    m_folderRows = -1; // a workflow may have moved to another folder
    if (m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column())
        sortAll();
    show(filtered());
    int first = -1, last = -1;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int shown = m_proxyRows.value(row, -1);
        if (shown < 0)
            continue;
        first = first < 0 ? shown : std::min(first, shown);
        last = std::max(last, shown);
    }
    if (first >= 0)
        Q_EMIT dataChanged(createIndex(first, topLeft.column()), createIndex(last, bottomRight.column()), roles);
}

QModelIndex WorkflowFilter::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= m_shown.size())
        return {};
    return sourceModel()->index(m_shown.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex WorkflowFilter::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int row = m_proxyRows.value(sourceIndex.row(), -1);
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex WorkflowFilter::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_shown.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex WorkflowFilter::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex WorkflowFilter::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int WorkflowFilter::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int WorkflowFilter::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool WorkflowFilter::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_shown.isEmpty();
}

QVariant WorkflowFilter::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Horizontal) // the same columns, whatever rows are shown
        return sourceModel()->headerData(section, orientation, role);
    return sourceModel()->headerData(m_shown.value(section, section), orientation, role);
}

} // namespace nightshift
