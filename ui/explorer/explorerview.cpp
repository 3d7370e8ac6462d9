#include "explorerview.h"

#include "explorermodel.h"
#include "healthdelegate.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace nightshift {

ExplorerView::ExplorerView(QWidget *parent) : QTreeView(parent), m_model(new ExplorerModel(this))
{
    setObjectName(u"explorer"_s);
    setModel(m_model);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setItemDelegateForColumn(ExplorerModel::Health, new HealthDelegate(this));
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(ExplorerModel::Name, QHeaderView::ResizeToContents);
    header()->setSectionsMovable(false);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentFolderChanged(current.siblingAtColumn(0)); });
    // A dimmed roll-up follows the folder's expansion (HealthDelegate), so the row is repainted when it changes.
    const auto repaintRow = [this](const QModelIndex &index) { update(index.siblingAtColumn(ExplorerModel::Health)); };
    connect(this, &QTreeView::expanded, this, repaintRow);
    connect(this, &QTreeView::collapsed, this, repaintRow);
}

void ExplorerView::setSnapshot(const InstanceSnapshot &snapshot, const LiveStatus &status, const QString &startPath)
{
    const bool first = !m_hasSnapshot;
    const QString current = first ? startPath : currentPath();
    const QStringList expandedBefore = expandedPaths();
    m_model->setSnapshot(snapshot, status); // after a reset (other folders), selection and expansion are gone
    m_hasSnapshot = true;
    if (first) {
        expandToDepth(1);
        expand(m_model->indexOfPath(startPath));
    } else {
        for (const QString &path : expandedBefore)
            expand(m_model->indexOfPath(path));
    }
    if (!selectPath(current) && !selectPath(startPath))
        setCurrentIndex(m_model->index(0, 0));
    header()->setVisible(m_model->rowCount() > 0);
}

void ExplorerView::clear()
{
    m_model->setSnapshot({});
    m_hasSnapshot = false;
    header()->hide(); // its columns would be squeezed to nothing
    Q_EMIT currentFolderChanged({});
}

QString ExplorerView::currentPath() const
{
    return currentIndex().siblingAtColumn(0).data(ExplorerModel::FolderPathRole).toString();
}

bool ExplorerView::selectPath(const QString &path)
{
    const QModelIndex index = m_model->indexOfPath(path);
    if (!index.isValid())
        return false;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        expand(parent);
    if (index == currentIndex()) // no currentRowChanged() will come, but the page may have new contents to show
        Q_EMIT currentFolderChanged(index);
    else
        setCurrentIndex(index);
    scrollTo(index);
    return true;
}

QStringList ExplorerView::expandedPaths() const
{
    QStringList paths;
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex child = m_model->index(row, 0, parent);
            if (isExpanded(child)) {
                paths << child.data(ExplorerModel::FolderPathRole).toString();
                pending << child;
            }
        }
    }
    return paths;
}

} // namespace nightshift
