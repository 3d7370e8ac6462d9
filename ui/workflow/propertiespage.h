#pragma once

#include "core/workflowdefinition.h"
#include "store/folderrepository.h"

#include <QSet>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace nightshift {

class WorkflowDocument;

// The workflow properties of SPEC §4. Each change is an undoable change of the document, saved with the
// definition; the page follows the document (undo, import). The internal name must be an identifier no other
// workflow has (a package's workflows keep theirs); the folder is chosen in the folder tree. The package is
// shown, not edited. Read-only, with the reason as tooltip, when the operator may not modify the workflow.
class PropertiesPage : public QWidget
{
    Q_OBJECT
public:
    explicit PropertiesPage(WorkflowDocument *document, QWidget *parent = nullptr);

    // Read with the workflow: the folders the operator can read (depth first), the other workflows' names, and
    // why the internal name is fixed ("" when it may change).
    void setChoices(const QList<FolderRecord> &folders, const QSet<QString> &otherNames,
                    const QString &nameFixedBecause);
    void setRefusal(const QString &refusal); // empty: editable
    QString nameProblem(const QString &name) const; // why `name` cannot be the internal name, or ""

private:
    void load();
    void store();
    void storeName();
    void storeFolder();
    void updateNameEditor();

    WorkflowDocument *m_document;
    QLineEdit *m_label, *m_supervisors, *m_affinity, *m_name;
    QLabel *m_nameProblem, *m_package, *m_readOnly;
    QComboBox *m_folder, *m_severity, *m_errors;
    QSpinBox *m_history, *m_consecutive, *m_concurrency;
    QCheckBox *m_logSql, *m_watchdog;
    QList<QWidget *> m_editors;
    QSet<QString> m_otherNames;
    QString m_refusal, m_nameFixedBecause;
    bool m_loading = false;
};

} // namespace nightshift
