#pragma once

#include "notificationdata.h"

#include <QAbstractTableModel>

namespace nightshift {

// The operator's notifications, newest first: unread ones in bold. A new list with the same rows in the same
// order changes them in place, so the selection and scroll position stay across live refreshes.
class NotificationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Workflow, Notification, Acknowledged, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int WorkflowIdRole = Qt::UserRole + 2;
    static constexpr int UnreadRole = Qt::UserRole + 3;

    explicit NotificationModel(QObject *parent = nullptr);

    void setList(const NotificationList &list);
    const NotificationList &list() const { return m_list; }
    int unreadCount() const { return m_list.unread; }
    QList<qint64> unreadIds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    NotificationList m_list;
};

} // namespace nightshift
