// nightshift: the administration console.
#include "common/icons.h"
#include "login/logindialog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QStatusBar>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

void installTranslations(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"nightshift"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"nightshift"_s);
    QApplication::setOrganizationName(u"Nightshift"_s);
    QApplication::setApplicationDisplayName(u"Nightshift"_s);
    QApplication::setApplicationVersion(QStringLiteral(NIGHTSHIFT_VERSION));
    icons::initResources();
    QApplication::setWindowIcon(icons::named(u"nightshift"_s));
    QApplication::setDesktopFileName(u"io.nightshift.Nightshift"_s);
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Nightshift administration console"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({{u"i"_s, u"instance"_s},
                      QApplication::translate("main", "Instance: a SQLite file path or a postgresql:// URL."),
                      QApplication::translate("main", "instance")});
    parser.addOption({{u"u"_s, u"login"_s},
                      QApplication::translate("main",
                                              "Operator to log in as. With a password remembered in the keyring "
                                              "for this instance and login, logs in without asking."),
                      QApplication::translate("main", "login")});
    parser.process(app);

    // The login window first; the main window once someone has logged in. Both run in this one event loop:
    // the dialog is shown, never exec()'d.
    auto *login = new LoginDialog;
    login->setAttribute(Qt::WA_DeleteOnClose);
    QString instanceText = parser.value(u"instance"_s);
    if (instanceText.isEmpty())
        instanceText = qEnvironmentVariable("NIGHTSHIFT_INSTANCE");
    login->preselect(instanceText, parser.value(u"login"_s));
    // Logging in without a click only when asked for by name on the command line (see LoginDialog).
    login->setAutoLogin(parser.isSet(u"login"_s));
    QObject::connect(login, &LoginDialog::loggedIn, &app,
                     [](std::shared_ptr<Instance> instance, const Principal &principal, const QString &notice) {
                         auto *window = new MainWindow;
                         window->setAttribute(Qt::WA_DeleteOnClose);
                         // Shown before the dialog closes, or the application would quit with its last window.
                         window->show();
                         window->startSession(std::move(instance), principal);
                         if (!notice.isEmpty())
                             window->statusBar()->showMessage(notice, 15'000);
                     });
    QObject::connect(login, &QDialog::rejected, &app, &QApplication::quit);
    login->show();
    return QApplication::exec();
}
