#include "purgesettingsdialog.h"

#include "common/background.h"
#include "common/messagebar.h"
#include "core/accesspolicy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nightshift {

PurgeSettingsDialog::PurgeSettingsDialog(std::shared_ptr<Instance> instance, const Principal &who, QWidget *parent)
    : QDialog(parent), m_instance(std::move(instance)), m_who(who), m_message(new MessageBar), m_form(new QFormLayout),
      m_note(new QLabel), m_buttons(new QDialogButtonBox)
{
    setObjectName(u"purgeSettingsDialog"_s);
    setWindowTitle(tr("Purge settings"));
    m_note->setWordWrap(true);
    m_note->setText(tr("How long the database cleanup keeps each kind of data, in days (%1 to %2).")
                        .arg(PurgeSettings::MinimumDays)
                        .arg(PurgeSettings::MaximumDays));
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_save = m_buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(u"purgeSave"_s);
    m_save->setEnabled(false); // until loaded
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_save, &QPushButton::clicked, this, &PurgeSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_note);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    load();
}

void PurgeSettingsDialog::load()
{
    using Loaded = Result<QList<PurgeSetting>>;
    runInBackground<Loaded>(
        this,
        [instance = m_instance]() -> Loaded {
            auto db = instance->database();
            if (!db)
                return std::unexpected(db.error());
            return PurgeSettings::load(*db);
        },
        [this](const Loaded &settings) {
            if (!settings) {
                m_message->showError(tr("Cannot read the purge settings: %1").arg(settings.error().message));
                return;
            }
            showSettings(*settings);
        });
}

void PurgeSettingsDialog::showSettings(const QList<PurgeSetting> &settings)
{
    m_settings = settings;
    const auto allowed = AccessPolicy::checkAdministration(m_who, tr("change the purge settings"));
    QStringList problems;
    for (const PurgeSetting &s : settings) {
        QWidget *field = nullptr;
        if (s.kind == PurgeSetting::Kind::Choice) {
            auto *combo = new QComboBox;
            for (const QString &choice : s.choices)
                combo->addItem(choice, choice);
            combo->setCurrentIndex(std::max(0, combo->findData(s.value)));
            combo->setEnabled(allowed.has_value());
            field = combo;
            m_form->addRow(s.label + u':', combo);
        } else {
            auto *edit = new QLineEdit(s.value);
            edit->setMaximumWidth(90);
            edit->setAlignment(Qt::AlignRight);
            edit->setReadOnly(!allowed);
            connect(edit, &QLineEdit::textEdited, this, [this, name = s.name] { markInvalid(name, false); });
            auto *row = new QHBoxLayout;
            row->addWidget(edit);
            row->addWidget(new QLabel(tr("days")));
            row->addStretch(1);
            field = edit;
            m_form->addRow(s.label + u':', row);
        }
        field->setObjectName(s.name);
        field->setToolTip(s.name);
        m_fields.insert(s.name, field);
        if (!s.problem.isEmpty()) {
            problems << s.problem;
            markInvalid(s.name, true);
        }
    }
    if (!problems.isEmpty())
        m_message->showError(tr("Stored values are invalid; the cleanup will not run until they are corrected: %1")
                                 .arg(problems.join(u"; "_s)));
    m_save->setEnabled(allowed.has_value());
    if (!allowed)
        m_save->setToolTip(allowed.error().message); // names the ADMINISTRATION right
    m_loaded = true;
    Q_EMIT loaded();
}

QWidget *PurgeSettingsDialog::field(const QString &name) const
{
    return m_fields.value(name);
}

QString PurgeSettingsDialog::text(const QString &name) const
{
    QWidget *w = m_fields.value(name);
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        return edit->text();
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentData().toString();
    return {};
}

void PurgeSettingsDialog::markInvalid(const QString &name, bool invalid)
{
    QWidget *w = m_fields.value(name);
    if (!w)
        return;
    QPalette palette = w->parentWidget() ? w->parentWidget()->palette() : w->palette();
    if (invalid) {
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        palette.setColor(QPalette::Base, dark ? QColor(110, 35, 35) : QColor(255, 220, 220));
    }
    w->setPalette(palette);
    w->setProperty("invalid", invalid);
}

QList<PurgeSettings::Change> PurgeSettingsDialog::changes() const
{
    QList<PurgeSettings::Change> result;
    for (const PurgeSetting &s : m_settings)
        if (text(s.name) != s.value)
            result.append({s.name, text(s.name)});
    return result;
}

void PurgeSettingsDialog::save()
{
    if (m_busy || !m_loaded)
        return;
    const QList<PurgeSettings::Change> changed = changes();
    // Checked here first, so every wrong field is marked at once, each message naming its field.
    QStringList errors;
    for (const auto &[name, value] : changed) {
        const auto valid = PurgeSettings::validate(name, value);
        markInvalid(name, !valid);
        if (!valid)
            errors << valid.error().message;
    }
    if (!errors.isEmpty()) {
        const QString message = errors.join(u'\n');
        m_message->showError(message);
        Q_EMIT saveFailed(message);
        return;
    }
    if (changed.isEmpty()) {
        accept();
        return;
    }
    m_busy = true;
    m_save->setEnabled(false);
    runInBackground<Status>(
        this,
        [instance = m_instance, who = m_who, changed]() -> Status {
            return PurgeSettings::save(*instance, who, changed);
        },
        [this](const Status &result) {
            m_busy = false;
            m_save->setEnabled(true);
            if (!result) {
                const QString message = tr("The purge settings were not saved: %1").arg(result.error().message);
                m_message->showError(message);
                Q_EMIT saveFailed(message);
                return;
            }
            Q_EMIT saved();
            accept();
        });
}

} // namespace nightshift
