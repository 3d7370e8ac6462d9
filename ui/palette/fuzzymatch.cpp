#include "fuzzymatch.h"

#include <QList>

namespace nightshift {

namespace {

bool isWordStart(QStringView text, qsizetype at)
{
    if (at == 0)
        return true;
    const QChar before = text.at(at - 1), here = text.at(at);
    return !before.isLetterOrNumber() || (before.isLower() && here.isUpper()); // "aliasCleansing": C starts a word
}

} // namespace

int fuzzyScore(QStringView pattern, QStringView text)
{
    if (pattern.isEmpty())
        return 0;
    // Best score of matching pattern[i..] with text[j..], by dynamic programming over (i, j), so a greedy early
    // match does not hide a better one later ("st" in "Restart… Stop").
    const qsizetype n = pattern.size(), m = text.size();
    if (n > m)
        return -1;
    constexpr int none = -1'000'000;
    QList<int> next(m + 1, 0); // row i + 1: best for pattern[i+1..] starting at or after j
    QList<int> row(m + 1, none);
    QList<int> nextMatchedAt(m + 1, none); // row i + 1: best when pattern[i+1] matches exactly at j
    for (qsizetype i = n - 1; i >= 0; --i) {
        QList<int> matchedAt(m + 1, none);
        row.fill(none);
        for (qsizetype j = m - 1; j >= 0; --j) {
            if (text.at(j).toCaseFolded() == pattern.at(i).toCaseFolded()) {
                const int here = 1 + (isWordStart(text, j) ? 8 : 0);
                int rest = 0;
                if (i + 1 < n) {
                    const int adjacent = j + 1 < m ? nextMatchedAt.at(j + 1) : none;
                    const int later = j + 1 <= m ? next.at(j + 1) : none;
                    rest = std::max(adjacent == none ? none : adjacent + 5, later == none ? none : later - 1);
                }
                if (rest != none)
                    matchedAt[j] = here + rest;
            }
            row[j] = std::max(matchedAt.at(j), row.at(j + 1));
        }
        next = row;
        nextMatchedAt = matchedAt;
    }
    const int best = next.at(0);
    if (best == none)
        return -1;
    return std::max(0, best * 4 - int(m - n) / 4); // shorter texts win ties
}

} // namespace nightshift
