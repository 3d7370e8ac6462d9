#include "activityglyph.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace nightshift::glyph {

namespace {

// Shapes are drawn in a 24 × 24 box and scaled to `box`.
void draw(QPainter &p, ActivityType type, const QColor &ink)
{
    QPen pen(ink, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (type) {
    case ActivityType::Start:
        p.drawEllipse(QRectF(2, 2, 20, 20));
        p.setBrush(ink);
        p.drawPolygon(QPolygonF({QPointF(10, 7.5), QPointF(16.5, 12), QPointF(10, 16.5)}));
        break;
    case ActivityType::End:
        p.drawEllipse(QRectF(2, 2, 20, 20));
        p.setBrush(ink);
        p.drawRect(QRectF(8, 8, 8, 8));
        break;
    case ActivityType::Scheduler:
        p.drawEllipse(QRectF(3, 3, 18, 18));
        p.drawLine(QPointF(12, 12), QPointF(12, 7));
        p.drawLine(QPointF(12, 12), QPointF(16, 14));
        break;
    case ActivityType::Wait: {
        QPainterPath glass;
        glass.moveTo(6, 3);
        glass.lineTo(18, 3);
        glass.lineTo(12, 12);
        glass.lineTo(18, 21);
        glass.lineTo(6, 21);
        glass.lineTo(12, 12);
        glass.closeSubpath();
        p.drawPath(glass);
        break;
    }
    case ActivityType::Fork:
        p.drawLine(QPointF(3, 12), QPointF(10, 12));
        p.drawLine(QPointF(10, 12), QPointF(20, 5));
        p.drawLine(QPointF(10, 12), QPointF(20, 19));
        break;
    case ActivityType::AndJoin:
        p.drawLine(QPointF(4, 5), QPointF(14, 12));
        p.drawLine(QPointF(4, 19), QPointF(14, 12));
        p.drawLine(QPointF(14, 12), QPointF(21, 12));
        break;
    case ActivityType::Test:
        p.drawPolygon(QPolygonF({QPointF(12, 2), QPointF(22, 12), QPointF(12, 22), QPointF(2, 12)}));
        p.setFont(QFont(p.font().family(), 9, QFont::Bold));
        p.drawText(QRectF(2, 2, 20, 20), Qt::AlignCenter, u"?"_s);
        break;
    case ActivityType::Signal:
        p.setBrush(ink);
        p.drawPolygon(QPolygonF(
            {QPointF(14, 2), QPointF(6, 13), QPointF(11.5, 13), QPointF(9, 22), QPointF(18, 10), QPointF(12.5, 10)}));
        break;
    case ActivityType::Alert: {
        QPainterPath bell;
        bell.moveTo(5, 17);
        bell.cubicTo(7, 14, 6, 5, 12, 5);
        bell.cubicTo(18, 5, 17, 14, 19, 17);
        bell.closeSubpath();
        p.drawPath(bell);
        p.drawLine(QPointF(12, 3), QPointF(12, 5));
        p.drawArc(QRectF(10, 17, 4, 4), 180 * 16, 180 * 16);
        break;
    }
    case ActivityType::JavaScript:
        p.setFont(QFont(p.font().family(), 8, QFont::Bold));
        p.drawRoundedRect(QRectF(2, 4, 20, 16), 2, 2);
        p.drawText(QRectF(2, 4, 20, 16), Qt::AlignCenter, u"JS"_s);
        break;
    case ActivityType::Sql:
        p.drawEllipse(QRectF(5, 3, 14, 5));
        p.drawLine(QPointF(5, 5.5), QPointF(5, 18.5));
        p.drawLine(QPointF(19, 5.5), QPointF(19, 18.5));
        p.drawArc(QRectF(5, 16, 14, 5), 180 * 16, 180 * 16);
        p.drawArc(QRectF(5, 10, 14, 5), 180 * 16, 180 * 16);
        break;
    case ActivityType::SubWorkflow:
        p.drawRoundedRect(QRectF(2, 3, 9, 7), 1.5, 1.5);
        p.drawRoundedRect(QRectF(13, 14, 9, 7), 1.5, 1.5);
        p.drawLine(QPointF(6.5, 10), QPointF(6.5, 17.5));
        p.drawLine(QPointF(6.5, 17.5), QPointF(13, 17.5));
        break;
    case ActivityType::Aggregate:
        p.drawLine(QPointF(3, 21), QPointF(21, 21));
        p.setBrush(ink);
        p.drawRect(QRectF(5, 13, 3, 6));
        p.drawRect(QRectF(10.5, 8, 3, 11));
        p.drawRect(QRectF(16, 4, 3, 15));
        break;
    case ActivityType::Job: {
        // A gear: eight teeth around a ring.
        p.drawEllipse(QRectF(6.5, 6.5, 11, 11));
        p.drawEllipse(QRectF(10, 10, 4, 4));
        for (int i = 0; i < 8; ++i) {
            const double angle = i * M_PI / 4;
            p.drawLine(QPointF(12 + 5.5 * std::cos(angle), 12 + 5.5 * std::sin(angle)),
                       QPointF(12 + 9 * std::cos(angle), 12 + 9 * std::sin(angle)));
        }
        break;
    }
    }
}

} // namespace

void paint(QPainter &painter, ActivityType type, const QRectF &box, const QColor &ink)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(box.topLeft());
    painter.scale(box.width() / 24, box.height() / 24);
    draw(painter, type, ink);
    painter.restore();
}

