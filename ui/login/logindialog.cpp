#include "logindialog.h"

#include "addinstancedialog.h"
#include "common/icons.h"
#include "common/messagebar.h"
#include "rememberedpasswords.h"
#include "security/authenticator.h"
#include "security/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

QString rememberToolTip()
{
    return LoginDialog::tr("Keep the password in the system keyring; untick to forget a remembered one");
}

} // namespace

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent), m_loginTyped(new QTimer(this)), m_passwords(new RememberedPasswords(this))
{
    icons::initResources();
    setWindowTitle(tr("Log In — Nightshift"));
    buildUi();
    m_loginTyped->setSingleShot(true);
    m_loginTyped->setInterval(400);
    connect(m_loginTyped, &QTimer::timeout, this, &LoginDialog::selectionChanged);
    connect(&m_watcher, &QFutureWatcher<LoginAttempt>::finished, this, &LoginDialog::attemptFinished);
    connect(m_passwords, &RememberedPasswords::keyringAnswered, this, &LoginDialog::noteKeyring);
    connect(m_passwords, &RememberedPasswords::found, this, &LoginDialog::rememberedFound);
    connect(m_passwords, &RememberedPasswords::updated, this, &LoginDialog::finish);
    preselect({}, {});
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::buildUi()
{
    auto *logo = new QLabel;
    logo->setPixmap(icons::named(u"nightshift"_s).pixmap(48, 48));
    auto *title = new QLabel(tr("Nightshift"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Log in to an instance"));
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(title);
    titles->addWidget(subtitle);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(logo);
    header->addLayout(titles, 1);

    m_instances = new QComboBox;
    m_instances->setObjectName(u"instances"_s);
    m_instances->setMinimumContentsLength(32);
    m_instances->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_add = new QPushButton(tr("&Add…"));
    m_add->setObjectName(u"addInstance"_s);
    m_add->setAutoDefault(false);
    m_add->setToolTip(tr("Add a SQLite file or a PostgreSQL database to the list"));
    auto *instanceRow = new QHBoxLayout;
    instanceRow->addWidget(m_instances, 1);
    instanceRow->addWidget(m_add);
    // Where the selected instance is: read-only text that scrolls, so a long path never widens the window.
    m_where = new QLineEdit;
    m_where->setObjectName(u"instanceLocation"_s);
    m_where->setReadOnly(true);
    m_where->setFrame(false);
    m_where->setFocusPolicy(Qt::ClickFocus);
    QPalette quiet = m_where->palette();
    quiet.setColor(QPalette::Base, quiet.color(QPalette::Window));
    quiet.setColor(QPalette::Text, quiet.color(QPalette::PlaceholderText));
    m_where->setPalette(quiet);
    auto *instanceColumn = new QVBoxLayout;
    instanceColumn->setSpacing(2);
    instanceColumn->addLayout(instanceRow);
    instanceColumn->addWidget(m_where);
    auto *instanceLabel = new QLabel(tr("&Instance:")); // made here: a label for a layout gets no buddy
    instanceLabel->setBuddy(m_instances);

    m_login = new QLineEdit;
    m_login->setObjectName(u"login"_s);
    m_login->setMaxLength(Authenticator::MaximumLoginLength);
    m_password = new QLineEdit;
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_databasePassword = new QLineEdit;
    m_databasePassword->setObjectName(u"databasePassword"_s);
    m_databasePassword->setEchoMode(QLineEdit::Password);
    m_databasePassword->setPlaceholderText(tr("Only if the URL and NIGHTSHIFT_PGPASSWORD give none"));
    m_remember = new QCheckBox(tr("&Remember me"));
    m_remember->setObjectName(u"rememberMe"_s);
    m_remember->setToolTip(rememberToolTip());

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(instanceLabel, instanceColumn);
    m_form->addRow(tr("&Login:"), m_login);
    m_form->addRow(tr("&Password:"), m_password);
    m_form->addRow(tr("&Database password:"), m_databasePassword);
    m_form->addRow(QString(), m_remember);
    m_keyringNote = new QLabel;
    m_keyringNote->setObjectName(u"keyringNote"_s);
    m_keyringNote->setWordWrap(true);
    m_keyringNote->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(QString(), m_keyringNote); // right under the checkbox it explains
    m_form->setRowVisible(m_keyringNote, false);

    m_refusal = new MessageBar;

    m_status = new QLabel;
    m_status->setObjectName(u"loginStatus"_s);
    m_logIn = new QPushButton(tr("Log In"));
    m_logIn->setObjectName(u"logIn"_s);
    m_logIn->setDefault(true); // Enter logs in, wherever the focus is
    m_quit = new QPushButton(tr("Quit"));
    m_quit->setObjectName(u"quit"_s);
    m_quit->setAutoDefault(false);
    auto *bottom = new QHBoxLayout; // not a QDialogButtonBox: it would reorder the buttons' tab order
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_logIn);
    bottom->addWidget(m_quit);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addLayout(m_form);
    layout->addWidget(m_refusal);
    layout->addStretch(1);
    layout->addLayout(bottom);

    setTabOrder(m_instances, m_add);
    setTabOrder(m_add, m_login);
    setTabOrder(m_login, m_password);
    setTabOrder(m_password, m_databasePassword);
    setTabOrder(m_databasePassword, m_remember);
    setTabOrder(m_remember, m_logIn);
    setTabOrder(m_logIn, m_quit);

    connect(m_logIn, &QPushButton::clicked, this, &LoginDialog::logIn);
    connect(m_quit, &QPushButton::clicked, this, &LoginDialog::reject); // Esc does the same
    connect(m_add, &QPushButton::clicked, this, &LoginDialog::showAddInstance);
    connect(m_instances, &QComboBox::currentIndexChanged, this, [this] {
        m_autoLogin = false;
        selectionChanged();
    });
    connect(m_login, &QLineEdit::textEdited, this, [this] {
        m_autoLogin = false;
        m_loginTyped->start();
    });
    connect(m_login, &QLineEdit::editingFinished, this, [this] {
        if (m_loginTyped->isActive()) {
            m_loginTyped->stop();
            selectionChanged();
        }
    });
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        m_autoLogin = false;
        m_passwordFromKeyring = false;
    });
    connect(m_databasePassword, &QLineEdit::textEdited, this, [this] { m_databasePasswordFromKeyring = false; });
}

