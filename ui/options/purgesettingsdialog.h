#pragma once

#include "core/rights.h"
#include "store/purgesettings.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace nightshift {

class MessageBar;

// Options > Purge settings (the deployment wizard's purge page, SPEC §6): the retention of each kind of data
// in days and the statistics step. Values are checked before saving (a field that is empty, 0, negative or
// not a number is refused with a message naming it); saving is for administrators and audited, one line per
// changed value. Reading and saving run on worker threads.
class PurgeSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    PurgeSettingsDialog(std::shared_ptr<Instance> instance, const Principal &who, QWidget *parent = nullptr);

    QWidget *field(const QString &name) const; // a QLineEdit, or a QComboBox for purge.vacuum
    QPushButton *saveButton() const { return m_save; }
    MessageBar *messageBar() const { return m_message; }
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();
    void saved();
    void saveFailed(const QString &message);

private:
    void load();
    void showSettings(const QList<PurgeSetting> &settings);
    void save();
    QList<PurgeSettings::Change> changes() const;
    QString text(const QString &name) const;
    void markInvalid(const QString &name, bool invalid);

    std::shared_ptr<Instance> m_instance;
    Principal m_who;
    QList<PurgeSetting> m_settings; // as read
    QHash<QString, QWidget *> m_fields;
    MessageBar *m_message;
    QFormLayout *m_form;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace nightshift
