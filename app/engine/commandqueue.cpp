#include "commandqueue.h"

#include "core/accesspolicy.h"
#include "core/workflowdefinition.h"
#include "security/principalloader.h"
#include "store/auditlog.h"
#include "store/workflowrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::CommandQueue)
};

QString auditAction(WorkflowCommand command)
{
    return u"workflow."_s + workflowCommandName(command);
}

// PostEvent must name a signal the workflow waits for.
Result<void> checkEvent(const WorkflowDefinition &definition, const CommandRequest &request)
{
    const QString event = request.parameters.value(u"event"_s).toString();
    if (event.isEmpty())
        return fail(
            Text::tr("say which event to post to workflow %1 (the name of one of its signals)").arg(request.workflow));
    const Activity *signal = definition.activity(event);
    if (!signal || signal->type != ActivityType::Signal) {
        QStringList signalNames;
        for (const Activity &a : definition.activities)
            if (a.type == ActivityType::Signal)
                signalNames << a.name;
        return fail(
            Text::tr("workflow %1 has no signal \"%2\"; its signals are: %3")
                .arg(request.workflow, event, signalNames.isEmpty() ? Text::tr("none") : signalNames.join(u", "_s)));
    }
    return {};
}

} // namespace

Result<QueuedCommand> CommandQueue::submit(qint64 operatorId, const CommandRequest &request)
{
    auto db = m_instance.database();
    if (!db)
        return std::unexpected(db.error());
    // Refusals are audited outside the command's transaction, which they roll back.
    const auto refused = [&](const QString &login, const Error &why) -> std::unexpected<Error> {
        if (auto audited = AuditLog(*db).append({login,
                                                 auditAction(request.command),
                                                 u"workflow"_s,
                                                 request.workflow,
                                                 {},
                                                 u"refused: "_s + why.message});
            !audited)
            return std::unexpected(audited.error());
        return std::unexpected(why);
    };

    QueuedCommand queued;
    QString login;
    {
        WriteTransaction transaction(*db, m_instance.dialect());
        if (auto begun = transaction.begin(); !begun)
            return std::unexpected(begun.error());
        PrincipalLoader principals(*db);
        auto who = principals.load(operatorId);
        if (!who) {
            transaction.rollback(); // before auditing on the same connection
            return refused(u"#%1"_s.arg(operatorId), who.error());
        }
        login = who->login;
        WorkflowRepository workflows(*db);
        auto record = workflows.find(request.workflow);
        if (!record)
            return std::unexpected(record.error());
        if (!*record)
            return fail(Text::tr("there is no workflow named \"%1\"").arg(request.workflow));
        auto readable = principals.canReadFolder(*who, (*record)->folderId);
        if (!readable)
            return std::unexpected(readable.error());
        const WorkflowTarget target{request.workflow, !(*record)->packageId.isEmpty(), *readable};
        if (auto allowed = AccessPolicy::checkCommand(*who, request.command, target); !allowed) {
            transaction.rollback();
            return refused(login, allowed.error());
        }
        if (request.command == WorkflowCommand::PostEvent) {
            auto definition = workflows.definition((*record)->id);
            if (!definition)
                return std::unexpected(definition.error());
            if (auto ok = checkEvent(*definition, request); !ok) {
                transaction.rollback();
                return refused(login, ok.error());
            }
        }
        auto next = stateAfterRequest(request.command, (*record)->state);
        if (!next) {
            transaction.rollback();
            return refused(login, next.error());
        }

        const qint64 now = nowMs();
        queued.before = (*record)->state;
        queued.shown = *next;
        if (*next != (*record)->state) {
            auto updated = execute(*db, u"UPDATE workflows SET state = ?, state_changed_at = ? WHERE id = ?"_s,
                                   {workflowStateName(*next), now, (*record)->id});
            if (!updated)
                return std::unexpected(updated.error());
        }
        const QString parameters = request.parameters.isEmpty()
            ? QString()
            : QString::fromUtf8(
                QJsonDocument(QJsonObject::fromVariantMap(request.parameters)).toJson(QJsonDocument::Compact));
        auto inserted = execute(*db,
                                u"INSERT INTO commands (workflow_id, command, parameters, requested_by, requested_at) "
                                "VALUES (?, ?, ?, ?, ?)"_s,
                                {(*record)->id, workflowCommandName(request.command), parameters, login, now});
        if (!inserted)
            return std::unexpected(inserted.error());
        auto id = scalar(*db, u"SELECT MAX(id) FROM commands WHERE workflow_id = ?"_s, {(*record)->id});
        if (!id)
            return std::unexpected(id.error());
        queued.id = id->toLongLong();
        if (auto audited = AuditLog(*db).append(
                {login, auditAction(request.command), u"workflow"_s, request.workflow, workflowStateName(queued.before),
                 parameters.isEmpty() ? workflowStateName(queued.shown)
                                      : workflowStateName(queued.shown) + u' ' + parameters});
            !audited)
            return std::unexpected(audited.error());
        if (auto committed = transaction.commit(); !committed)
            return std::unexpected(committed.error());
    }
    return queued;
}

} // namespace nightshift
