#include "cubejob.h"

#include "cubedefinition.h"
#include "cuberefresh.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift::reports {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::reports::CubeJob)
};

} // namespace

Status CubeJob::run(JobContext &context)
{
    const QString mode = context.parameter(u"mode"_s, m_defaultMode).trimmed().toLower();
    if (mode != u"full"_s && mode != u"incremental"_s)
        return fail(Text::tr("mode must be full or incremental, not \"%1\"").arg(context.parameter(u"mode"_s)));
    auto cube = CubeDefinitions::find(m_cube);
    if (!cube)
        return std::unexpected(cube.error());
    CubeRefresher refresher(*cube, context);
    if (context.parameters().contains(u"batch"_s)) { // fixed fact ids per batch, instead of ~150 ms batches
        bool ok = false;
        const qint64 batch = context.parameter(u"batch"_s).toLongLong(&ok);
        if (!ok || batch < 1)
            return fail(Text::tr("parameter batch must be a positive number of fact ids, not \"%1\"")
                            .arg(context.parameter(u"batch"_s)));
        refresher.setFixedBatch(batch);
    }
    if (context.parameters().contains(u"merge"_s)) { // the recent rows' share of the aggregate that merges them
        bool ok = false;
        const int percent = context.parameter(u"merge"_s).toInt(&ok);
        if (!ok || percent < 1 || percent > 1000)
            return fail(Text::tr("parameter merge must be a percentage of the aggregate's rows from 1 to 1000, not \"%1\"")
                            .arg(context.parameter(u"merge"_s)));
        refresher.setMergePercent(percent);
    }
    return refresher.run(mode == u"full"_s ? CubeRefresher::Mode::Full : CubeRefresher::Mode::Incremental);
}

void CubeJob::registerAll(JobRegistry &jobs)
{
    auto cubes = CubeDefinitions::builtIn();
    if (!cubes) // a broken built-in definition: the <aggregate> activities fail with "no cube named …"
        qWarning("%s", qPrintable(cubes.error().toString()));
    for (const CubeDef &cube : cubes.value_or(QList<CubeDef>{})) {
        const QString name = cube.name;
        jobs.add(u"aggregate:"_s + name, [name] { return std::make_unique<CubeJob>(name, u"incremental"_s); });
    }
    jobs.add(u"agg_messageCenter_full"_s, [] { return std::make_unique<CubeJob>(u"messageCenter"_s, u"full"_s); });
    jobs.add(u"agg_nmspropositionrcp_full"_s,
             [] { return std::make_unique<CubeJob>(u"propositionRcp"_s, u"full"_s); });
}

} // namespace nightshift::reports
