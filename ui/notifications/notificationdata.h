#pragma once

#include "core/rights.h"
#include "store/instance.h"

#include <QList>

namespace nightshift {

// The notifications of SPEC §7 and of alert activities (`notifications`, schema 5): each row is addressed to an
// operator group by name, or to one operator as "operator:<login>" (cleanupPausedWorkflows). An operator sees
// those of its groups and its own; acknowledging one records who and when, for everyone it was addressed to.
// Every function opens the calling thread's connection: call them on a worker.

struct NotificationRow
{
    qint64 id = 0;
    qint64 workflowId = 0; // 0: the workflow was deleted since
    QString workflowName, workflowLabel;
    QString recipient; // the group's name, or "operator:<login>"
    int level = 0; // a JournalLevel
    QString subject, message;
    qint64 createdAt = 0;
    qint64 acknowledgedAt = 0; // 0: unread
    QString acknowledgedBy;

    bool isUnread() const { return acknowledgedAt == 0; }
    bool operator==(const NotificationRow &) const = default;
};

struct NotificationList
{
    QList<NotificationRow> rows; // newest first: every unread one, then the latest acknowledged ones
    int unread = 0;
};

// What an operator's notifications are addressed to: its groups (as the database says now) and itself.
QStringList notificationRecipients(const Principal &who);

// The operator is read afresh, so a group left since stops its notifications at the next read.
Result<NotificationList> readNotifications(Instance &instance, qint64 operatorId, int acknowledgedLimit = 200);

// Marks `ids` acknowledged by the operator, now; only unread ones addressed to it change. Returns how many did.
Result<int> acknowledgeNotifications(Instance &instance, qint64 operatorId, const QList<qint64> &ids);

} // namespace nightshift
