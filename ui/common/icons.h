#pragma once

#include "core/explorertree.h"
#include "core/workflowstate.h"

#include <QIcon>

namespace nightshift::icons {

// Registers the console's icons (:/icons, compiled into nightshift_ui). Call before the first QIcon is made;
// safe to call more than once. The screens' constructors call it, so only main() needs it explicitly.
void initResources();

// ":/icons/<name>.svg". Monochrome icons are drawn in the palette's text colour when painted, so they read as
// well on the dark theme as on the light one; coloured ones keep their colours.
QIcon named(const QString &name);

// Renders every icon at `size` (device-independent pixels, at `devicePixelRatio`) in the normal and selected
// modes, one icon per turn of the event loop while `context` lives: the views' first paint then finds them cached
// instead of parsing and drawing each SVG inside it. Meant for the idle time while an instance loads.
void warmUp(QObject *context, QSize size, qreal devicePixelRatio);

// A workflow's state as shown in lists: failed wins over the state, transitional states look like their target.
QIcon forState(WorkflowState state, bool failed);

// The worst of a set of workflows: failed, then paused, then running; a null icon when all are idle.
QIcon forHealth(int running, int paused, int failed);

// A folder of the explorer. Containers open when expanded (QIcon::On); `statusName` is the internal name of a
// workflow status folder (running, paused, failed, startPending).
QIcon forFolder(FolderKind kind, bool isPackage, const QString &statusName);

} // namespace nightshift::icons
