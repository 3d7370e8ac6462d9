#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace nightshift {

// Draws the explorer's health column. An expanded folder's roll-up repeats what its subfolders show, so it is
// drawn dimmed there; collapsed folders and leaves keep it in full colour.
class HealthDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit HealthDelegate(QTreeView *view);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace nightshift
