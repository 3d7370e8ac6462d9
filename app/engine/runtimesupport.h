#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

// Small helpers shared by the two halves of WorkflowRuntime (workflowruntime.cpp, workflowlifecycle.cpp).
namespace nightshift::runtime {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::Engine)
};

inline QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

inline QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : nullId();
}

inline QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// States that keep a run open, and those that keep a workflow alive.
inline const QString runLiveStates = QStringLiteral("'ready', 'running', 'waiting', 'suspended'");
inline const QString workflowLiveStates = QStringLiteral("'ready', 'running', 'waiting', 'armed', 'suspended'");
// Written exactly as in the partial index tasks_live (migration 5), so that the planner uses it.
inline const QString liveTerm = QStringLiteral("state IN ('ready', 'running', 'waiting', 'armed', 'suspended')");

} // namespace nightshift::runtime
