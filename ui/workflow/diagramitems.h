#pragma once

#include "workflowdata.h"

#include "core/workflowdefinition.h"

#include <QGraphicsItem>

#include <optional>

namespace nightshift {

class TransitionItem;

// The colour of an execution status on the diagram and in its legend, and its name.
QColor statusColour(ActivityStatus status);
QString statusLabel(ActivityStatus status);

// One activity: a tile with the picture of its type and its execution colour, its label underneath. Its
// position is the centre of the tile.
class ActivityItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    static constexpr qreal TileSize = 60;
    static constexpr qreal LabelWidth = 150;

    explicit ActivityItem(const Activity &activity);

    QString name() const { return m_activity.name; }
    const Activity &activity() const { return m_activity; }
    void setStatus(ActivityStatus status);
    ActivityStatus status() const { return m_status; }
    void addTransition(TransitionItem *transition) { m_transitions << transition; }
    QRectF tileRect() const { return {-TileSize / 2, -TileSize / 2, TileSize, TileSize}; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    Activity m_activity;
    ActivityStatus m_status = ActivityStatus::None;
    QList<TransitionItem *> m_transitions;
};

// One transition: an arrow from the right of its activity to the left of the next one (an arc over the
// activities when it closes a loop), with its label and, once the workflow ran, how many times the latest run
// took it.
class TransitionItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    TransitionItem(ActivityItem *from, ActivityItem *to, const Transition &transition, bool closesLoop);

    QString sourceName() const { return m_from->name(); }
    QString targetName() const { return m_to->name(); }
    QString transitionName() const { return m_transition.name; }
    void setCount(std::optional<int> count);
    std::optional<int> count() const { return m_count; }
    QString countText() const { return m_count ? QString::number(*m_count) : QString(); }
    void adjust(); // after an activity moved

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF countRect() const;
    QRectF labelRect() const;

    ActivityItem *m_from, *m_to;
    Transition m_transition;
    bool m_closesLoop;
    std::optional<int> m_count;
    QPainterPath m_path;
    QPolygonF m_head;
};

} // namespace nightshift
