#include "explorermodel.h"

#include "common/icons.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace nightshift {

ExplorerModel::ExplorerModel(QObject *parent) : QAbstractItemModel(parent)
{
    icons::initResources();
}

void ExplorerModel::setSnapshot(const InstanceSnapshot &snapshot, const LiveStatus &status)
{
    const bool sameFolders = !m_nodes.isEmpty() && snapshot.folders.size() == m_nodes.size()
        && std::equal(m_nodes.cbegin(), m_nodes.cend(), snapshot.folders.cbegin(),
                      [](const Node &n, const FolderRecord &f) { return n.folder == f; });
    if (sameFolders) {
        rollUp(snapshot, status);
        for (int i = 0; i < m_nodes.size(); ++i) // no reset: the views keep their current folder and expansion
            Q_EMIT dataChanged(createIndex(m_nodes[i].row, 0, quintptr(i)), createIndex(m_nodes[i].row, Health, quintptr(i)));
        return;
    }
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    QHash<qint64, int> byId;
    for (const FolderRecord &f : snapshot.folders) { // parents come first
        Node n;
        n.folder = f;
        n.parent = byId.value(f.parentId, -1);
        n.isPackage = f.kind == FolderKind::Workflows && n.parent >= 0
            && m_nodes[n.parent].folder.name == u"technicalWorkflows"_s;
        const int index = int(m_nodes.size());
        QList<int> &siblings = n.parent < 0 ? m_roots : m_nodes[n.parent].children;
        n.row = int(siblings.size());
        siblings << index;
        byId.insert(f.id, index);
        m_nodes << n;
    }
    rollUp(snapshot, status);
    endResetModel();
}

void ExplorerModel::rollUp(const InstanceSnapshot &snapshot, const LiveStatus &status)
{
    // Each folder's own counts (made on the loader's worker, else here), then added to every folder above it.
    const QHash<qint64, FolderHealth> own = status.folders.isEmpty() && !snapshot.workflows.isEmpty()
        ? LiveStatus::foldersOf(snapshot.workflows, status.times)
        : status.folders;
    for (Node &n : m_nodes)
        n.total = n.running = n.paused = n.failed = 0;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const FolderHealth f = own.value(m_nodes[i].folder.id);
        for (int j = i; j >= 0; j = m_nodes[j].parent) {
            Node &n = m_nodes[j];
            n.total += f.total;
            n.running += f.running;
            n.paused += f.paused;
            n.failed += f.failed;
        }
    }
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
    return ColumnCount;
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

QString ExplorerModel::toolTip(const Node &n) const
{
    if (n.total == 0)
        return label(n);
    // Worded so that the English source needs no plural form (the %n still lets translators add theirs).
    return label(n) + u"\n"_s + tr("Workflows: %n", nullptr, n.total) + u"\n"_s + health(n);
}

QVariant ExplorerModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    const bool name = index.column() == Name;
    switch (role) {
    case Qt::DisplayRole:
        return name ? label(*n) : health(*n);
    case Qt::ToolTipRole:
        return toolTip(*n);
    case Qt::DecorationRole:
        return name ? icons::forFolder(n->folder.kind, n->isPackage, n->folder.name)
                    : icons::forHealth(n->running, n->paused, n->failed);
    case Qt::ForegroundRole:
        if (!name && n->failed)
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
    return section == Name ? tr("Folder") : tr("Health");
}

QModelIndex ExplorerModel::indexOfPath(const QString &path) const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].folder.path == path)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    return {};
}

QSet<qint64> ExplorerModel::folderIdsBelow(const QModelIndex &index) const
{
    QSet<qint64> ids;
    if (!index.isValid())
        return ids;
    QList<int> pending{int(index.internalId())};
    while (!pending.isEmpty()) {
        const Node &n = m_nodes[pending.takeLast()];
        ids.insert(n.folder.id);
        pending << n.children;
    }
    return ids;
}

int ExplorerModel::workflowCount(const QModelIndex &index) const
{
    const Node *n = node(index);
    return n ? n->total : 0;
}

} // namespace nightshift
