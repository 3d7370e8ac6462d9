#include "messagebar.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace nightshift {

MessageBar::MessageBar(QWidget *parent) : QFrame(parent), m_text(new QLabel)
{
    setObjectName(u"messageBar"_s);
    // The one coloured surface of the window: the colours of an error, whatever the palette.
    setStyleSheet(u"#messageBar { background: #fdecea; border: 1px solid #f1aeb5; border-radius: 3px; }"
                  "#messageBar QLabel { color: #842029; }"_s);

    auto *icon = new QLabel;
    const int extent = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(icons::named(u"state-failed"_s).pixmap(extent, extent));

    m_text->setObjectName(u"messageText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *close = new QToolButton;
    close->setObjectName(u"messageClose"_s);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->setSpacing(8);
    layout->addWidget(icon, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignVCenter);
    hide();
}

void MessageBar::showError(const QString &message)
{
    m_text->setText(message);
    setVisible(!message.isEmpty());
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace nightshift
