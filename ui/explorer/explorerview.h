#pragma once

#include "common/livestatus.h"
#include "store/instancesnapshot.h"

#include <QTreeView>

namespace nightshift {

class ExplorerModel;

// The explorer tree: folder names with their health beside them. Keeps the current folder and the expanded
// folders across snapshots, so a refresh leaves the tree as the operator arranged it.
class ExplorerView : public QTreeView
{
    Q_OBJECT
public:
    explicit ExplorerView(QWidget *parent = nullptr);

    ExplorerModel *explorerModel() const { return m_model; }

    // Shows `snapshot`. The first time, opens the tree two levels deep and selects `startPath`; afterwards the
    // current folder and the expanded folders are kept when they still exist.
    void setSnapshot(const InstanceSnapshot &snapshot, const LiveStatus &status, const QString &startPath);
    void clear();

    QString currentPath() const;
    bool selectPath(const QString &path); // expands its parents; false when there is no such folder

Q_SIGNALS:
    void currentFolderChanged(const QModelIndex &index); // column 0; invalid when the tree is empty

private:
    QStringList expandedPaths() const;

    ExplorerModel *m_model;
    bool m_hasSnapshot = false;
};

} // namespace nightshift
