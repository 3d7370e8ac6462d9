// The workflow window against a real instance and a real in-process engine: the diagram of a seeded workflow,
// an editing round trip through undo, validation and save (new version, audit line), drops from the palette,
// renaming and moving a workflow from its properties, warnings for jobs and cubes the engine does not know,
// export and import, execution colours and counts of a run, the tasks model, read-only mode, and screenshots.
#include "enginefixture.h"

#include "consoletesting.h"
#include "workflow/activitydialog.h"
#include "workflow/diagramitems.h"
#include "workflow/diagramscene.h"
#include "workflow/tasktablemodel.h"
#include "workflow/workflowdocument.h"
#include "workflow/workflowwindow.h"

#include "core/definitionreader.h"
#include "core/definitionwriter.h"
#include "engine/workfloweditor.h"
#include "security/passwordhasher.h"
#include "security/principalloader.h"
#include "store/operatorrepository.h"
#include "store/workflowrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QGraphicsSceneMouseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

constexpr int Timeout = 15000;

// A mouse event delivered to the scene, as the view would deliver it.
void sceneMouse(DiagramScene *scene, QEvent::Type type, QPointF at, QPointF pressedAt)
{
    QGraphicsSceneMouseEvent event(type);
    event.setScenePos(at);
    event.setButton(Qt::LeftButton);
    event.setButtons(type == QEvent::GraphicsSceneMouseRelease ? Qt::NoButton : Qt::LeftButton);
    event.setButtonDownScenePos(Qt::LeftButton, pressedAt);
    event.setLastScenePos(at);
    QCoreApplication::sendEvent(scene, &event);
}

void drag(DiagramScene *scene, QPointF from, QPointF to)
{
    sceneMouse(scene, QEvent::GraphicsSceneMousePress, from, from);
    sceneMouse(scene, QEvent::GraphicsSceneMouseMove, (from + to) / 2, from);
    sceneMouse(scene, QEvent::GraphicsSceneMouseMove, to, from);
    sceneMouse(scene, QEvent::GraphicsSceneMouseRelease, to, from);
}

