#pragma once

#include "job.h"

#include "core/workflowdefinition.h"

#include <QVariantMap>

#include <memory>
#include <optional>

namespace nightshift {

// What a pool thread needs to run one claimed task.
struct TaskWork
{
    qint64 taskId = 0;
    qint64 workflowId = 0;
    qint64 runId = 0;
    QString workflowName;
    int attempt = 1;
    Activity activity;
    QVariantMap vars; // the token's variables
    bool simulated = false;
    std::shared_ptr<JobContext::Reporting> reporting = std::make_shared<JobContext::Reporting>();
};

// How it went, handed back to the dispatcher, which records it and moves the tokens on.
struct TaskOutcome
{
    enum class Kind { Succeeded, Failed, Cancelled };
    qint64 taskId = 0;
    Kind kind = Kind::Succeeded;
    QString error;
    QVariantMap vars; // passed on to the next activities
    std::optional<QVariantMap> instanceVariables; // set when the activity changed them
    std::optional<QString> transition; // <test>: the one transition to follow
    qint64 rows = 0;
    bool parked = false; // cancelled because the node shuts down: run again later, by any node
};

} // namespace nightshift
