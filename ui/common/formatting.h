#pragma once

#include <QString>

namespace nightshift {

// How the console shows a duration in its tables and charts: "850 ms", "4.2 s", "45 s", "3 min 05 s", "2 h 10 min".
QString durationText(qint64 ms);

// A timestamp (ms since epoch) in the operator's time zone: "2026-12-31 23:59:59".
QString localTimeText(qint64 ms);

} // namespace nightshift
