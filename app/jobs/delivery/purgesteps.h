#pragma once

#include "cleanupbatches.h"

#include <functional>

namespace nightshift {

// What every step of the cleanup shares: the job's context, the batching (and its lock-time figures) and
// the time the run started, from which each retention is counted.
struct CleanupRun
{
    JobContext &context;
    CleanupBatches &batches;
    qint64 now = 0;
    QString privacyFolder; // where relative privacy data files live; empty: only absolute paths are removed
};

// One task of SPEC §6: it reads its retention from the purge settings (a bad value fails it before
// anything is deleted), deletes in batches and writes one journal line with the rows and the time taken.
struct PurgeStep
{
    QString label;
    std::function<Status(CleanupRun &)> run;
};

// The tasks in the order of SPEC §6; quarantines are released before the delivery logs go, as a success
// after the last error is read from them.
QList<PurgeStep> purgeSteps();

// The last step: ANALYZE (and VACUUM) per purge.vacuum (cleanupstatistics.cpp).
Status updateStatistics(CleanupRun &run);

} // namespace nightshift
