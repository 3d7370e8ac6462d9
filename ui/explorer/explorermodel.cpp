#include "explorermodel.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace nightshift {

ExplorerModel::ExplorerModel(QObject *parent) : QAbstractItemModel(parent), m_folderIcon(u":/icons/folder.svg"_s) {}

void ExplorerModel::setSnapshot(const InstanceSnapshot &snapshot)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    QHash<qint64, int> byId;
    for (const FolderRecord &f : snapshot.folders) { // parents come first
        Node n;
        n.folder = f;
        n.parent = byId.value(f.parentId, -1);
        const int index = int(m_nodes.size());
        QList<int> &siblings = n.parent < 0 ? m_roots : m_nodes[n.parent].children;
        n.row = int(siblings.size());
        siblings << index;
        byId.insert(f.id, index);
        m_nodes << n;
    }
    for (const WorkflowRecord &w : snapshot.workflows) {
        for (int i = byId.value(w.folderId, -1); i >= 0; i = m_nodes[i].parent) {
            Node &n = m_nodes[i];
            ++n.total;
            n.running += w.state == WorkflowState::Started ? 1 : 0;
            n.paused += w.state == WorkflowState::Paused ? 1 : 0;
            n.failed += w.failed ? 1 : 0;
        }
    }
    endResetModel();
}

const ExplorerModel::Node *ExplorerModel::node(const QModelIndex &index) const
{
    return index.isValid() ? &m_nodes[int(index.internalId())] : nullptr;
}

QModelIndex ExplorerModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<int> &siblings = parent.isValid() ? node(parent)->children : m_roots;
    return createIndex(row, column, quintptr(siblings[row]));
}

QModelIndex ExplorerModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes[n->parent].row, 0, quintptr(n->parent));
}

int ExplorerModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(parent.isValid() ? node(parent)->children.size() : m_roots.size());
}

int ExplorerModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QString ExplorerModel::label(const Node &n) const
{
    // Standard folders are stored in English and translated here; operators' own folders are shown as written.
    return QCoreApplication::translate("nightshift::Folders", n.folder.label.toUtf8().constData());
}

QString ExplorerModel::health(const Node &n) const
{
    if (n.total == 0)
        return {};
    QStringList parts;
    if (n.running)
        parts << tr("%n running", nullptr, n.running);
    if (n.paused)
        parts << tr("%n paused", nullptr, n.paused);
    if (n.failed)
        parts << tr("%n failed", nullptr, n.failed);
    return parts.isEmpty() ? tr("%n idle", nullptr, n.total) : parts.join(u", "_s);
}

QVariant ExplorerModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? label(*n) : health(*n);
    case Qt::ToolTipRole:
        return n->total ? tr("%1: %n workflow(s)", nullptr, n->total).arg(label(*n)) + u"\n"_s + health(*n) : label(*n);
    case Qt::DecorationRole:
        return index.column() == 0 ? QVariant(m_folderIcon) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == 1 && n->failed)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case FolderIdRole:
        return n->folder.id;
    case FolderKindRole:
        return int(n->folder.kind);
    case FolderPathRole:
        return n->folder.path;
    default:
        return {};
    }
}

QVariant ExplorerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Folder") : tr("Health");
}

QModelIndex ExplorerModel::indexOfPath(const QString &path) const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].folder.path == path)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    return {};
}

} // namespace nightshift
