#pragma once

#include "pivottable.h"

#include <QAbstractItemModel>
#include <QFuture>
#include <QLocale>

#include <memory>

namespace nightshift {

// The pivot table as a tree: column 0 holds the row members (nested as the row axis, and drilled rows under
// theirs), then one column per measure for each combination of column members, then the row totals; the grand
// total is the last top-level row. A parent row shows its own subtotal. Queries run on a worker thread:
// setSpec(), expand() and collapse() start one, loaded() or failed() tells how it ended.
class PivotModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // the raw value (a number, or null)
        HeatRole, // 0..1 within its measure's range when highlighted, else invalid
        TotalRole, // true on the grand total row and the total columns
        LevelRole, // column 0: the row's "dimension.level"
    };

    PivotModel(std::shared_ptr<const PivotSource> source, QObject *parent = nullptr);
    ~PivotModel() override;

    void setCube(const reports::CubeInfo &cube); // clears the table
    const reports::CubeInfo &cube() const { return m_cube; }
    void setSpec(const PivotSpec &spec); // queries it; the drilled rows are kept when still there
    const PivotSpec &spec() const { return m_spec; }
    const PivotTable &table() const { return m_table; }
    void reload() { setSpec(m_spec); }

    bool canExpand(const QModelIndex &index) const; // a row whose dimension has a finer level, not drilled yet
    bool isExpanded(const QModelIndex &index) const; // drilled down
    void expand(const QModelIndex &index); // its dimension's next level under it
    void collapse(const QModelIndex &index); // and everything drilled below it
    QString nextLevelLabel(const QModelIndex &index) const;

    // The filters that select a cell's facts: the pivot's, the row's members and the column's.
    QList<reports::CubeFilter> cellFilters(const QModelIndex &index) const;
    bool isValueColumn(int column) const { return column > 0 && column <= m_table.columns.size(); }
    const PivotColumn &pivotColumn(int column) const { return m_table.columns.at(column - 1); }
    QString columnTitle(int column, bool oneLine = true) const; // "2026 › Q1 · Sent", or on two lines

    void setHighlighting(bool on);
    bool highlighting() const { return m_highlight; }
    void setLocale(const QLocale &locale);

    bool isBusy() const { return m_running; }
    void cancel(); // the running query; failed() is not emitted for it

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override; // siblings; the grand total stays last
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowOf(const QModelIndex &index) const; // in table().rows; -1 for none
    QModelIndex indexOfRow(int tableRow, int column = 0) const;

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);
    void busyChanged(bool busy);
    void progressChanged(int permille);

private:
    void setTable(PivotTable table);
    void setRunning(bool running);
    void applySort(); // m_sortColumn / m_sortOrder to every sibling list
    void updatePositions();
    void computeHeatRanges();
    void emitAllChanged(const QModelIndex &parent, const QList<int> &roles);
    const QList<int> &siblings(int tableRow) const;

    std::shared_ptr<const PivotSource> m_source;
    reports::CubeInfo m_cube;
    PivotSpec m_spec;
    PivotTable m_table;
    QList<int> m_position; // of each table row among its siblings
    QList<std::pair<double, double>> m_heatRange; // per measure: lowest and highest leaf value
    bool m_highlight = false;
    QLocale m_locale;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFuture<Result<PivotTable>> m_future;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace nightshift
