#include "workflowwindows.h"

#include "workflowwindow.h"

#include "history/historyview.h"
#include "journal/journalview.h"

namespace nightshift {

WorkflowWindows::WorkflowWindows(QObject *parent) : QObject(parent) { }

WorkflowWindows::~WorkflowWindows() = default;

WorkflowWindow *WorkflowWindows::window(qint64 workflowId) const
{
    for (const QPointer<WorkflowWindow> &window : m_windows)
        if (window && window->workflowId() == workflowId)
            return window;
    return nullptr;
}

WorkflowWindow *WorkflowWindows::open(const std::shared_ptr<Instance> &instance, const Principal &principal,
                                      qint64 workflowId)
{
    if (WorkflowWindow *existing = window(workflowId)) {
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    m_windows.removeAll(nullptr); // closed windows delete themselves
    auto *window = new WorkflowWindow(instance, principal, workflowId);
    window->addTab(new JournalView(instance, workflowId), WorkflowWindow::tr("Journal"));
    window->addTab(new HistoryView(instance, workflowId), WorkflowWindow::tr("History"));
    m_windows.append(window);
    window->show();
    return window;
}

void WorkflowWindows::refreshExecution()
{
    for (const QPointer<WorkflowWindow> &window : m_windows)
        if (window)
            window->refreshExecution();
}

bool WorkflowWindows::closeAll()
{
    bool all = true;
    for (const QPointer<WorkflowWindow> &window : m_windows)
        if (window && !window->close())
            all = false;
    return all;
}

} // namespace nightshift