namespace {

// Icons of the palette drawn at paint time in the palette's text colour (and, for fills, its base colour), so they
// read on the dark theme as on the light one and follow a theme switch; pixmaps cached per size, mode and ink.
class DrawnIconEngine : public QIconEngine
{
public:
    using Draw = std::function<void(QPainter &, const QColor &ink, const QColor &fill)>;
    explicit DrawnIconEngine(Draw draw) : m_draw(std::move(draw)) { }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        const QColor ink = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                         mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
        const QColor fill = palette.color(QPalette::Base);
        const QString cacheKey = u"%1x%2/%3/%4"_s.arg(size.width()).arg(size.height()).arg(ink.rgba()).arg(fill.rgba());
        if (auto it = m_cache.constFind(cacheKey); it != m_cache.cend())
            return *it;
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size.width() / 24.0, size.height() / 24.0);
        m_draw(painter, ink, fill);
        painter.end();
        if (m_cache.size() > 32)
            m_cache.clear();
        m_cache.insert(cacheKey, pixmap);
        return pixmap;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap p = pixmap(rect.size() * ratio, mode, state);
        p.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, p);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new DrawnIconEngine(*this); }

private:
    Draw m_draw;
    QHash<QString, QPixmap> m_cache;
};

QIcon drawnIcon(DrawnIconEngine::Draw draw24)
{
    return QIcon(new DrawnIconEngine(std::move(draw24)));
}

} // namespace

QIcon icon(ActivityType type)
{
    return drawnIcon([type](QPainter &p, const QColor &ink, const QColor &) { draw(p, type, ink); });
}

QIcon selectIcon()
{
    return drawnIcon([](QPainter &p, const QColor &ink, const QColor &fill) {
        p.setPen(QPen(ink, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(fill);
        p.drawPolygon(QPolygonF({QPointF(6, 3), QPointF(6, 19), QPointF(10, 15), QPointF(13, 21), QPointF(15.5, 20),
                                 QPointF(12.5, 14), QPointF(18, 14)}));
    });
}

QIcon connectIcon()
{
    return drawnIcon([](QPainter &p, const QColor &ink, const QColor &) {
        p.setPen(QPen(ink, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(1.5, 8, 7, 8), 1.5, 1.5);
        p.drawRoundedRect(QRectF(15.5, 8, 7, 8), 1.5, 1.5);
        p.drawLine(QPointF(8.5, 12), QPointF(13.5, 12));
        p.setBrush(ink);
        p.drawPolygon(QPolygonF({QPointF(15.5, 12), QPointF(12.5, 10), QPointF(12.5, 14)}));
    });
}

} // namespace nightshift::glyph
