#pragma once

#include "core/rights.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace nightshift {

class Instance;
class WorkflowWindow;

// The main window's workflow windows: one per workflow (asking again raises it), each with its journal and
// history tabs, all told when the engine changed something.
class WorkflowWindows : public QObject
{
    Q_OBJECT
public:
    explicit WorkflowWindows(QObject *parent = nullptr);
    ~WorkflowWindows() override;

    WorkflowWindow *open(const std::shared_ptr<Instance> &instance, const Principal &principal, qint64 workflowId);
    WorkflowWindow *window(qint64 workflowId) const;
    void refreshExecution(); // the engine changed workflows: every open window reads its latest run again
    bool closeAll(); // false when an operator kept a window with unsaved changes open

private:
    QList<QPointer<WorkflowWindow>> m_windows;
};

} // namespace nightshift
