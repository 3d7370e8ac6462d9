#pragma once

#include "core/activitytype.h"

#include <QColor>
#include <QIcon>

class QPainter;
class QRectF;

namespace nightshift::glyph {

// The picture of an activity type, drawn as vector strokes so that it stays sharp at every zoom of the diagram,
// and the same picture as an icon for the palette and the properties dialog.
void paint(QPainter &painter, ActivityType type, const QRectF &box, const QColor &ink);
QIcon icon(ActivityType type);
QIcon selectIcon(); // the palette's select-and-move mode: a pointer
QIcon connectIcon(); // its connect mode: two tiles and an arrow

} // namespace nightshift::glyph
