#pragma once

#include "sqlsupport.h"

#include "core/workflowdefinition.h"
#include "core/workflowstate.h"

namespace nightshift {

struct WorkflowRecord
{
    qint64 id = 0;
    QString internalName;
    QString label;
    qint64 folderId = 0;
    QString packageId;
    QString templateName; // e.g. mcSynch_{account}, for workflows made from a template
    QString account;
    WorkflowState state = WorkflowState::Edited;
    bool failed = false;
    Severity severity = Severity::Normal;
    int definitionVersion = 1;
    qint64 modifiedAt = 0;
    QString modifiedBy;

    bool operator==(const WorkflowRecord &) const = default; // every field: what "unchanged" means to the console
};

// Workflows and their definition versions. Definitions are stored in canonical form (DefinitionWriter).
class WorkflowRepository
{
public:
    explicit WorkflowRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    Result<QList<WorkflowRecord>> all() const; // by folder, then label
    Result<std::optional<WorkflowRecord>> find(const QString &internalName) const;
    Result<WorkflowDefinition> definition(qint64 workflowId) const;

    struct NewWorkflow
    {
        WorkflowDefinition definition;
        qint64 folderId = 0;
        QString templateName;
        QString account;
        bool asEdited = false; // a workflow made in the editor: "being edited" until someone starts it
    };
    // Inserts the workflow in the state its definition asks for ("started" becomes "start pending" with a
    // queued start command, which an engine node applies); returns its id.
    Result<qint64> insert(const NewWorkflow &workflow, const QString &operatorLogin);
    // Saves `definition` as the workflow's next version and mirrors its properties in the row.
    Status saveDefinition(qint64 workflowId, const WorkflowDefinition &definition, const QString &operatorLogin);

private:
    QSqlDatabase m_db;
};

} // namespace nightshift
