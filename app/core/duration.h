#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace nightshift {

// Durations in definitions: "30s", "10m", "1h30m", "2d" (parts in decreasing unit order).
std::optional<std::chrono::seconds> parseDuration(QStringView text);
QString formatDuration(std::chrono::seconds duration);

// "HH:MM" on a 24-hour clock; returns minutes since midnight.
std::optional<int> parseClockTime(QStringView text);
QString formatClockTime(int minutesSinceMidnight);

} // namespace nightshift
