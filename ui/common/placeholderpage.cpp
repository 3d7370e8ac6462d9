#include "placeholderpage.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nightshift {

PlaceholderPage::PlaceholderPage(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel), m_title(new QLabel), m_text(new QLabel)
{
    setObjectName(u"placeholder"_s);
    // Framed and filled like the lists it stands in for, so the window does not change shape between folders.
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_icon->setAlignment(Qt::AlignCenter);
    m_title->setAlignment(Qt::AlignCenter);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setObjectName(u"placeholderText"_s);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addStretch(3);
}

void PlaceholderPage::showFolder(const QIcon &icon, const QString &name)
{
    showMessage(icon, name, tr("The “%1” view is not available in this version of Nightshift yet.").arg(name));
}

void PlaceholderPage::showMessage(const QIcon &icon, const QString &title, const QString &text)
{
    m_icon->setPixmap(icon.pixmap(48, 48, QIcon::Disabled));
    m_title->setText(title);
    m_text->setText(text);
}

QString PlaceholderPage::text() const
{
    return m_text->text();
}

} // namespace nightshift
