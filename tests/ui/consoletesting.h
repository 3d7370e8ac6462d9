#pragma once

#include "store/instance.h"

#include <QString>

#include <memory>

class QSqlDatabase;
class QTemporaryDir;
class QWidget;

namespace nightshift::testing {

// Keeps what the console remembers (QSettings: column widths, geometry, theme) and the standard paths out of the
// real profile: settings go to `settingsFolder`.
void isolateSettings(const QString &settingsFolder);

// What the console's window tests start from: isolateSettings(`settings`), then a seeded instance in `dir`
// (seededInstance). Returns null and records a test failure when either folder is missing or anything goes wrong.
std::shared_ptr<Instance> seededConsoleInstance(const QTemporaryDir &dir, const QTemporaryDir &settings);

// Registers a live engine node for the next hour: the console then starts no engine of its own, and the commands
// it queues stay in the queue for the checks.
bool addLiveNode(const QSqlDatabase &db);

// Saves a picture of `widget` as <build>/screenshots/`name`, laid out as it would be on screen.
void saveScreenshot(QWidget &widget, const QString &name);

} // namespace nightshift::testing
