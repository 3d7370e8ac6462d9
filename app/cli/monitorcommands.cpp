// Monitoring from the command line: status, runs and logs. These commands only read what the engine
// records (workflows, runs, tasks, commands, journal, nodes); folder read rights apply as for "workflows show".
#include "monitorsupport.h"

#include "core/duration.h"
#include "core/executionstatus.h"
#include "core/workflowstate.h"
#include "security/principalloader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace nightshift::cli {

using namespace monitor;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::cli)
};

constexpr qint64 NotRespondingAfterMs = 30'000; // a running node without a heartbeat for longer is not responding

// ------------------------------------------------------------------------------------------- status

int statusList(const QCommandLineParser &args, CliContext &ctx)
{
    std::optional<QString> stateFilter;
    if (args.isSet(u"state"_s)) {
        QStringList names;
        for (int s = int(WorkflowState::Edited); s <= int(WorkflowState::Finished); ++s)
            names << workflowStateName(WorkflowState(s));
        stateFilter
            = nameOption(args, u"state"_s, names, Text::tr("unknown workflow state \"%1\"; the states are %2"), ctx);
        if (!stateFilter)
            return UsageError;
    }
    auto m = open(ctx);
    if (!m)
        return ctx.failWith(m.error().message);
    auto readable = PrincipalLoader(m->db).readableFolders(m->principal);
    if (!readable)
        return ctx.failWith(readable.error().message);

    auto q = execute(m->db,
                     u"SELECT %1, (SELECT COUNT(*) FROM tasks t WHERE t.workflow_id = w.id AND t.state = ?) "
                     "FROM workflows w ORDER BY internal_name"_s.arg(WorkflowColumns),
                     {taskStateName(TaskState::Running)});
    if (!q)
        return ctx.failWith(q.error().message);
    QList<std::pair<WorkflowRow, qint64>> workflows;
    while (q->next()) {
        const WorkflowRow w = workflowRow(*q);
        if (!readable->contains(w.folderId) || (stateFilter && w.state != *stateFilter)
            || (args.isSet(u"failed"_s) && !w.failed))
            continue;
        workflows.append({w, q->value(10).toLongLong()});
    }
    q->finish();

    auto nodes = execute(m->db, u"SELECT name, affinities, state, heartbeat_at FROM nodes ORDER BY name"_s);
    if (!nodes)
        return ctx.failWith(nodes.error().message);
    const qint64 now = nowMs();
    struct Node
    {
        QString name, affinities, state;
        qint64 heartbeatAt;
        bool responding;
    };
    QList<Node> nodeList;
    while (nodes->next()) {
        Node n{nodes->value(0).toString(), nodes->value(1).toString(), nodes->value(2).toString(),
               nodes->value(3).toLongLong(), true};
        n.responding = n.state != u"running"_s || now - n.heartbeatAt <= NotRespondingAfterMs;
        nodeList << n;
    }

    if (args.isSet(u"json"_s)) {
        QJsonArray workflowArray;
        for (const auto &[w, running] : workflows)
            workflowArray.append(QJsonObject{{u"name"_s, w.name},
                                             {u"label"_s, w.label},
                                             {u"state"_s, w.state},
                                             {u"failed"_s, w.failed},
                                             {u"lastStartAt"_s, jsonTime(w.lastStartAt)},
                                             {u"lastStatus"_s, jsonText(w.lastStatus)},
                                             {u"nextRunAt"_s, jsonTime(w.nextRunAt)},
                                             {u"runningTasks"_s, running}});
        QJsonArray nodeArray;
        for (const Node &n : nodeList)
            nodeArray.append(QJsonObject{{u"name"_s, n.name},
                                         {u"affinities"_s, n.affinities},
                                         {u"state"_s, n.state},
                                         {u"heartbeatAt"_s, jsonTime(n.heartbeatAt)},
                                         {u"heartbeatAgeMs"_s, now - n.heartbeatAt},
                                         {u"responding"_s, n.responding}});
        printJson(QJsonDocument(QJsonObject{{u"workflows"_s, workflowArray}, {u"nodes"_s, nodeArray}}), ctx.out());
        return Success;
    }

    QTextStream &out = ctx.out();
    if (workflows.isEmpty()) {
        out << Text::tr("No workflows.") << '\n';
    } else {
        QList<QStringList> rows{{Text::tr("NAME"), Text::tr("STATE"), Text::tr("FAILED"), Text::tr("LAST START"),
                                 Text::tr("LAST STATUS"), Text::tr("NEXT RUN"), Text::tr("RUNNING TASKS")}};
        for (const auto &[w, running] : workflows)
            rows << QStringList{w.name,
                                w.state,
                                w.failed ? Text::tr("failed") : u"-"_s,
                                localTime(w.lastStartAt),
                                textOrDash(w.lastStatus),
                                localTime(w.nextRunAt),
                                QString::number(running)};
        printTable(rows, out);
    }
    out << '\n' << Text::tr("Engine nodes:") << '\n';
    if (nodeList.isEmpty()) {
        out << Text::tr("  none: no nightshiftd has registered") << '\n';
    } else {
        QList<QStringList> rows{{Text::tr("NAME"), Text::tr("AFFINITIES"), Text::tr("STATE"), Text::tr("HEARTBEAT")}};
        for (const Node &n : nodeList)
            rows << QStringList{n.name, n.affinities.isEmpty() ? u"-"_s : n.affinities,
                                n.responding ? n.state : Text::tr("not responding"),
                                Text::tr("%1 ago").arg(durationText(std::max<qint64>(0, now - n.heartbeatAt)))};
        printTable(rows, out, u"  "_s);
    }
    out.flush();
    return Success;
}

