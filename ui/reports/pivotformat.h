#pragma once

#include <QColor>
#include <QLocale>
#include <QString>
#include <QVariant>

namespace nightshift {

// A measure's value as the pivot shows it, by the measure's format: count "12,345", number "12.5" (no decimals
// when whole), percent "12.5 %" (values are fractions), duration "3 min 05 s" (values are milliseconds), money
// "1,234.50". Empty for none.
QString formatMeasure(const QVariant &value, const QString &format, const QLocale &locale = QLocale());

// The heat colour of a value at `t` (0 = the lowest shown, 1 = the highest) on ColorBrewer's YlGnBu scale: one
// hue ramp from light yellow to dark blue that stays readable with every common colour-vision deficiency and in
// grey. heatText() is the text colour that reads on it.
QColor heatColor(double t);
QColor heatText(double t);

} // namespace nightshift
