#include "propertiespage.h"

#include "workflowdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nightshift {

PropertiesPage::PropertiesPage(WorkflowDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_label(new QLineEdit), m_supervisors(new QLineEdit),
      m_affinity(new QLineEdit), m_name(new QLineEdit), m_nameProblem(new QLabel), m_package(new QLabel),
      m_readOnly(new QLabel), m_folder(new QComboBox), m_severity(new QComboBox), m_errors(new QComboBox),
      m_history(new QSpinBox), m_consecutive(new QSpinBox), m_concurrency(new QSpinBox),
      m_logSql(new QCheckBox(tr("Log the SQL statements of the activities"))),
      m_watchdog(new QCheckBox(tr("Restart automatically after an error (watchdog)")))
{
    m_label->setObjectName(u"workflowLabel"_s);
    m_supervisors->setObjectName(u"supervisorGroup"_s);
    m_affinity->setObjectName(u"defaultAffinity"_s);
    m_affinity->setPlaceholderText(tr("any engine node"));
    m_name->setObjectName(u"internalName"_s);
    m_name->setMaxLength(64);
    m_nameProblem->setObjectName(u"internalNameProblem"_s);
    m_nameProblem->setWordWrap(true);
    m_nameProblem->setStyleSheet(u"color: #d93025;"_s);
    m_nameProblem->hide();
    m_folder->setObjectName(u"folder"_s);
    m_severity->setObjectName(u"severity"_s);
    m_severity->addItems({tr("Normal"), tr("Production"), tr("Critical")});
    m_history->setObjectName(u"historyDays"_s);
    m_history->setRange(0, 3650);
    m_history->setSuffix(tr(" days"));
    m_history->setSpecialValueText(tr("Keep everything"));
    m_errors->setObjectName(u"errorManagement"_s);
    m_errors->addItems({tr("Stop the process (failed and paused)"), tr("Ignore")});
    m_consecutive->setObjectName(u"consecutiveErrors"_s);
    m_consecutive->setRange(0, 1000);
    m_consecutive->setSpecialValueText(tr("any number"));
    m_consecutive->setPrefix(tr("up to "));
    m_consecutive->setSuffix(tr(" errors in a row"));
    m_concurrency->setObjectName(u"concurrency"_s);
    m_concurrency->setRange(1, 1000);
    m_logSql->setObjectName(u"logSql"_s);
    m_watchdog->setObjectName(u"watchdog"_s);
    m_package->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *identity = new QGroupBox(tr("Workflow"));
    auto *identityForm = new QFormLayout(identity);
    identityForm->addRow(tr("&Label:"), m_label);
    identityForm->addRow(tr("&Internal name:"), m_name);
    identityForm->addRow(QString(), m_nameProblem);
    identityForm->addRow(tr("F&older:"), m_folder);
    identityForm->addRow(tr("Package:"), m_package);

    auto *execution = new QGroupBox(tr("Execution"));
    auto *executionForm = new QFormLayout(execution);
    executionForm->addRow(tr("&Supervisor group:"), m_supervisors);
    executionForm->addRow(tr("Se&verity:"), m_severity);
    executionForm->addRow(tr("&History:"), m_history);
    executionForm->addRow(tr("Default &affinity:"), m_affinity);
    executionForm->addRow(tr("&Concurrency limit:"), m_concurrency);
    auto *errorRow = new QHBoxLayout;
    errorRow->addWidget(m_errors, 1);
    errorRow->addWidget(m_consecutive, 1);
    executionForm->addRow(tr("On error:"), errorRow);
    executionForm->addRow(QString(), m_watchdog);
    executionForm->addRow(QString(), m_logSql);

    m_readOnly->setObjectName(u"propertiesReadOnly"_s);
    m_readOnly->setWordWrap(true);
    m_readOnly->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);
    layout->addWidget(m_readOnly);
    layout->addWidget(identity);
    layout->addWidget(execution);
    layout->addStretch();
    for (QGroupBox *box : {identity, execution})
        box->setMaximumWidth(720);

    m_editors = {m_label,   m_folder,      m_supervisors, m_affinity, m_severity, m_errors,
                 m_history, m_consecutive, m_concurrency, m_logSql,   m_watchdog};
    for (QLineEdit *edit : {m_label, m_supervisors, m_affinity})
        connect(edit, &QLineEdit::editingFinished, this, &PropertiesPage::store);
    for (QComboBox *combo : {m_severity, m_errors})
        connect(combo, &QComboBox::currentIndexChanged, this, &PropertiesPage::store);
    for (QSpinBox *spin : {m_history, m_consecutive, m_concurrency})
        connect(spin, &QSpinBox::valueChanged, this, &PropertiesPage::store);
    for (QCheckBox *box : {m_logSql, m_watchdog})
        connect(box, &QCheckBox::toggled, this, &PropertiesPage::store);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString problem
            = text.trimmed() == m_document->definition().name ? QString() : nameProblem(text.trimmed());
        m_nameProblem->setText(problem);
        m_nameProblem->setVisible(!problem.isEmpty());
    });
    connect(m_name, &QLineEdit::editingFinished, this, &PropertiesPage::storeName);
    connect(m_folder, &QComboBox::activated, this, &PropertiesPage::storeFolder);
    connect(m_document, &WorkflowDocument::changed, this, &PropertiesPage::load);
    load();
}

