#include "clicontext.h"

#include "engine/commandqueue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::cli)
};

// One CLI command per workflow command: NAME, plus EVENT for "signal", plus --param key=value for "start".
int queueCommand(WorkflowCommand command, const QCommandLineParser &args, const QStringList &arguments, CliContext &ctx)
{
    const bool needsEvent = command == WorkflowCommand::PostEvent;
    if (arguments.size() != (needsEvent ? 2 : 1))
        return ctx.usageError(needsEvent ? Text::tr("give the workflow name and the event (signal) name")
                                         : Text::tr("give exactly one workflow name"));
    CommandRequest request{arguments.first(), command, {}};
    if (needsEvent)
        request.parameters.insert(u"event"_s, arguments.at(1));
    if (command == WorkflowCommand::Start) {
        for (const QString &pair : args.values(u"param"_s)) {
            const qsizetype equals = pair.indexOf(u'=');
            if (equals <= 0)
                return ctx.usageError(Text::tr("--param takes key=value, not \"%1\"").arg(pair));
            request.parameters.insert(pair.left(equals), pair.mid(equals + 1));
        }
    }
    auto session = ctx.login();
    if (!session)
        return ctx.failWith(session.error().message);
    auto queued = CommandQueue(*session->instance).submit(session->principal.operatorId, request);
    if (!queued)
        return ctx.failWith(queued.error().message);
    const QString shown = QCoreApplication::translate("nightshift::WorkflowState", workflowStateLabel(queued->shown));
    ctx.out() << Text::tr("Queued: %1 %2 (command %3); it shows \"%4\" until an engine node applies it.")
                     .arg(workflowCommandLabel(command), request.workflow)
                     .arg(queued->id)
                     .arg(shown)
              << Qt::endl;
    return Success;
}

Command control(WorkflowCommand command, const QString &summary)
{
    const bool needsEvent = command == WorkflowCommand::PostEvent;
    Command c{{workflowCommandName(command)},
              summary,
              needsEvent ? u"NAME EVENT"_s : u"NAME"_s,
              {},
              [command](const QCommandLineParser &args, const QStringList &arguments, CliContext &ctx) {
                  return queueCommand(command, args, arguments, ctx);
              }};
    if (command == WorkflowCommand::Start)
        c.addOptions = [](QCommandLineParser &p) {
            p.addOption({u"param"_s, Text::tr("A start parameter, key=value (repeatable)."), Text::tr("key=value")});
        };
    return c;
}

} // namespace

QList<Command> controlCommands()
{
    using C = WorkflowCommand;
    return {
        control(C::Start, Text::tr("Start a workflow, or resume a paused one (--param for start parameters)")),
        control(C::Pause, Text::tr("Pause a workflow: no new activity starts")),
        control(C::Stop, Text::tr("Stop a workflow: cancel what can be cancelled")),
        control(C::UnconditionalStop, Text::tr("Stop a workflow unconditionally (administrators)")),
        control(C::Restart, Text::tr("Stop and start a workflow, keeping its instance variables")),
        control(C::Wakeup, Text::tr("Execute a workflow's pending tasks now")),
        control(C::PurgeHistory, Text::tr("Purge a workflow's history")),
        control(C::Simulate, Text::tr("Run a workflow without side effects")),
        control(C::PostEvent, Text::tr("Post an event to a workflow's signal activity")),
    };
}

} // namespace nightshift::cli
