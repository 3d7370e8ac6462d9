#include "consoletesting.h"

#include "seededinstance.h"
#include "store/sqlsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace nightshift::testing {

void isolateSettings(const QString &settingsFolder)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder);
}

std::shared_ptr<Instance> seededConsoleInstance(const QTemporaryDir &dir, const QTemporaryDir &settings)
{
    if (!dir.isValid() || !settings.isValid()) {
        QTest::qFail("cannot create a temporary folder", __FILE__, __LINE__);
        return {};
    }
    isolateSettings(settings.path());
    return seededInstance(dir.path());
}

bool addLiveNode(const QSqlDatabase &db)
{
    return execute(db,
                   u"INSERT INTO nodes (name, affinities, host, pid, started_at, heartbeat_at, state) "
                   "VALUES ('test-node', ',', 'node.example', 1, ?, ?, 'running')"_s,
                   {nowMs(), nowMs() + 3'600'000})
        .has_value();
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // labels changed since the last layout
    const QString folder = QStringLiteral(NIGHTSHIFT_BINARY_DIR) + u"/screenshots"_s;
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(widget.grab().save(folder + u'/' + name));
}

} // namespace nightshift::testing
