#pragma once

#include "engine/job.h"

#include <QDate>

namespace nightshift {

// billing (SPEC §3): builds the system activity report (database size, marketing actions by channel, active
// profiles, main deliveries above the option billing.mainDeliveryThreshold) as a PDF and mails it to the email
// of the operator `billing` through the SMTP external account.
//
// The period ends at 00:00 UTC of the day the job runs (parameter asOf=YYYY-MM-DD: another day) and starts
// where the last report sent ended, or on the 1st of the previous month for the first report. Each report is a
// billing_reports row: 'sending' before the mail leaves, 'sent' once the server accepted it, removed if sending
// failed; a re-run for a period already sent mails nothing. Parameters: operator (default billing), account
// (the SMTP account's name; default the first enabled one), asOf, timeout (seconds, default 120).
class BillingJob : public Job
{
public:
    // Only the SIGKILL window between the server's acceptance and the 'sent' row can mail a period twice, and
    // the message keeps its Message-ID so mail systems may drop the copy: a re-run is harmless.
    bool safeToRerun() const override { return true; }
    Status run(JobContext &context) override;

    // [start, end) in ms since the epoch for a report as of `asOf`, given the end of the last report sent
    // before it (0: none).
    static std::pair<qint64, qint64> period(QDate asOf, qint64 lastSentEnd);
};

} // namespace nightshift
