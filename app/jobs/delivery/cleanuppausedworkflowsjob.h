#pragma once

#include "engine/job.h"

namespace nightshift {

// SPEC §7: normal-severity workflows paused for more than 7 days get a warning in their journal and a
// notification to their supervisor group, creator and last modifier (administrators excepted), once a
// week; at the 4th notification the workflow is stopped unconditionally. Running it twice in the same week
// notifies no one twice, so it is safe to re-run.
class CleanupPausedWorkflowsJob : public Job
{
public:
    static constexpr int PausedDays = 7;
    static constexpr int NotificationsBeforeStop = 4;

    bool safeToRerun() const override { return true; }
    Status run(JobContext &context) override;
};

} // namespace nightshift
