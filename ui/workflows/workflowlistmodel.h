#pragma once

#include "common/livestatus.h"
#include "store/instancesnapshot.h"

#include <QAbstractTableModel>

namespace nightshift {

// What the list derives from its rows to filter and sort them, made where the rows are read (the loader's worker
// thread) so that the GUI thread only swaps it in: on 20,000 workflows this is most of the work of showing them.
struct WorkflowRowKeys
{
    QStringList haystacks; // by row: label, internal name and package, case-folded, one per line
    QList<int> labelRanks; // by row: the label's rank in the locale's order (equal labels share one)
    QHash<qint64, int> rows; // workflow id → row
    QStringList packages; // the packages of the workflows, each once, sorted (the filter bar's choice)

    static WorkflowRowKeys of(const QList<WorkflowRecord> &workflows); // any thread
    static QList<int> ranksOf(const QStringList &texts); // any thread
    static QStringList packagesOf(const QList<WorkflowRecord> &workflows); // any thread
};

// Every workflow of the instance, one row each, with its last run and next run; WorkflowFilter narrows it to a
// folder, a search text and state, package and severity criteria. Built for 20,000 workflows and more: the
// filter's haystacks are made once per snapshot (on the loader's worker), sorting compares precomputed keys, and a
// refresh signals one span from the first to the last row that changed (none when nothing did).
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
    // `keys`, when made for these workflows (WorkflowRowKeys::of), saves the GUI thread that work on a reset.
    void setSnapshot(const InstanceSnapshot &snapshot, const LiveStatus &status = {}, WorkflowRowKeys keys = {});
    void setTriggers(const QHash<qint64, QString> &triggers); // read after the snapshot (SnapshotLoader)
    const WorkflowRecord &workflow(int row) const { return m_workflows.at(row); }
    const QList<WorkflowRecord> &workflows() const { return m_workflows; }
    WorkflowTimes times(int row) const { return m_times.value(m_workflows.at(row).id); }
    QString trigger(int row) const { return m_triggers.value(m_workflows.at(row).id); }
    const QHash<qint64, QString> &triggers() const { return m_triggers; } // by workflow id
    bool isRunning(int row) const; // a run of it is going on
    // Label, internal name and package, case-folded, one per line: what the filter text is looked up in.
    const QString &haystack(int row) const { return m_haystacks.at(row); }
    // Whether `left` sorts before `right` in `column` (SortRole order), without building a QVariant.
    bool lessThan(int left, int right, int column) const;
    // An integer per row whose order is the SortRole order of `column`: numbers as they are, texts by rank.
    qint64 sortKey(int row, int column) const;
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
