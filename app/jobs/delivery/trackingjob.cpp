#include "trackingjob.h"

#include "deliveryindicators.h"
#include "trackingingest.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::TrackingJob)
};

constexpr int kIndicatorBatch = 100;

Result<QString> logFolder(JobContext &context)
{
    const QString option = QString::fromLatin1(TrackingJob::FolderOption);
    QString folder = context.parameter(u"folder"_s);
    QString origin = Text::tr("parameter folder");
    if (folder.isEmpty()) {
        auto value = scalar(context.database(), u"SELECT value FROM options WHERE name = ?"_s, {option});
        if (!value)
            return std::unexpected(value.error());
        folder = value->toString().trimmed();
        origin = Text::tr("option %1").arg(option);
    }
    if (folder.isEmpty())
        return fail(Text::tr("no tracking log folder is set: set the option %1 (Options) to the folder where the "
                             "redirection servers write their log files")
                        .arg(option));
    const QFileInfo info(folder);
    if (!info.exists())
        return fail(Text::tr("the tracking log folder %1 (%2) does not exist").arg(folder, origin));
    if (!info.isDir())
        return fail(Text::tr("the tracking log folder %1 (%2) is not a folder").arg(folder, origin));
    if (!info.isReadable())
        return fail(Text::tr("the tracking log folder %1 (%2) cannot be read").arg(folder, origin));
    return info.absoluteFilePath();
}

} // namespace

Status TrackingJob::run(JobContext &context)
{
    QElapsedTimer timer;
    timer.start();
    bool ok = false;
    const int chunk = context.parameter(u"chunk"_s, u"0"_s).toInt(&ok);
    if (!ok || chunk < 0)
        return fail(Text::tr("parameter chunk must be a number of lines (0: sized automatically), not \"%1\"")
                        .arg(context.parameter(u"chunk"_s)));
    auto folder = logFolder(context);
    if (!folder)
        return std::unexpected(folder.error());
    const QFileInfoList files = QDir(*folder).entryInfoList({u"*.log"_s}, QDir::Files, QDir::Name);
    qint64 bytesTotal = 0;
    for (const QFileInfo &file : files)
        bytesTotal += file.size();
    if (context.simulated()) {
        context.info(
            Text::tr("simulation: %n file(s) of %1 bytes would be collected from %2", nullptr, int(files.size()))
                .arg(bytesTotal)
                .arg(*folder));
        return {};
    }
    TrackingIngest ingest(context, *folder, chunk);
    qint64 bytesBefore = 0, collected = 0, events = 0, rejected = 0, unread = 0;
    for (const QFileInfo &file : files) {
        if (context.isCancelled())
            return fail(Text::tr("cancelled while collecting tracking logs (%1 of %2 files done)")
                            .arg(collected)
                            .arg(files.size()));
        auto outcome = ingest.collect(file.fileName(), bytesBefore, bytesTotal);
        if (!outcome)
            return std::unexpected(outcome.error());
        bytesBefore += file.size();
        if (!outcome->unreadable.isEmpty()) {
            ++unread;
            context.warning(Text::tr("%1 cannot be read (%2): left in place, the next run tries again")
                                .arg(file.fileName(), outcome->unreadable));
            continue;
        }
        ++collected;
        if (outcome->alreadyConsumed) {
            context.warning(Text::tr("%1 was already collected (%n line(s)): moved to done/ without reading it again",
                                     nullptr, int(outcome->lines))
                                .arg(file.fileName()));
            continue;
        }
        events += outcome->events;
        rejected += outcome->rejected;
        const QString resumed = outcome->resumed ? Text::tr(" (resumed where an interrupted run stopped)") : QString();
        if (outcome->rejected == 0)
            context.info(
                Text::tr("%1: %n event(s) collected%2", nullptr, int(outcome->events)).arg(file.fileName(), resumed));
        else
            context.warning(
                Text::tr("%1: %n event(s) collected%2, %3 corrupt line(s) of %4 rejected to rejects/%1.rejects "
                         "(%5)",
                         nullptr, int(outcome->events))
                    .arg(file.fileName(), resumed, QString::number(outcome->rejected), QString::number(outcome->lines),
                         outcome->firstReasons.join(u"; "_s)));
    }
    if (context.isCancelled())
        return fail(Text::tr("cancelled before recomputing delivery indicators"));
    auto changed = DeliveryIndicators::changed(context.database(), DeliveryIndicators::Changes::Tracking);
    if (!changed)
        return std::unexpected(changed.error());
    auto refreshed = DeliveryIndicators::refresh(context, *changed, kIndicatorBatch);
    if (!refreshed)
        return std::unexpected(refreshed.error());
    context.info(Text::tr("%n file(s) collected: %1 event(s), %2 line(s) rejected, %3 file(s) left unread; "
                          "indicators of %4 delivery(ies) recomputed; in %5 ms (longest transaction %6 ms)",
                          nullptr, int(collected))
                     .arg(events)
                     .arg(rejected)
                     .arg(unread)
                     .arg(refreshed->deliveries)
                     .arg(timer.elapsed())
                     .arg(std::max(ingest.longestTransactionMs(), refreshed->longestTransactionMs)));
    return {};
}

} // namespace nightshift
