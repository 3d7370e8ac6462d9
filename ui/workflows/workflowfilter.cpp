#include "workflowfilter.h"

#include "workflowlistmodel.h"

using namespace Qt::StringLiterals;

namespace nightshift {

bool inStateGroup(const WorkflowRecord &workflow, StateGroup group)
{
    switch (group) {
    case StateGroup::Running: // as the explorer's health counts them
        return workflow.state == WorkflowState::Started;
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
    setSortRole(WorkflowListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void WorkflowFilter::setFolders(const QSet<qint64> &folderIds)
{
    if (folderIds == m_folders && !m_allFolders)
        return;
    m_folders = folderIds;
    m_allFolders = false;
    invalidateFilter();
}

void WorkflowFilter::setAllFolders()
{
    if (m_allFolders)
        return;
    m_allFolders = true;
    invalidateFilter();
}

void WorkflowFilter::setText(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
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
    const QAbstractItemModel *source = sourceModel();
    int count = 0;
    for (int row = 0; source && row < source->rowCount(); ++row)
        count += inFolders(source->index(row, 0).data(WorkflowListModel::FolderIdRole).toLongLong()) ? 1 : 0;
    return count;
}

bool WorkflowFilter::matchesCriteria(const WorkflowRecord &w) const
{
    const Criteria &c = m_criteria;
    if (!c.state && !c.package && !c.severity)
        return true;
    const bool matches = (!c.state || inStateGroup(w, *c.state)) && (!c.package || w.packageId == *c.package)
        && (!c.severity || w.severity == *c.severity);
    return matches != c.exclude;
}

bool WorkflowFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *source = qobject_cast<const WorkflowListModel *>(sourceModel());
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!inFolders(first.data(WorkflowListModel::FolderIdRole).toLongLong()))
        return false;
    if (source && !matchesCriteria(source->workflow(sourceRow)))
        return false;
    QString searched;
    for (int column : {WorkflowListModel::Label, WorkflowListModel::InternalName, WorkflowListModel::Package})
        searched += sourceModel()->index(sourceRow, column, sourceParent).data().toString() + u'\n';
    for (const QString &word : m_words)
        if (!searched.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace nightshift
