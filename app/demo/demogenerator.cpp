#include "demogenerator.h"

#include "demosteps.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::DemoGenerator)
};

const QString kFolderOption = u"tracking.logFolder"_s;

QString scaleLabel(const QString &scale, qint64 broadLogs)
{
    return scale == QString::number(broadLogs) ? scale : u"%1 (%2 broad logs)"_s.arg(scale).arg(broadLogs);
}

} // namespace

DemoGenerator::DemoGenerator(Instance &instance, DemoOptions options)
    : m_instance(instance), m_options(std::move(options))
{ }

const QStringList &DemoGenerator::tables()
{
    static const QStringList all{u"enumerations"_s,
                                 u"enumeration_values"_s,
                                 u"enumeration_aliases"_s,
                                 u"recipients"_s,
                                 u"visitors"_s,
                                 u"quarantines"_s,
                                 u"import_rejects"_s,
                                 u"privacy_requests"_s,
                                 u"line_users"_s,
                                 u"web_events"_s,
                                 u"budgets"_s,
                                 u"campaigns"_s,
                                 u"deliveries"_s,
                                 u"provisional_logs"_s,
                                 u"tracking_urls"_s,
                                 u"broad_logs"_s,
                                 u"tracking_logs"_s,
                                 u"tracking_stats"_s,
                                 u"email_error_stats"_s,
                                 u"cost_lines"_s,
                                 u"stocks"_s,
                                 u"order_lines"_s,
                                 u"offer_categories"_s,
                                 u"offers"_s,
                                 u"propositions"_s,
                                 u"message_templates"_s,
                                 u"mc_events"_s,
                                 u"mc_archived_events"_s,
                                 u"mc_event_stats"_s,
                                 u"web_sessions"_s};
    return all;
}

qint64 DemoGenerator::defaultAnchor()
{
    const QTimeZone utc = QTimeZone::utc();
    return QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), utc).toMSecsSinceEpoch();
}

Result<QList<DemoTableCount>> DemoGenerator::rowCounts(Instance &instance)
{
    auto db = instance.database();
    if (!db)
        return std::unexpected(db.error());
    QList<DemoTableCount> counts;
    for (const QString &table : tables()) {
        auto rows = scalar(*db, u"SELECT COUNT(*) FROM %1"_s.arg(table));
        if (!rows)
            return std::unexpected(rows.error());
        counts.append({table, rows->toLongLong()});
    }
    return counts;
}

Result<QString> DemoGenerator::resolveTrackingFolder(const QSqlDatabase &db) const
{
    if (!m_options.trackingFolder.isEmpty())
        return QDir(m_options.trackingFolder).absolutePath();
    auto option = scalar(db, u"SELECT value FROM options WHERE name = ?"_s, {kFolderOption});
    if (!option)
        return std::unexpected(option.error());
    if (!option->toString().isEmpty())
        return option->toString();
    if (m_instance.dialect() == Dialect::Postgres)
        return fail(Text::tr("the option %1 is empty and a PostgreSQL instance has no folder of its own: give the "
                             "folder for the redirection-server log files (--tracking-folder)")
                        .arg(kFolderOption));
    const QFileInfo file(m_instance.location().path);
    return file.absoluteDir().filePath(file.completeBaseName() + u"-tracking"_s);
}

// A first start: the instance must hold no marketing data; the run, its id bases and the folder are recorded.
Status DemoGenerator::start(const QSqlDatabase &db)
{
    for (const QString &table : {u"recipients"_s, u"deliveries"_s, u"broad_logs"_s}) {
        auto rows = scalar(db, u"SELECT COUNT(*) FROM %1"_s.arg(table));
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->toLongLong() > 0)
            return fail(Text::tr("this instance already holds marketing data (%1 rows in %2) that is not demo data; "
                                 "the demo fills an instance without any: create a new instance for it")
                            .arg(rows->toLongLong())
                            .arg(table));
    }
    auto folder = resolveTrackingFolder(db);
    if (!folder)
        return std::unexpected(folder.error());
    m_trackingFolder = *folder;
    m_anchor = m_options.anchorMs ? m_options.anchorMs : defaultAnchor();

    WriteTransaction transaction(db, m_instance.dialect());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    // Ids continue after whatever a table holds (rows a migration may have seeded).
    for (const QString &table : tables()) {
        auto max = scalar(db, u"SELECT COALESCE(MAX(id), 0) FROM %1"_s.arg(table));
        if (!max)
            return std::unexpected(max.error());
        m_bases.insert(table, max->toLongLong());
        if (auto recorded
            = execute(db, u"INSERT INTO demo_progress (step, chunk, row_count, done_at) VALUES (?, 0, ?, ?)"_s,
                      {u"base:"_s + table, max->toLongLong(), nowMs()});
            !recorded)
            return std::unexpected(recorded.error());
    }
    if (auto recorded = execute(db,
                                u"INSERT INTO demo_runs (id, seed, scale, broad_logs, anchor_at, tracking_folder, "
                                "started_at) VALUES (1, ?, ?, ?, ?, ?, ?)"_s,
                                {qint64(m_options.seed), m_options.scale.name, m_options.scale.broadLogs, m_anchor,
                                 m_trackingFolder, nowMs()});
        !recorded)
        return std::unexpected(recorded.error());
    auto updated = execute(db, u"UPDATE options SET value = ?, modified_at = ?, modified_by = ? WHERE name = ?"_s,
                           {m_trackingFolder, nowMs(), u"demo"_s, kFolderOption});
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() == 0) {
        if (auto inserted = execute(db,
                                    u"INSERT INTO options (name, value, type, label, modified_at, modified_by) "
                                    "VALUES (?, ?, 'path', 'Tracking log folder (redirection server)', ?, 'demo')"_s,
                                    {kFolderOption, m_trackingFolder, nowMs()});
            !inserted)
            return std::unexpected(inserted.error());
    }
    return transaction.commit();
}

