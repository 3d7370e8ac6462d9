// Monitoring from the command line: status, runs and logs. These commands only read what the engine
// records (workflows, runs, tasks, commands, journal, nodes); folder read rights apply as for "workflows show".
#include "clicontext.h"

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

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::cli)
};

constexpr qint64 NotRespondingAfterMs = 30'000; // a running node without a heartbeat for longer is not responding
constexpr int FollowIntervalMs = 500;
constexpr int FollowBatch = 500; // journal lines read per query while following

// ------------------------------------------------------------------------------------------ formatting

QString localTime(const QVariant &ms, bool withMs = false)
{
    if (ms.isNull())
        return u"-"_s;
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong())
        .toString(withMs ? u"yyyy-MM-dd HH:mm:ss.zzz"_s : u"yyyy-MM-dd HH:mm:ss"_s);
}

QJsonValue jsonTime(const QVariant &ms) // ISO 8601, UTC, with milliseconds; null when absent
{
    if (ms.isNull())
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong()).toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue jsonText(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

QJsonValue jsonId(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toLongLong());
}

QString textOrDash(const QVariant &value)
{
    const QString text = value.toString().simplified();
    return text.isEmpty() ? u"-"_s : text;
}

QString durationText(qint64 ms)
{
    if (ms < 0)
        return u"-"_s;
    if (ms < 1000)
        return u"%1ms"_s.arg(ms);
    return formatDuration(std::chrono::seconds(ms / 1000));
}

QString levelText(int level)
{
    if (level < int(JournalLevel::Debug) || level > int(JournalLevel::Error))
        return QString::number(level);
    return journalLevelName(JournalLevel(level));
}

// Rows of columns separated by two spaces, the last one not padded.
void printTable(const QList<QStringList> &rows, QTextStream &out, const QString &indent = {})
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = std::max(widths[c], row[c].size());
        }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += row[c].leftJustified(c + 1 < row.size() ? widths[c] + 2 : 0);
        out << indent << line.trimmed() << '\n';
    }
}

void printJson(const QJsonDocument &document, QTextStream &out)
{
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

// Parses a positive number option; nullopt (with a usage error printed) when it is not one.
std::optional<qint64> positiveOption(const QCommandLineParser &args, const QString &name, qint64 fallback,
                                     CliContext &ctx)
{
    if (!args.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = args.value(name).toLongLong(&ok);
    if (!ok || value <= 0) {
        ctx.usageError(Text::tr("--%1 takes a positive number, not \"%2\"").arg(name, args.value(name)));
        return std::nullopt;
    }
    return value;
}

// -------------------------------------------------------------------------------------- the workflow

struct Monitored
{
    std::shared_ptr<Instance> instance;
    QSqlDatabase db;
    Principal principal;
};

Result<Monitored> open(CliContext &ctx)
{
    auto session = ctx.login();
    if (!session)
        return std::unexpected(session.error());
    auto db = session->instance->database();
    if (!db)
        return std::unexpected(db.error());
    return Monitored{session->instance, *db, session->principal};
}

struct WorkflowRow
{
    qint64 id = 0;
    QString name;
    QString label;
    qint64 folderId = 0;
    QString state;
    bool failed = false;
    QString severity;
    QVariant lastStartAt;
    QVariant lastStatus;
    QVariant nextRunAt;
};

const QString WorkflowColumns = u"id, internal_name, label, folder_id, state, failed, severity, last_start_at, "
                                "last_status, next_run_at"_s;

WorkflowRow workflowRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toLongLong(),
            q.value(4).toString(),
            q.value(5).toInt() != 0,
            q.value(6).toString(),
            q.value(7),
            q.value(8),
            q.value(9)};
}

