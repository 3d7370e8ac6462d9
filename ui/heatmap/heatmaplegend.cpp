#include "heatmaplegend.h"

#include "common/theme.h"
#include "heatmapmodel.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
constexpr int Swatch = 14;
constexpr int BarWidth = 180;
} // namespace

HeatMapLegend::HeatMapLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"heatMapLegend"_s);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void HeatMapLegend::setMaximum(int maximum, const QString &unit)
{
    m_maximum = maximum;
    m_unit = unit;
    updateGeometry();
    update();
}

QSize HeatMapLegend::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {Swatch + 8 + metrics.horizontalAdvance(tr("None")) + 16 + metrics.horizontalAdvance(u"1"_s) + 6 + BarWidth
                + 6 + metrics.horizontalAdvance(QString::number(std::max(1, m_maximum))) + 10
                + metrics.horizontalAdvance(m_unit),
            std::max(Swatch, metrics.height()) + 4};
}

void HeatMapLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const bool dark = Theme::isDarkPalette(palette());
    const QFontMetrics metrics = fontMetrics();
    const int middle = height() / 2;
    const QRect swatch(0, middle - Swatch / 2, Swatch, Swatch);
    painter.fillRect(swatch, HeatMapModel::colour(0, 1, dark));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(swatch.adjusted(0, 0, -1, -1));
    painter.setPen(palette().color(QPalette::WindowText));
    int x = swatch.right() + 6;
    const auto text = [&](const QString &label) {
        painter.drawText(QRect(x, 0, metrics.horizontalAdvance(label) + 1, height()), Qt::AlignVCenter, label);
        x += metrics.horizontalAdvance(label);
    };
    text(tr("None"));
    x += 16;
    if (m_maximum <= 0) {
        text(tr("(nothing ran)"));
        return;
    }
    text(u"1"_s);
    x += 6;
    const QRect bar(x, middle - Swatch / 2, BarWidth, Swatch);
    for (int i = 0; i < bar.width(); ++i) {
        const int count = 1 + int(double(i) / double(bar.width() - 1) * double(m_maximum - 1) + 0.5);
        painter.fillRect(QRect(bar.left() + i, bar.top(), 1, bar.height()),
                         HeatMapModel::colour(count, m_maximum, dark));
    }
    x = bar.right() + 7;
    text(QString::number(m_maximum));
    x += 10;
    painter.setPen(palette().color(QPalette::PlaceholderText));
    text(m_unit);
}

} // namespace nightshift