int statusDetails(const QCommandLineParser &args, const QString &name, CliContext &ctx)
{
    if (args.isSet(u"state"_s) || args.isSet(u"failed"_s))
        return ctx.usageError(Text::tr("--state and --failed filter the list of workflows; give no workflow name"));
    auto m = open(ctx);
    if (!m)
        return ctx.failWith(m.error().message);
    auto w = findWorkflow(*m, name);
    if (!w)
        return ctx.failWith(w.error().message);

    auto lastRun = execute(m->db,
                           u"SELECT id, trigger, operator, started_at, ended_at, status, rows_processed, error "
                           "FROM runs WHERE workflow_id = ? ORDER BY started_at DESC, id DESC LIMIT 1"_s,
                           {w->id});
    if (!lastRun)
        return ctx.failWith(lastRun.error().message);
    std::optional<QVariantList> run;
    if (lastRun->next()) {
        run = QVariantList{};
        for (int c = 0; c < 8; ++c)
            run->append(lastRun->value(c));
    }
    lastRun->finish();

    QStringList liveStates;
    for (int s = int(TaskState::Ready); s <= int(TaskState::Skipped); ++s)
        if (!isTerminal(TaskState(s)))
            liveStates << u"'%1'"_s.arg(taskStateName(TaskState(s)));
    auto tasks = execute(m->db,
                         u"SELECT id, activity, state, COALESCE(started_at, created_at), wake_at, node, progress_done, "
                         "progress_total, run_id FROM tasks WHERE workflow_id = ? AND state IN (%1) ORDER BY id"_s.arg(
                             liveStates.join(u", "_s)),
                         {w->id});
    if (!tasks)
        return ctx.failWith(tasks.error().message);
    QList<QVariantList> taskRows;
    while (tasks->next()) {
        QVariantList row;
        for (int c = 0; c < 9; ++c)
            row << tasks->value(c);
        taskRows << row;
    }
    tasks->finish();

    auto commands = execute(m->db,
                            u"SELECT id, command, requested_by, requested_at, claimed_by FROM commands "
                            "WHERE workflow_id = ? AND applied_at IS NULL ORDER BY id"_s,
                            {w->id});
    if (!commands)
        return ctx.failWith(commands.error().message);
    QList<QVariantList> commandRows;
    while (commands->next()) {
        QVariantList row;
        for (int c = 0; c < 5; ++c)
            row << commands->value(c);
        commandRows << row;
    }
    commands->finish();

    const auto duration
        = [](const QVariantList &r) { return r[4].isNull() ? -1 : r[4].toLongLong() - r[3].toLongLong(); };

    if (args.isSet(u"json"_s)) {
        QJsonValue runJson = QJsonValue::Null;
        if (run)
            runJson = QJsonObject{{u"id"_s, (*run)[0].toLongLong()},
                                  {u"trigger"_s, (*run)[1].toString()},
                                  {u"operator"_s, jsonText((*run)[2])},
                                  {u"startedAt"_s, jsonTime((*run)[3])},
                                  {u"endedAt"_s, jsonTime((*run)[4])},
                                  {u"durationMs"_s, (*run)[4].isNull() ? QJsonValue() : QJsonValue(duration(*run))},
                                  {u"status"_s, (*run)[5].toString()},
                                  {u"rowsProcessed"_s, (*run)[6].toLongLong()},
                                  {u"error"_s, jsonText((*run)[7])}};
        QJsonArray taskArray;
        for (const QVariantList &t : taskRows)
            taskArray.append(QJsonObject{{u"id"_s, t[0].toLongLong()},
                                         {u"activity"_s, t[1].toString()},
                                         {u"state"_s, t[2].toString()},
                                         {u"since"_s, jsonTime(t[3])},
                                         {u"wakeAt"_s, jsonTime(t[4])},
                                         {u"node"_s, jsonText(t[5])},
                                         {u"progressDone"_s, t[6].toLongLong()},
                                         {u"progressTotal"_s, t[7].toLongLong()},
                                         {u"runId"_s, jsonId(t[8])}});
        QJsonArray commandArray;
        for (const QVariantList &c : commandRows)
            commandArray.append(QJsonObject{{u"id"_s, c[0].toLongLong()},
                                            {u"command"_s, c[1].toString()},
                                            {u"requestedBy"_s, jsonText(c[2])},
                                            {u"requestedAt"_s, jsonTime(c[3])},
                                            {u"claimedBy"_s, jsonText(c[4])}});
        printJson(QJsonDocument(QJsonObject{{u"name"_s, w->name},
                                            {u"label"_s, w->label},
                                            {u"state"_s, w->state},
                                            {u"failed"_s, w->failed},
                                            {u"severity"_s, w->severity},
                                            {u"lastStartAt"_s, jsonTime(w->lastStartAt)},
                                            {u"lastStatus"_s, jsonText(w->lastStatus)},
                                            {u"nextRunAt"_s, jsonTime(w->nextRunAt)},
                                            {u"lastRun"_s, runJson},
                                            {u"tasks"_s, taskArray},
                                            {u"pendingCommands"_s, commandArray}}),
                  ctx.out());
        return Success;
    }

    QTextStream &out = ctx.out();
    const auto field = [&out](const QString &label, const QString &value) {
        out << (label + u':').leftJustified(18) << value << '\n';
    };
    field(Text::tr("Workflow"), u"%1 (%2)"_s.arg(w->name, w->label));
    field(Text::tr("State"), w->state);
    field(Text::tr("Failed"), w->failed ? Text::tr("yes") : Text::tr("no"));
    field(Text::tr("Severity"), w->severity);
    field(Text::tr("Next run"), localTime(w->nextRunAt));
    if (!run) {
        field(Text::tr("Last run"), Text::tr("none"));
    } else {
        const QVariantList &r = *run;
        field(Text::tr("Last run"),
              Text::tr("%1 (%2), %3, started %4, ended %5, took %6, %7 rows")
                  .arg(r[0].toString(), r[1].toString(), r[5].toString(), localTime(r[3]), localTime(r[4]),
                       durationText(duration(r)), r[6].toString()));
        if (!r[7].toString().isEmpty())
            field(Text::tr("Last run error"), r[7].toString().simplified());
    }
    out << Text::tr("Tasks:") << '\n';
    if (taskRows.isEmpty()) {
        out << "  " << Text::tr("none") << '\n';
    } else {
        QList<QStringList> rows{{Text::tr("ACTIVITY"), Text::tr("STATE"), Text::tr("SINCE"), Text::tr("WAKE AT"),
                                 Text::tr("NODE"), Text::tr("PROGRESS")}};
        for (const QVariantList &t : taskRows)
            rows << QStringList{t[1].toString(),  t[2].toString(),
                                localTime(t[3]),  localTime(t[4]),
                                textOrDash(t[5]), u"%1/%2"_s.arg(t[6].toLongLong()).arg(t[7].toLongLong())};
        printTable(rows, out, u"  "_s);
    }
    out << Text::tr("Pending commands:") << '\n';
    if (commandRows.isEmpty()) {
        out << "  " << Text::tr("none") << '\n';
    } else {
        QList<QStringList> rows{{Text::tr("ID"), Text::tr("COMMAND"), Text::tr("REQUESTED BY"),
                                 Text::tr("REQUESTED AT"), Text::tr("CLAIMED BY")}};
        for (const QVariantList &c : commandRows)
            rows << QStringList{c[0].toString(), c[1].toString(), textOrDash(c[2]), localTime(c[3]), textOrDash(c[4])};
        printTable(rows, out, u"  "_s);
    }
    out.flush();
    return Success;
}

