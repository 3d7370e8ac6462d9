#pragma once

#include "common/livestatus.h"
#include "store/instancesnapshot.h"

#include <QAbstractItemModel>
#include <QSet>

namespace nightshift {

// The explorer tree of SPEC §2, from the folders of the instance, with a health roll-up per folder
// (workflows below it that are running, paused, failed). Running means a run is going on (executing tasks):
// a started workflow that waits for its scheduler is idle.
class ExplorerModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Health, ColumnCount };
    enum Role { FolderIdRole = Qt::UserRole + 1, FolderKindRole, FolderPathRole };

    explicit ExplorerModel(QObject *parent = nullptr);

    // The same folders as before (a refresh) keep their rows: only the health column changes, so the tree keeps
    // its selection and expansion.
    void setSnapshot(const InstanceSnapshot &snapshot, const LiveStatus &status = {});

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfPath(const QString &path) const; // column 0; invalid when there is no such folder
    QSet<qint64> folderIdsBelow(const QModelIndex &index) const; // the folder itself and all its subfolders
    int workflowCount(const QModelIndex &index) const; // in the folder and below

private:
    struct Node
    {
        FolderRecord folder;
        int parent = -1; // index in m_nodes
        QList<int> children;
        int row = 0;
        bool isPackage = false; // a package's folder, directly under a "technicalWorkflows" folder
        int total = 0, running = 0, paused = 0, failed = 0; // this folder and below
    };
    const Node *node(const QModelIndex &index) const;
    QString label(const Node &n) const;
    QString health(const Node &n) const;
    QString toolTip(const Node &n) const;
    void rollUp(const InstanceSnapshot &snapshot, const LiveStatus &status);

    QList<Node> m_nodes;
    QList<int> m_roots;
};

} // namespace nightshift
