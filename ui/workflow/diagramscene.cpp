#include "diagramscene.h"

#include "diagramitems.h"
#include "diagramlayout.h"

#include "activityglyph.h"

#include <QApplication>
#include <QDrag>
#include <QGraphicsLineItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QToolButton>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
constexpr qreal SceneMargin = 40; // around the activities: room for arcs and badges, and a little air
} // namespace

QString activityMimeType()
{
    return u"application/x-nightshift-activity"_s;
}

QMimeData *activityMimeData(ActivityType type)
{
    auto *mime = new QMimeData;
    mime->setData(activityMimeType(), ActivityTypeInfo::of(type).element.toUtf8());
    return mime;
}

std::optional<ActivityType> activityTypeFromMime(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(activityMimeType()))
        return std::nullopt;
    const ActivityTypeInfo *info = ActivityTypeInfo::forElement(QString::fromUtf8(mime->data(activityMimeType())));
    return info ? std::optional(info->type) : std::nullopt;
}

DiagramScene::DiagramScene(QObject *parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(QColor(0xfc, 0xfd, 0xfe));
}

void DiagramScene::setDefinition(const WorkflowDefinition &definition)
{
    const QStringList selected = selectedActivities();
    m_connectFrom = nullptr;
    m_rubberLine = nullptr;
    clear();
    m_activities.clear();
    m_transitions.clear();
    const QHash<QString, QPoint> positions = diagram::layOut(definition);
    for (const Activity &a : definition.activities) {
        auto *item = new ActivityItem(a);
        item->setPos(positions.value(a.name));
        item->setFlag(QGraphicsItem::ItemIsMovable, m_editable);
        addItem(item);
        m_activities.insert(a.name, item);
    }
    const auto loops = diagram::backEdges(definition);
    for (const Activity &a : definition.activities)
        for (const Transition &t : a.transitions)
            if (ActivityItem *to = m_activities.value(t.target)) {
                auto *item = new TransitionItem(m_activities.value(a.name), to, t, loops.contains({a.name, t.name}));
                addItem(item);
                m_transitions << item;
            }
    for (const QString &name : selected)
        if (ActivityItem *item = m_activities.value(name))
            item->setSelected(true);
    updateSceneRect();
}

void DiagramScene::updateSceneRect()
{
    setSceneRect(itemsBoundingRect().adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
}

void DiagramScene::setExecution(const ExecutionSnapshot &execution)
{
    for (ActivityItem *item : std::as_const(m_activities))
        item->setStatus(execution.statuses.value(item->name(), ActivityStatus::None));
    for (TransitionItem *item : std::as_const(m_transitions))
        item->setCount(execution.runId ? std::optional<int>(execution.transitionCounts.value(
                           ExecutionSnapshot::transitionKey(item->sourceName(), item->transitionName())))
                                       : std::nullopt);
}

void DiagramScene::setEditable(bool editable)
{
    m_editable = editable;
    for (ActivityItem *item : std::as_const(m_activities))
        item->setFlag(QGraphicsItem::ItemIsMovable, editable);
}

QStringList DiagramScene::selectedActivities() const
{
    QStringList names;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == ActivityItem::Type)
            names << static_cast<ActivityItem *>(item)->name();
    names.sort();
    return names;
}

QList<std::pair<QString, QString>> DiagramScene::selectedTransitions() const
{
    QList<std::pair<QString, QString>> transitions;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == TransitionItem::Type) {
            const auto *t = static_cast<TransitionItem *>(item);
            transitions << std::pair(t->sourceName(), t->transitionName());
        }
    return transitions;
}

void DiagramScene::selectActivity(const QString &name)
{
    clearSelection();
    if (ActivityItem *item = m_activities.value(name))
        item->setSelected(true);
}

QPoint DiagramScene::freeSpot(QPointF near) const
{
    QPoint spot(int(std::round(near.x() / 10) * 10), int(std::round(near.y() / 10) * 10));
    const auto taken = [this](QPoint p) {
        for (const ActivityItem *item : m_activities)
            if (std::abs(item->pos().x() - p.x()) < diagram::ColumnWidth * 0.6
                && std::abs(item->pos().y() - p.y()) < diagram::RowHeight * 0.8)
                return true;
        return false;
    };
    for (int step = 0; step < 200 && taken(spot); ++step) // down the column, then the next column
        spot += step % 4 == 3 ? QPoint(diagram::ColumnWidth, -3 * diagram::RowHeight) : QPoint(0, diagram::RowHeight);
    return spot;
}

