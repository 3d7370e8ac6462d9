#pragma once

#include "engine/job.h"

namespace nightshift {

// aliasCleansing (SPEC §3): for every enumeration tied to a recipient field, rewrites the field's values
// that match one of the enumeration's aliases (case and surrounding spaces ignored) to the alias' value,
// counting the hits per alias. Works in batches of `batch` rows (parameter, default 5000), one short
// transaction each, so other writers keep their turn; a re-run finds nothing left to rewrite.
class AliasCleansingJob : public Job
{
public:
    bool safeToRerun() const override { return true; }
    Status run(JobContext &context) override;

    // The recipient columns an enumeration may cleanse (the field name goes into SQL: never anything else).
    static const QStringList &cleansableFields();
};

} // namespace nightshift
