#include "diagramitems.h"

#include "activityglyph.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::DiagramScene)
};

constexpr qreal LabelGap = 6;
constexpr qreal LabelHeight = 34; // two lines of the label font
const QColor ink(0x37, 0x47, 0x4f);
const QColor arrowColour(0x78, 0x86, 0x94);
const QColor selectionColour(0x1e, 0x88, 0xe5);

QFont labelFont()
{
    QFont font;
    font.setPointSizeF(9);
    return font;
}

QFont smallFont()
{
    QFont font;
    font.setPointSizeF(8);
    return font;
}

} // namespace

QColor statusColour(ActivityStatus status)
{
    switch (status) {
    case ActivityStatus::Executed:
        return {0x2e, 0x7d, 0x32};
    case ActivityStatus::Pending:
        return {0x15, 0x65, 0xc0};
    case ActivityStatus::Warning:
        return {0xef, 0x8f, 0x00};
    case ActivityStatus::Error:
        return {0xc6, 0x28, 0x28};
    case ActivityStatus::None:
        break;
    }
    return {0x9a, 0xa5, 0xb1};
}

QString statusLabel(ActivityStatus status)
{
    switch (status) {
    case ActivityStatus::Executed:
        return Text::tr("Executed");
    case ActivityStatus::Pending:
        return Text::tr("Pending");
    case ActivityStatus::Warning:
        return Text::tr("Warning");
    case ActivityStatus::Error:
        return Text::tr("Error");
    case ActivityStatus::None:
        break;
    }
    return Text::tr("Not run");
}

ActivityItem::ActivityItem(const Activity &activity) : m_activity(activity)
{
    setFlags(ItemIsSelectable | ItemSendsGeometryChanges);
    setZValue(1); // over the arrows
    setToolTip(u"%1 (%2)"_s.arg(m_activity.name, ActivityTypeInfo::of(m_activity.type).element));
}

void ActivityItem::setStatus(ActivityStatus status)
{
    if (m_status == status)
        return;
    m_status = status;
    update();
}

QRectF ActivityItem::boundingRect() const
{
    return {-LabelWidth / 2, -TileSize / 2 - 8, LabelWidth, TileSize + 8 + LabelGap + LabelHeight};
}

QPainterPath ActivityItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(tileRect(), 10, 10);
    path.addRect(-LabelWidth / 2, TileSize / 2 + LabelGap, LabelWidth, LabelHeight);
    return path;
}

void ActivityItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor colour = statusColour(m_status);
    const bool selected = option->state.testFlag(QStyle::State_Selected);
    if (selected) {
        painter->setPen(QPen(selectionColour, 2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(tileRect().adjusted(-5, -5, 5, 5), 14, 14);
    }
    QColor fill = m_status == ActivityStatus::None ? QColor(0xf7, 0xf9, 0xfb) : colour.lighter(185);
    if (m_status != ActivityStatus::None)
        fill.setHsv(fill.hue(), std::min(fill.saturation(), 40), 250);
    QPen border(colour, m_status == ActivityStatus::None ? 1.5 : 2.5);
    if (m_activity.execution != ExecutionMode::Normal)
        border.setStyle(Qt::DashLine); // disabled or not executed: visibly out of the flow
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(tileRect(), 10, 10);
    glyph::paint(*painter, m_activity.type, QRectF(-16, -16, 32, 32), ink);

    if (m_status != ActivityStatus::None) { // a badge, so that the status does not rely on colour alone
        const QRectF badge(TileSize / 2 - 11, -TileSize / 2 - 7, 18, 18);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(colour);
        painter->drawEllipse(badge);
        painter->setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const QPointF c = badge.center();
        switch (m_status) {
        case ActivityStatus::Executed:
            painter->drawPolyline(QPolygonF({c + QPointF(-4, 0), c + QPointF(-1, 3), c + QPointF(4, -3)}));
            break;
        case ActivityStatus::Warning:
        case ActivityStatus::Error:
            painter->drawLine(c + QPointF(0, -4), c + QPointF(0, 1));
            painter->drawPoint(c + QPointF(0, 4));
            break;
        case ActivityStatus::Pending:
            for (int dx : {-4, 0, 4})
                painter->drawPoint(c + QPointF(dx, 0));
            break;
        case ActivityStatus::None:
            break;
        }
    }

    painter->setPen(ink);
    painter->setFont(labelFont());
    const QRectF labelBox(-LabelWidth / 2, TileSize / 2 + LabelGap, LabelWidth, LabelHeight);
    const QString label = m_activity.label.isEmpty() ? m_activity.name : m_activity.label;
    // Two lines at most: a longer label is cut with an ellipsis rather than drawn over the next activity.
    QFontMetricsF metrics(labelFont());
    QString shown = label;
    if (metrics.boundingRect(labelBox, Qt::TextWordWrap | Qt::AlignHCenter, label).height() > LabelHeight + 1) {
        while (shown.size() > 1
               && metrics.boundingRect(labelBox, Qt::TextWordWrap | Qt::AlignHCenter, shown + u'…').height()
                   > LabelHeight + 1)
            shown.chop(1);
        shown = shown.trimmed() + u'…';
    }
    painter->drawText(labelBox, Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignTop, shown);
}

QVariant ActivityItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange) { // a 10-pixel grid keeps hand-placed activities aligned
        const QPointF p = value.toPointF();
        return QPointF(std::round(p.x() / 10) * 10, std::round(p.y() / 10) * 10);
    }
    if (change == ItemPositionHasChanged)
        for (TransitionItem *t : std::as_const(m_transitions))
            t->adjust();
    return QGraphicsItem::itemChange(change, value);
}

