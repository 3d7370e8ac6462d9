#include "workflowlistmodel.h"

#include "common/icons.h"

#include <QCoreApplication>
#include <QFont>

using namespace Qt::StringLiterals;

namespace nightshift {

WorkflowListModel::WorkflowListModel(QObject *parent) : QAbstractTableModel(parent)
{
    icons::initResources();
}

void WorkflowListModel::setSnapshot(const InstanceSnapshot &snapshot)
{
    beginResetModel();
    m_workflows = snapshot.workflows;
    m_triggers = snapshot.triggers;
    endResetModel();
}

int WorkflowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workflows.size());
}

int WorkflowListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkflowListModel::stateText(const WorkflowRecord &w) const
{
    const QString state = QCoreApplication::translate("nightshift::WorkflowState", workflowStateLabel(w.state));
    return w.failed ? tr("%1, failed").arg(state) : state;
}

QVariant WorkflowListModel::text(const WorkflowRecord &w, Column column, int role) const
{
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
        if (role == SortRole)
            return int(w.severity);
        return w.severity == nightshift::Severity::Normal    ? tr("Normal")
            : w.severity == nightshift::Severity::Production ? tr("Production")
                                                             : tr("Critical");
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
        return {};
    case Qt::DecorationRole:
        if (column == State)
            return icons::forState(w.state, w.failed);
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
    case Trigger:
        return tr("Trigger");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace nightshift
