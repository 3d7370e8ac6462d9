#pragma once

#include "core/rights.h"
#include "store/instance.h"

#include <QToolButton>

#include <memory>

class QDialog;
class QPushButton;
class QTableView;

namespace nightshift {

class MessageBar;
class NotificationModel;

// The status bar's bell (SPEC §7): how many notifications addressed to the operator (its groups, itself) are
// unread; a click opens the list, where a notification opens its workflow or is acknowledged. refresh() is
// called on the console's live updates; it reads on a worker, one read at a time (a request during a read is
// served once it ends), so a burst of updates costs two reads at most.
class NotificationBell : public QToolButton
{
    Q_OBJECT
public:
    explicit NotificationBell(QWidget *parent = nullptr);
    ~NotificationBell() override;

    void setSession(std::shared_ptr<Instance> instance, const Principal &principal);
    NotificationModel *model() const { return m_model; }
    QDialog *panel() const { return m_panel; }
    int unreadCount() const;

public Q_SLOTS:
    void refresh();
    void showPanel();
    void acknowledge(const QList<qint64> &ids); // then refreshes; see acknowledged()

Q_SIGNALS:
    void workflowOpenRequested(qint64 workflowId);
    void refreshed();
    void acknowledged(int count);
    void failed(const QString &message);

private:
    void buildPanel();
    void updateBell();
    void updateButtons();
    QList<qint64> selectedIds(bool unreadOnly) const;
    void openSelected();
    void showProblem(const QString &message);

    std::shared_ptr<Instance> m_instance;
    qint64 m_operatorId = 0;
    quint64 m_session = 0; // a result of another session is dropped
    bool m_busy = false, m_again = false;
    NotificationModel *m_model;
    QDialog *m_panel = nullptr;
    QTableView *m_table = nullptr;
    MessageBar *m_messages = nullptr;
    QPushButton *m_open = nullptr, *m_acknowledge = nullptr, *m_acknowledgeAll = nullptr;
};

} // namespace nightshift
