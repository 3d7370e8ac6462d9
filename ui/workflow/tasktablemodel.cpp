#include "tasktablemodel.h"

#include "diagramitems.h"

#include "common/formatting.h"
#include "store/sqlsupport.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace nightshift {

TaskTableModel::TaskTableModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void TaskTableModel::setTasks(const QList<TaskRow> &tasks, const QHash<QString, QString> &activityLabels)
{
    beginResetModel();
    m_tasks = tasks;
    m_labels = activityLabels;
    endResetModel();
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaskTableModel::stateText(TaskState state)
{
    switch (state) {
    case TaskState::Ready:
        return tr("Ready");
    case TaskState::Running:
        return tr("Running");
    case TaskState::Waiting:
        return tr("Waiting");
    case TaskState::Armed:
        return tr("Armed");
    case TaskState::Suspended:
        return tr("Suspended");
    case TaskState::Done:
        return tr("Done");
    case TaskState::Failed:
        return tr("Failed");
    case TaskState::Cancelled:
        return tr("Cancelled");
    case TaskState::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString TaskTableModel::durationText(const TaskRow &task) const
{
    if (!task.startedAt)
        return {};
    const qint64 end = task.endedAt ? task.endedAt : (m_now ? m_now : nowMs());
    const qint64 ms = std::max<qint64>(0, end - task.startedAt);
    return nightshift::durationText(ms);
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskRow &t = m_tasks.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Activity: {
            const QString label = m_labels.value(t.activity);
            return label.isEmpty() || label == t.activity ? t.activity : u"%1 (%2)"_s.arg(label, t.activity);
        }
        case State:
            return stateText(t.state);
        case Started:
            return t.startedAt
                ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(t.startedAt).toLocalTime(), QLocale::ShortFormat)
                : QString();
        case Duration:
            return durationText(t);
        case Attempt:
            return t.attempt;
        case Progress:
            return t.progressTotal > 0
                ? tr("%1 of %2").arg(QLocale().toString(t.progressDone), QLocale().toString(t.progressTotal))
                : QString();
        case Error:
            return t.error;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        const ActivityStatus status = activityStatus(t, false);
        return status == ActivityStatus::None ? QVariant() : QVariant(statusColour(status));
    }
    if (role == Qt::ToolTipRole && index.column() == Error && !t.error.isEmpty())
        return t.error;
    if (role == Qt::TextAlignmentRole && index.column() == Attempt)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Activity:
        return tr("Activity");
    case State:
        return tr("State");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Attempt:
        return tr("Attempt");
    case Progress:
        return tr("Progress");
    case Error:
        return tr("Error");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace nightshift