TransitionItem::TransitionItem(ActivityItem *from, ActivityItem *to, const Transition &transition, bool closesLoop)
    : m_from(from), m_to(to), m_transition(transition), m_closesLoop(closesLoop)
{
    setFlags(ItemIsSelectable);
    setZValue(0);
    from->addTransition(this);
    to->addTransition(this);
    QString tip = u"%1 → %2"_s.arg(from->name(), to->name());
    if (!transition.condition.isEmpty())
        tip += u"\n"_s + Text::tr("when %1").arg(transition.condition);
    setToolTip(tip);
    adjust();
}

void TransitionItem::setCount(std::optional<int> count)
{
    if (m_count == count)
        return;
    prepareGeometryChange();
    m_count = count;
    update();
}

void TransitionItem::adjust()
{
    prepareGeometryChange();
    const QPointF a = m_from->pos(), b = m_to->pos();
    const qreal half = ActivityItem::TileSize / 2 + 2;
    m_path = QPainterPath();
    if (m_closesLoop || b.x() - a.x() < ActivityItem::TileSize) {
        if (m_closesLoop || std::abs(b.y() - a.y()) < ActivityItem::TileSize) {
            // Over the tiles, never through the labels underneath them.
            const qreal top = std::min(a.y(), b.y()) - half - 60;
            m_path.moveTo(a.x(), a.y() - half);
            m_path.cubicTo(a.x(), top, b.x(), top, b.x(), b.y() - half);
        } else { // straight up or down, from tile edge to tile edge
            const QPointF d = b - a;
            const qreal scale = half / std::max(std::abs(d.x()), std::abs(d.y()));
            m_path.moveTo(a + d * scale);
            m_path.lineTo(b - d * scale);
        }
    } else { // left to right, leaving and entering horizontally
        const QPointF start(a.x() + half, a.y()), end(b.x() - half, b.y());
        const qreal bend = std::max<qreal>(30, (end.x() - start.x()) / 2);
        m_path.moveTo(start);
        m_path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end);
    }
    const QPointF tip = m_path.pointAtPercent(1);
    const qreal angle = -m_path.angleAtPercent(1) * M_PI / 180;
    const auto wing
        = [&](qreal side) { return tip - QPointF(std::cos(angle + side) * 10, std::sin(angle + side) * 10); };
    m_head = QPolygonF({tip, wing(0.45), wing(-0.45)});
}

QRectF TransitionItem::countRect() const
{
    const QPointF mid = m_path.pointAtPercent(0.5);
    const qreal width = QFontMetricsF(smallFont()).horizontalAdvance(countText()) + 12;
    return {mid.x() - width / 2, mid.y() - 9, width, 18};
}

QRectF TransitionItem::labelRect() const
{
    const QPointF mid = m_path.pointAtPercent(0.5);
    const qreal width = QFontMetricsF(smallFont()).horizontalAdvance(m_transition.label) + 4;
    return {mid.x() - width / 2, mid.y() - 26, width, 16};
}

QRectF TransitionItem::boundingRect() const
{
    QRectF box = m_path.boundingRect().united(m_head.boundingRect()).adjusted(-4, -4, 4, 4);
    if (m_count)
        box = box.united(countRect().adjusted(-2, -2, 2, 2));
    if (!m_transition.label.isEmpty())
        box = box.united(labelRect());
    return box;
}

QPainterPath TransitionItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath shape = stroker.createStroke(m_path);
    shape.addPolygon(m_head);
    if (m_count)
        shape.addRect(countRect());
    return shape;
}

void TransitionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state.testFlag(QStyle::State_Selected);
    const QColor colour = selected ? selectionColour : arrowColour;
    painter->setPen(
        QPen(colour, selected ? 2.4 : 1.6, m_transition.onExpiry ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(m_head);
    painter->setFont(smallFont());
    if (!m_transition.label.isEmpty()) {
        painter->setPen(ink);
        painter->drawText(labelRect(), Qt::AlignCenter, m_transition.label);
    }
    if (m_count) { // a badge on the line
        const QRectF box = countRect();
        painter->setPen(QPen(*m_count ? ink : arrowColour, 1));
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(box, 9, 9);
        painter->drawText(box, Qt::AlignCenter, countText());
    }
}

} // namespace nightshift
