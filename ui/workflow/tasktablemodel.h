#pragma once

#include "workflowdata.h"

#include <QAbstractTableModel>

namespace nightshift {

// The tasks of a workflow's latest run (and its armed triggers), one row each, oldest first. The rows come
// from an ExecutionSnapshot read on a worker thread; the model itself never touches the database.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Activity, State, Started, Duration, Attempt, Progress, Error, ColumnCount };

    explicit TaskTableModel(QObject *parent = nullptr);

    void setTasks(const QList<TaskRow> &tasks, const QHash<QString, QString> &activityLabels);
    void setNow(qint64 nowMs) { m_now = nowMs; } // the end of a running task's duration; tests fix it
    const TaskRow &task(int row) const { return m_tasks.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(TaskState state);

private:
    QString durationText(const TaskRow &task) const;

    QList<TaskRow> m_tasks;
    QHash<QString, QString> m_labels;
    qint64 m_now = 0;
};

} // namespace nightshift
