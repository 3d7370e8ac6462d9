#include "pivotformat.h"

#include "common/formatting.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::PivotFormat)
};

constexpr std::array<QRgb, 8> YlGnBu{0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x0c2c84};

} // namespace

QString formatMeasure(const QVariant &value, const QString &format, const QLocale &locale)
{
    if (!value.isValid() || value.isNull())
        return {};
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok)
        return value.toString();
    if (format == u"count")
        return locale.toString(qlonglong(std::llround(v)));
    if (format == u"percent")
        return Text::tr("%1 %").arg(locale.toString(v * 100.0, 'f', 1));
    if (format == u"duration")
        return durationText(qint64(std::llround(v)));
    if (format == u"money")
        return locale.toString(v, 'f', 2);
    if (std::floor(v) == v && std::abs(v) < 1e15)
        return locale.toString(qlonglong(v));
    return locale.toString(v, 'f', std::abs(v) >= 100 ? 1 : 2);
}

QColor heatColor(double t)
{
    const double clamped = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0);
    const double position = clamped * double(YlGnBu.size() - 1);
    const auto low = size_t(std::floor(position));
    const auto high = std::min(low + 1, YlGnBu.size() - 1);
    const double f = position - double(low);
    const QColor a(YlGnBu[low]), b(YlGnBu[high]);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f), float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QColor heatText(double t)
{
    return t > 0.55 ? QColor(Qt::white) : QColor(0x1b, 0x1f, 0x23);
}

} // namespace nightshift
