#pragma once

#include "store/instancesnapshot.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QSet>
#include <QSortFilterProxyModel>

namespace nightshift {

// Every workflow of the instance, one row each; WorkflowFilter narrows it to a folder and a search text.
class WorkflowListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Label, InternalName, Package, State, Severity, Trigger, ColumnCount };
    enum Role { FolderIdRole = Qt::UserRole + 1, SortRole };

    explicit WorkflowListModel(QObject *parent = nullptr);

    void setSnapshot(const InstanceSnapshot &snapshot);
    const WorkflowRecord &workflow(int row) const { return m_workflows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString stateText(const WorkflowRecord &w) const;
    QIcon stateIcon(const WorkflowRecord &w) const;

    QList<WorkflowRecord> m_workflows;
    QHash<qint64, QString> m_triggers;
    QHash<QString, QIcon> m_icons;
};

class WorkflowFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFolders(const QSet<qint64> &folderIds); // the selected folder and its subfolders
    void setText(const QString &text);              // matched against label, internal name and package

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<qint64> m_folders;
    QString m_text;
};

} // namespace nightshift
