#pragma once

#include "historydata.h"

#include <QTreeWidget>

namespace nightshift {

// Two runs side by side: their summary, parameters, per-activity counts and durations, and the journal messages
// (numbers masked) that one run wrote more often than the other. Rows that differ are in bold.
class RunComparisonView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit RunComparisonView(QWidget *parent = nullptr);

    void setComparison(const RunComparison &comparison);
    void setMessage(const QString &message); // instead of a comparison: fewer than two runs selected, an error

    QTreeWidgetItem *section(const QString &name) const; // by object-like key: summary, parameters, activities, journal

private:
    QTreeWidgetItem *addSection(const QString &key, const QString &title);
    QTreeWidgetItem *addRow(QTreeWidgetItem *section, const QString &name, const QString &first,
                            const QString &second);
};

} // namespace nightshift
