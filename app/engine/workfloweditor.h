#pragma once

#include "core/workflowcatalog.h"
#include "store/instance.h"

namespace nightshift {

struct SaveOutcome
{
    enum class Kind { Created, Updated, Unchanged };
    Kind kind = Kind::Unchanged;
    int version = 1;
    QString folderPath;
};

// Every change of a workflow definition goes through here, whoever makes it: rights are checked against
// the operator as it is now, the definition must be valid, and the new version, the row and the audit line
// (with before and after) are written in one transaction. Refusals are audited.
class WorkflowEditor
{
public:
    WorkflowEditor(Instance &instance, const WorkflowCatalog &catalog) : m_instance(instance), m_catalog(catalog) { }

    // Creates the workflow (technical ones in their package's folder, others in `folderForNew`) or saves
    // a new version of it.
    Result<SaveOutcome> save(qint64 operatorId, const WorkflowDefinition &definition, const QString &folderForNew = {});

    // Saves a new version of the existing workflow `workflowId`, whose definition may carry a new internal name
    // (an identifier no other workflow has; a package's or template's workflows keep theirs: their package
    // finds them by it) and which moves to folder `folderId` when that is another folder of workflows (0: stays).
    // The operator must be allowed to change the workflow and read both folders; a move is audited too.
    Result<SaveOutcome> saveExisting(qint64 operatorId, qint64 workflowId, const WorkflowDefinition &definition,
                                     qint64 folderId = 0);

private:
    enum class NameRule { AsValidated, MustBeIdentifier };
    Status checkSavable(const WorkflowDefinition &definition, NameRule nameRule) const;

    Instance &m_instance;
    const WorkflowCatalog &m_catalog;
};

} // namespace nightshift
