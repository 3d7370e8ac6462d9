#pragma once

#include "core/workflowdefinition.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace nightshift {

class WorkflowDocument;

// The workflow properties of SPEC §4. Each change is an undoable change of the document, saved with the
// definition; the page follows the document (undo, import). Internal name, folder and package say where the
// workflow is and are shown, not edited. Read-only, with the reason as tooltip, when the operator may not
// modify the workflow.
class PropertiesPage : public QWidget
{
    Q_OBJECT
public:
    explicit PropertiesPage(WorkflowDocument *document, QWidget *parent = nullptr);

    void setLocation(const QString &folderLabel); // the folder, read with the workflow
    void setRefusal(const QString &refusal); // empty: editable

private:
    void load();
    void store();

    WorkflowDocument *m_document;
    QLineEdit *m_label, *m_supervisors, *m_affinity;
    QLabel *m_name, *m_folder, *m_package, *m_readOnly;
    QComboBox *m_severity, *m_errors;
    QSpinBox *m_history, *m_consecutive, *m_concurrency;
    QCheckBox *m_logSql, *m_watchdog;
    QList<QWidget *> m_editors;
    bool m_loading = false;
};

} // namespace nightshift
