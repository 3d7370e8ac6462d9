#include "workflowrepository.h"

#include "core/definitionreader.h"
#include "core/definitionwriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::WorkflowRepository)
};

const QString selectColumns = u"SELECT id, internal_name, label, folder_id, COALESCE(package_id, ''), "
                              "COALESCE(template_name, ''), COALESCE(account, ''), state, failed, severity, "
                              "definition_version, modified_at, COALESCE(modified_by, '') FROM workflows "_s;

WorkflowRecord readRecord(const QSqlQuery &q)
{
    WorkflowRecord r;
    r.id = q.value(0).toLongLong();
    r.internalName = q.value(1).toString();
    r.label = q.value(2).toString();
    r.folderId = q.value(3).toLongLong();
    r.packageId = q.value(4).toString();
    r.templateName = q.value(5).toString();
    r.account = q.value(6).toString();
    r.state = workflowStateFromName(q.value(7).toString()).value_or(WorkflowState::Edited);
    r.failed = q.value(8).toInt() != 0;
    r.severity = severityFromName(q.value(9).toString()).value_or(Severity::Normal);
    r.definitionVersion = q.value(10).toInt();
    r.modifiedAt = q.value(11).toLongLong();
    r.modifiedBy = q.value(12).toString();
    return r;
}

WorkflowState stateOnInstall(InitialState initial)
{
    switch (initial) {
    case InitialState::Started: // an engine node starts it: it arms its schedulers and signals
        return WorkflowState::StartPending;
    case InitialState::Paused:
        return WorkflowState::Paused;
    case InitialState::Edited:
        break;
    }
    return WorkflowState::Edited;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

Result<QList<WorkflowRecord>> WorkflowRepository::all() const
{
    auto query = execute(m_db, selectColumns + u"ORDER BY folder_id, label"_s);
    if (!query)
        return std::unexpected(query.error());
    QList<WorkflowRecord> records;
    while (query->next())
        records << readRecord(*query);
    return records;
}

Result<std::optional<WorkflowRecord>> WorkflowRepository::find(const QString &internalName) const
{
    auto query = execute(m_db, selectColumns + u"WHERE internal_name = ?"_s, {internalName});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<WorkflowRecord>();
    return std::optional<WorkflowRecord>(readRecord(*query));
}

Result<WorkflowDefinition> WorkflowRepository::definition(qint64 workflowId) const
{
    auto xml = scalar(m_db, u"SELECT definition FROM workflows WHERE id = ?"_s, {workflowId});
    if (!xml)
        return std::unexpected(xml.error());
    if (xml->isNull())
        return fail(Text::tr("there is no workflow with id %1").arg(workflowId));
    auto definition = DefinitionReader::read(xml->toString().toUtf8(), Text::tr("stored definition"));
    if (!definition) // only a hand-edited database gets here
        return fail(Text::tr("the stored definition of workflow %1 is damaged: %2")
                        .arg(workflowId)
                        .arg(joined(definition.error())));
    return *definition;
}

Result<qint64> WorkflowRepository::insert(const NewWorkflow &workflow, const QString &operatorLogin)
{
    const WorkflowDefinition &d = workflow.definition;
    const QString xml = QString::fromUtf8(DefinitionWriter::write(d));
    const qint64 now = nowMs();
    const WorkflowState initial = workflow.asEdited ? WorkflowState::Edited : stateOnInstall(d.properties.initialState);
    auto inserted = execute(
        m_db,
        u"INSERT INTO workflows (internal_name, label, folder_id, package_id, template_name, account, definition, "
        "state, severity, history_days, affinity, supervisor_group, created_at, created_by, modified_at, modified_by, "
        "state_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {d.name, d.label, workflow.folderId, nullIfEmpty(d.package), nullIfEmpty(workflow.templateName),
         nullIfEmpty(workflow.account), xml, workflowStateName(initial),
         severityName(d.properties.severity), d.properties.historyDays, orEmpty(d.properties.affinity),
         d.properties.supervisorGroup, now, operatorLogin, now, operatorLogin, now});
    if (!inserted)
        return std::unexpected(inserted.error());
    auto id = scalar(m_db, u"SELECT id FROM workflows WHERE internal_name = ?"_s, {d.name});
    if (!id)
        return std::unexpected(id.error());
    auto version = execute(m_db,
                           u"INSERT INTO workflow_versions (workflow_id, version, definition, saved_at, saved_by) "
                           "VALUES (?, 1, ?, ?, ?)"_s,
                           {*id, xml, now, operatorLogin});
    if (!version)
        return std::unexpected(version.error());
    if (initial == WorkflowState::StartPending) {
        auto queued = execute(m_db,
                              u"INSERT INTO commands (workflow_id, command, requested_by, requested_at) "
                              "VALUES (?, 'start', ?, ?)"_s,
                              {*id, operatorLogin, now});
        if (!queued)
            return std::unexpected(queued.error());
    }
    return id->toLongLong();
}

Status WorkflowRepository::saveDefinition(qint64 workflowId, const WorkflowDefinition &d, const QString &operatorLogin)
{
    const QString xml = QString::fromUtf8(DefinitionWriter::write(d));
    const qint64 now = nowMs();
    auto updated
        = execute(m_db,
                  u"UPDATE workflows SET label = ?, definition = ?, definition_version = definition_version + 1, "
                  "severity = ?, history_days = ?, affinity = ?, supervisor_group = ?, modified_at = ?, "
                  "modified_by = ? WHERE id = ?"_s,
                  {d.label, xml, severityName(d.properties.severity), d.properties.historyDays,
                   orEmpty(d.properties.affinity), d.properties.supervisorGroup, now, operatorLogin, workflowId});
    if (!updated)
        return std::unexpected(updated.error());
    auto version = execute(m_db,
                           u"INSERT INTO workflow_versions (workflow_id, version, definition, saved_at, saved_by) "
                           "SELECT id, definition_version, definition, ?, ? FROM workflows WHERE id = ?"_s,
                           {now, operatorLogin, workflowId});
    if (!version)
        return std::unexpected(version.error());
    return {};
}

} // namespace nightshift
