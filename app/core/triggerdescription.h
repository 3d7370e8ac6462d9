#pragma once

#include "workflowdefinition.h"

namespace nightshift {

// Short human descriptions, e.g. "daily at 04:00", "every 10m from 08:00 to 20:00", "on signal approval".
QString describeSchedule(const ScheduleSpec &schedule);
// What starts a workflow's work: its schedulers and signals, or "manual" when nothing does.
QString describeTriggers(const WorkflowDefinition &definition);

} // namespace nightshift
