#include "workflowlistmodel.h"

#include <QCoreApplication>
#include <QFont>

using namespace Qt::StringLiterals;

namespace nightshift {

WorkflowListModel::WorkflowListModel(QObject *parent) : QAbstractTableModel(parent)
{
    for (const QString &name : {u"started"_s, u"paused"_s, u"failed"_s, u"finished"_s, u"edited"_s})
        m_icons.insert(name, QIcon(u":/icons/state-%1.svg"_s.arg(name == u"started"_s ? u"running"_s : name)));
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

QIcon WorkflowListModel::stateIcon(const WorkflowRecord &w) const
{
    if (w.failed)
        return m_icons.value(u"failed"_s);
    switch (w.state) {
    case WorkflowState::Started:
    case WorkflowState::StartPending:
        return m_icons.value(u"started"_s);
    case WorkflowState::Paused:
    case WorkflowState::PauseRequested:
        return m_icons.value(u"paused"_s);
    case WorkflowState::Finished:
    case WorkflowState::StopRequested:
        return m_icons.value(u"finished"_s);
    case WorkflowState::Edited:
    case WorkflowState::RestartRequested:
        break;
    }
    return m_icons.value(u"edited"_s);
}

QVariant WorkflowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const WorkflowRecord &w = m_workflows.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(index.column())) {
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
            return w.severity == nightshift::Severity::Normal       ? tr("Normal")
                 : w.severity == nightshift::Severity::Production ? tr("Production")
                                                                  : tr("Critical");
        case Trigger:
            return m_triggers.value(w.id);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DecorationRole && index.column() == State)
        return stateIcon(w);
    if (role == Qt::FontRole && w.severity != nightshift::Severity::Normal) { // production in bold, as in Campaign
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == FolderIdRole)
        return w.folderId;
    return {};
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

void WorkflowFilter::setFolders(const QSet<qint64> &folderIds)
{
    m_folders = folderIds;
    invalidateFilter();
}

void WorkflowFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool WorkflowFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!m_folders.contains(source->index(sourceRow, 0, sourceParent).data(WorkflowListModel::FolderIdRole).toLongLong()))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {WorkflowListModel::Label, WorkflowListModel::InternalName, WorkflowListModel::Package})
        if (source->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace nightshift
