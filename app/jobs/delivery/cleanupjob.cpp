#include "cleanupjob.h"

#include "purgesteps.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::CleanupJob)
};
} // namespace

Status CleanupJob::run(JobContext &context)
{
    QElapsedTimer timer;
    timer.start();
    int batch = 0; // adaptive
    if (const QString text = context.parameter(u"batch"_s); !text.isEmpty()) {
        bool ok = false;
        batch = text.toInt(&ok);
        if (!ok || batch < 1)
            return fail(Text::tr("parameter batch must be a positive number of rows, not \"%1\"").arg(text));
    }
    CleanupBatches batches(context, batch);
    CleanupRun run{
        .context = context, .batches = batches, .now = nowMs(), .privacyFolder = context.parameter(u"privacyFolder"_s)};
    const QList<PurgeStep> steps = purgeSteps();
    const auto figures = [&] {
        m_longestMs = batches.longestTransactionMs();
        m_longestRows = batches.longestTransactionRows();
        m_over250Ms = batches.transactionsOver(250);
        m_transactions = batches.transactions();
        m_checkpoints = batches.checkpoints().checkpoints();
        m_checkpointMs = batches.checkpoints().checkpointMs();
        m_walFrames = batches.checkpoints().framesWritten();
        m_keyBatches = batches.keyBatches();
        m_timeBatches = batches.timeBatches();
        m_slowest = batches.slowest(5);
    };
    context.setProgress(0, steps.size());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (context.isCancelled()) {
            figures();
            return fail(Text::tr("cancelled before the step \"%1\"").arg(steps[i].label));
        }
        if (Status done = steps[i].run(run); !done) {
            figures();
            return done;
        }
        batches.settle(); // the steps that purge much have settled within their time already
        context.setProgress(i + 1, steps.size());
    }
    figures();
    context.info(Text::tr("Cleanup done: %Ln step(s) in %1 ms; %2 write transaction(s), the longest %3 ms", nullptr,
                          int(steps.size()))
                     .arg(timer.elapsed())
                     .arg(batches.transactions())
                     .arg(batches.longestTransactionMs()));
    return {};
}

} // namespace nightshift
