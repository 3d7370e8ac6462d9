// nightshift: the administration console.
#include "common/icons.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
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
    parser.process(app);

    MainWindow window;
    window.show();
    QString instanceText = parser.value(u"instance"_s);
    if (instanceText.isEmpty())
        instanceText = qEnvironmentVariable("NIGHTSHIFT_INSTANCE", InstanceLocation::defaultSqlitePath());
    // Opening may upgrade the schema: it runs on a worker thread, and the window shows any error inline.
    if (auto location = InstanceLocation::parse(instanceText))
        window.openInstance(*location);
    else
        window.showError(MainWindow::tr("Cannot open the instance: %1").arg(location.error().message));
    return QApplication::exec();
}
