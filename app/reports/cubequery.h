#pragma once

#include "core/rights.h"
#include "store/sqlsupport.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <optional>

namespace nightshift::reports {

// What the pivot view shows and asks for (issue #7, SPEC §9). Definitions come from resources/cubes/*.json
// (docs/cubes.md); values are read from each cube's aggregate table, refreshed by the "aggregate:<cube>" jobs.
struct CubeLevel
{
    QString name;
    QString label;
}; // coarse → fine, e.g. year, quarter, month, day

struct CubeDimension
{
    QString name;
    QString label;
    QList<CubeLevel> levels;
};

struct CubeMeasure
{
    QString name;
    QString label;
    QString format; // count|number|percent|duration|money
};

struct CubeInfo
{
    QString name;
    QString label;
    QString description;
    QList<CubeDimension> dimensions;
    QList<CubeMeasure> measures; // measures include derived ones
};

struct AxisLevel
{
    QString dimension;
    QString level;
};

struct CubeFilter
{
    AxisLevel on;
    QVariantList members; // member keys (Member::key) of that level
    bool exclude = false;
};

struct CubeQuery
{
    QList<AxisLevel> groupBy;
    QStringList measures;
    QList<CubeFilter> filters;
};

struct Member
{
    QVariant key; // sorts naturally (e.g. 2026-03, weekday 1..7)
    QString label;
};

struct CubeCell
{
    QList<Member> members; // one per groupBy entry
    QVariantList values; // one per measure (null = none)
};

struct CubeResult
{
    QList<CubeCell> cells;
    QString table; // what it was read from: the aggregate or one of its rollups
};

struct FactRows
{
    QStringList columns;
    QList<QVariantList> rows;
    bool truncated = false;
};

// Reads cubes for the pivot view. One per thread; uses the thread's connection. Built without a principal
// it reads on behalf of the engine (jobs, tests); built with one it applies SPEC §10: the workflowRuns cube
// shows every workflow's execution, like the heat map, so it needs ADMINISTRATION; the marketing cubes are
// open to every operator, and their drill-through (facts) to those with the Export right.
class CubeReader
{
public:
    CubeReader() = default;
    explicit CubeReader(Principal who) : m_who(std::move(who)) {}

    static Result<QList<CubeInfo>> cubes(); // built-in definitions
    static QVariant othersKey(); // the key of the "others" member of a top-N level
    Result<CubeResult> query(const QSqlDatabase &db, Dialect dialect, const QString &cube, const CubeQuery &q,
                             const std::atomic_bool *cancel = nullptr) const; // empty groupBy = grand total
    Result<FactRows> facts(const QSqlDatabase &db, Dialect dialect, const QString &cube,
                           const QList<CubeFilter> &filters, int limit) const; // drill-through
    Result<QDateTime> lastRefresh(const QSqlDatabase &db, const QString &cube) const; // invalid when never

private:
    Status checkAccess(const QString &cube, bool drillThrough) const;

    std::optional<Principal> m_who;
};

} // namespace nightshift::reports