// A drag from the palette dropped on the view's viewport at `at`, as the platform delivers it; true if accepted.
bool dropOnView(DiagramView *view, ActivityType type, QPoint at)
{
    std::unique_ptr<QMimeData> mime(activityMimeData(type));
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &move);
    QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &drop);
    return drop.isAccepted();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class WorkflowWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(f.setUp(&error), qPrintable(error));
        auto db = f.instance->database();
        auto admin = PrincipalLoader(*db).load(f.adminId);
        QVERIFY(admin);
        m_admin = *admin;
        auto created = OperatorRepository(*db).create(
            {0, u"viewer"_s, u"Viewer"_s, *PasswordHasher::hash(u"viewer-password"_s), false}, {});
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        auto viewer = PrincipalLoader(*db).load(*created);
        QVERIFY(viewer);
        m_viewer = *viewer;
    }

    void cleanupTestCase() { f.stopEngine(); }

    void diagramShowsEveryActivityAndTransition()
    {
        auto window = open(u"tracking"_s);
        QVERIFY(window);
        const WorkflowDefinition &d = window->document()->definition();
        QCOMPARE(d.name, u"tracking"_s);
        QCOMPARE(window->scene()->activityItems().size(), d.activities.size());
        int transitions = 0;
        for (const Activity &a : d.activities)
            transitions += int(a.transitions.size());
        QCOMPARE(window->scene()->transitionItems().size(), transitions);
        QCOMPARE(window->scene()->transitionItems().size(), 3);
        QCOMPARE(window->refusal(), QString());
        QVERIFY(window->action(u"save"_s)->isEnabled());
        // Nothing overlaps: tiles and labels of different activities stay apart.
        const QList<ActivityItem *> items = window->scene()->activityItems();
        for (ActivityItem *a : items)
            for (ActivityItem *b : items)
                if (a != b)
                    QVERIFY2(!a->sceneBoundingRect().intersects(b->sceneBoundingRect()),
                             qPrintable(a->name() + u" overlaps "_s + b->name()));
        QCOMPARE(window->execution().runId, 0); // never ran: no colours, no counts
        for (TransitionItem *t : window->scene()->transitionItems())
            QCOMPARE(t->count(), std::nullopt);
        // Zoom and fit.
        const qreal fitted = window->view()->zoom();
        window->action(u"zoomIn"_s)->trigger();
        QVERIFY(window->view()->zoom() > fitted);
        QTest::keyClick(window->view(), Qt::Key_Minus);
        QTest::keyClick(window->view(), Qt::Key_Minus);
        QVERIFY(window->view()->zoom() < fitted);
        QTest::keyClick(window->view(), Qt::Key_F);
        QCOMPARE(window->view()->zoom(), fitted);
        testing::saveScreenshot(*window, u"workflow-diagram.png"_s);
        window->tabs()->setCurrentIndex(1);
        QCOMPARE(window->findChild<QLineEdit *>(u"workflowLabel"_s)->text(), u"Tracking"_s);
        testing::saveScreenshot(*window, u"workflow-properties.png"_s);
    }

    void editingRoundTrip()
    {
        auto window = open(u"cleanup"_s);
        QVERIFY(window);
        WorkflowDocument *document = window->document();
        DiagramScene *scene = window->scene();
        const int versionsBefore
            = f.count(u"SELECT COUNT(*) FROM workflow_versions WHERE workflow_id = ?"_s, {f.workflowId(u"cleanup"_s)});

        // Add a job from the palette: it is selected, not connected, and the validator says so.
        window->action(u"add-job"_s)->trigger();
        QCOMPARE(scene->activityItems().size(), 5);
        QCOMPARE(scene->selectedActivities(), QStringList{u"job"_s});
        QVERIFY(window->validate() > 0);
        QListWidgetItem *issue = nullptr;
        for (int row = 0; row < window->issueList()->count() && !issue; ++row)
            if (window->issueList()->item(row)->text().startsWith(u"job: "_s))
                issue = window->issueList()->item(row);
        QVERIFY(issue);
        scene->clearSelection();
        Q_EMIT window->issueList()->itemActivated(issue);
        QCOMPARE(scene->selectedActivities(), QStringList{u"job"_s});

        // Reroute purge → job → end: delete the arrow purge → end, then draw the two new ones.
        scene->clearSelection();
        for (TransitionItem *t : scene->transitionItems())
            if (t->sourceName() == u"purge"_s)
                t->setSelected(true);
        window->action(u"delete"_s)->trigger();
        QCOMPARE(scene->transitionItems().size(), 2);
        window->action(u"modeConnect"_s)->trigger();
        drag(scene, scene->activityItem(u"purge"_s)->pos(), scene->activityItem(u"job"_s)->pos());
        drag(scene, scene->activityItem(u"job"_s)->pos(), scene->activityItem(u"end"_s)->pos());
        QCOMPARE(scene->transitionItems().size(), 4);
        QCOMPARE(document->definition().activity(u"job"_s)->transitions.value(0).target, u"end"_s);

        // Move it by dragging, in select mode.
        window->action(u"modeSelect"_s)->trigger();
        const QPointF from = scene->activityItem(u"job"_s)->pos();
        scene->clearSelection();
        drag(scene, from, from + QPointF(40, 120));
        QCOMPARE(QPoint(*document->definition().activity(u"job"_s)->x, *document->definition().activity(u"job"_s)->y),
                 (from + QPointF(40, 120)).toPoint());

        // Edit its properties in the dialog.
        window->editActivity(u"job"_s);
        auto *dialog = window->findChild<ActivityDialog *>();
        QVERIFY(dialog);
        dialog->field(u"label"_s)->setText(u"Second pass"_s);
        dialog->field(u"job"_s)->setText(u"cleanup"_s);
        dialog->accept();
        QCOMPARE(document->definition().activity(u"job"_s)->label, u"Second pass"_s);
        QCOMPARE(document->definition().activity(u"job"_s)->setting(u"job"_s), u"cleanup"_s);

        // Undo and redo the edit.
        window->action(u"undo"_s)->trigger();
        QCOMPARE(document->definition().activity(u"job"_s)->label, u"Job"_s);
        window->action(u"redo"_s)->trigger();
        QCOMPARE(document->definition().activity(u"job"_s)->label, u"Second pass"_s);
        QVERIFY(window->windowTitle().startsWith(u'*'));

        // Valid now; save: a new version row and an audit line.
        QCOMPARE(window->validate(), 0);
        QSignalSpy saved(window.get(), &WorkflowWindow::saved);
        window->action(u"save"_s)->trigger();
        QVERIFY(saved.wait(Timeout));
        QCOMPARE(saved.first().first().toInt(), versionsBefore + 1);
        QCOMPARE(
            f.count(u"SELECT COUNT(*) FROM workflow_versions WHERE workflow_id = ?"_s, {f.workflowId(u"cleanup"_s)}),
            versionsBefore + 1);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit WHERE action = 'workflow.save' AND object = 'cleanup' "
                         "AND operator = 'admin' AND after_value LIKE '%Second pass%'"_s),
                 1);
        QVERIFY(!document->isModified());
        QVERIFY(!window->windowTitle().startsWith(u'*'));

        // Reopened, it is the same definition.
        const WorkflowDefinition edited = document->definition();
        auto again = open(u"cleanup"_s);
        QVERIFY(again);
        QCOMPARE(again->document()->definition(), edited);
        QCOMPARE(again->scene()->activityItem(u"job"_s)->pos(), (from + QPointF(40, 120)));
    }

    void paletteDragsDropWhereTheyFallAndClicksStillAdd()
    {
        auto window = open(u"tracking"_s);
        QVERIFY(window);
        WorkflowDocument *document = window->document();
        const int before = int(document->definition().activities.size());
        const QPoint at(window->view()->viewport()->width() - 60, window->view()->viewport()->height() - 40);
        const QPoint expected = window->scene()->freeSpot(window->view()->mapToScene(at));
        QVERIFY(dropOnView(window->view(), ActivityType::Aggregate, at));
        QCOMPARE(int(document->definition().activities.size()), before + 1);
        const Activity *dropped = document->definition().activity(u"aggregate"_s);
        QVERIFY(dropped);
        QCOMPARE(QPoint(*dropped->x, *dropped->y), expected);
        QCOMPARE(window->scene()->selectedActivities(), QStringList{u"aggregate"_s});
        QCOMPARE(window->scene()->activityItem(u"aggregate"_s)->pos(), QPointF(expected));
        // One undoable step.
        window->action(u"undo"_s)->trigger();
        QVERIFY(!document->definition().activity(u"aggregate"_s));
        QVERIFY(!document->isModified());
        // A click on the same palette button still adds one.
        auto *palette = window->findChild<QToolBar *>(u"palette"_s);
        auto *button = qobject_cast<QToolButton *>(palette->widgetForAction(window->action(u"add-aggregate"_s)));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(document->definition().activity(u"aggregate"_s));
        QVERIFY(window->action(u"add-aggregate"_s)->text().contains(u"drag"_s));
    }

    void unknownJobsAndCubesAreWarnedAbout()
    {
        auto window = open(u"forecasting"_s);
        QVERIFY(window);
        window->action(u"add-job"_s)->trigger();
        window->action(u"add-aggregate"_s)->trigger();
        const auto setField = [&window](const QString &activity, const QString &field, const QString &value) {
            window->editActivity(activity);
            auto *dialog = window->findChild<ActivityDialog *>();
            QVERIFY(dialog);
            dialog->field(field)->setText(value);
            dialog->accept();
            delete dialog;
        };
        setField(u"job"_s, u"job"_s, u"noSuchJob"_s);
        setField(u"aggregate"_s, u"cube"_s, u"noSuchCube"_s);
        QCOMPARE(window->document()->definition().activity(u"job"_s)->setting(u"job"_s), u"noSuchJob"_s);
        const auto warnings = [&window] {
            QHash<QString, QString> found; // activity → text
            for (int row = 0; row < window->issueList()->count(); ++row)
                if (QListWidgetItem *item = window->issueList()->item(row);
                    item->data(WorkflowWindow::IssueIsWarningRole).toBool())
                    found.insert(item->data(WorkflowWindow::IssueActivityRole).toString(), item->text());
            return found;
        };
        window->validate();
        auto found = warnings();
        QCOMPARE(sorted(found.keys()), (QStringList{u"aggregate"_s, u"job"_s}));
        QVERIFY2(found.value(u"job"_s).contains(u"noSuchJob"_s), qPrintable(found.value(u"job"_s)));
        QVERIFY2(found.value(u"aggregate"_s).contains(u"noSuchCube"_s), qPrintable(found.value(u"aggregate"_s)));
        // A warning leads to its activity.
        for (int row = 0; row < window->issueList()->count(); ++row)
            if (window->issueList()->item(row)->data(WorkflowWindow::IssueActivityRole).toString() == u"aggregate"_s
                && window->issueList()->item(row)->data(WorkflowWindow::IssueIsWarningRole).toBool())
                Q_EMIT window->issueList()->itemActivated(window->issueList()->item(row));
        QCOMPARE(window->scene()->selectedActivities(), QStringList{u"aggregate"_s});
        // A registered job is not warned about; the shipped ones are all known.
        setField(u"job"_s, u"job"_s, u"billing"_s);
        window->validate();
        found = warnings();
        QCOMPARE(found.keys(), QStringList{u"aggregate"_s});
    }

    void propertiesRenameAndMoveAWorkflow()
    {
        // A workflow of no package, in the technical workflows folder: its name and folder may change.
        auto definition = DefinitionReader::read(QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?>
<workflow format="1" name="nightlyExport" label="Nightly export"><activities>
<start name="start"><transition to="end"/></start><end name="end"/></activities></workflow>)"),
                                                 u"nightlyExport"_s);
        QVERIFY(definition);
        auto created = WorkflowEditor(*f.instance, f.catalog)
                           .save(f.adminId, *definition, u"administration/production/technicalWorkflows"_s);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        const qint64 id = f.workflowId(u"nightlyExport"_s);
        const qint64 target = f.value(u"SELECT id FROM folders WHERE name = 'technicalWorkflows' AND parent_id = "
                                      "(SELECT id FROM folders WHERE name = 'messageCenter')"_s)
                                  .toLongLong();
        const qint64 heatMap = f.value(u"SELECT id FROM folders WHERE name = 'heatMap'"_s).toLongLong();
        QVERIFY(target > 0 && heatMap > 0);

        auto window = open(u"nightlyExport"_s);
        QVERIFY(window);
        window->tabs()->setCurrentIndex(1);
        auto *name = window->findChild<QLineEdit *>(u"internalName"_s);
        auto *problem = window->findChild<QLabel *>(u"internalNameProblem"_s);
        auto *folder = window->findChild<QComboBox *>(u"folder"_s);
        QVERIFY(name && problem && folder);
        QVERIFY(!name->isReadOnly() && folder->isEnabled());
        QCOMPARE(name->text(), u"nightlyExport"_s);
        QCOMPARE(folder->currentData().toLongLong(),
                 f.value(u"SELECT folder_id FROM workflows WHERE id = ?"_s, {id}).toLongLong());
        const auto typeName = [name](const QString &text) {
            name->setFocus();
            name->selectAll();
            QTest::keyClicks(name, text);
            QTest::keyClick(name, Qt::Key_Return);
        };
        // Not an identifier, then a name taken: said, and the document keeps its name.
        typeName(u"9 lives"_s);
        QVERIFY(!problem->isHidden());
        QVERIFY(problem->text().contains(u"letter"_s));
        QCOMPARE(window->document()->definition().name, u"nightlyExport"_s);
        typeName(u"cleanup"_s);
        QVERIFY(problem->text().contains(u"cleanup"_s));
        QCOMPARE(window->document()->definition().name, u"nightlyExport"_s);
        QVERIFY(!window->document()->isModified());
        typeName(u"exportNightly"_s);
        QVERIFY(problem->isHidden());
        QCOMPARE(window->document()->definition().name, u"exportNightly"_s);

        // The folder tree: views that hold no workflows are shown but cannot be chosen.
        auto *items = qobject_cast<QStandardItemModel *>(folder->model());
        QVERIFY(items);
        QVERIFY(!items->item(folder->findData(heatMap))->isEnabled());
        QVERIFY(items->item(folder->findData(target))->isEnabled());
        folder->setCurrentIndex(folder->findData(target));
        Q_EMIT folder->activated(folder->currentIndex());
        QCOMPARE(window->document()->folderId(), target);
        QVERIFY(window->windowTitle().startsWith(u'*'));
        testing::saveScreenshot(*window, u"workflow-properties-rename.png"_s);

        QSignalSpy saved(window.get(), &WorkflowWindow::saved);
        window->save();
        QVERIFY(saved.wait(Timeout));
        QCOMPARE(saved.first().first().toInt(), 2);
        QCOMPARE(f.value(u"SELECT internal_name FROM workflows WHERE id = ?"_s, {id}).toString(), u"exportNightly"_s);
        QCOMPARE(f.value(u"SELECT folder_id FROM workflows WHERE id = ?"_s, {id}).toLongLong(), target);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM workflow_versions WHERE workflow_id = ?"_s, {id}), 2);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit WHERE action = 'workflow.move' AND object = 'exportNightly' "
                         "AND before_value = 'administration/production/technicalWorkflows' "
                         "AND after_value = 'administration/production/messageCenter/technicalWorkflows'"_s),
                 1);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit WHERE action = 'workflow.save' AND object = 'exportNightly' "
                         "AND before_value LIKE '%nightlyExport%'"_s),
                 1);
        QVERIFY(!window->document()->isModified());

        // Below the window: a package's workflow keeps its name, and a view is no place for a workflow.
        WorkflowEditor editor(*f.instance, f.catalog);
        WorkflowDefinition cleanup = again(u"cleanup"_s);
        cleanup.name = u"cleanup2"_s;
        auto refused = editor.saveExisting(f.adminId, f.workflowId(u"cleanup"_s), cleanup);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"package"_s), qPrintable(refused.error().message));
        // A workflow another one runs as a sub-workflow keeps its name, and the refusal names the parent.
        auto parent = DefinitionReader::read(QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?>
<workflow format="1" name="weeklyParent" label="Weekly parent"><activities>
<start name="start"><transition to="export"/></start>
<subWorkflow name="export" workflow="exportNightly"><transition to="end"/></subWorkflow><end name="end"/></activities>
</workflow>)"),
                                             u"weeklyParent"_s);
        QVERIFY(parent);
        QVERIFY(editor.save(f.adminId, *parent, u"administration/production/technicalWorkflows"_s));
        WorkflowDefinition child = window->document()->definition();
        child.name = u"exportWeekly"_s;
        auto referenced = editor.saveExisting(f.adminId, id, child);
        QVERIFY(!referenced);
        QVERIFY2(referenced.error().message.contains(u"weeklyParent (export)"_s), qPrintable(referenced.error().message));
        QCOMPARE(f.value(u"SELECT internal_name FROM workflows WHERE id = ?"_s, {id}).toString(), u"exportNightly"_s);
        auto misplaced = editor.saveExisting(f.adminId, id, window->document()->definition(), heatMap);
        QVERIFY(!misplaced);
        QVERIFY2(misplaced.error().message.contains(u"not workflows"_s), qPrintable(misplaced.error().message));

        // The window of a package's workflow says why its name is fixed.
        auto technical = open(u"billing"_s);
        QVERIFY(technical);
        auto *fixed = technical->findChild<QLineEdit *>(u"internalName"_s);
        QVERIFY(fixed->isReadOnly());
        QVERIFY(fixed->toolTip().contains(u"package"_s));
    }

    void invalidDefinitionIsNotSaved()
    {
        auto window = open(u"billing"_s);
        QVERIFY(window);
        window->action(u"add-end"_s)->trigger(); // an end nothing leads to
        QSignalSpy failed(window.get(), &WorkflowWindow::saveFailed);
        window->save();
        QCOMPARE(failed.size(), 1);
        QVERIFY(window->issueList()->count() > 0);
        QCOMPARE(
            f.count(u"SELECT COUNT(*) FROM workflow_versions WHERE workflow_id = ?"_s, {f.workflowId(u"billing"_s)}),
            1);
    }

    void exportThenImportGivesTheSameDefinition()
    {
        QTemporaryDir dir;
        auto window = open(u"forecasting"_s);
        QVERIFY(window);
        const WorkflowDefinition original = window->document()->definition();
        const QString path = dir.filePath(u"forecasting.xml"_s);
        QVERIFY(window->exportTo(path));
        window->action(u"add-wait"_s)->trigger();
        QVERIFY(window->document()->definition() != original);
        QVERIFY(window->importFrom(path));
        QCOMPARE(window->document()->definition(), original);
        window->action(u"undo"_s)->trigger(); // the import is one undoable change
        QVERIFY(window->document()->definition() != original);

        // A broken file imports nothing and lists its errors with line and column.
        QFile broken(dir.filePath(u"broken.xml"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("<?xml version=\"1.0\"?>\n<workflow format=\"1\" name=\"forecasting\" label=\"Forecasting\">\n  "
                     "<activities>\n"
                     "    <job name=\"x\"/>\n  </activities>\n</workflow>\n");
        broken.close();
        const WorkflowDefinition before = window->document()->definition();
        QVERIFY(!window->importFrom(broken.fileName()));
        QCOMPARE(window->document()->definition(), before);
        QVERIFY(window->issueList()->count() > 0);
        QVERIFY2(window->issueList()->item(0)->text().startsWith(u"broken.xml:4:"_s),
                 qPrintable(window->issueList()->item(0)->text()));
        // Another workflow's definition is refused.
        auto other = open(u"billing"_s);
        QVERIFY(other);
        QVERIFY(other->exportTo(dir.filePath(u"billing.xml"_s)));
        QVERIFY(!window->importFrom(dir.filePath(u"billing.xml"_s)));
        QCOMPARE(window->document()->definition(), before);
    }

    void executionColoursFollowTheEngine()
    {
        QCOMPARE(f.add(R"(<?xml version="1.0" encoding="UTF-8"?>
<workflow format="1" name="colours" label="Colours">
  <activities>
    <start name="start"><transition to="split"/></start>
    <fork name="split"><transition name="a" to="slow"/><transition name="b" to="hold"/></fork>
    <job name="slow" job="sleep" maxDuration="1s"><param name="ms" value="1600"/><transition to="broken"/></job>
    <job name="broken" job="fail"><param name="message" value="disk full"/><transition to="end"/></job>
    <wait name="hold" duration="1h"><transition to="end2"/></wait>
    <end name="end"/>
    <end name="end2"/>
  </activities>
</workflow>)"),
                 QString());
        auto window = open(u"colours"_s);
        QVERIFY(window);
        QCOMPARE(window->execution().runId, 0);
        f.startEngine();
        connect(f.engine.get(), &Engine::workflowsChanged, window.get(), &WorkflowWindow::refreshExecution);
        QCOMPARE(f.command(u"colours"_s, WorkflowCommand::Start), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f.state(u"colours"_s), u"paused"_s, Timeout);
        const auto status = [&window](const char *activity) {
            return window->scene()->activityItem(QString::fromLatin1(activity))->status();
        };
        // Live: the engine's change signal refreshed the window, nothing reopened it.
        QTRY_COMPARE_WITH_TIMEOUT(status("broken"), ActivityStatus::Error, Timeout);
        QCOMPARE(status("start"), ActivityStatus::Executed);
        QCOMPARE(status("split"), ActivityStatus::Executed);
        QCOMPARE(status("slow"), ActivityStatus::Warning); // ran past its maximum duration
        QCOMPARE(status("hold"), ActivityStatus::Pending);
        QCOMPARE(status("end"), ActivityStatus::None);
        QVERIFY(window->execution().runId > 0);
        QMap<QString, std::optional<int>> counts;
        for (TransitionItem *t : window->scene()->transitionItems())
            counts.insert(t->sourceName() + u'/' + t->transitionName(), t->count());
        QCOMPARE(counts.value(u"start/done"_s), std::optional<int>(1));
        QCOMPARE(counts.value(u"split/a"_s), std::optional<int>(1));
        QCOMPARE(counts.value(u"slow/done"_s), std::optional<int>(1));
        QCOMPARE(counts.value(u"broken/done"_s), std::optional<int>(0));
        QCOMPARE(counts.value(u"hold/done"_s), std::optional<int>(0));

        // The tasks tab: one row per task of the run.
        TaskTableModel *tasks = window->taskModel();
        QAbstractItemModelTester tester(tasks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList activities;
        for (int row = 0; row < tasks->rowCount(); ++row)
            activities << tasks->task(row).activity;
        QCOMPARE(sorted(activities), sorted({u"start"_s, u"split"_s, u"slow"_s, u"broken"_s, u"hold"_s}));
        const int broken = int(activities.indexOf(u"broken"_s));
        QCOMPARE(tasks->index(broken, TaskTableModel::State).data().toString(), u"Suspended"_s);
        QCOMPARE(tasks->index(broken, TaskTableModel::Error).data().toString(), u"disk full"_s);
        QCOMPARE(tasks->index(broken, TaskTableModel::Attempt).data().toInt(), 1);
        QVERIFY(!tasks->index(activities.indexOf(u"slow"_s), TaskTableModel::Duration).data().toString().isEmpty());
        window->resize(1180, 760);
        window->view()->fit();
        testing::saveScreenshot(*window, u"workflow-execution.png"_s);
        window->tabs()->setCurrentIndex(2);
        testing::saveScreenshot(*window, u"workflow-tasks.png"_s);
        f.stopEngine();
    }

    void operatorWithoutTheRightSeesItReadOnly()
    {
        auto window = open(u"cleanupPausedWorkflows"_s, m_viewer);
        QVERIFY(window);
        QVERIFY(window->refusal().contains(u"ADMINISTRATION"_s));
        for (const QString &name : {u"save"_s, u"add-job"_s, u"import"_s, u"modeConnect"_s})
            QVERIFY2(!window->action(name)->isEnabled(), qPrintable(name));
        QCOMPARE(window->action(u"save"_s)->toolTip(), window->refusal());
        auto *label = window->findChild<QLineEdit *>(u"workflowLabel"_s);
        QVERIFY(!label->isEnabled());
        QCOMPARE(label->toolTip(), window->refusal());
        QVERIFY(!window->findChild<QComboBox *>(u"folder"_s)->isEnabled());
        QVERIFY(window->findChild<QLineEdit *>(u"internalName"_s)->isReadOnly());
        QVERIFY(!dropOnView(window->view(), ActivityType::Job, window->view()->viewport()->rect().center()));
        QVERIFY(!(window->scene()->activityItems().first()->flags() & QGraphicsItem::ItemIsMovable));
        window->addActivity(ActivityType::Job);
        QVERIFY(!window->document()->isModified());
        QVERIFY(window->action(u"zoomIn"_s)->isEnabled()); // looking is allowed
    }

private:
    WorkflowDefinition again(const QString &workflow)
    {
        auto db = f.instance->database();
        auto d = WorkflowRepository(*db).definition(f.workflowId(workflow));
        if (!d)
            qFatal("%s", qPrintable(d.error().message));
        return *d;
    }

    std::unique_ptr<WorkflowWindow> open(const QString &workflow, std::optional<Principal> who = {})
    {
        auto window = std::make_unique<WorkflowWindow>(f.instance, who.value_or(m_admin), f.workflowId(workflow));
        window->setAttribute(Qt::WA_DeleteOnClose, false); // owned here
        QSignalSpy loaded(window.get(), &WorkflowWindow::loaded);
        QSignalSpy refreshed(window.get(), &WorkflowWindow::executionRefreshed);
        window->resize(1180, 760);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || (loaded.isEmpty() && !loaded.wait(Timeout))
            || (refreshed.isEmpty() && !refreshed.wait(Timeout)))
            return {};
        window->view()->fit();
        return window;
    }

    EngineFixture f;
    Principal m_admin, m_viewer;
};

QTEST_MAIN(WorkflowWindowTest)
#include "tst_workflowwindow.moc"
