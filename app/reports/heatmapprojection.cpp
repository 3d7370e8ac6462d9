#include "heatmapprojection.h"

#include "store/workflowrepository.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

// The median duration of the workflow's last 20 ended runs (runs_workflow_started), 0 without any.
Result<qint64> estimatedDuration(const QSqlDatabase &db, qint64 workflowId)
{
    auto query = execute(db,
                         u"SELECT ended_at - started_at FROM runs WHERE workflow_id = ? AND ended_at IS NOT NULL "
                         "ORDER BY started_at DESC LIMIT 20"_s,
                         {workflowId});
    if (!query)
        return std::unexpected(query.error());
    QList<qint64> durations;
    while (query->next())
        durations << std::max<qint64>(0, query->value(0).toLongLong());
    if (durations.isEmpty())
        return qint64(0);
    std::sort(durations.begin(), durations.end());
    return durations.at(durations.size() / 2);
}

} // namespace

Result<QList<ProjectedRun>> projectRuns(const QSqlDatabase &db, qint64 from, qint64 to, qint64 now,
                                        const ScheduleZones &zones, int capPerScheduler)
{
    auto armed = execute(db,
                         u"SELECT t.workflow_id, w.internal_name, w.label, "
                         "CASE WHEN w.package_id IS NOT NULL AND w.package_id <> '' THEN 1 ELSE 0 END, t.activity, "
                         "t.wake_at, t.fire_count FROM tasks t JOIN workflows w ON w.id = t.workflow_id "
                         "WHERE t.state = 'armed' AND t.wake_at IS NOT NULL AND w.state = 'started' "
                         "ORDER BY w.internal_name, t.activity"_s);
    if (!armed)
        return std::unexpected(armed.error());
    struct Armed
    {
        ProjectedRun run;
        qint64 wakeAt = 0;
        int fired = 0;
    };
    QList<Armed> schedulers;
    while (armed->next())
        schedulers.append({.run = {.workflowId = armed->value(0).toLongLong(),
                                   .workflowName = armed->value(1).toString(),
                                   .workflowLabel = armed->value(2).toString(),
                                   .technical = armed->value(3).toInt() != 0,
                                   .activity = armed->value(4).toString(),
                                   .at = 0,
                                   .durationMs = 0},
                           .wakeAt = armed->value(5).toLongLong(),
                           .fired = armed->value(6).toInt()});
    armed->finish();

    QHash<qint64, WorkflowDefinition> definitions;
    QHash<qint64, qint64> durations;
    QList<ProjectedRun> runs;
    for (Armed &s : schedulers) {
        const qint64 id = s.run.workflowId;
        if (!definitions.contains(id)) {
            auto definition = WorkflowRepository(db).definition(id);
            if (!definition)
                return std::unexpected(definition.error());
            definitions.insert(id, *definition);
            auto duration = estimatedDuration(db, id);
            if (!duration)
                return std::unexpected(duration.error());
            durations.insert(id, *duration);
        }
        const WorkflowDefinition &definition = definitions[id];
        const auto activity = std::find_if(definition.activities.cbegin(), definition.activities.cend(),
                                           [&](const Activity &a) { return a.name == s.run.activity; });
        if (activity == definition.activities.cend() || activity->type != ActivityType::Scheduler
            || !activity->schedule)
            continue; // an armed signal, or a scheduler since removed from the definition
        auto calculator = ScheduleCalculator::create(*activity->schedule, zones);
        if (!calculator)
            continue; // the engine cannot fire it either (and journals why)
        s.run.durationMs = durations.value(id);
        const bool continuous = activity->schedule->kind == ScheduleSpec::Kind::Continuous;
        qint64 at = std::max(s.wakeAt, now);
        for (int count = 0; count < capPerScheduler && at < to; ++count) {
            if (at + std::max<qint64>(1, s.run.durationMs) > from) {
                ProjectedRun run = s.run;
                run.at = at;
                runs << run;
            }
            const qint64 after = continuous ? at + s.run.durationMs : at;
            const auto next
                = calculator->nextAfter(QDateTime::fromMSecsSinceEpoch(after, QTimeZone::utc()), s.fired + count + 1);
            if (!next)
                break;
            at = std::max(at + 1, next->toMSecsSinceEpoch());
        }
    }
    std::sort(runs.begin(), runs.end(), [](const ProjectedRun &a, const ProjectedRun &b) {
        return std::tie(a.at, a.workflowName, a.activity) < std::tie(b.at, b.workflowName, b.activity);
    });
    return runs;
}

} // namespace nightshift