int status(const QCommandLineParser &args, const QStringList &arguments, CliContext &ctx)
{
    if (arguments.size() > 1)
        return ctx.usageError(Text::tr("give at most one workflow name"));
    return arguments.isEmpty() ? statusList(args, ctx) : statusDetails(args, arguments.first(), ctx);
}

// --------------------------------------------------------------------------------------------- runs

int runs(const QCommandLineParser &args, const QStringList &arguments, CliContext &ctx)
{
    if (arguments.size() != 1)
        return ctx.usageError(Text::tr("give exactly one workflow name"));
    const auto limit = positiveOption(args, u"limit"_s, 20, ctx);
    if (!limit)
        return UsageError;
    std::optional<QString> statusFilter;
    if (args.isSet(u"status"_s)) {
        QStringList names;
        for (int s = int(RunStatus::Running); s <= int(RunStatus::Interrupted); ++s)
            names << runStatusName(RunStatus(s));
        statusFilter
            = nameOption(args, u"status"_s, names, Text::tr("unknown run status \"%1\"; the statuses are %2"), ctx);
        if (!statusFilter)
            return UsageError;
    }
    auto m = open(ctx);
    if (!m)
        return ctx.failWith(m.error().message);
    auto w = findWorkflow(*m, arguments.first());
    if (!w)
        return ctx.failWith(w.error().message);

    QVariantList values{w->id};
    QString where = u"workflow_id = ?"_s;
    if (statusFilter) {
        where += u" AND status = ?"_s;
        values << *statusFilter;
    }
    values << *limit;
    auto q = execute(m->db,
                     u"SELECT id, trigger, operator, started_at, ended_at, status, rows_processed, error FROM runs "
                     "WHERE %1 ORDER BY started_at DESC, id DESC LIMIT ?"_s.arg(where),
                     values);
    if (!q)
        return ctx.failWith(q.error().message);
    QList<QVariantList> rows;
    while (q->next()) {
        QVariantList row;
        for (int c = 0; c < 8; ++c)
            row << q->value(c);
        rows << row;
    }
    q->finish();
    const auto duration
        = [](const QVariantList &r) { return r[4].isNull() ? -1 : r[4].toLongLong() - r[3].toLongLong(); };

    if (args.isSet(u"json"_s)) {
        QJsonArray array;
        for (const QVariantList &r : rows)
            array.append(QJsonObject{{u"id"_s, r[0].toLongLong()},
                                     {u"trigger"_s, r[1].toString()},
                                     {u"operator"_s, jsonText(r[2])},
                                     {u"startedAt"_s, jsonTime(r[3])},
                                     {u"endedAt"_s, jsonTime(r[4])},
                                     {u"durationMs"_s, r[4].isNull() ? QJsonValue() : QJsonValue(duration(r))},
                                     {u"status"_s, r[5].toString()},
                                     {u"rowsProcessed"_s, r[6].toLongLong()},
                                     {u"error"_s, jsonText(r[7])}});
        printJson(QJsonDocument(array), ctx.out());
        return Success;
    }
    if (rows.isEmpty()) {
        ctx.out() << (statusFilter ? Text::tr("No %1 runs of %2.").arg(*statusFilter, w->name)
                                   : Text::tr("No runs of %1 yet.").arg(w->name))
                  << Qt::endl;
        return Success;
    }
    QList<QStringList> table{{Text::tr("RUN"), Text::tr("TRIGGER"), Text::tr("OPERATOR"), Text::tr("START"),
                              Text::tr("END"), Text::tr("DURATION"), Text::tr("STATUS"), Text::tr("ROWS"),
                              Text::tr("ERROR")}};
    for (const QVariantList &r : rows)
        table << QStringList{r[0].toString(), r[1].toString(), textOrDash(r[2]),
                             localTime(r[3]), localTime(r[4]), durationText(duration(r)),
                             r[5].toString(), r[6].toString(), textOrDash(r[7])};
    printTable(table, ctx.out());
    ctx.out().flush();
    return Success;
}

} // namespace

