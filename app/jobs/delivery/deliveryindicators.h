#pragma once

#include "engine/job.h"

namespace nightshift {

// The delivery indicators (SPEC §3), shared by deliveryIndicators and tracking: sent, delivered and errors
// counted from broad_logs (sent = 'sent' + 'failed', delivered = 'sent', errors = 'failed'); opens, clicks and
// opt_outs summed from tracking_stats. A delivery needs them again when it has none yet (indicators_at is
// NULL), or when a broad log's event_at or a statistics row's updated_at is after its indicators_at.
class DeliveryIndicators
{
public:
    enum class Changes {
        Any, // broad logs or tracking statistics (deliveryIndicators)
        Tracking, // tracking statistics only (tracking, after consolidating)
    };
    struct Outcome
    {
        qint64 deliveries = 0;
        qint64 batches = 0;
        qint64 longestTransactionMs = 0;
    };

    // The ids of the deliveries whose indicators are out of date, ascending.
    static Result<QList<qint64>> changed(const QSqlDatabase &db, Changes changes);

    // Recomputes the indicators of `deliveries`, `batch` deliveries at a time: the counts are read outside
    // any transaction, then written in one short transaction per batch with indicators_at = the time the
    // batch's read began, so a change committed during the read is seen again by the next refresh.
    // Checks cancellation between batches and reports progress after each.
    static Result<Outcome> refresh(JobContext &context, const QList<qint64> &deliveries, int batch);
};

// deliveryIndicators (SPEC §3, Mid-sourcing platform): refreshes the indicators of every delivery changed
// since its indicators_at. Parameter `batch`: deliveries per transaction (default 100).
class DeliveryIndicatorsJob : public Job
{
public:
    bool safeToRerun() const override { return true; } // indicators are recomputed from the logs, not added to
    Status run(JobContext &context) override;
};

} // namespace nightshift