// The workflow named `name`, if the operator may read its folder: an unreadable workflow is not shown to exist.
Result<WorkflowRow> findWorkflow(const Monitored &m, const QString &name)
{
    auto q = execute(m.db, u"SELECT %1 FROM workflows WHERE internal_name = ?"_s.arg(WorkflowColumns), {name});
    if (!q)
        return std::unexpected(q.error());
    std::optional<WorkflowRow> row;
    if (q->next())
        row = workflowRow(*q);
    auto readable = row ? PrincipalLoader(m.db).canReadFolder(m.principal, row->folderId) : Result<bool>(false);
    if (!readable)
        return std::unexpected(readable.error());
    if (!row || !*readable)
        return fail(
            Text::tr("there is no workflow named \"%1\"; \"nightshiftctl workflows list\" shows them").arg(name));
    return *row;
}

// ------------------------------------------------------------------------------------------- status

int statusList(const QCommandLineParser &args, CliContext &ctx)
{
    std::optional<QString> stateFilter;
    if (args.isSet(u"state"_s)) {
        const auto state = workflowStateFromName(args.value(u"state"_s));
        if (!state) {
            QStringList names;
            for (int s = int(WorkflowState::Edited); s <= int(WorkflowState::Finished); ++s)
                names << workflowStateName(WorkflowState(s));
            return ctx.usageError(Text::tr("unknown workflow state \"%1\"; the states are %2")
                                      .arg(args.value(u"state"_s), names.join(u", "_s)));
        }
        stateFilter = workflowStateName(*state);
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
        const auto status = runStatusFromName(args.value(u"status"_s));
        if (!status) {
            QStringList names;
            for (int s = int(RunStatus::Running); s <= int(RunStatus::Interrupted); ++s)
                names << runStatusName(RunStatus(s));
            return ctx.usageError(Text::tr("unknown run status \"%1\"; the statuses are %2")
                                      .arg(args.value(u"status"_s), names.join(u", "_s)));
        }
        statusFilter = runStatusName(*status);
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

// --------------------------------------------------------------------------------------------- logs

// SIGINT and SIGTERM as a socket notifier (the self-pipe pattern of nightshiftd's SignalWatcher): the handler
// only writes a byte, the event loop does the rest. The previous handlers come back on destruction.
class TerminationSignals
{
public:
    TerminationSignals()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_fds) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(s_fds[0], QSocketNotifier::Read);
        struct sigaction action
        { };
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGTERM, &action, &m_oldTerm);
        sigaction(SIGINT, &action, &m_oldInt);
    }
    ~TerminationSignals()
    {
        if (!m_notifier)
            return;
        sigaction(SIGTERM, &m_oldTerm, nullptr);
        sigaction(SIGINT, &m_oldInt, nullptr);
        m_notifier.reset();
        ::close(s_fds[0]);
        ::close(s_fds[1]);
        s_fds[0] = s_fds[1] = -1;
    }
    TerminationSignals(const TerminationSignals &) = delete;
    TerminationSignals &operator=(const TerminationSignals &) = delete;

    QSocketNotifier *notifier() const { return m_notifier.get(); } // null when the pipe could not be made

private:
    static void onSignal(int number)
    {
        const char byte = char(number);
        [[maybe_unused]] const ssize_t written = ::write(s_fds[1], &byte, 1);
    }

    static inline int s_fds[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldTerm
    { };
    struct sigaction m_oldInt
    { };
};

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
        const auto level = journalLevelFromName(args.value(u"level"_s).toLower());
        if (!level) {
            QStringList names;
            for (int l = int(JournalLevel::Debug); l <= int(JournalLevel::Error); ++l)
                names << journalLevelName(JournalLevel(l));
            return ctx.usageError(Text::tr("unknown journal level \"%1\"; the levels are %2")
                                      .arg(args.value(u"level"_s), names.join(u", "_s)));
        }
        filter.minimumLevel = int(*level);
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
    std::optional<TerminationSignals> termination;
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
    if (termination->notifier())
        QObject::connect(termination->notifier(), &QSocketNotifier::activated, &loop, &QEventLoop::quit);
    timer.start();
    loop.exec();
    out.flush();
    return exitCode;
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
