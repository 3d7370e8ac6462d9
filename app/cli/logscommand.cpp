// nightshiftctl logs: a workflow's journal, and with --follow the lines as they come.
#include "monitorsupport.h"

#include "core/executionstatus.h"
#include "engine/signalwatcher.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace nightshift::cli::monitor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::cli)
};

constexpr int FollowIntervalMs = 500;
constexpr int FollowBatch = 500; // journal lines read per query while following

// --------------------------------------------------------------------------------------------- logs

struct LogFilter
{
    std::optional<qint64> run;
    std::optional<int> minimumLevel;
    std::optional<QString> activity;

    bool accepts(const QVariant &run_, int level, const QVariant &activity_) const
    {
        return (!run || (!run_.isNull() && run_.toLongLong() == *run)) && (!minimumLevel || level >= *minimumLevel)
            && (!activity || activity_.toString() == *activity);
    }
};

const QString JournalColumns = u"id, at, level, activity, run_id, message"_s;

// Prints one journal row (JournalColumns from column `first` on); returns its id.
qint64 printJournalLine(const QSqlQuery &q, int first, bool json, QTextStream &out)
{
    const qint64 id = q.value(first).toLongLong();
    const QVariant at = q.value(first + 1);
    const int level = q.value(first + 2).toInt();
    const QVariant activity = q.value(first + 3);
    const QVariant run = q.value(first + 4);
    const QString message = q.value(first + 5).toString();
    if (json)
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"id"_s, id},
                                                           {u"at"_s, jsonTime(at)},
                                                           {u"level"_s, levelText(level)},
                                                           {u"activity"_s, jsonText(activity)},
                                                           {u"runId"_s, jsonId(run)},
                                                           {u"message"_s, message}})
                                     .toJson(QJsonDocument::Compact))
            << '\n';
    else
        out << localTime(at, true) << "  " << levelText(level).leftJustified(7) << "  " << textOrDash(activity) << "  "
            << (run.isNull() ? u"-"_s : Text::tr("run %1").arg(run.toLongLong())) << "  " << message << '\n';
    return id;
}

} // namespace

int logs(const QCommandLineParser &args, const QStringList &arguments, CliContext &ctx)
{
    if (arguments.size() != 1)
        return ctx.usageError(Text::tr("give exactly one workflow name"));
    const auto limit = positiveOption(args, u"limit"_s, 100, ctx);
    if (!limit)
        return UsageError;
    LogFilter filter;
    if (args.isSet(u"run"_s)) {
        const auto run = positiveOption(args, u"run"_s, 0, ctx);
        if (!run)
            return UsageError;
        filter.run = *run;
    }
    if (args.isSet(u"level"_s)) {
        QStringList names;
        for (int l = int(JournalLevel::Debug); l <= int(JournalLevel::Error); ++l)
            names << journalLevelName(JournalLevel(l));
        const auto level
            = nameOption(args, u"level"_s, names, Text::tr("unknown journal level \"%1\"; the levels are %2"), ctx);
        if (!level)
            return UsageError;
        filter.minimumLevel = int(*journalLevelFromName(*level));
    }
    if (args.isSet(u"activity"_s))
        filter.activity = args.value(u"activity"_s);
    const bool json = args.isSet(u"json"_s);
    const bool follow = args.isSet(u"follow"_s);

    auto m = open(ctx);
    if (!m)
        return ctx.failWith(m.error().message);
    auto w = findWorkflow(*m, arguments.first());
    if (!w)
        return ctx.failWith(w.error().message);
    if (filter.run) {
        auto belongs
            = scalar(m->db, u"SELECT COUNT(*) FROM runs WHERE id = ? AND workflow_id = ?"_s, {*filter.run, w->id});
        if (!belongs)
            return ctx.failWith(belongs.error().message);
        if (belongs->toLongLong() == 0)
            return ctx.failWith(Text::tr("workflow %1 has no run %2; \"nightshiftctl runs %1\" lists its runs")
                                    .arg(w->name)
                                    .arg(*filter.run));
    }

    // After the login (Ctrl+C at a password prompt still ends the command), before anything is printed (so
    // whoever waits for the first lines to stop us cannot come too early).
    std::optional<SignalWatcher> termination; // Ctrl+C or SIGTERM ends --follow with exit code 0
    if (follow)
        termination.emplace();

    // The newest line now: what follows it is for --follow, so nothing is printed twice or missed.
    auto newest = scalar(m->db, u"SELECT MAX(id) FROM journal WHERE workflow_id = ?"_s, {w->id});
    if (!newest)
        return ctx.failWith(newest.error().message);
    qint64 cursor = newest->isNull() ? 0 : newest->toLongLong();

    // The last `limit` matching lines, oldest first.
    QString where = u"workflow_id = ? AND id <= ?"_s;
    QVariantList values{w->id, cursor};
    if (filter.run) {
        where += u" AND run_id = ?"_s;
        values << *filter.run;
    }
    if (filter.minimumLevel) {
        where += u" AND level >= ?"_s;
        values << *filter.minimumLevel;
    }
    if (filter.activity) {
        where += u" AND activity = ?"_s;
        values << *filter.activity;
    }
    values << *limit;
    auto q
        = execute(m->db,
                  u"SELECT %1 FROM (SELECT %1 FROM journal WHERE %2 ORDER BY id DESC LIMIT ?) newest ORDER BY id"_s.arg(
                      JournalColumns, where),
                  values);
    if (!q)
        return ctx.failWith(q.error().message);
    QTextStream &out = ctx.out();
    while (q->next())
        printJournalLine(*q, 0, json, out);
    q->finish();
    out.flush();
    if (!follow)
        return Success;

    // Following: one query per poll on journal_workflow (workflow_id, id), joined to the workflow so that its
    // deletion shows as no row at all. The filters apply in code here, so that lines that do not match move the
    // cursor too.
    int exitCode = Success;
    QEventLoop loop;
    QTimer timer;
    timer.setInterval(FollowIntervalMs);
    const auto poll = [&] {
        for (;;) {
            auto next = execute(m->db,
                                u"SELECT w.id, j.id, j.at, j.level, j.activity, j.run_id, j.message FROM workflows w "
                                "LEFT JOIN journal j ON j.workflow_id = w.id AND j.id > ? WHERE w.id = ? "
                                "ORDER BY j.id LIMIT ?"_s,
                                {cursor, w->id, FollowBatch});
            if (!next) {
                exitCode = ctx.failWith(next.error().message);
                loop.quit();
                return;
            }
            int rows = 0;
            bool exists = false;
            while (next->next()) {
                exists = true;
                if (next->value(1).isNull())
                    break;
                ++rows;
                cursor = next->value(1).toLongLong();
                if (filter.accepts(next->value(5), next->value(3).toInt(), next->value(4)))
                    printJournalLine(*next, 1, json, out);
            }
            next->finish();
            out.flush();
            if (!exists) {
                exitCode = ctx.failWith(Text::tr("workflow %1 was deleted").arg(w->name));
                loop.quit();
                return;
            }
            if (rows < FollowBatch)
                return;
        }
    };
    QObject::connect(&timer, &QTimer::timeout, &loop, poll);
    QObject::connect(&*termination, &SignalWatcher::terminationRequested, &loop, &QEventLoop::quit);
    timer.start();
    loop.exec();
    out.flush();
    return exitCode;
}

} // namespace nightshift::cli::monitor
