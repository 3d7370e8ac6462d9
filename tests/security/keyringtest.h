#pragma once

#include "security/secretstore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace nightshift::testing {

// Which CTest registration runs the test: "present" inside with-keyring.sh (a real, unlocked Secret Service),
// "absent" with DBUS_SESSION_BUS_ADDRESS pointing at nothing. Empty when NIGHTSHIFT_TEST_KEYRING is not set.
QString expectedKeyring();

// Runs one SecretStore call and waits for its answer (a test may spin the event loop; the application
// never does). Gives Failed with "timed out" after `timeoutMs`.
SecretStore::Reply awaitReply(const std::function<void(const QObject *, SecretStore::Callback)> &call,
                              int timeoutMs = 20'000);

// The files under `folder` (recursively) whose bytes contain `needle`, as paths relative to `folder`.
QStringList filesContaining(const QString &folder, const QByteArray &needle);

} // namespace nightshift::testing
