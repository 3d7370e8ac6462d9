#pragma once

#include <QString>

namespace nightshift {

// The palette's matching: every character of `pattern` must appear in `text` in order, in any case. Matches at
// word starts and runs of consecutive characters score higher, so "psw" finds "Paused workflows cleanup"
// before "Purge history"; -1 means no match. An empty pattern matches everything with score 0.
int fuzzyScore(QStringView pattern, QStringView text);

} // namespace nightshift
