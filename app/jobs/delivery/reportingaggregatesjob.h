#pragma once

#include "engine/job.h"

namespace nightshift {

// reportingAggregates (SPEC §3): counts broad logs per UTC day, delivery, status and failure type into
// agg_delivery_logs, incrementally: only the logs whose id is above the watermark (job_watermarks,
// "reportingAggregates.broadLogs") are added, `batch` ids at a time (parameter, default 10000: about 40 ms a
// batch, docs/performance.md), each batch and its new watermark in one short transaction, so an interruption
// loses nothing and counts nothing twice. `full=true` empties the aggregate and the watermark first (one
// transaction), then counts everything. A log whose status changes after it was counted keeps its old status
// in the aggregate until a full run.
class ReportingAggregatesJob : public Job
{
public:
    bool safeToRerun() const override { return true; }
    Status run(JobContext &context) override;

    static constexpr auto WatermarkName = "reportingAggregates.broadLogs";
};

} // namespace nightshift
