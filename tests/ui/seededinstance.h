#pragma once

#include "store/instance.h"

#include <QString>

#include <memory>

namespace nightshift::testing {

// A new SQLite instance `fileName` in `folder`, seeded as `nightshiftctl init` does: the standard folders and the
// packages installed by default (Delivery: 9 workflows, all running; Default installation: 1, paused).
// Returns null and records a test failure when anything goes wrong.
std::shared_ptr<Instance> seededInstance(const QString &folder,
                                         const QString &fileName = QStringLiteral("instance.sqlite"));

} // namespace nightshift::testing