void LoginDialog::preselect(const QString &instance, const QString &login)
{
    m_known = InstanceList::load();
    QString wanted = InstanceList::lastInstance();
    QString databasePassword;
    if (!instance.isEmpty()) {
        if (auto parsed = InstanceLocation::parse(instance)) {
            const KnownInstance described = InstanceList::describe(*parsed);
            wanted = described.location;
            databasePassword = QUrl(instance.trimmed()).password(); // from the URL only, never stored
            const bool known = std::ranges::any_of(
                m_known, [&](const KnownInstance &k) { return k.location == described.location; });
            if (!known)
                m_known << described; // saved once a login succeeds
        } else {
            showRefusal(tr("Cannot use the instance %1: %2").arg(instance, parsed.error().message));
        }
    }
    {
        const QSignalBlocker quiet(m_instances); // one lookup at the end, not one per item
        m_instances->clear();
        for (const KnownInstance &k : std::as_const(m_known)) {
            m_instances->addItem(icons::named(u"nightshift"_s), k.name, k.location);
            m_instances->setItemData(m_instances->count() - 1, k.location, Qt::ToolTipRole);
        }
        m_instances->setCurrentIndex(std::max(0, m_instances->findData(wanted)));
    }
    m_login->setText(login.isEmpty() ? InstanceList::lastLogin() : login);
    m_databasePassword->setText(databasePassword);
    selectionChanged();
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

void LoginDialog::addInstance(const KnownInstance &instance, const QString &databasePassword)
{
    QList<KnownInstance> saved = InstanceList::load();
    if (!saved.contains(instance)) {
        saved << instance;
        InstanceList::save(saved);
    }
    const QString login = m_login->text();
    preselect(instance.location, login);
    if (!databasePassword.isEmpty())
        m_databasePassword->setText(databasePassword);
}

void LoginDialog::showAddInstance()
{
    auto *dialog = new AddInstanceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { addInstance(dialog->instance(), dialog->databasePassword()); });
    dialog->open(); // window-modal, without a nested event loop
}

QString LoginDialog::selectedLocationText() const
{
    return m_instances->currentData().toString();
}

Result<InstanceLocation> LoginDialog::selectedLocation() const
{
    auto location = InstanceLocation::parse(selectedLocationText());
    if (location && location->dialect == Dialect::Postgres && !m_databasePassword->text().isEmpty())
        location->password = m_databasePassword->text();
    return location;
}

QString LoginDialog::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

QString LoginDialog::keyringNote() const
{
    return m_keyringNote->isHidden() ? QString() : m_keyringNote->text();
}

void LoginDialog::showRefusal(const QString &message)
{
    m_refusal->showError(message);
    fitHeight();
}

void LoginDialog::fitHeight()
{
    // A message came or went: take the height the content needs now, keeping the width the operator chose.
    if (!isVisible())
        return; // the first show sizes the window
    layout()->activate();
    resize(width(), layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height());
}

void LoginDialog::selectionChanged()
{
    // What the keyring filled in belongs to the previous instance and login.
    if (m_passwordFromKeyring)
        m_password->clear();
    if (m_databasePasswordFromKeyring)
        m_databasePassword->clear();
    if (m_wasRemembered)
        m_remember->setChecked(false);
    m_passwordFromKeyring = m_databasePasswordFromKeyring = m_wasRemembered = false;
    m_where->setText(selectedLocationText());
    m_where->setCursorPosition(0);
    auto location = InstanceLocation::parse(selectedLocationText());
    m_form->setRowVisible(m_databasePassword, location && location->dialect == Dialect::Postgres);
    fitHeight();
    // Asked even for an empty login (a key nobody has): the answer says whether there is a keyring at all.
    if (location)
        m_passwords->lookUp(*location, m_login->text().trimmed());
    else
        m_passwords->cancelLookUp();
}

