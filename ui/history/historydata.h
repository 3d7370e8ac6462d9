#pragma once

#include "store/instance.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace nightshift {

// One run of a workflow, as the history lists it.
struct RunRecord
{
    qint64 id = 0;
    QString trigger;
    QString operatorLogin;
    qint64 startedAt = 0;
    std::optional<qint64> endedAt;
    QString status; // RunStatus name
    QString error;
    QVariantMap parameters;
    qint64 rowsProcessed = 0;

    std::optional<qint64> durationMs() const { return endedAt ? std::optional(*endedAt - startedAt) : std::nullopt; }
};

// A workflow's runs newest first, a page at a time, on runs_workflow_started (workflow_id, started_at): the page
// after `after` continues below it, so paging never counts or skips rows.
Result<QList<RunRecord>> readRuns(Instance &instance, qint64 workflowId, const std::optional<RunRecord> &after,
                                  int limit);

// The durations of a workflow's finished runs, oldest first, for the chart.
struct DurationPoint
{
    qint64 startedAt = 0;
    double seconds = 0;
    bool failed = false;
};

struct DurationSeries
{
    QList<DurationPoint> points; // at most the asked number: many runs are downsampled
    double medianSeconds = 0; // over every run, not only the points kept
    qint64 runs = 0; // finished runs
    bool downsampled = false;
};

double median(QList<double> values); // 0 for none
// Keeps two runs of each of maxPoints / 2 groups of consecutive runs: the longest, and a failed one if the group
// has one, else the shortest; so peaks, dips and failures survive in the chart.
QList<DurationPoint> downsample(const QList<DurationPoint> &points, int maxPoints);
Result<DurationSeries> readDurations(Instance &instance, qint64 workflowId, int maxPoints = 2000);

// One bar of a run's Gantt chart: one activity execution (a task).
struct GanttRow
{
    qint64 taskId = 0;
    QString activity;
    QString state; // TaskState name
    qint64 start = 0;
    qint64 end = 0; // still running: now
    int attempt = 1;
};

Result<QList<GanttRow>> readGantt(Instance &instance, qint64 runId);

// Two runs side by side.
struct RunComparison
{
    struct Parameter
    {
        QString name;
        QString first, second; // empty: not given
    };
    struct ActivityFigures
    {
        QString activity;
        int firstCount = 0, secondCount = 0;
        qint64 firstMs = 0, secondMs = 0;
    };
    struct MessageDifference
    {
        QString message; // numbers masked as "#"
        int firstCount = 0, secondCount = 0;
    };

    RunRecord first, second;
    QList<Parameter> parameters;
    QList<ActivityFigures> activities;
    QList<MessageDifference> journal; // only the messages the runs do not write the same number of times
    bool journalTruncated = false; // a run wrote more lines than were compared
};

QString maskNumbers(const QString &message); // "Deleted 1200 rows in 3.5 s" → "Deleted # rows in #.# s"
Result<RunComparison> compareRuns(Instance &instance, qint64 firstRunId, qint64 secondRunId);

} // namespace nightshift
