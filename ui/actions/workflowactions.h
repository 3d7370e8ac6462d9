#pragma once

#include "core/rights.h"
#include "core/workflowcommand.h"
#include "store/instance.h"
#include "store/workflowrepository.h"

#include <QObject>

class QAction;
class QWidget;

namespace nightshift {

class CommandRunner;

// The actions on the selected workflows (toolbar, menu, context menu, shortcuts, palette): each is enabled
// only when the operator may send it to one of them at least, else disabled with a tooltip naming the
// missing right. One workflow: the command is queued at once (off the GUI thread); several: a preview
// dialog first (BulkActionDialog).
class WorkflowActions : public QObject
{
    Q_OBJECT
public:
    explicit WorkflowActions(QWidget *window);

    QAction *action(WorkflowCommand command) const { return m_actions.value(command); }
    QAction *openAction() const { return m_open; }
    QList<QAction *> actions() const; // in menu order; null entries are separators
    static const QList<WorkflowCommand> &commands(); // those offered, in menu order

    void setSession(std::shared_ptr<Instance> instance, const std::optional<Principal> &principal);
    void setSelection(const QList<WorkflowRecord> &workflows);
    const QList<WorkflowRecord> &selection() const { return m_selection; }
    bool isBusy() const;

Q_SIGNALS:
    void openRequested(qint64 workflowId);
    void commandsQueued(); // the lists should show the transitional states
    void failed(const QString &message); // for the message bar
    void statusMessage(const QString &message); // for the status bar

private:
    void trigger(WorkflowCommand command);
    void update();
    void singleDone(const QString &workflow, bool queued, WorkflowState shown, const QString &message);

    QWidget *m_window;
    QMap<WorkflowCommand, QAction *> m_actions;
    QAction *m_open;
    CommandRunner *m_runner;
    std::shared_ptr<Instance> m_instance;
    std::optional<Principal> m_principal;
    QList<WorkflowRecord> m_selection;
    WorkflowCommand m_running = WorkflowCommand::Start; // the command m_runner sends
};

} // namespace nightshift
