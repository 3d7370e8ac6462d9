#pragma once

#include "engine/job.h"

namespace nightshift {

// deliverabilityUpdate (SPEC §3): refreshes the bounce qualification rules, the domain list and the MX rules
// from the deliverability service of the external account of type "deliverability" (docs/
// deliverability-service.md: GET <server>/rules, /domains, /mx). The three are downloaded (If-None-Match with
// the last ETag) and validated first; only when all three are good are the changed ones replaced, together, in
// one short transaction. Any failure (HTTP error, timeout, garbage, wrong shape) names the URL and leaves the
// current lists as they are. Parameters: account (default the first enabled one), timeout (seconds per
// download, default 60).
class DeliverabilityUpdateJob : public Job
{
public:
    bool safeToRerun() const override { return true; }
    Status run(JobContext &context) override;
};

} // namespace nightshift
