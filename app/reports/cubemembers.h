#pragma once

#include "cubedefinition.h"

#include <QVariant>

namespace nightshift::reports::CubeMembers {

// Members of a level as the pivot view sees them (docs/cubes.md): dates as "2026", "2026-Q1", "2026-03",
// "2026-03-05", hours 0..23 and weekdays 1..7 (Monday first); values as stored; ranges by their index. Facts
// without a value have the key -1 (numbers) or "" (text), labelled "(none)".

// The key of a value read from the aggregate (levelExpression), and its label (`label`: a label column's
// value, when the level has one).
QVariant key(const LevelDef &level, const QVariant &stored);
QString label(const LevelDef &level, const QVariant &stored, const QVariant &label);
// The stored value of a key given in a filter; an error names the level when the key is not one of its.
Result<QVariant> stored(const LevelDef &level, const QVariant &key);
// The key of the member before `key` on a date level (the previous year, quarter, month, day, hour, weekday).
QVariant previousDate(const LevelDef &level, const QVariant &key);
bool isOthers(const QVariant &key); // the "others" member of a top-N level (CubeReader::othersKey)
// Natural order of keys: "none" first, numbers by value, text by text, the others member last.
bool less(const QVariant &a, const QVariant &b);

} // namespace nightshift::reports::CubeMembers
