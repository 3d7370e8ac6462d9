#include "commandpalette.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

// The title on the left, the detail (shortcut, internal name, reason) dimmed on the right.
class PaletteDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QString detail = index.data(PaletteModel::DetailRole).toString();
        if (detail.isEmpty())
            return;
        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        QColor colour = option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        painter->setPen(colour);
        const QRect area = option.rect.adjusted(option.rect.width() / 2, 0, -8, 0);
        const QString shown = option.fontMetrics.elidedText(detail, Qt::ElideMiddle, area.width());
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, shown);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
        return size;
    }
};

} // namespace

CommandPalette::CommandPalette(QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint), m_model(new PaletteModel(this)), m_input(new QLineEdit),
      m_list(new QListView)
{
    setObjectName(u"commandPalette"_s);
    m_input->setObjectName(u"paletteInput"_s);
    m_input->setPlaceholderText(tr("Type an action or a workflow…"));
    m_input->installEventFilter(this);
    m_list->setObjectName(u"paletteList"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PaletteDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the line
    m_list->setIconSize({16, 16});
    connect(m_input, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setPattern(text);
        selectFirstEnabled();
    });
    connect(m_list, &QListView::activated, this, &CommandPalette::runCurrent);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_input);
    layout->addWidget(m_list);
}

void CommandPalette::setEntries(const QList<PaletteModel::Entry> &entries)
{
    m_model->setEntries(entries);
    selectFirstEnabled();
}

void CommandPalette::popup()
{
    m_input->clear();
    m_model->setPattern({});
    selectFirstEnabled();
    if (QWidget *window = parentWidget() ? parentWidget()->window() : nullptr) {
        const int width = std::min(640, window->width() - 40);
        const int height = std::min(420, window->height() - 80);
        resize(width, height);
        move(window->mapToGlobal(QPoint((window->width() - width) / 2, 60)));
    }
    show();
    raise();
    activateWindow();
    m_input->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::selectFirstEnabled()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entry(row).enabled) {
            m_list->setCurrentIndex(m_model->index(row));
            return;
        }
    }
    m_list->setCurrentIndex(m_model->rowCount() ? m_model->index(0) : QModelIndex());
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_input || event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: { // the list moves while the keyboard stays in the line
        const int rows = m_model->rowCount();
        if (rows == 0)
            return true;
        const int page = std::max(1, m_list->viewport()->height() / std::max(1, m_list->sizeHintForRow(0)));
        const int step = key->key() == Qt::Key_Up ? -1 : key->key() == Qt::Key_Down ? 1
            : key->key() == Qt::Key_PageUp        ? -page
                                                  : page;
        const int row = std::clamp(m_list->currentIndex().row() + step, 0, rows - 1);
        m_list->setCurrentIndex(m_model->index(row));
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        runCurrent();
        return true;
    default:
        return QDialog::eventFilter(watched, event);
    }
}

void CommandPalette::runCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid() || !m_model->entry(index.row()).enabled)
        return;
    const PaletteModel::Entry entry = m_model->entry(index.row());
    accept(); // closes first, so the action's own dialogs get the keyboard
    if (entry.action)
        entry.action->trigger();
    else if (entry.workflowId)
        Q_EMIT workflowChosen(entry.workflowId);
}

} // namespace nightshift
