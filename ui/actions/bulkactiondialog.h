#pragma once

#include "commandpreview.h"
#include "engine/commandqueue.h"
#include "store/instance.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace nightshift {

class CommandRunner;

// A command on several workflows: first a preview (each workflow, what will happen to it, or why it will be
// refused), then, once confirmed, per-workflow progress and results. Refused workflows are not sent.
class BulkActionDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { Workflow, Effect, Result, ColumnCount };

    BulkActionDialog(std::shared_ptr<Instance> instance, const Principal &who, WorkflowCommand command,
                     const QList<WorkflowRecord> &workflows, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *runButton() const { return m_run; }
    QProgressBar *progress() const { return m_progress; }
    int allowedCount() const { return int(m_requests.size()); }
    bool isDone() const { return m_done; }

Q_SIGNALS:
    void commandsSent(int queued); // once every command was sent

private:
    void run();
    void outcomeReceived(int index, bool queued, const QString &text);

    std::shared_ptr<Instance> m_instance;
    qint64 m_operatorId;
    WorkflowCommand m_command;
    QList<CommandRequest> m_requests; // the allowed workflows only
    QList<int> m_rows; // the list's row of each request
    CommandRunner *m_runner;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_run;
    bool m_done = false;
};

} // namespace nightshift
