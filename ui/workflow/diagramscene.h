#pragma once

#include "workflowdata.h"

#include <QGraphicsScene>
#include <QGraphicsView>

#include <optional>

class QGraphicsLineItem;
class QMimeData;
class QToolButton;

namespace nightshift {

class ActivityItem;
class TransitionItem;

// The palette's drags carry the activity type's element name ("job", "andJoin") under this MIME type.
QString activityMimeType();
QMimeData *activityMimeData(ActivityType type); // new, for a QDrag
std::optional<ActivityType> activityTypeFromMime(const QMimeData *mime); // nullopt: not an activity drag

// The diagram of a definition: one ActivityItem per activity, one TransitionItem per transition. Edits are not
// made here: the scene reports what the operator did (moved, connected, double-clicked) and the window turns it
// into an undoable change of the document, which then rebuilds the scene.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT
public:
    enum class Mode { Select, Connect };

    explicit DiagramScene(QObject *parent = nullptr);

    void setDefinition(const WorkflowDefinition &definition); // keeps the selection by name
    void setExecution(const ExecutionSnapshot &execution);
    void setEditable(bool editable);
    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }

    ActivityItem *activityItem(const QString &name) const { return m_activities.value(name); }
    QList<ActivityItem *> activityItems() const { return m_activities.values(); }
    const QList<TransitionItem *> &transitionItems() const { return m_transitions; }
    QStringList selectedActivities() const;
    QList<std::pair<QString, QString>> selectedTransitions() const; // (activity, transition name)
    void selectActivity(const QString &name);
    QPoint freeSpot(QPointF near) const; // a grid point near `near` with no activity on it

Q_SIGNALS:
    void activitiesMoved(const QList<std::pair<QString, QPoint>> &moves);
    void connectRequested(const QString &from, const QString &to);
    void activityActivated(const QString &name);
    void activityDropped(nightshift::ActivityType type, QPointF scenePos); // dragged from the palette

protected:
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    ActivityItem *activityAt(QPointF scenePos) const;
    void updateSceneRect();

    Mode m_mode = Mode::Select;
    bool m_editable = false;
    QHash<QString, ActivityItem *> m_activities;
    QList<TransitionItem *> m_transitions;
    QHash<QString, QPointF> m_pressPositions; // where the selected activities were when a drag began
    ActivityItem *m_connectFrom = nullptr;
    QGraphicsLineItem *m_rubberLine = nullptr;
};

// Makes palette buttons draggable onto a diagram (a drag starts past the platform's drag distance); a click
// still triggers the button's action.
class PaletteDragSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void add(QToolButton *button, ActivityType type);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QHash<QObject *, ActivityType> m_types;
    QPoint m_pressedAt;
};

// The view of a diagram: zoom with Ctrl+wheel, + and -, fit with F; remembers nothing.
class DiagramView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);

    void zoomIn() { setZoom(m_zoom * 1.25); }
    void zoomOut() { setZoom(m_zoom / 1.25); }
    void fit();
    void setZoom(qreal zoom);
    qreal zoom() const { return m_zoom; }
    void centreOnActivity(const QString &name);

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    DiagramScene *m_scene;
    qreal m_zoom = 1;
};

} // namespace nightshift
