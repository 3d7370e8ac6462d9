#include "workflowfilter.h"

#include "workflowlistmodel.h"

namespace nightshift {

WorkflowFilter::WorkflowFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(WorkflowListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void WorkflowFilter::setFolders(const QSet<qint64> &folderIds)
{
    if (folderIds == m_folders)
        return;
    m_folders = folderIds;
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

int WorkflowFilter::folderRowCount() const
{
    const QAbstractItemModel *source = sourceModel();
    int count = 0;
    for (int row = 0; source && row < source->rowCount(); ++row)
        count += m_folders.contains(source->index(row, 0).data(WorkflowListModel::FolderIdRole).toLongLong()) ? 1 : 0;
    return count;
}

bool WorkflowFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (!m_folders.contains(first.data(WorkflowListModel::FolderIdRole).toLongLong()))
        return false;
    QString searched;
    for (int column : {WorkflowListModel::Label, WorkflowListModel::InternalName, WorkflowListModel::Package})
        searched += source->index(sourceRow, column, sourceParent).data().toString() + u'\n';
    for (const QString &word : m_words)
        if (!searched.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace nightshift
