#pragma once

#include "common/livestatus.h"
#include "store/instancesnapshot.h"

#include <QAbstractTableModel>

namespace nightshift {

// Every workflow of the instance, one row each, with its last run and next run; WorkflowFilter narrows it to a
// folder, a search text and state, package and severity criteria.
class WorkflowListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The package comes last: the folder already says it, so it is the column that may be cut short.
    enum Column {
        Label,
        InternalName,
        State,
        Severity,
        LastStart,
        LastDuration,
        NextRun,
        LastStatus,
        Trigger,
        Package,
        ColumnCount
    };
    enum Role { FolderIdRole = Qt::UserRole + 1, SortRole, WorkflowIdRole };

    explicit WorkflowListModel(QObject *parent = nullptr);

    // The same workflows as before (a refresh) change in place, so views keep their selection and scroll.
    void setSnapshot(const InstanceSnapshot &snapshot, const LiveStatus &status = {});
    const WorkflowRecord &workflow(int row) const { return m_workflows.at(row); }
    const QList<WorkflowRecord> &workflows() const { return m_workflows; }
    int rowOf(qint64 workflowId) const; // -1 when absent
    void setNow(qint64 nowMs) { m_now = nowMs; } // for tests: the duration of a run still going on

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(const WorkflowRecord &w);
    static QString severityText(nightshift::Severity severity);

private:
    QVariant text(const WorkflowRecord &w, Column column, int role) const;
    qint64 duration(const WorkflowTimes &t) const; // -1: never ran

    QList<WorkflowRecord> m_workflows;
    QHash<qint64, QString> m_triggers;
    QHash<qint64, WorkflowTimes> m_times;
    qint64 m_now = 0; // 0: the clock
};

} // namespace nightshift
