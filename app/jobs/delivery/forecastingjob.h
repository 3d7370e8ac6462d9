#pragma once

#include "engine/job.h"

namespace nightshift {

// forecasting (SPEC §3): for each delivery of the provisional calendar (provisional, not deleted, scheduled
// after now) estimates how many messages it will send and (re)writes its provisional log: one row on the UTC
// day it is scheduled (a delivery goes out when it starts; its retries are not forecast). The estimate is the
// mean `sent` of the 10 latest past deliveries of the same channel (not provisional, not deleted, scheduled
// before now, sent > 0): there is no targeting to size yet, and a channel's recent audience is the best
// predictor of the next one. An email delivery with no history falls back to the recipients with an email
// address not quarantined or denylisted; another channel with no history gets no provisional log and a
// warning. Provisional logs of deliveries that left the calendar are removed. Batches of `batch` deliveries
// (parameter, default 100), one short transaction each; a rerun writes the same rows.
class ForecastingJob : public Job
{
public:
    bool safeToRerun() const override { return true; }
    Status run(JobContext &context) override;

    static constexpr int HistoryDepth = 10;
};

} // namespace nightshift
