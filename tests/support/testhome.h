#pragma once

#include <QTemporaryDir>

namespace nightshift::testing {

// Points HOME and the XDG folders into `home`, so a test touches no real profile. Call it in main(),
// before the application object exists: QSettings and QStandardPaths read these folders once.
bool useTemporaryHome(const QTemporaryDir &home);

} // namespace nightshift::testing
