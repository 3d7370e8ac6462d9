#pragma once

#include "heatmapgrid.h"
#include "heatmapstore.h"
#include "store/instance.h"

namespace nightshift {

struct HeatMapRequest
{
    HeatMapView view = HeatMapView::Day;
    QDate date;
    QTimeZone zone = QTimeZone::systemTimeZone(); // the operator's
    HeatMapFilter filter;
    qint64 now = 0; // 0: the clock; the end of the runs still running, the start of the projection
};

struct HeatMap
{
    HeatMapLayout layout;
    QList<int> counts; // distinct workflows per cell, as layout.cells
    int maximum = 0;
    qint64 now = 0;
};

struct HeatMapActivity
{
    QString activity;
    QString state;
    qint64 startedAt = 0;
    qint64 endedAt = 0; // 0: still running
    qint64 durationMs = 0; // so far, while running
};

// A run in a cell (or a projected one: runId 0, no activities, its duration estimated).
struct HeatMapRun
{
    qint64 runId = 0;
    qint64 workflowId = 0;
    QString workflowName;
    QString workflowLabel; // empty when the workflow is gone
    bool technical = false;
    QString status;
    qint64 startedAt = 0;
    qint64 endedAt = 0; // 0: still running
    qint64 durationMs = 0;
    bool projected = false;
    bool historyKept = true; // false: the run's tasks were purged with the workflow's history
    QList<HeatMapActivity> activities; // by start
};

struct HeatMapWorkflow
{
    qint64 id = 0;
    QString name;
    QString label;
    bool technical = false;
};

// The workflow heat map of SPEC §9 (docs/architecture.md, "The heat map"). Reads the heat-map store that
// collectDataHeatMapService fills, and straight from `runs` what it has not stored yet (runs still running,
// runs started since its last collection, runs it saw running). Administrators only: every call loads the
// acting operator afresh and refuses without ADMINISTRATION.
class HeatMapQuery
{
public:
    HeatMapQuery(Instance &instance, qint64 actingOperatorId) : m_instance(instance), m_actor(actingOperatorId) { }

    Result<HeatMap> heatMap(const HeatMapRequest &request);
    // The runs during [from, to) (a cell's start and end) with their activities; for the Projected view the
    // projected runs. Ordered by start, then workflow name.
    Result<QList<HeatMapRun>> runsDuring(const HeatMapRequest &request, qint64 from, qint64 to);
    // Every workflow of the instance, for the filter, by name.
    Result<QList<HeatMapWorkflow>> workflows();

private:
    Result<QSqlDatabase> open();

    Instance &m_instance;
    qint64 m_actor;
};

} // namespace nightshift
