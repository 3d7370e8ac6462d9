#pragma once

#include "core/error.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace nightshift {

// One event of a redirection-server log file (docs/tracking-logs.md): a line of 7 TAB-separated fields
//   <ISO-8601 UTC time>\t<open|click|optout>\t<delivery id>\t<broad log id>\t<recipient id>\t<url tag>\t<user agent>
// Broad log and recipient ids may be empty (0 here); the tag is empty for an open.
struct TrackingEvent
{
    qint64 at = 0; // ms since the epoch, UTC
    QString type;
    qint64 deliveryId = 0;
    qint64 broadLogId = 0;
    qint64 recipientId = 0;
    QString tag;
    QString userAgent;
};

// Parses one line, without its line break; the error says why the line is corrupt (what the rejects file
// and import_rejects record). Checks only the line itself: whether the delivery and tag exist is the job's.
Result<TrackingEvent> parseTrackingLine(QByteArrayView line);

// "2026-05-01T10:15:00Z", with optional milliseconds and a "Z" or "+hh:mm" zone, in ms since the epoch.
std::optional<qint64> parseUtcTimestamp(const QString &text);

} // namespace nightshift
