#include "notificationmodel.h"

#include "common/formatting.h"
#include "common/icons.h"
#include "core/executionstatus.h"

#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nightshift {

NotificationModel::NotificationModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void NotificationModel::setList(const NotificationList &list)
{
    const bool sameRows = std::ranges::equal(list.rows, m_list.rows, {}, &NotificationRow::id, &NotificationRow::id);
    if (!sameRows) {
        beginResetModel();
        m_list = list;
        endResetModel();
        return;
    }
    const bool changed = list.rows != m_list.rows;
    m_list = list;
    if (changed && !m_list.rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<qint64> NotificationModel::unreadIds() const
{
    QList<qint64> ids;
    for (const NotificationRow &n : m_list.rows)
        if (n.isUnread())
            ids << n.id;
    return ids;
}

int NotificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.rows.size());
}

int NotificationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NotificationRow &n = m_list.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            return localTimeText(n.createdAt);
        case Workflow:
            if (n.workflowId == 0)
                return tr("(deleted workflow)");
            return n.workflowLabel.isEmpty() ? n.workflowName : u"%1 (%2)"_s.arg(n.workflowLabel, n.workflowName);
        case Notification:
            return n.message.isEmpty() ? n.subject : u"%1 — %2"_s.arg(n.subject, n.message);
        case Acknowledged:
            return n.isUnread() ? tr("Unread") : tr("%1 by %2").arg(localTimeText(n.acknowledgedAt), n.acknowledgedBy);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Notification)
            return u"<b>%1</b><br>%2<br><i>%3</i>"_s.arg(n.subject.toHtmlEscaped(), n.message.toHtmlEscaped(),
                                                         tr("To: %1").arg(n.recipient).toHtmlEscaped());
        break;
    case Qt::DecorationRole:
        if (index.column() == Time)
            return icons::named(n.level >= int(JournalLevel::Error)         ? u"state-failed"_s
                                    : n.level >= int(JournalLevel::Warning) ? u"state-paused"_s
                                                                            : u"bell"_s);
        break;
    case Qt::FontRole:
        if (n.isUnread()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case IdRole:
        return n.id;
    case WorkflowIdRole:
        return n.workflowId;
    case UnreadRole:
        return n.isUnread();
    default:
        break;
    }
    return {};
}

QVariant NotificationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Workflow:
        return tr("Workflow");
    case Notification:
        return tr("Notification");
    case Acknowledged:
        return tr("Acknowledged");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace nightshift