QList<Command> monitorCommands()
{
    return {
        {{u"status"_s},
         Text::tr("Show the workflows and engine nodes, or one workflow's tasks and pending commands"),
         u"[NAME]"_s,
         [](QCommandLineParser &p) {
             p.addOption(
                 {u"state"_s, Text::tr("Only workflows in this state (e.g. started, paused)."), Text::tr("state")});
             p.addOption({u"failed"_s, Text::tr("Only failed workflows.")});
             p.addOption({u"json"_s, Text::tr("Print JSON.")});
         },
         status},
        {{u"runs"_s},
         Text::tr("List a workflow's runs, newest first"),
         u"NAME"_s,
         [](QCommandLineParser &p) {
             p.addOption({u"limit"_s, Text::tr("At most this many runs (default 20)."), Text::tr("count")});
             p.addOption({u"status"_s,
                          Text::tr("Only runs with this status: running, succeeded, failed, stopped, interrupted."),
                          Text::tr("status")});
             p.addOption({u"json"_s, Text::tr("Print JSON.")});
         },
         runs},
        {{u"logs"_s},
         Text::tr("Print a workflow's journal, oldest first (--follow for new lines as they come)"),
         u"NAME"_s,
         [](QCommandLineParser &p) {
             p.addOption({u"run"_s, Text::tr("Only lines of this run."), Text::tr("id")});
             p.addOption({u"level"_s, Text::tr("Only lines of this level or above: debug, info, warning, error."),
                          Text::tr("level")});
             p.addOption({u"activity"_s, Text::tr("Only lines of this activity."), Text::tr("name")});
             p.addOption({u"limit"_s, Text::tr("The last this many lines (default 100)."), Text::tr("count")});
             p.addOption({{u"f"_s, u"follow"_s},
                          Text::tr("Then print new lines as they come, until interrupted (exit code 0) or the "
                                   "workflow is deleted (exit code 1).")});
             p.addOption({u"json"_s, Text::tr("Print one JSON object per line.")});
         },
         logs},
    };
}

} // namespace nightshift::cli
