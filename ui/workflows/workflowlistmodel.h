#pragma once

#include "store/instancesnapshot.h"

#include <QAbstractTableModel>

namespace nightshift {

// Every workflow of the instance, one row each; WorkflowFilter narrows it to a folder and a search text.
class WorkflowListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The package comes last: the folder already says it, so it is the column that may be cut short.
    enum Column { Label, InternalName, State, Severity, Trigger, Package, ColumnCount };
    enum Role { FolderIdRole = Qt::UserRole + 1, SortRole };

    explicit WorkflowListModel(QObject *parent = nullptr);

    void setSnapshot(const InstanceSnapshot &snapshot);
    const WorkflowRecord &workflow(int row) const { return m_workflows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant text(const WorkflowRecord &w, Column column, int role) const;
    QString stateText(const WorkflowRecord &w) const;

    QList<WorkflowRecord> m_workflows;
    QHash<qint64, QString> m_triggers;
};

} // namespace nightshift
