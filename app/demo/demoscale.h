#pragma once

#include "core/error.h"

#include <QString>

namespace nightshift {

// How much demo data to generate: a named scale or an explicit number of broad logs. Every other table is
// sized from the broad-log count (DemoVolumes).
struct DemoScale
{
    QString name; // "small", "medium", "large", or the row count as typed
    qint64 broadLogs = 0;

    static DemoScale small() { return {QStringLiteral("small"), 50'000}; }
    static DemoScale medium() { return {QStringLiteral("medium"), 1'000'000}; }
    static DemoScale large() { return {QStringLiteral("large"), 10'000'000}; }
    // "small", "medium", "large" or a row count from minimumRows to maximumRows.
    static Result<DemoScale> parse(const QString &text);

    static constexpr qint64 minimumRows = 1'000;
    static constexpr qint64 maximumRows = 1'000'000'000;
};

// The row count of each generated table for a number of broad logs, in realistic proportions.
struct DemoVolumes
{
    qint64 broadLogs = 0;
    qint64 recipients = 0;
    qint64 deliveries = 0;
    qint64 trackingLogs = 0;
    qint64 propositions = 0;
    qint64 mcEvents = 0;
    qint64 mcArchivedEvents = 0;
    qint64 importRejects = 0;
    qint64 visitors = 0;
    qint64 quarantines = 0;
    qint64 webEvents = 0;
    qint64 lineUsers = 0;
    qint64 privacyRequests = 0;
    qint64 offers = 0;
    qint64 campaigns = 0;
    qint64 orderLines = 0;
    qint64 webSessions = 0;
    qint64 trackingFileLines = 0; // over all redirection-server files

    static DemoVolumes forBroadLogs(qint64 broadLogs);
};

} // namespace nightshift
