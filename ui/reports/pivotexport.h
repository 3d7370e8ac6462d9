#pragma once

#include "store/sqlsupport.h"

#include <QString>

class QWidget;

namespace nightshift {

class PivotModel;

// The pivot as CSV (RFC 4180: comma separated, fields quoted when needed with quotes doubled, CRLF line ends):
// a header row; one label column per row depth, then one column per value column. Every row repeats its
// ancestors' labels; totals are marked by the label "Total" (the grand total in the first column, a subtotal
// in the column after its row's label). Values are raw numbers ("1234.5"), empty for none.
QString pivotCsv(const PivotModel &model);
Status writeCsv(const PivotModel &model, const QString &path);

// The pivot table as an A4 landscape PDF: a title, a subtitle (cube, filters) and the table, its header repeated
// on every page, heat colours when highlighting is on.
Status writePdf(const PivotModel &model, const QString &title, const QString &subtitle, const QString &path);

// A picture of `widget` (the chart or the table) at its size on screen.
Status writePng(QWidget &widget, const QString &path);

} // namespace nightshift
