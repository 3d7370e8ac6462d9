#include "healthdelegate.h"

#include <QTreeView>

namespace nightshift {

HealthDelegate::HealthDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view)
{ }

void HealthDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QModelIndex folder = index.siblingAtColumn(0);
    if (!m_view->isExpanded(folder) || !index.model()->hasChildren(folder))
        return;
    if (option->state & QStyle::State_Selected)
        return; // the highlight colours stay readable as they are
    option->palette.setBrush(QPalette::Text, option->palette.brush(QPalette::PlaceholderText));
    if (!option->icon.isNull()) {
        const int extent = option->decorationSize.height();
        option->icon = QIcon(option->icon.pixmap(extent, extent, QIcon::Disabled));
    }
}

} // namespace nightshift
