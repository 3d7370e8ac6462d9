#include "workflowlistmodel.h"

#include "common/icons.h"
#include "core/executionstatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

QString dateTimeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QString time = QLocale().toString(at.time(), QLocale::ShortFormat);
    if (at.date() == QDate::currentDate())
        return time;
    return QLocale().toString(at.date(), QLocale::ShortFormat) + u' ' + time;
}

// 45 s, 3 min 20 s, 2 h 05 min: short enough for a column.
QString durationText(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return WorkflowListModel::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return WorkflowListModel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    return WorkflowListModel::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QChar(u'0'));
}

QString runStatusText(const QString &name)
{
    const auto status = runStatusFromName(name);
    return status ? QCoreApplication::translate("nightshift::RunStatus", runStatusLabel(*status)) : name;
}

} // namespace

WorkflowListModel::WorkflowListModel(QObject *parent) : QAbstractTableModel(parent)
{
    icons::initResources();
}

void WorkflowListModel::setSnapshot(const InstanceSnapshot &snapshot, const LiveStatus &status)
{
    const bool sameRows = snapshot.workflows.size() == m_workflows.size() && !m_workflows.isEmpty()
        && std::equal(m_workflows.cbegin(), m_workflows.cend(), snapshot.workflows.cbegin(),
                      [](const WorkflowRecord &a, const WorkflowRecord &b) { return a.id == b.id; });
    if (!sameRows)
        beginResetModel();
    m_workflows = snapshot.workflows;
    m_triggers = snapshot.triggers;
    m_times = status.times;
    if (!sameRows)
        endResetModel();
    else
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int WorkflowListModel::rowOf(qint64 workflowId) const
{
    for (int row = 0; row < m_workflows.size(); ++row)
        if (m_workflows.at(row).id == workflowId)
            return row;
    return -1;
}

int WorkflowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workflows.size());
}

int WorkflowListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkflowListModel::stateText(const WorkflowRecord &w)
{
    const QString state = QCoreApplication::translate("nightshift::WorkflowState", workflowStateLabel(w.state));
    return w.failed ? tr("%1, failed").arg(state) : state;
}

QString WorkflowListModel::severityText(nightshift::Severity severity)
{
    return severity == nightshift::Severity::Normal   ? tr("Normal")
        : severity == nightshift::Severity::Production ? tr("Production")
                                                       : tr("Critical");
}

qint64 WorkflowListModel::duration(const WorkflowTimes &t) const
{
    if (t.lastStart <= 0)
        return -1;
    if (t.lastEnd >= t.lastStart)
        return t.lastEnd - t.lastStart;
    return std::max<qint64>(0, (m_now ? m_now : QDateTime::currentMSecsSinceEpoch()) - t.lastStart); // going on
}

QVariant WorkflowListModel::text(const WorkflowRecord &w, Column column, int role) const
{
    const WorkflowTimes times = m_times.value(w.id);
    const bool sorting = role == SortRole;
    switch (column) {
    case Label:
        return w.label;
    case InternalName:
        return w.internalName;
    case Package:
        return w.packageId;
    case State:
        return stateText(w);
    case Severity:
        return sorting ? QVariant(int(w.severity)) : QVariant(severityText(w.severity));
    case LastStart:
        return sorting ? QVariant(times.lastStart) : QVariant(dateTimeText(times.lastStart));
    case LastDuration:
        return sorting ? QVariant(duration(times)) : QVariant(durationText(duration(times)));
    case NextRun: // nothing planned sorts last
        return sorting ? QVariant(times.nextRun > 0 ? times.nextRun : std::numeric_limits<qint64>::max())
                       : QVariant(dateTimeText(times.nextRun));
    case LastStatus:
        if (times.lastStart > times.lastEnd)
            return QCoreApplication::translate("nightshift::RunStatus", runStatusLabel(RunStatus::Running));
        return runStatusText(times.lastStatus);
    case Trigger:
        return m_triggers.value(w.id);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WorkflowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const WorkflowRecord &w = m_workflows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return text(w, column, role);
    case Qt::ToolTipRole: // the long columns, when the operator made them narrow
        if (column == Label || column == Trigger || column == Package)
            return text(w, column, Qt::DisplayRole);
        if (column == LastStart || column == NextRun) {
            const qint64 at = column == LastStart ? m_times.value(w.id).lastStart : m_times.value(w.id).nextRun;
            return at > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(at).toLocalTime(), QLocale::LongFormat)
                          : QVariant();
        }
        return {};
    case Qt::DecorationRole:
        if (column == State)
            return icons::forState(w.state, w.failed);
        return {};
    case Qt::TextAlignmentRole:
        if (column == LastDuration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (w.severity != nightshift::Severity::Normal) { // production and critical in bold, as in Campaign
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case FolderIdRole:
        return w.folderId;
    case WorkflowIdRole:
        return w.id;
    default:
        return {};
    }
}

QVariant WorkflowListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Label:
        return tr("Label");
    case InternalName:
        return tr("Internal name");
    case Package:
        return tr("Package");
    case State:
        return tr("State");
    case Severity:
        return tr("Severity");
    case LastStart:
        return tr("Last start");
    case LastDuration:
        return tr("Duration");
    case NextRun:
        return tr("Next run");
    case LastStatus:
        return tr("Last status");
    case Trigger:
        return tr("Trigger");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace nightshift
