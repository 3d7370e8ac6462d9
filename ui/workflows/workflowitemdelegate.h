#pragma once

#include <QStyledItemDelegate>

namespace nightshift {

// Paints the workflow list's cells as QStyledItemDelegate does (the style's panel, icon, text, elision), but
// draws the text with one QPainter::drawText instead of the style's QTextLayouts: painting the ~300 visible cells
// after a filter keystroke was most of its cost (the style lays each cell's text out three times, for its size,
// its elision and its drawing). Cells the simple path does not cover (focus frame, editing, check box, wrapped or
// multi-line text, right-to-left, decoration not on the left) go to QStyledItemDelegate::paint unchanged.
class WorkflowItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Whether paint() draws `option` (after initStyleOption) itself rather than through the style.
    static bool paintsItself(const QStyleOptionViewItem &option);
};

} // namespace nightshift
