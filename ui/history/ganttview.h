#pragma once

#include "historydata.h"

#include <QGraphicsView>

namespace nightshift {

// The tasks of one run on a time line: one row per activity execution, a bar from its start to its end coloured
// by its state, the activity's name on the left and the run's clock times above.
class GanttView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GanttView(QWidget *parent = nullptr);

    void setRows(const QList<GanttRow> &rows);
    void setMessage(const QString &message); // instead of bars: nothing selected, no tasks, an error
    const QList<GanttRow> &rows() const { return m_rows; }

    static QColor stateColor(const QString &state);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void redraw();

    QList<GanttRow> m_rows;
    QString m_message;
};

} // namespace nightshift