void PropertiesPage::setChoices(const QList<FolderRecord> &folders, const QSet<QString> &otherNames,
                                const QString &nameFixedBecause)
{
    m_otherNames = otherNames;
    m_nameFixedBecause = nameFixedBecause;
    m_loading = true;
    m_folder->clear();
    // The tree as an indented list: only folders of workflows can be chosen; the others are shown for context.
    auto *model = qobject_cast<QStandardItemModel *>(m_folder->model());
    for (const FolderRecord &f : folders) {
        const auto depth = f.path.count(u'/');
        m_folder->addItem(QString(int(depth) * 3, u' ') + f.label, f.id);
        m_folder->setItemData(m_folder->count() - 1, f.path, Qt::ToolTipRole);
        if (f.kind != FolderKind::Folder && f.kind != FolderKind::Workflows && model)
            model->item(m_folder->count() - 1)->setEnabled(false);
    }
    m_loading = false;
    load();
    updateNameEditor();
}

QString PropertiesPage::nameProblem(const QString &name) const
{
    if (!isIdentifier(name))
        return tr("An internal name starts with a letter or _, then letters, digits or _ (at most 64).");
    if (m_otherNames.contains(name))
        return tr("Another workflow is already named %1.").arg(name);
    return {};
}

void PropertiesPage::setRefusal(const QString &refusal)
{
    m_refusal = refusal;
    for (QWidget *editor : std::as_const(m_editors)) {
        editor->setEnabled(refusal.isEmpty());
        editor->setToolTip(refusal);
    }
    m_readOnly->setText(tr("Read only: %1").arg(refusal));
    m_readOnly->setVisible(!refusal.isEmpty());
    updateNameEditor();
}

void PropertiesPage::updateNameEditor()
{
    const QString why = !m_refusal.isEmpty() ? m_refusal : m_nameFixedBecause;
    m_name->setReadOnly(!why.isEmpty());
    m_name->setToolTip(why);
}

void PropertiesPage::storeName()
{
    const QString name = m_name->text().trimmed();
    if (m_loading || m_name->isReadOnly() || name == m_document->definition().name)
        return;
    if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        m_nameProblem->setText(problem); // the edit stays, to be corrected; the document keeps the valid name
        m_nameProblem->show();
        return;
    }
    m_nameProblem->hide();
    m_name->setModified(false);
    WorkflowDefinition after = m_document->definition();
    after.name = name;
    m_document->apply(tr("Rename to %1").arg(name), after);
}

void PropertiesPage::storeFolder()
{
    if (m_loading || m_folder->currentIndex() < 0)
        return;
    m_document->moveToFolder(m_folder->currentData().toLongLong(), m_folder->currentText().trimmed());
}

void PropertiesPage::load()
{
    m_loading = true;
    const WorkflowDefinition &d = m_document->definition();
    const WorkflowProperties &p = d.properties;
    if (!m_label->hasFocus() || m_label->text() != d.label)
        m_label->setText(d.label);
    if (!m_name->hasFocus() || !m_name->isModified()) { // never under the operator's typing
        m_name->setText(d.name);
        m_nameProblem->hide();
    }
    if (const int at = m_folder->findData(m_document->folderId()); at >= 0)
        m_folder->setCurrentIndex(at);
    m_package->setText(d.package.isEmpty() ? tr("none (not a technical workflow)") : d.package);
    m_supervisors->setText(p.supervisorGroup);
    m_affinity->setText(p.affinity);
    m_severity->setCurrentIndex(int(p.severity));
    m_history->setValue(p.historyDays);
    m_errors->setCurrentIndex(int(p.errorManagement));
    m_consecutive->setValue(p.consecutiveErrors);
    m_consecutive->setVisible(p.errorManagement == ErrorManagement::Ignore);
    m_concurrency->setValue(p.concurrency);
    m_logSql->setChecked(p.logSql);
    m_watchdog->setChecked(p.watchdog);
    m_loading = false;
}

void PropertiesPage::store()
{
    if (m_loading)
        return;
    WorkflowDefinition after = m_document->definition();
    WorkflowProperties &p = after.properties;
    after.label = m_label->text().trimmed();
    p.supervisorGroup = m_supervisors->text().trimmed();
    p.affinity = m_affinity->text().trimmed();
    p.severity = Severity(m_severity->currentIndex());
    p.historyDays = m_history->value();
    p.errorManagement = ErrorManagement(m_errors->currentIndex());
    p.consecutiveErrors = p.errorManagement == ErrorManagement::Ignore ? m_consecutive->value() : 0;
    p.concurrency = m_concurrency->value();
    p.logSql = m_logSql->isChecked();
    p.watchdog = m_watchdog->isChecked();
    m_consecutive->setVisible(p.errorManagement == ErrorManagement::Ignore);
    // Typing in a spin box gives one change per keystroke: they merge into one undo step per field.
    m_document->apply(tr("Edit workflow properties"), after, u"properties:"_s + sender()->objectName());
}

} // namespace nightshift
