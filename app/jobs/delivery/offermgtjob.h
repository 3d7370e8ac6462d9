#pragma once

#include "engine/job.h"

namespace nightshift {

// offerMgt (SPEC §3): deploys approved offers and categories to the online environment the interaction
// engine reads (online_offer_categories, online_offers). What it converges to:
// - online categories: those approved or live whose parent is online (roots first, level by level);
// - online offers: those approved or live whose category is online;
// - withdrawn or archived ones, those deleted, and those whose category (parent) left are removed.
// Deploying copies the row, sets state 'live' and deployed_at; a live row missing online (an instance filled
// elsewhere) is deployed again. An approved offer whose category is not online is skipped with a warning.
// Later edits reach the online copy through a new approval (state 'approved' again). Batches of `batch` rows
// (parameter, default 200), one short transaction each; a rerun finds nothing left to do.
class OfferMgtJob : public Job
{
public:
    bool safeToRerun() const override { return true; }
    Status run(JobContext &context) override;

    static constexpr int MaxSkipWarnings = 20;
};

} // namespace nightshift
