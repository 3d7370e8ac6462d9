// The editing half of WorkflowWindow: palette actions, the activity dialog, validation and its issues list,
// save, export and import.
#include "workflowwindow.h"

#include "activitydialog.h"
#include "diagramscene.h"
#include "workflowdocument.h"

#include "common/background.h"
#include "common/messagebar.h"
#include "core/definitionvalidator.h"
#include "core/definitionwriter.h"
#include "engine/workfloweditor.h"
#include "jobs/standardjobs.h"

#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QSaveFile>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

// A job or aggregate activity the engine could not run: its job name (an aggregate runs "aggregate:<cube>") is
// not in the job registry the console's engine and nightshiftd share. A warning, not an error: packages ship
// workflows whose jobs are not built yet, and they must stay editable; such a task fails when it runs.
QString registryProblem(const Activity &a, const JobRegistry &jobs)
{
    if (a.type == ActivityType::Job) {
        const QString job = a.setting(u"job"_s).trimmed();
        if (job.isEmpty())
            return WorkflowWindow::tr("no job chosen: say which job it runs");
        if (!jobs.contains(job))
            return WorkflowWindow::tr("job \"%1\" is not a job the engine knows; it would fail when run").arg(job);
    } else if (a.type == ActivityType::Aggregate) {
        const QString cube = a.setting(u"cube"_s).trimmed();
        if (cube.isEmpty())
            return WorkflowWindow::tr("no cube chosen: say which cube's aggregate it updates");
        if (!jobs.contains(u"aggregate:"_s + cube))
            return WorkflowWindow::tr("cube \"%1\" has no aggregate job in the engine; it would fail when run")
                .arg(cube);
    }
    return {};
}

} // namespace

void WorkflowWindow::addActivity(ActivityType type)
{
    if (!m_refusal.isEmpty())
        return;
    const QPoint spot = m_scene->freeSpot(m_view->mapToScene(m_view->viewport()->rect().center()));
    const QString name = m_document->addActivity(type, spot);
    m_scene->selectActivity(name);
    m_view->centreOnActivity(name);
}

void WorkflowWindow::addActivityAt(ActivityType type, QPointF scenePos)
{
    if (!m_refusal.isEmpty() || !m_loaded || m_saving)
        return;
    const QString name = m_document->addActivity(type, m_scene->freeSpot(scenePos));
    m_scene->selectActivity(name); // where it was dropped: the view does not move
    m_view->setFocus(Qt::OtherFocusReason);
}

void WorkflowWindow::deleteSelection()
{
    if (m_refusal.isEmpty())
        m_document->remove(m_scene->selectedActivities(), m_scene->selectedTransitions());
}

void WorkflowWindow::editActivity(const QString &name)
{
    const Activity *activity = m_document->definition().activity(name);
    if (!activity)
        return;
    QStringList others;
    for (const Activity &a : m_document->definition().activities)
        if (a.name != name)
            others << a.name;
    auto *dialog = new ActivityDialog(*activity, others, m_refusal.isEmpty(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] {
        if (m_refusal.isEmpty() && dialog->problem().isEmpty())
            m_document->replaceActivity(name, dialog->activity());
    });
    dialog->open();
}

int WorkflowWindow::validate()
{
    // The validator reports positions; activities edited in memory have none, so each gets its index as
    // "line" and every issue leads back to its activity.
    WorkflowDefinition numbered = m_document->definition();
    numbered.position = {};
    for (qsizetype i = 0; i < numbered.activities.size(); ++i) {
        numbered.activities[i].position = {i + 1, 1};
        for (Transition &t : numbered.activities[i].transitions)
            t.position = {i + 1, 1};
    }
    ValidationContext rules;
    if (m_catalog)
        rules.isKnownPackage = [catalog = m_catalog](const QString &id) { return catalog->package(id) != nullptr; };
    Errors errors = DefinitionValidator::validate(numbered, rules);
    m_issues->clear();
    for (const Error &e : std::as_const(errors)) {
        const QString activity
            = e.line > 0 && e.line <= numbered.activities.size() ? numbered.activities.at(e.line - 1).name : QString();
        auto *item = new QListWidgetItem(activity.isEmpty() ? e.message : u"%1: %2"_s.arg(activity, e.message));
        item->setData(IssueActivityRole, activity);
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setData(IssueIsWarningRole, false);
        m_issues->addItem(item);
    }
    const std::shared_ptr<const JobRegistry> jobs = standardJobs();
    int warnings = 0;
    for (const Activity &a : numbered.activities)
        if (const QString problem = registryProblem(a, *jobs); !problem.isEmpty()) {
            auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxInformation),
                                             u"%1: %2"_s.arg(a.name, problem));
            item->setData(IssueActivityRole, a.name);
            item->setData(IssueIsWarningRole, true);
            m_issues->addItem(item);
            ++warnings;
        }
    if (errors.isEmpty() && warnings == 0)
        m_issues->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                              tr("No problems found: the workflow can be saved.")));
    if (errors.isEmpty() && warnings > 0)
        m_issues->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                              tr("No blocking problem: the workflow can be saved.")));
    m_issuesDock->show();
    return int(errors.size());
}

