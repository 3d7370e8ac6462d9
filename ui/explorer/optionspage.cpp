#include "optionspage.h"

#include "options/purgesettingsdialog.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nightshift {

OptionsPage::OptionsPage(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this)), m_message(new QLabel)
{
    setObjectName(u"optionsPage"_s);
    auto *title = new QLabel(tr("Options"));
    title->setObjectName(u"optionsTitle"_s);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_message->setObjectName(u"optionsMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(title);
    m_layout->addWidget(m_message);
    m_layout->addStretch(0); // under the message; the form, with a stretch factor, takes the height when shown
}

void OptionsPage::showOptions(const std::shared_ptr<Instance> &instance, const std::optional<Principal> &principal)
{
    m_instance = instance;
    m_principal = principal;
    rebuild();
}

QString OptionsPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void OptionsPage::rebuild()
{
    if (m_purge) {
        m_purge->hide();
        m_purge->deleteLater(); // it may be in the middle of emitting finished()
        m_purge = nullptr;
    }
    if (!m_instance || !m_principal) {
        m_message->setText(m_instance ? tr("Log in to see and change the purge settings.")
                                      : tr("No instance is open."));
        m_message->show();
        return;
    }
    m_message->hide();
    m_purge = new PurgeSettingsDialog(m_instance, *m_principal);
    m_purge->setWindowFlags(Qt::Widget); // a page, not a window
    m_layout->insertWidget(2, m_purge, 1);
    connect(m_purge, &PurgeSettingsDialog::saved, this, &OptionsPage::saved);
    // Save or Cancel would close a dialog; here they give a fresh form with the stored values.
    connect(m_purge, &QDialog::finished, this, [this] { QTimer::singleShot(0, this, &OptionsPage::rebuild); });
    m_purge->show();
}

} // namespace nightshift
