#include "workflowfilter.h"

#include "workflowlistmodel.h"

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

WorkflowFilter::WorkflowFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(WorkflowListModel::SortRole); // lessThan() gives the same order, faster
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void WorkflowFilter::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_source = qobject_cast<const WorkflowListModel *>(model);
    Q_ASSERT(m_source || !model);
    m_folderRows = -1;
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    const auto forget = [this] { m_folderRows = -1; };
    connect(model, &QAbstractItemModel::modelReset, this, forget);
    connect(model, &QAbstractItemModel::dataChanged, this, forget); // a workflow may have moved
    connect(model, &QAbstractItemModel::rowsInserted, this, forget);
    connect(model, &QAbstractItemModel::rowsRemoved, this, forget);
}

void WorkflowFilter::setFolders(const QSet<qint64> &folderIds)
{
    if (folderIds == m_folders && !m_allFolders)
        return;
    m_folders = folderIds;
    m_allFolders = false;
    m_folderRows = -1;
    invalidateFilter();
}

void WorkflowFilter::setAllFolders()
{
    if (m_allFolders)
        return;
    m_allFolders = true;
    m_folderRows = -1;
    invalidateFilter();
}

void WorkflowFilter::setText(const QString &text)
{
    const QString simplified = text.simplified();
    QStringList words = simplified.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_text = simplified;
    m_words = std::move(words);
    invalidateFilter();
}

void WorkflowFilter::setCriteria(const Criteria &criteria)
{
    if (criteria == m_criteria)
        return;
    m_criteria = criteria;
    invalidateFilter();
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

bool WorkflowFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_source || sourceParent.isValid())
        return false;
    if (!inFolders(m_source->workflow(sourceRow).folderId) || !matchesCriteria(sourceRow))
        return false;
    const QString &haystack = m_source->haystack(sourceRow);
    for (const QString &word : m_words)
        if (!haystack.contains(word))
            return false;
    return true;
}

bool WorkflowFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_source)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_source->lessThan(left.row(), right.row(), left.column());
}

} // namespace nightshift
