#pragma once

#include "common/livestatus.h"
#include "store/instancesnapshot.h"

#include <QAbstractTableModel>

namespace nightshift {

// Every workflow of the instance, one row each, with its last run and next run; WorkflowFilter narrows it to a
// folder, a search text and state, package and severity criteria. Built for 20,000 workflows and more: the
// filter's haystacks are made once per snapshot, sorting compares precomputed ranks, and a refresh signals only
// the rows that changed.
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
    void setTriggers(const QHash<qint64, QString> &triggers); // read after the snapshot (SnapshotLoader)
    const WorkflowRecord &workflow(int row) const { return m_workflows.at(row); }
    const QList<WorkflowRecord> &workflows() const { return m_workflows; }
    WorkflowTimes times(int row) const { return m_times.value(m_workflows.at(row).id); }
    bool isRunning(int row) const; // a run of it is going on
    // Label, internal name and package, case-folded, one per line: what the filter text is looked up in.
    const QString &haystack(int row) const { return m_haystacks.at(row); }
    // Whether `left` sorts before `right` in `column` (SortRole order), without building a QVariant.
    bool lessThan(int left, int right, int column) const;
    int rowOf(qint64 workflowId) const; // -1 when absent
    void setNow(qint64 nowMs) { m_now = nowMs; } // for tests: the duration of a run still going on

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(const WorkflowRecord &w);
    static QString dateTimeText(qint64 ms); // the time alone when it is today
    static QString severityText(nightshift::Severity severity);

private:
    QVariant text(const WorkflowRecord &w, Column column, int role) const;
    qint64 duration(const WorkflowTimes &t) const; // -1: never ran
    qint64 number(int row, Column column) const; // SortRole of the numeric columns
    const QList<int> &ranks(Column column) const; // of the text columns, in the locale's order
    void changedRows(const QList<WorkflowRecord> &before, const QHash<qint64, WorkflowTimes> &timesBefore,
                     const QHash<qint64, QString> &triggersBefore);

    QList<WorkflowRecord> m_workflows;
    QHash<qint64, QString> m_triggers;
    QHash<qint64, WorkflowTimes> m_times;
    QHash<qint64, int> m_rows; // workflow id → row
    QStringList m_haystacks; // by row
    mutable QHash<int, QList<int>> m_ranks; // by text column, made on the first sort on it
    qint64 m_now = 0; // 0: the clock
};

} // namespace nightshift