ActivityItem *DiagramScene::activityAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : items(scenePos))
        if (item->type() == ActivityItem::Type)
            return static_cast<ActivityItem *>(item);
    return nullptr;
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_mode == Mode::Connect && m_editable && event->button() == Qt::LeftButton) {
        m_connectFrom = activityAt(event->scenePos());
        if (m_connectFrom) {
            m_rubberLine = addLine(QLineF(m_connectFrom->pos(), event->scenePos()),
                                   QPen(QColor(0x1e, 0x88, 0xe5), 1.5, Qt::DashLine));
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    for (ActivityItem *item : std::as_const(m_activities))
        if (item->isSelected())
            m_pressPositions.insert(item->name(), item->pos());
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_rubberLine) {
        m_rubberLine->setLine(QLineF(m_connectFrom->pos(), event->scenePos()));
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_rubberLine) {
        delete m_rubberLine;
        m_rubberLine = nullptr;
        ActivityItem *to = activityAt(event->scenePos());
        const QString from = m_connectFrom->name();
        m_connectFrom = nullptr;
        if (to && to->name() != from)
            Q_EMIT connectRequested(from, to->name());
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    QList<std::pair<QString, QPoint>> moves;
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it)
        if (ActivityItem *item = m_activities.value(it.key()); item && item->pos() != it.value())
            moves << std::pair(it.key(), item->pos().toPoint());
    m_pressPositions.clear();
    if (!moves.isEmpty())
        Q_EMIT activitiesMoved(moves); // may rebuild the scene: nothing may touch the items after this
}

void DiagramScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(m_editable && activityTypeFromMime(event->mimeData()));
    if (event->isAccepted())
        event->setDropAction(Qt::CopyAction);
}

void DiagramScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    dragEnterEvent(event);
}

void DiagramScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const auto type = activityTypeFromMime(event->mimeData());
    if (!m_editable || !type) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT activityDropped(*type, event->scenePos()); // rebuilds the scene
}

void DiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (ActivityItem *item = activityAt(event->scenePos())) {
        Q_EMIT activityActivated(item->name());
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void PaletteDragSource::add(QToolButton *button, ActivityType type)
{
    m_types.insert(button, type);
    button->installEventFilter(this);
    connect(button, &QObject::destroyed, this, [this](QObject *gone) { m_types.remove(gone); });
}

bool PaletteDragSource::eventFilter(QObject *watched, QEvent *event)
{
    auto *button = qobject_cast<QToolButton *>(watched);
    if (!button || !m_types.contains(watched))
        return false;
    if (event->type() == QEvent::MouseButtonPress) {
        const auto *press = static_cast<QMouseEvent *>(event);
        if (press->button() == Qt::LeftButton)
            m_pressedAt = press->position().toPoint();
    } else if (event->type() == QEvent::MouseMove) {
        const auto *move = static_cast<QMouseEvent *>(event);
        if (!move->buttons().testFlag(Qt::LeftButton) || !button->isEnabled()
            || (move->position().toPoint() - m_pressedAt).manhattanLength() < QApplication::startDragDistance())
            return false;
        button->setDown(false); // the drag takes the release: no click follows
        auto *drag = new QDrag(button);
        drag->setMimeData(activityMimeData(m_types.value(watched)));
        drag->setPixmap(glyph::icon(m_types.value(watched)).pixmap(32, 32));
        drag->setHotSpot(QPoint(16, 16));
        drag->exec(Qt::CopyAction);
        return true;
    }
    return false;
}

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setFrameShape(QFrame::NoFrame);
}

void DiagramView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, 0.2, 3.0);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    setTransform(QTransform::fromScale(zoom, zoom));
    Q_EMIT zoomChanged(zoom);
}

void DiagramView::fit()
{
    const QRectF content = m_scene->sceneRect();
    if (content.isEmpty())
        return;
    // The room without scroll bars: at the fitted zoom there are none.
    const QRectF room = QRectF(QPointF(0, 0), maximumViewportSize()).adjusted(2, 2, -2, -2);
    // A small workflow is not blown up past a comfortable size.
    setZoom(std::min({room.width() / content.width(), room.height() / content.height(), 1.25}));
    centerOn(content.center());
}

void DiagramView::centreOnActivity(const QString &name)
{
    if (ActivityItem *item = m_scene->activityItem(name))
        centerOn(item);
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers().testFlag(Qt::ControlModifier)) {
        setZoom(m_zoom * std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_F:
        if (event->modifiers() == Qt::NoModifier) {
            fit();
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

} // namespace nightshift
