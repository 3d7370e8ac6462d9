#pragma once

#include "instancelist.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace nightshift {

// Adds an instance to the login window's list: a SQLite file (typed, or chosen with a file dialog) or a
// PostgreSQL URL, and a name. A password written in the URL is taken out: the list keeps the URL without it,
// and databasePassword() hands it to the login window, which may remember it in the keyring.
class AddInstanceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddInstanceDialog(QWidget *parent = nullptr);

    KnownInstance instance() const { return m_instance; } // valid once accepted
    QString databasePassword() const { return m_databasePassword; }

    QLineEdit *locationEdit() const { return m_location; }
    QLineEdit *nameEdit() const { return m_name; }
    QString errorText() const;

    void accept() override; // checks the location first; an error is shown inline

private:
    void browse();

    QLineEdit *m_location;
    QLineEdit *m_name;
    QLabel *m_error;
    QPushButton *m_browse;
    KnownInstance m_instance;
    QString m_databasePassword;
};

} // namespace nightshift