Status DemoGenerator::prepare(const QSqlDatabase &db)
{
    auto run = execute(db,
                       u"SELECT seed, scale, broad_logs, anchor_at, tracking_folder, finished_at FROM demo_runs "
                       "WHERE id = 1"_s);
    if (!run)
        return std::unexpected(run.error());
    if (!run->next())
        return start(db);
    const quint64 seed = quint64(run->value(0).toLongLong());
    const qint64 broadLogs = run->value(2).toLongLong();
    if (seed != m_options.seed || broadLogs != m_options.scale.broadLogs)
        return fail(Text::tr("this instance already holds demo data of seed %1 and scale %2; it cannot take a demo "
                             "of seed %3 and scale %4 as well: use a new instance, or the same seed and scale to "
                             "finish or keep that one")
                        .arg(seed)
                        .arg(scaleLabel(run->value(1).toString(), broadLogs))
                        .arg(m_options.seed)
                        .arg(scaleLabel(m_options.scale.name, m_options.scale.broadLogs)));
    m_anchor = run->value(3).toLongLong();
    m_trackingFolder = run->value(4).toString();
    if (m_options.anchorMs && m_options.anchorMs != m_anchor)
        return fail(
            Text::tr("this instance's demo data was generated for %1, not %2")
                .arg(QDateTime::fromMSecsSinceEpoch(m_anchor, QTimeZone::utc()).toString(Qt::ISODate),
                     QDateTime::fromMSecsSinceEpoch(m_options.anchorMs, QTimeZone::utc()).toString(Qt::ISODate)));
    m_alreadyComplete = !run->value(5).isNull();
    auto bases = execute(db, u"SELECT step, row_count FROM demo_progress WHERE step LIKE 'base:%'"_s);
    if (!bases)
        return std::unexpected(bases.error());
    while (bases->next())
        m_bases.insert(bases->value(0).toString().mid(5), bases->value(1).toLongLong());
    return {};
}

Status DemoGenerator::run()
{
    auto db = m_instance.database();
    if (!db)
        return std::unexpected(db.error());
    if (auto prepared = prepare(*db); !prepared || m_alreadyComplete)
        return prepared;

    const DemoPlan plan(m_options.seed, m_anchor, DemoVolumes::forBroadLogs(m_options.scale.broadLogs), m_bases);
    const QList<DemoStep> steps = demoPeopleSteps(plan) + demoDeliverySteps(plan) + demoEventSteps(plan)
        + demoTrackingFileSteps(plan, m_trackingFolder);

    QSet<QString> done;
    auto progressRows = execute(*db, u"SELECT step, chunk FROM demo_progress"_s);
    if (!progressRows)
        return std::unexpected(progressRows.error());
    while (progressRows->next())
        done.insert(progressRows->value(0).toString() + u'#' + progressRows->value(1).toString());
    DemoProgress progress;
    for (const DemoStep &step : steps) {
        progress.total += step.rows;
        for (qint64 chunk = 0; chunk < step.chunks(); ++chunk)
            if (done.contains(step.name + u'#' + QString::number(chunk)))
                progress.done += std::min(step.chunkRows, step.rows - chunk * step.chunkRows);
    }

    for (const DemoStep &step : steps) {
        progress.step = step.name;
        if (m_progress)
            m_progress(progress);
        for (qint64 chunk = 0; chunk < step.chunks(); ++chunk) {
            if (done.contains(step.name + u'#' + QString::number(chunk)))
                continue;
            if (m_cancelFlag && m_cancelFlag->load()) {
                m_cancelled = true;
                return fail(Text::tr("demo generation interrupted; run the same command again to continue where "
                                     "it stopped"));
            }
            const qint64 first = chunk * step.chunkRows;
            const qint64 count = std::max<qint64>(0, std::min(step.chunkRows, step.rows - first));
            DemoDice dice(m_options.seed, demoHash(step.name), quint64(chunk));
            DemoChunk work{.db = *db,
                           .dialect = m_instance.dialect(),
                           .plan = plan,
                           .dice = dice,
                           .index = chunk,
                           .first = first,
                           .count = count};
            WriteTransaction transaction(*db, m_instance.dialect());
            if (auto begun = transaction.begin(); !begun)
                return begun;
            if (auto generated = step.run(work); !generated)
                return fail(Text::tr("generating %1 failed: %2").arg(step.name, generated.error().message));
            // Explicit ids leave PostgreSQL's identity behind; later inserts by the jobs must not collide.
            if (m_instance.dialect() == Dialect::Postgres)
                for (const QString &table : step.tables)
                    if (auto moved = execute(*db,
                                             u"SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                             "GREATEST((SELECT MAX(id) FROM %1), 1))"_s.arg(table));
                        !moved)
                        return std::unexpected(moved.error());
            if (auto recorded
                = execute(*db, u"INSERT INTO demo_progress (step, chunk, row_count, done_at) VALUES (?, ?, ?, ?)"_s,
                          {step.name, chunk, count, nowMs()});
                !recorded)
                return std::unexpected(recorded.error());
            if (auto committed = transaction.commit(); !committed)
                return committed;
            m_rowsWritten += count;
            progress.done += count;
            if (m_progress)
                m_progress(progress);
        }
    }
    auto finished = execute(*db, u"UPDATE demo_runs SET finished_at = ? WHERE id = 1"_s, {nowMs()});
    if (!finished)
        return std::unexpected(finished.error());
    return {};
}

} // namespace nightshift
