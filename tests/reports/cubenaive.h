#pragma once

#include "reports/cubequery.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlDatabase>

#include <optional>

// The cubes recomputed straight from their facts, in C++, independently of the aggregate and its SQL: what
// every query must answer. Covers the messageCenter cube (values, dates by year to day and weekday, top N,
// filtered counts, avg, max, stddev) and workflowRuns (hours, ranges, quantiles, sums, several date dimensions).
namespace cubetest {

struct Fact
{
    QHash<QString, QVariant> keys; // "dimension.level" → member key, as CubeReader gives it
    QHash<QString, std::optional<double>> values; // measure → its value for this fact (counts: 1 when counted)
};

class NaiveCube
{
public:
    // Reads the cube's facts from the database.
    static NaiveCube messageCenter(const QSqlDatabase &db);
    static NaiveCube workflowRuns(const QSqlDatabase &db);

    nightshift::reports::CubeResult query(const nightshift::reports::CubeInfo &info,
                                          const nightshift::reports::CubeQuery &q) const;
    // Members present for a level (for random filters).
    QVariantList members(const QString &dimension, const QString &level) const;
    QList<Fact> facts;

private:
    void foldTop(const QString &key, int top); // members beyond the top N by count become "others"
};

// A random query over the cube: up to three group-bys on distinct dimensions, up to two filters, every measure.
nightshift::reports::CubeQuery randomQuery(QRandomGenerator &random, const nightshift::reports::CubeInfo &info,
                                           const NaiveCube &naive);

// "" when both results hold the same cells (by members) with the same values (doubles to 1e-9 relative).
QString compare(const nightshift::reports::CubeResult &actual, const nightshift::reports::CubeResult &expected,
                const nightshift::reports::CubeQuery &q);

// Random facts: `count` mc_events with ids from firstId; workflows, runs and tasks for workflowRuns.
QString addMessageCenterEvents(const QSqlDatabase &db, QRandomGenerator &random, int count, qint64 firstId);
QString addWorkflowTasks(const QSqlDatabase &db, QRandomGenerator &random, int count, qint64 firstId);

QString describe(const nightshift::reports::CubeQuery &q);

// Many random queries through CubeReader over the refreshed aggregate: "" when every answer equals the naive one.
QString checkQueries(const QSqlDatabase &db, nightshift::Dialect dialect, const QString &cube, const NaiveCube &naive,
                     quint32 seed, int queries);
// The same over random queries that group and filter only by levels of `dimensions` (so that a rollup keeping
// them can answer); `tables` gathers the tables that answered.
QString checkQueriesWithin(const QSqlDatabase &db, nightshift::Dialect dialect, const QString &cube,
                           const NaiveCube &naive, const QStringList &dimensions, quint32 seed, int queries,
                           QStringList *tables);

} // namespace cubetest
