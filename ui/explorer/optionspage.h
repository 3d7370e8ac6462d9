#pragma once

#include "core/rights.h"
#include "store/instance.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QVBoxLayout;

namespace nightshift {

class PurgeSettingsDialog;

// The explorer's Options folder (SPEC §2 "Options: purge settings of the deployment wizard"): the purge
// settings form as a page of the main window, or why it cannot be shown (no one logged in). Save keeps the
// values; Cancel, or Save without changes, reads them again.
class OptionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit OptionsPage(QWidget *parent = nullptr);

    // Reads the settings of `instance` again (on a worker thread) each time the folder is chosen.
    void showOptions(const std::shared_ptr<Instance> &instance, const std::optional<Principal> &principal);
    PurgeSettingsDialog *purgeSettings() const { return m_purge; } // null when no one is logged in
    QString message() const; // why the form is missing, or empty

Q_SIGNALS:
    void saved();

private:
    void rebuild();

    std::shared_ptr<Instance> m_instance;
    std::optional<Principal> m_principal;
    QVBoxLayout *m_layout;
    QLabel *m_message;
    PurgeSettingsDialog *m_purge = nullptr;
};

} // namespace nightshift
