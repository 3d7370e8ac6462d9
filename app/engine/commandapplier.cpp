#include "commandapplier.h"

#include "core/workflowcommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::Engine)
};
} // namespace

Status CommandApplier::apply(qint64 workflowId, const QString &name, const QVariantMap &parameters, const QString &by,
                             QString &error, bool &deferred)
{
    auto loaded = m_batch.workflow(workflowId);
    if (!loaded)
        return std::unexpected(loaded.error());
    WorkflowRow &w = **loaded;
    const auto command = workflowCommandFromName(name);
    const auto refuse = [&](const QString &why) -> Status {
        error = why;
        m_batch.journal(w.id, 0, 0, JournalLevel::Warning, {}, why);
        return {};
    };
    if (!command)
        return refuse(Text::tr("unknown command \"%1\" ignored").arg(name));
    if (*command != WorkflowCommand::PostEvent)
        m_batch.journal(w.id, 0, 0, JournalLevel::Info, {}, Text::tr("%1 requested by %2").arg(name, by));
    m_batch.touchedWorkflows.insert(w.id);

    switch (*command) {
    case WorkflowCommand::Start: {
        if (w.state == WorkflowState::Started)
            return refuse(Text::tr("start ignored: the workflow is already started"));
        if (w.state == WorkflowState::StopRequested)
            return refuse(Text::tr("start ignored: an unconditional stop was requested after it"));
        auto live = m_batch.sql.scalar(u"SELECT COUNT(*) FROM tasks WHERE workflow_id = ? AND state IN "
                                       "('ready', 'running', 'waiting', 'armed', 'suspended')"_s,
                                       {w.id}, 0);
        if (!live)
            return std::unexpected(live.error());
        if (live->toInt() > 0 && parameters.isEmpty())
            return m_runtime.resume(w, by);
        if (live->toInt() > 0) {
            auto left = m_runtime.cancel(w, false);
            if (!left)
                return std::unexpected(left.error());
        }
        return m_runtime.start(w, u"operator"_s, by, parameters, false, false);
    }
    case WorkflowCommand::Simulate:
        if (w.state == WorkflowState::StopRequested)
            return refuse(Text::tr("simulation ignored: an unconditional stop was requested after it"));
        return m_runtime.start(w, u"simulation"_s, by, parameters, true, false);
    case WorkflowCommand::Pause:
        if (w.state != WorkflowState::PauseRequested && w.state != WorkflowState::Started)
            return refuse(Text::tr("pause ignored: the workflow is no longer started"));
        m_batch.journal(w.id, 0, 0, JournalLevel::Info, {}, Text::tr("paused: running activities finish, none starts"));
        return m_batch.setState(w, WorkflowState::Paused);
    case WorkflowCommand::Stop:
    case WorkflowCommand::Restart:
    case WorkflowCommand::UnconditionalStop: {
        const bool unconditional = *command == WorkflowCommand::UnconditionalStop;
        const bool restart = *command == WorkflowCommand::Restart;
        if (restart && w.state == WorkflowState::StopRequested)
            return refuse(Text::tr("restart ignored: an unconditional stop was requested after it"));
        auto left = m_runtime.cancel(w, unconditional);
        if (!left)
            return std::unexpected(left.error());
        if (*left == 0)
            return m_runtime.finishStop(w, restart, by);
        m_batch.journal(w.id, 0, 0, JournalLevel::Info, {},
                        Text::tr("waiting for %n running activit(y/ies) to stop", nullptr, *left));
        return m_batch.setState(w, restart ? WorkflowState::RestartRequested : WorkflowState::StopRequested);
    }
    case WorkflowCommand::Wakeup: {
        auto woken = m_batch.sql.run(u"UPDATE tasks SET wake_at = ? WHERE workflow_id = ? AND state IN ('ready', "
                                     "'running', 'waiting', 'armed', 'suspended') AND state IN ('waiting', 'armed') "
                                     "AND wake_at IS NOT NULL"_s,
                                     {m_batch.now, w.id});
        if (!woken)
            return std::unexpected(woken.error());
        m_batch.journal(w.id, 0, 0, JournalLevel::Info, {},
                        Text::tr("%n waiting activit(y/ies) run now", nullptr, (*woken)->numRowsAffected()));
        return {};
    }
    case WorkflowCommand::PurgeHistory: {
        // Runs that ended take their tasks, events and journal lines with them (ON DELETE CASCADE).
        auto runs = m_batch.sql.run(u"DELETE FROM runs WHERE workflow_id = ? AND status <> 'running'"_s, {w.id});
        if (!runs)
            return std::unexpected(runs.error());
        const int purged = (*runs)->numRowsAffected();
        for (const QString &sql : {u"DELETE FROM journal WHERE workflow_id = ? AND run_id IS NULL"_s,
                                   u"DELETE FROM tasks WHERE workflow_id = ? AND run_id IS NULL AND state IN "
                                   "('done', 'failed', 'cancelled', 'skipped')"_s})
            if (auto deleted = m_batch.sql.run(sql, {w.id}); !deleted)
                return std::unexpected(deleted.error());
        m_batch.journal(w.id, 0, 0, JournalLevel::Info, {},
                        Text::tr("history purged by %1: %n run(s) deleted", nullptr, purged).arg(by));
        return {};
    }
    case WorkflowCommand::PostEvent: {
        // Events posted to a paused workflow wait in the queue until it is resumed; a workflow being stopped
        // or restarted drops them (the stop was asked for after the event).
        if (w.state == WorkflowState::Paused || w.state == WorkflowState::PauseRequested
            || w.state == WorkflowState::StartPending) {
            deferred = true;
            return {};
        }
        if (w.state == WorkflowState::StopRequested || w.state == WorkflowState::RestartRequested)
            return refuse(Text::tr("event %1 from %2 dropped: the workflow is being stopped")
                              .arg(parameters.value(u"event"_s).toString(), by));
        const QString event = parameters.value(u"event"_s).toString();
        QVariantMap vars = parameters;
        vars.remove(u"event"_s);
        auto delivered = m_runtime.postEvent(w, event, vars, by);
        if (!delivered)
            return std::unexpected(delivered.error());
        if (!*delivered)
            return refuse(Text::tr("event %1 from %2 dropped: no activity waits for it now").arg(event, by));
        return {};
    }
    }
    return {};
}

} // namespace nightshift
