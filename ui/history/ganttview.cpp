#include "ganttview.h"

#include "common/formatting.h"
#include "core/executionstatus.h"
#include "runsmodel.h"

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

constexpr int RowHeight = 24;
constexpr int BarHeight = 14;
constexpr int AxisHeight = 26;
constexpr int Margin = 12;
constexpr int Ticks = 6;

} // namespace

GanttView::GanttView(QWidget *parent) : QGraphicsView(parent)
{
    setObjectName(u"gantt"_s);
    setScene(new QGraphicsScene(this));
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setRenderHint(QPainter::Antialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the time line always fits the width
    setBackgroundBrush(palette().base());
    m_message = tr("Select a run to see its tasks on a time line.");
    redraw();
}

QColor GanttView::stateColor(const QString &state)
{
    switch (taskStateFromName(state).value_or(TaskState::Done)) {
    case TaskState::Done:
        return {0x3f, 0x9b, 0x5a};
    case TaskState::Failed:
    case TaskState::Suspended:
        return {0xd0, 0x3b, 0x3b};
    case TaskState::Running:
    case TaskState::Ready:
        return {0x2f, 0x7e, 0xd8};
    case TaskState::Waiting:
    case TaskState::Armed:
        return {0xe0, 0xa1, 0x2b};
    case TaskState::Cancelled:
    case TaskState::Skipped:
        break;
    }
    return {0x9a, 0x9a, 0x9a};
}

void GanttView::setRows(const QList<GanttRow> &rows)
{
    m_rows = rows;
    m_message = rows.isEmpty() ? tr("This run has no tasks.") : QString();
    redraw();
}

void GanttView::setMessage(const QString &message)
{
    m_rows.clear();
    m_message = message;
    redraw();
}

void GanttView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    redraw();
}

void GanttView::redraw()
{
    QGraphicsScene *s = scene();
    s->clear();
    const int width = std::max(viewport()->width(), 300);
    const QColor text = palette().color(QPalette::Text);
    const QColor faint = palette().color(QPalette::Mid);
    if (!m_message.isEmpty()) {
        auto *item = s->addSimpleText(m_message);
        item->setBrush(palette().color(QPalette::PlaceholderText));
        item->setPos(Margin, Margin);
        s->setSceneRect(0, 0, width, viewport()->height());
        return;
    }

    // The label column fits the longest activity name, within reason.
    const QFontMetrics metrics(font());
    int labelWidth = 80;
    for (const GanttRow &row : m_rows)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(row.activity) + 16);
    labelWidth = std::min(labelWidth, width / 3);
    const qint64 first = std::min_element(m_rows.cbegin(), m_rows.cend(), [](auto &a, auto &b) {
                             return a.start < b.start;
                         })->start;
    qint64 last = first;
    for (const GanttRow &row : m_rows)
        last = std::max(last, row.end);
    const qint64 span = std::max<qint64>(last - first, 1);
    const double left = labelWidth + Margin, plot = width - left - Margin;
    const auto x = [&](qint64 t) { return left + plot * double(t - first) / double(span); };
    const double bottom = AxisHeight + RowHeight * double(m_rows.size());

    // Time axis: clock times in the operator's zone, or offsets when the run lasted under a few seconds.
    for (int i = 0; i <= Ticks; ++i) {
        const qint64 t = first + span * i / Ticks;
        const double tx = x(t);
        s->addLine(tx, AxisHeight - 4, tx, bottom, QPen(faint, 0, Qt::DotLine));
        const QString label = span < 10'000 ? durationText(t - first)
                                            : QDateTime::fromMSecsSinceEpoch(t, QTimeZone::systemTimeZone())
                                                  .toString(span < 86'400'000 ? u"HH:mm:ss"_s : u"MM-dd HH:mm"_s);
        auto *tick = s->addSimpleText(label);
        tick->setBrush(text);
        const double w = tick->boundingRect().width();
        tick->setPos(std::clamp(tx - w / 2, left - w / 2, double(width) - w - 2), 4);
    }

    for (int i = 0; i < m_rows.size(); ++i) {
        const GanttRow &row = m_rows.at(i);
        const double top = AxisHeight + RowHeight * i;
        if (i % 2)
            s->addRect(0, top, width, RowHeight, Qt::NoPen, palette().alternateBase())->setZValue(-1);
        auto *label = s->addSimpleText(metrics.elidedText(row.activity, Qt::ElideRight, labelWidth - 8));
        label->setBrush(text);
        label->setPos(Margin, top + (RowHeight - metrics.height()) / 2.0);
        const double x0 = x(row.start), x1 = std::max(x(row.end), x0 + 3); // an instant stays visible
        const QColor color = stateColor(row.state);
        auto *bar = s->addRect(x0, top + (RowHeight - BarHeight) / 2.0, x1 - x0, BarHeight, QPen(color.darker(120), 0),
                               color);
        bar->setToolTip(tr("%1 (task %2, attempt %3): %4, %5")
                            .arg(row.activity)
                            .arg(row.taskId)
                            .arg(row.attempt)
                            .arg(row.state, durationText(row.end - row.start)));
    }
    s->setSceneRect(0, 0, width, bottom + Margin);
}

} // namespace nightshift