void LoginDialog::rememberedFound(const QString &password, const QString &databasePassword)
{
    if (!password.isEmpty()) {
        m_wasRemembered = true;
        m_remember->setChecked(true);
        if (m_password->text().isEmpty() || m_passwordFromKeyring) { // never over what the operator typed
            m_password->setText(password);
            m_passwordFromKeyring = true;
        }
    }
    if (!databasePassword.isEmpty() && m_databasePassword->text().isEmpty()) {
        m_databasePassword->setText(databasePassword);
        m_databasePasswordFromKeyring = true;
    }
    Q_EMIT rememberedLookedUp();
    if (m_autoLogin) {
        m_autoLogin = false; // once: a refused remembered password waits for the operator
        if (m_passwordFromKeyring && !m_busy)
            logIn();
    }
}

void LoginDialog::noteKeyring(bool available)
{
    m_keyring = available ? Keyring::Available : Keyring::Missing;
    if (!available)
        m_remember->setChecked(false);
    m_remember->setEnabled(available && !m_busy);
    m_remember->setToolTip(available ? rememberToolTip() : SecretStore::noKeyringMessage());
    m_keyringNote->setText(SecretStore::noKeyringMessage());
    m_form->setRowVisible(m_keyringNote, !available);
    fitHeight();
}

void LoginDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_instances, m_add, m_login, m_password, m_databasePassword})
        w->setEnabled(!busy);
    m_remember->setEnabled(!busy && m_keyring != Keyring::Missing);
    m_logIn->setEnabled(!busy);
    m_status->setText(status);
}

void LoginDialog::logIn()
{
    if (m_busy)
        return;
    m_autoLogin = false;
    auto location = selectedLocation();
    if (!location) {
        showRefusal(tr("Cannot use this instance: %1").arg(location.error().message));
        return;
    }
    showRefusal({});
    m_passwords->cancelLookUp(); // a late answer must not change the fields under this attempt
    setBusy(true, tr("Logging in…"));
    // The instance opened by an earlier attempt is reused: no second schema check for a mistyped password.
    std::shared_ptr<Instance> opened = m_instance && m_instance->location() == *location ? m_instance : nullptr;
    m_watcher.setFuture(QtConcurrent::run(&LoginAttempt::run, *location, m_login->text().trimmed(), m_password->text(),
                                          std::move(opened)));
}

void LoginDialog::reject()
{
    m_rejected = true; // an attempt still running reports to no one
    QDialog::reject();
}

void LoginDialog::attemptFinished()
{
    if (m_rejected)
        return;
    const LoginAttempt attempt = m_watcher.result();
    m_instance = attempt.instance;
    if (!attempt.principal) {
        setBusy(false);
        QString message = attempt.principal.error().message;
        if (!attempt.instance) { // the instance did not open: the operator password was not even checked
            const auto location = InstanceLocation::parse(selectedLocationText());
            const bool postgres = location && location->dialect == Dialect::Postgres;
            (postgres ? static_cast<QWidget *>(m_databasePassword) : m_instances)->setFocus();
        } else {
            if (m_passwordFromKeyring)
                message += u"\n"_s + tr("The password remembered in the keyring was refused: type the current one.");
            m_password->clear();
            m_passwordFromKeyring = false;
            m_password->setFocus();
        }
        showRefusal(message);
        Q_EMIT refused(message);
        return;
    }
    // The list keeps an instance given on the command line once it has been used successfully.
    const QString location = selectedLocationText();
    QList<KnownInstance> saved = InstanceList::load();
    for (const KnownInstance &k : std::as_const(m_known))
        if (k.location == location && !saved.contains(k))
            InstanceList::save(saved << k);
    InstanceList::setLast(location, attempt.principal->login);
    rememberThenFinish(*attempt.principal);
}

void LoginDialog::rememberThenFinish(const Principal &principal)
{
    m_principal = principal;
    const InstanceLocation &location = m_instance->location();
    if (m_remember->isChecked() && m_keyring != Keyring::Missing) {
        setBusy(true, tr("Updating the keyring…"));
        m_passwords->store(location, principal.login, m_password->text(), m_databasePassword->text());
    } else if (m_wasRemembered) { // "Remember me" unticked: forget what was remembered
        setBusy(true, tr("Updating the keyring…"));
        m_passwords->forget(location, principal.login);
    } else {
        finish({});
    }
}

void LoginDialog::finish(const QString &notice)
{
    if (m_rejected)
        return;
    setBusy(false);
    Q_EMIT loggedIn(m_instance, *m_principal, notice); // a keyring failure leaves the login standing
    accept();
}

} // namespace nightshift
