#pragma once

#include "historydata.h"

#include <QAbstractTableModel>
#include <QFuture>

namespace nightshift {

// Every run of a workflow, newest first, read a page at a time on a worker thread as the view scrolls down
// (canFetchMore/fetchMore): no cap, and no count of the runs.
class RunsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Run, Trigger, Started, Ended, Duration, Status, Error, ColumnCount };
    enum Role { RunIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 500;

    RunsModel(std::shared_ptr<Instance> instance, qint64 workflowId, QObject *parent = nullptr);
    ~RunsModel() override;

    void reload(); // from the newest run again
    const RunRecord &run(int row) const { return m_runs.at(row); }
    bool isLoading() const { return m_fetching; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void pageLoaded(int rows);
    void failed(const QString &message);

private:
    std::shared_ptr<Instance> m_instance;
    qint64 m_workflowId;
    QList<RunRecord> m_runs;
    bool m_done = false;
    bool m_fetching = false; // until the page's result is applied, not only computed
    quint64 m_generation = 0;
    QFuture<void> m_loading;
};

} // namespace nightshift