void WorkflowWindow::showIssues(const Errors &errors, const QString &sourceName)
{
    m_issues->clear();
    for (const Error &e : errors) {
        Error located = e;
        located.source = sourceName;
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxCritical), located.toString());
        m_issues->addItem(item);
    }
    m_issuesDock->show();
}

void WorkflowWindow::issueActivated(const QString &activity)
{
    if (activity.isEmpty())
        return;
    m_tabs->setCurrentIndex(0);
    m_scene->selectActivity(activity);
    m_view->centreOnActivity(activity);
}

void WorkflowWindow::save()
{
    if (!m_loaded || m_saving || !m_refusal.isEmpty() || !m_catalog)
        return;
    if (validate() > 0) {
        m_messages->showError(tr("The workflow has problems (see Issues); correct them before saving."));
        Q_EMIT saveFailed(tr("invalid definition"));
        return;
    }
    bool warned = false;
    for (int row = 0; row < m_issues->count(); ++row)
        warned = warned || m_issues->item(row)->data(IssueIsWarningRole).toBool();
    m_issuesDock->setVisible(warned); // warnings stay in sight; they do not stop the save
    m_saving = true;
    updateActions();
    statusBar()->showMessage(tr("Saving…"));
    const int undoIndex = m_document->undoStack()->index();
    runInBackground<Result<SaveOutcome>>(
        this,
        [instance = m_instance, catalog = m_catalog, who = m_principal.operatorId, id = m_workflowId,
         definition = m_document->definition(), folder = m_document->folderId()] {
            return WorkflowEditor(*instance, *catalog).saveExisting(who, id, definition, folder);
        },
        [this, undoIndex](const Result<SaveOutcome> &outcome) {
            m_saving = false;
            updateActions();
            if (!outcome) {
                statusBar()->clearMessage();
                m_messages->showError(tr("Cannot save the workflow: %1").arg(outcome.error().message));
                Q_EMIT saveFailed(outcome.error().message);
                return;
            }
            // Edits made while saving are not in the saved version: only the saved state is clean.
            m_document->undoStack()->setClean();
            if (m_document->undoStack()->index() != undoIndex)
                m_document->undoStack()->resetClean();
            m_messages->showError({});
            statusBar()->showMessage(tr("Saved as version %1").arg(outcome->version), 8000);
            Q_EMIT saved(outcome->version);
        });
}

Status WorkflowWindow::exportTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(DefinitionWriter::write(m_document->definition())) < 0
        || !file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status WorkflowWindow::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const auto error = fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
        m_messages->showError(error.error().message);
        return error;
    }
    const QString source = QFileInfo(path).fileName();
    auto definition = DefinitionReader::read(file.readAll(), source);
    if (!definition) {
        showIssues(definition.error(), source);
        m_messages->showError(tr("%1 is not a valid definition (see Issues); nothing was imported.").arg(source));
        return std::unexpected(definition.error().first());
    }
    if (definition->name != m_document->definition().name) {
        const auto error = fail(tr("%1 defines workflow %2, not %3; open that workflow to import it")
                                    .arg(source, definition->name, m_document->definition().name));
        m_messages->showError(error.error().message);
        return error;
    }
    m_messages->showError({});
    m_document->apply(tr("Import %1").arg(source), *definition);
    statusBar()->showMessage(tr("Imported %1; save to keep it").arg(source), 8000);
    return {};
}

} // namespace nightshift
