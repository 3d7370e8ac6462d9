#pragma once

#include "engine/job.h"

namespace nightshift {

// tracking (SPEC §3): collects the redirection servers' log files (docs/tracking-logs.md) from the folder of
// the option tracking.logFolder (parameter `folder` overrides it) into tracking_logs, resolving tracking URLs
// and adding to tracking_stats as it goes (TrackingIngest: each file exactly once, even across a crash), moves
// each collected file to done/, then recomputes the indicators of the deliveries whose statistics changed.
// Corrupt lines go to rejects/<file>.rejects and import_rejects with one journal warning per file; they never
// fail the run. An unreadable file is left in place with a warning and retried by the next run, without
// failing this one (the others are collected). Parameter `chunk`: lines per transaction (default: sized so a
// transaction takes about 150 ms).
class TrackingJob : public Job
{
public:
    bool safeToRerun() const override { return true; }
    Status run(JobContext &context) override;

    static constexpr auto FolderOption = "tracking.logFolder";
};

} // namespace nightshift
