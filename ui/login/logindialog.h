#pragma once

#include "instancelist.h"
#include "loginattempt.h"

#include "core/rights.h"
#include "store/instance.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace nightshift {

class MessageBar;
class RememberedPasswords;

// The console's first window: the configured instances, login, password (and a PostgreSQL instance's
// database password), "Remember me". Logging in opens the instance and checks the password on a worker
// thread, so the window never freezes; a refusal is shown under the fields. Remembered passwords are read
// from the keyring when an instance and login are chosen, and written (or, with "Remember me" unticked,
// removed) after a successful login, all through asynchronous keyring jobs. Without a keyring the window
// says so and disables "Remember me"; nothing is ever written to a file instead.
// It logs in by itself only after setAutoLogin(true) (`nightshift --login NAME`), and only once, when the
// keyring holds the password of the preselected instance and login.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Keyring { Unknown, Available, Missing };

    explicit LoginDialog(QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Selects `instance` (a path or URL; added to the list for this session if it is not in it) and fills
    // `login`. Empty values keep the instance and login used last.
    void preselect(const QString &instance, const QString &login);
    void setAutoLogin(bool enabled) { m_autoLogin = enabled; }
    // Adds an instance to the list, saves the list and selects it.
    void addInstance(const KnownInstance &instance, const QString &databasePassword = {});

    bool isBusy() const { return m_busy; }
    Keyring keyring() const { return m_keyring; }
    QString refusal() const; // the message under the fields; empty when none is shown
    QString keyringNote() const; // the note shown when there is no keyring; empty otherwise

    QComboBox *instanceBox() const { return m_instances; }
    QPushButton *addInstanceButton() const { return m_add; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *databasePasswordEdit() const { return m_databasePassword; }
    QCheckBox *rememberBox() const { return m_remember; }
    QPushButton *loginButton() const { return m_logIn; }
    QPushButton *quitButton() const { return m_quit; }

public Q_SLOTS:
    void logIn();
    void reject() override; // Quit or Esc, even while logging in

Q_SIGNALS:
    // The operator is logged in; `notice` says when the password could not be remembered (else empty).
    void loggedIn(std::shared_ptr<nightshift::Instance> instance, const nightshift::Principal &principal,
                  const QString &notice);
    void refused(const QString &message);
    void rememberedLookedUp(); // the keyring has answered for the selected instance and login

private:
    void buildUi();
    void showAddInstance();
    QString selectedLocationText() const;
    Result<InstanceLocation> selectedLocation() const; // with the typed database password, if any
    void selectionChanged(); // instance or login: forget what the keyring filled, then look again
    void rememberedFound(const QString &password, const QString &databasePassword);
    void noteKeyring(bool available);
    void showRefusal(const QString &message);
    void fitHeight();
    void setBusy(bool busy, const QString &status = {});
    void attemptFinished();
    void rememberThenFinish(const Principal &principal);
    void finish(const QString &notice);

    QComboBox *m_instances = nullptr;
    QPushButton *m_add = nullptr;
    QLineEdit *m_where = nullptr; // the selected instance's path or URL
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_databasePassword = nullptr;
    QCheckBox *m_remember = nullptr;
    QFormLayout *m_form = nullptr;
    MessageBar *m_refusal = nullptr;
    QLabel *m_keyringNote = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_logIn = nullptr;
    QPushButton *m_quit = nullptr;
    QTimer *m_loginTyped = nullptr; // debounces keyring lookups while a login is typed
    RememberedPasswords *m_passwords = nullptr;

    QList<KnownInstance> m_known; // as in the combo box, in order
    QFutureWatcher<LoginAttempt> m_watcher;
    std::shared_ptr<Instance> m_instance; // opened by an earlier attempt, reused by the next one
    bool m_busy = false;
    bool m_autoLogin = false;
    bool m_rejected = false;
    Keyring m_keyring = Keyring::Unknown;
    bool m_passwordFromKeyring = false;
    bool m_databasePasswordFromKeyring = false;
    bool m_wasRemembered = false; // something is stored for the selection: unticking forgets it
    std::optional<Principal> m_principal;
};

} // namespace nightshift
