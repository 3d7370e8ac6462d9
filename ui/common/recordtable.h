#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;

namespace nightshift {

// A read-only table of records (runs, journal lines): whole rows selected, no grid, alternating colours, rows of
// one fixed height (the view never measures them, whatever their number), left-aligned headers, last column
// stretched.
QTableView *newRecordTable(QAbstractItemModel *model, const QString &objectName);

} // namespace nightshift
