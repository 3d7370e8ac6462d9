#pragma once

#include "reports/heatmapquery.h"

#include <QAbstractTableModel>
#include <QColor>

namespace nightshift {

// A heat map as a table: one cell per time slot, its count shown on a colour-blind-safe sequential scale
// (viridis, light for few and dark for many; grey for none). Cells that stand for no time (an hour a DST change
// skips, February 30) are disabled, so keyboard navigation passes over them.
class HeatMapModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { CountRole = Qt::UserRole + 1, StartRole, EndRole };

    explicit HeatMapModel(QObject *parent = nullptr);

    void setHeatMap(const HeatMap &map);
    const HeatMap &heatMap() const { return m_map; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The colour of `count` on a scale up to `maximum` (0: grey), and a text colour readable on it.
    static QColor colour(int count, int maximum, bool dark = false);
    static QColor textColour(const QColor &background);

    // "Tue 10 Mar 10:05–10:10" in the map's zone: what a cell stands for.
    QString cellTitle(const QModelIndex &index) const;

private:
    HeatMap m_map;
};

} // namespace nightshift
