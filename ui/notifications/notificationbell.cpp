#include "notificationbell.h"

#include "notificationdata.h"
#include "notificationmodel.h"

#include "common/background.h"
#include "common/icons.h"
#include "common/messagebar.h"
#include "common/recordtable.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nightshift {

NotificationBell::NotificationBell(QWidget *parent) : QToolButton(parent), m_model(new NotificationModel(this))
{
    icons::initResources();
    setObjectName(u"notificationBell"_s);
    setIcon(icons::named(u"bell"_s));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::TabFocus);
    connect(this, &QToolButton::clicked, this, &NotificationBell::showPanel);
    buildPanel();
    updateBell();
    hide(); // until someone logs in
}

NotificationBell::~NotificationBell() = default;

void NotificationBell::buildPanel()
{
    m_panel = new QDialog(this); // a window of its own, closed with the bell
    m_panel->setObjectName(u"notificationPanel"_s);
    m_panel->setWindowTitle(tr("Notifications"));
    m_panel->resize(860, 420);
    m_messages = new MessageBar;
    m_table = newRecordTable(m_model, u"notificationTable"_s);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(NotificationModel::Notification, QHeaderView::Stretch);
    auto *hint = new QLabel(tr("Notifications sent to your groups and to you: alerts of workflows, and paused "
                               "workflows (cleanupPausedWorkflows). Acknowledging one records who and when."));
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_open = buttons->addButton(tr("&Open the workflow"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(u"openWorkflow"_s);
    m_acknowledge = buttons->addButton(tr("&Acknowledge"), QDialogButtonBox::ActionRole);
    m_acknowledge->setObjectName(u"acknowledge"_s);
    m_acknowledgeAll = buttons->addButton(tr("Acknowledge a&ll"), QDialogButtonBox::ActionRole);
    m_acknowledgeAll->setObjectName(u"acknowledgeAll"_s);
    auto *layout = new QVBoxLayout(m_panel);
    layout->addWidget(m_messages);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, m_panel, &QDialog::hide);
    connect(m_open, &QPushButton::clicked, this, &NotificationBell::openSelected);
    connect(m_table, &QTableView::activated, this, &NotificationBell::openSelected);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] { acknowledge(selectedIds(true)); });
    connect(m_acknowledgeAll, &QPushButton::clicked, this, [this] { acknowledge(m_model->unreadIds()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NotificationBell::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotificationBell::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NotificationBell::updateButtons);
    updateButtons();
}

void NotificationBell::setSession(std::shared_ptr<Instance> instance, const Principal &principal)
{
    m_instance = std::move(instance);
    m_operatorId = principal.operatorId;
    ++m_session;
    m_busy = m_again = false;
    m_model->setList({});
    setVisible(m_instance != nullptr);
    refresh();
}

int NotificationBell::unreadCount() const
{
    return m_model->unreadCount();
}

void NotificationBell::refresh()
{
    if (!m_instance)
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    runInBackground<Result<NotificationList>>(
        this, [instance = m_instance, who = m_operatorId] { return readNotifications(*instance, who); },
        [this, session = m_session](const Result<NotificationList> &list) {
            if (session != m_session)
                return; // another session's; its own read is under way
            m_busy = false;
            if (list) {
                m_model->setList(*list);
                showProblem({});
            } else {
                showProblem(tr("Cannot read the notifications: %1").arg(list.error().message));
            }
            updateBell();
            if (std::exchange(m_again, false))
                refresh();
            else
                Q_EMIT refreshed();
        });
}

void NotificationBell::showProblem(const QString &message)
{
    m_messages->showError(message);
    if (!message.isEmpty())
        Q_EMIT failed(message);
}

void NotificationBell::updateBell()
{
    const int unread = m_model->unreadCount();
    setText(unread > 0 ? QString::number(unread) : QString());
    QFont f = font();
    f.setBold(unread > 0);
    setFont(f);
    setToolTip(unread > 0 ? tr("%n unread notification(s): click to read them", nullptr, unread)
                          : tr("No unread notification"));
    setAccessibleName(toolTip());
}

void NotificationBell::showPanel()
{
    refresh();
    m_panel->show();
    m_panel->raise();
    m_panel->activateWindow();
    m_table->setFocus(Qt::OtherFocusReason);
}

QList<qint64> NotificationBell::selectedIds(bool unreadOnly) const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        if (!unreadOnly || row.data(NotificationModel::UnreadRole).toBool())
            ids << row.data(NotificationModel::IdRole).toLongLong();
    return ids;
}

void NotificationBell::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_open->setEnabled(rows.size() == 1 && rows.first().data(NotificationModel::WorkflowIdRole).toLongLong() > 0);
    m_acknowledge->setEnabled(!selectedIds(true).isEmpty());
    m_acknowledgeAll->setEnabled(m_model->unreadCount() > 0);
}

void NotificationBell::openSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 workflow = current.isValid() ? current.data(NotificationModel::WorkflowIdRole).toLongLong() : 0;
    if (workflow > 0)
        Q_EMIT workflowOpenRequested(workflow);
}

void NotificationBell::acknowledge(const QList<qint64> &ids)
{
    if (!m_instance || ids.isEmpty())
        return;
    runInBackground<Result<int>>(
        this,
        [instance = m_instance, who = m_operatorId, ids] { return acknowledgeNotifications(*instance, who, ids); },
        [this, session = m_session](const Result<int> &count) {
            if (session != m_session)
                return;
            if (!count) {
                showProblem(tr("Cannot acknowledge: %1").arg(count.error().message));
                return;
            }
            Q_EMIT acknowledged(*count);
            refresh();
        });
}

} // namespace nightshift
