#include "workflowitemdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QtMath>

namespace nightshift {

bool WorkflowItemDelegate::paintsItself(const QStyleOptionViewItem &option)
{
    using Item = QStyleOptionViewItem;
    const Item::ViewItemFeatures simple = Item::HasDisplay | Item::HasDecoration | Item::Alternate;
    return !(option.features & ~simple) && !(option.state & (QStyle::State_HasFocus | QStyle::State_Editing))
        && option.direction == Qt::LeftToRight && option.decorationPosition == Item::Left
        && option.showDecorationSelected // the text's box is the whole cell but the icon's (as views of rows set)
        && (option.displayAlignment & Qt::AlignVertical_Mask) == Qt::AlignVCenter
        && !option.text.contains(QChar::LineSeparator);
}

// The geometry and colours are those of QCommonStyle's CE_ItemViewItem for one line of text: the icon centred in a
// box of its width plus a margin on each side, the text after it inside the same margins, vertically centred,
// elided at the cell's edge.
void WorkflowItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!paintsItself(opt)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    painter->save();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    QRect textRect = opt.rect;
    if (opt.features & QStyleOptionViewItem::HasDecoration) {
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, widget) + 1;
        const QRect box(opt.rect.left(), opt.rect.top(), opt.decorationSize.width() + 2 * margin, opt.rect.height());
        const QIcon::Mode mode = !(opt.state & QStyle::State_Enabled) ? QIcon::Disabled
            : (opt.state & QStyle::State_Selected)                   ? QIcon::Selected
                                                                      : QIcon::Normal;
        const QRect iconRect = QStyle::alignedRect(opt.direction, opt.decorationAlignment, opt.decorationSize, box);
        opt.icon.paint(painter, iconRect, opt.decorationAlignment, mode,
                       (opt.state & QStyle::State_Open) ? QIcon::On : QIcon::Off);
        textRect.setLeft(box.right() + 1);
    }

    if (!opt.text.isEmpty()) {
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        textRect.adjust(margin, 0, -margin, 0);
        QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
            group = QPalette::Inactive;
        painter->setPen(opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                       : QPalette::Text));
        painter->setFont(opt.font);
        const QFontMetricsF metrics(opt.font);
        // Measuring lays the text out as drawing does again: a left-aligned text is only measured by eliding it
        // (which returns it as it is when it fits).
        qreal x = textRect.left();
        QString text = metrics.elidedText(opt.text, opt.textElideMode, textRect.width());
        if (opt.displayAlignment & (Qt::AlignRight | Qt::AlignHCenter)) {
            const qreal space = textRect.width() - metrics.horizontalAdvance(text);
            x += (opt.displayAlignment & Qt::AlignRight) ? space : space / 2;
        }
        const int lineHeight = qCeil(metrics.ascent() + metrics.descent());
        const int top = textRect.top() + (textRect.height() - lineHeight) / 2;
        painter->drawText(QPointF(x, top + metrics.ascent()), text);
    }
    painter->restore();
}

} // namespace nightshift
