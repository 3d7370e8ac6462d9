// The workflow window's parts without a database: the automatic layout, the undoable document (folder moves
// included), drops from the palette, the activity properties dialog and the schedule dialog with its preview
// (and a screenshot of it); the icons' contrast on the light and dark palettes, measured on rendered pixmaps.
#include "common/icons.h"
#include "common/theme.h"
#include "workflow/activitydialog.h"
#include "workflow/activityglyph.h"
#include "workflow/diagramlayout.h"
#include "workflow/diagramscene.h"
#include "workflow/scheduledialog.h"
#include "workflow/workflowdocument.h"

#include "consoletesting.h"

#include "core/definitionreader.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGraphicsSceneDragDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

WorkflowDefinition definition(const char *activities)
{
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<workflow format="1" name="sample" label="Sample"><activities>)"
        + QByteArray(activities) + "</activities></workflow>";
    auto read = DefinitionReader::read(xml, u"sample"_s);
    if (!read)
        qFatal("%s", qPrintable(joined(read.error())));
    return *read;
}

const char *const forkAndLoop = R"(
    <start name="start"><transition to="split"/></start>
    <fork name="split"><transition name="a" to="left"/><transition name="b" to="right"/></fork>
    <wait name="left" duration="1m"><transition to="join"/></wait>
    <wait name="right" duration="1m"><transition to="join"/></wait>
    <andJoin name="join"><transition to="check"/></andJoin>
    <test name="check"><transition name="again" when="vars.more" to="split"/><transition name="over" default="true" to="end"/></test>
    <end name="end"/>)";

// WCAG's relative luminance and contrast ratio (1 to 21; 4.5 is the bar for normal text).
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The ink of an icon: the mean colour of its (nearly) opaque pixels, as drawn at 32 px.
QColor ink(const QIcon &icon)
{
    const QImage image = icon.pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32);
    double r = 0, g = 0, b = 0;
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (const QColor c = image.pixelColor(x, y); c.alpha() >= 200) {
                r += c.redF();
                g += c.greenF();
                b += c.blueF();
                ++n;
            }
    return n == 0 ? QColor() : QColor::fromRgbF(float(r / n), float(g / n), float(b / n));
}

QGraphicsSceneDragDropEvent *dragEvent(QEvent::Type type, QMimeData *mime, QPointF at)
{
    auto *event = new QGraphicsSceneDragDropEvent(type);
    event->setMimeData(mime);
    event->setScenePos(at);
    event->setPossibleActions(Qt::CopyAction);
    event->setProposedAction(Qt::CopyAction);
    event->setAccepted(false);
    return event;
}

} // namespace

class DiagramTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layoutGoesLeftToRightInLayers()
    {
        const WorkflowDefinition d = definition(forkAndLoop);
        const auto at = diagram::layOut(d);
        QCOMPARE(at.size(), d.activities.size());
        // Each step of the flow is one column further right; the loop back from check does not pull split.
        QCOMPARE(at[u"split"_s].x() - at[u"start"_s].x(), diagram::ColumnWidth);
        QCOMPARE(at[u"left"_s].x(), at[u"right"_s].x());
        QCOMPARE(at[u"join"_s].x() - at[u"left"_s].x(), diagram::ColumnWidth);
        QVERIFY(at[u"end"_s].x() > at[u"check"_s].x());
        QCOMPARE(at[u"left"_s].y() + diagram::RowHeight, at[u"right"_s].y()); // the branches on their own rows
        // No two activities share a place.
        QSet<std::pair<int, int>> places;
        for (const QPoint &p : at)
            places.insert({p.x(), p.y()});
        QCOMPARE(places.size(), at.size());
        QCOMPARE(diagram::backEdges(d), (QSet<std::pair<QString, QString>>{{u"check"_s, u"again"_s}}));
    }

    void placedActivitiesKeepTheirPosition()
    {
        WorkflowDefinition d = definition(forkAndLoop);
        d.activities[2].x = 1234;
        d.activities[2].y = -40;
        const auto at = diagram::layOut(d);
        QCOMPARE(at[u"left"_s], QPoint(1234, -40));
        QCOMPARE(at[u"right"_s], diagram::layOut(definition(forkAndLoop))[u"right"_s]);
    }

    void documentEditsAreUndoable()
    {
        WorkflowDocument document;
        document.reset(definition(R"(<start name="start"><transition to="end"/></start><end name="end"/>)"));
        QSignalSpy changed(&document, &WorkflowDocument::changed);
        QVERIFY(!document.isModified());
        const QString job = document.addActivity(ActivityType::Job, QPoint(300, 80));
        QCOMPARE(job, u"job"_s);
        QCOMPARE(document.addActivity(ActivityType::Job, QPoint(300, 280)), u"job2"_s);
        QVERIFY(document.isModified());
        QVERIFY(document.connect(u"start"_s, u"job"_s));
        QVERIFY(!document.connect(u"start"_s, u"job"_s)); // already connected
        const Activity *start = document.definition().activity(u"start"_s);
        QCOMPARE(start->transitions.size(), 2);
        QCOMPARE(start->transitions.at(1).name, u"job"_s); // "done" was taken
        // Moves of one activity merge into one step.
        QVERIFY(document.move(job, QPoint(310, 80)));
        QVERIFY(document.move(job, QPoint(320, 90)));
        QCOMPARE(document.undoStack()->count(), 4);
        document.undoStack()->undo();
        QCOMPARE(document.definition().activity(job)->x, 300);
        document.undoStack()->redo();
        QCOMPARE(document.definition().activity(job)->y, 90);
        // A rename follows the transitions that lead to the activity.
        Activity renamed = *document.definition().activity(job);
        renamed.name = u"purge"_s;
        QVERIFY(document.replaceActivity(job, renamed));
        QCOMPARE(document.definition().activity(u"start"_s)->transitions.at(1).target, u"purge"_s);
        // Deleting an activity takes the transitions into it along.
        QVERIFY(document.remove({u"purge"_s}));
        QCOMPARE(document.definition().activity(u"start"_s)->transitions.size(), 1);
        QVERIFY(document.remove({}, {{u"start"_s, u"done"_s}}));
        QVERIFY(document.definition().activity(u"start"_s)->transitions.isEmpty());
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QVERIFY(!document.isModified());
        QCOMPARE(document.definition().activities.size(), 2);
        QVERIFY(changed.size() >= 10);
    }

    void documentMovesToAnotherFolderUndoably()
    {
        WorkflowDocument document;
        document.reset(definition(R"(<start name="start"><transition to="end"/></start><end name="end"/>)"), 12);
        QCOMPARE(document.folderId(), 12);
        QVERIFY(!document.moveToFolder(12, u"Same"_s)); // nothing to do
        QVERIFY(!document.isModified());
        QVERIFY(document.moveToFolder(30, u"Reports"_s));
        QCOMPARE(document.folderId(), 30);
        QVERIFY(document.isModified());
        QCOMPARE(document.undoStack()->undoText(), u"Move to folder Reports"_s);
        // A later edit keeps the folder; undoing it too; undoing the move brings the first folder back.
        document.addActivity(ActivityType::Wait, QPoint(200, 200));
        QCOMPARE(document.folderId(), 30);
        document.undoStack()->undo();
        QCOMPARE(document.folderId(), 30);
        document.undoStack()->undo();
        QCOMPARE(document.folderId(), 12);
        QVERIFY(!document.isModified());
        document.undoStack()->redo();
        QCOMPARE(document.folderId(), 30);
    }

    void paletteDragsCarryTheActivityType()
    {
        for (int t = int(ActivityType::Start); t <= int(ActivityType::Job); ++t) {
            std::unique_ptr<QMimeData> mime(activityMimeData(ActivityType(t)));
            QCOMPARE(activityTypeFromMime(mime.get()), std::optional(ActivityType(t)));
        }
        QMimeData text;
        text.setText(u"job"_s);
        QCOMPARE(activityTypeFromMime(&text), std::nullopt);
        QMimeData unknown;
        unknown.setData(activityMimeType(), "noSuchActivity");
        QCOMPARE(activityTypeFromMime(&unknown), std::nullopt);
        QCOMPARE(activityTypeFromMime(nullptr), std::nullopt);
    }

    void sceneAcceptsDropsOnlyWhenEditable()
    {
        DiagramScene scene;
        scene.setDefinition(definition(forkAndLoop));
        QList<std::pair<ActivityType, QPointF>> dropped;
        connect(&scene, &DiagramScene::activityDropped, this,
                [&dropped](ActivityType type, QPointF at) { dropped << std::pair(type, at); });
        std::unique_ptr<QMimeData> job(activityMimeData(ActivityType::Job));
        const QPointF at(420, 310);

        std::unique_ptr<QGraphicsSceneDragDropEvent> enter(dragEvent(QEvent::GraphicsSceneDragEnter, job.get(), at));
        QCoreApplication::sendEvent(&scene, enter.get());
        QVERIFY(!enter->isAccepted()); // read only: no drop
        std::unique_ptr<QGraphicsSceneDragDropEvent> drop(dragEvent(QEvent::GraphicsSceneDrop, job.get(), at));
        QCoreApplication::sendEvent(&scene, drop.get());
        QVERIFY(dropped.isEmpty());

        scene.setEditable(true);
        enter.reset(dragEvent(QEvent::GraphicsSceneDragEnter, job.get(), at));
        QCoreApplication::sendEvent(&scene, enter.get());
        QVERIFY(enter->isAccepted());
        QCOMPARE(enter->dropAction(), Qt::CopyAction);
        QMimeData text;
        text.setText(u"job"_s);
        std::unique_ptr<QGraphicsSceneDragDropEvent> other(dragEvent(QEvent::GraphicsSceneDragMove, &text, at));
        QCoreApplication::sendEvent(&scene, other.get());
        QVERIFY(!other->isAccepted()); // anything else is refused
        drop.reset(dragEvent(QEvent::GraphicsSceneDrop, job.get(), at));
        QCoreApplication::sendEvent(&scene, drop.get());
        QVERIFY(drop->isAccepted());
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().first, ActivityType::Job);
        QCOMPARE(dropped.first().second, at);
    }

    void iconsReadOnBothThemes()
    {
        const QPalette saved = QApplication::palette();
        const QList<std::pair<QString, QIcon>> shown{
            {u"folder"_s, icons::forFolder(FolderKind::Folder, false, {})},
            {u"package"_s, icons::forFolder(FolderKind::Workflows, true, {})},
            {u"audit"_s, icons::named(u"audit"_s)},
            {u"bell"_s, icons::named(u"bell"_s)},
            {u"palette job"_s, glyph::icon(ActivityType::Job)},
            {u"palette connect"_s, glyph::connectIcon()},
        };
        for (const QPalette &palette : {Theme::lightPalette(), Theme::darkPalette()}) {
            QApplication::setPalette(palette);
            const QColor window = palette.color(QPalette::Window);
            for (const auto &[name, icon] : shown) {
                const QColor drawn = ink(icon);
                QVERIFY2(drawn.isValid(), qPrintable(name));
                const double ratio = contrast(drawn, window);
                QVERIFY2(ratio >= 4.5, qPrintable(u"%1 on %2: contrast %3"_s.arg(name, window.name()).arg(ratio)));
            }
        }
        // What the icons had before: their fixed dark stroke all but vanished on the dark window.
        QVERIFY(contrast(QColor(0x44, 0x44, 0x44), Theme::darkPalette().color(QPalette::Window)) < 1.5);
        // Coloured icons keep their colours whatever the theme.
        QApplication::setPalette(Theme::darkPalette());
        const QColor failedDark = ink(icons::named(u"state-failed"_s));
        QApplication::setPalette(Theme::lightPalette());
        QCOMPARE(ink(icons::named(u"state-failed"_s)), failedDark);
        QApplication::setPalette(saved);
    }

    void activityDialogChecksWhatItAccepts()
    {
        Activity job;
        job.type = ActivityType::Job;
        job.name = u"purge"_s;
        job.label = u"Purge"_s;
        ActivityDialog dialog(job, {u"start"_s, u"end"_s}, true);
        QVERIFY(dialog.problem().contains(u"Job"_s)); // the job attribute is required
        dialog.field(u"job"_s)->setText(u"cleanup"_s);
        QCOMPARE(dialog.problem(), QString());
        dialog.field(u"name"_s)->setText(u"end"_s);
        QVERIFY(dialog.problem().contains(u"already named end"_s));
        dialog.field(u"name"_s)->setText(u"2purge"_s);
        QVERIFY(!dialog.problem().isEmpty());
        dialog.field(u"name"_s)->setText(u"purge2"_s);
        dialog.field(u"maxDuration"_s)->setText(u"soon"_s);
        QVERIFY(dialog.problem().contains(u"soon"_s));
        dialog.field(u"maxDuration"_s)->setText(u"1h30m"_s);
        QCOMPARE(dialog.problem(), QString());
        const Activity edited = dialog.activity();
        QCOMPARE(edited.name, u"purge2"_s);
        QCOMPARE(edited.setting(u"job"_s), u"cleanup"_s);
        QCOMPARE(edited.maxDuration, std::chrono::seconds(5400));
        QVERIFY(!dialog.scheduleButton()); // only schedulers have one
    }

    void scheduleDialogPreviewsTheNextRuns()
    {
        ScheduleSpec daily;
        daily.kind = ScheduleSpec::Kind::Daily;
        daily.times = {4 * 60};
        daily.timeZone = u"Europe/Paris"_s;
        ScheduleDialog dialog(daily);
        dialog.setPreviewStart(QDateTime(QDate(2026, 3, 27), QTime(12, 0), QTimeZone(QByteArrayLiteral("UTC"))));
        QListWidget *preview = dialog.previewList();
        QCOMPARE(preview->count(), ScheduleDialog::PreviewCount);
        QCOMPARE(preview->item(0)->text(), u"2026-03-28 04:00 +01:00 CET"_s);
        QCOMPARE(preview->item(1)->text(), u"2026-03-29 04:00 +02:00 CEST"_s); // across the DST change
        QCOMPARE(*dialog.spec(), daily);

        // Cron, typed in: the preview follows each keystroke; a broken expression says why and cannot be kept.
        dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findText(u"Cron expression"_s));
        QLineEdit *expression = dialog.field(u"expression"_s);
        QTest::keyClicks(expression, u"*/15 8-18 * * mon-fri"_s);
        QCOMPARE(preview->count(), ScheduleDialog::PreviewCount);
        QCOMPARE(preview->item(0)->text(), u"2026-03-27 13:15 +01:00 CET"_s); // 12:00 UTC is 13:00 in Paris
        QCOMPARE(preview->item(3)->text(), u"2026-03-27 14:00 +01:00 CET"_s);
        expression->setText(u"*/15 8-18 * *"_s);
        QCOMPARE(preview->count(), 0);
        QVERIFY(!dialog.findChild<QLabel *>(u"scheduleProblem"_s)->text().isEmpty());
        QVERIFY(!dialog.spec());

        // Monthly on the first Monday, limited to three runs.
        dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findText(u"Monthly, on a weekday"_s));
        dialog.field(u"at"_s)->setText(u"05:00"_s);
        dialog.findChild<QSpinBox *>(u"maxRuns"_s)->setValue(3);
        QCOMPARE(preview->count(), 3);
        QCOMPARE(preview->item(0)->text(), u"2026-04-06 05:00 +02:00 CEST"_s);
        QCOMPARE(dialog.spec()->ordinal, 1);
    }

    void scheduleDialogShowsEveryForm()
    {
        // Each form the definition format has, read back unchanged from the dialog's fields.
        const QStringList elements = {
            uR"(<times at="01:00,07:00,13:00"/>)"_s,
            uR"(<every interval="10m" from="08:00" to="18:00"/>)"_s,
            uR"(<daily at="04:00"/>)"_s,
            uR"(<weekly days="mon,thu" at="05:00"/>)"_s,
            uR"(<monthly day="last" at="00:00"/>)"_s,
            uR"(<monthly ordinal="first" weekday="mon" at="05:00"/>)"_s,
            uR"(<yearly date="12-31" at="23:00"/>)"_s,
            uR"(<once at="2030-12-01T09:00"/>)"_s,
            uR"(<cron expression="0 9 13 * fri"/>)"_s,
            uR"(<continuous pause="5s" maxRuns="4"/>)"_s,
        };
        for (const QString &element : elements) {
            const QByteArray xml
                = "<workflow format=\"1\" name=\"s\" label=\"S\"><activities><start name=\"start\"><transition "
                  "to=\"tick\"/></start><scheduler name=\"tick\">"
                + element.toUtf8() + "<transition to=\"end\"/></scheduler><end name=\"end\"/></activities></workflow>";
            auto d = DefinitionReader::read(xml);
            QVERIFY2(d, qPrintable(element + u' ' + (d ? QString() : joined(d.error()))));
            const ScheduleSpec spec = *d->activity(u"tick"_s)->schedule;
            ScheduleDialog dialog(spec);
            dialog.setPreviewStart(QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone(QByteArrayLiteral("UTC"))));
            QVERIFY2(dialog.spec(), qPrintable(element));
            QCOMPARE(*dialog.spec(), spec);
            QVERIFY2(dialog.previewList()->count() > 0, qPrintable(element));
        }
    }

    void scheduleDialogScreenshot()
    {
        ScheduleSpec weekly;
        weekly.kind = ScheduleSpec::Kind::Weekly;
        weekly.weekdays = {1, 4};
        weekly.times = {5 * 60};
        weekly.timeZone = u"Europe/Paris"_s;
        ScheduleDialog dialog(weekly);
        dialog.setPreviewStart(QDateTime(QDate(2026, 3, 20), QTime(12, 0), QTimeZone(QByteArrayLiteral("UTC"))));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.field(u"at"_s)->isVisible());
        QVERIFY(!dialog.field(u"expression"_s)->isVisible());
        testing::saveScreenshot(dialog, u"workflow-schedule-dialog.png"_s);
    }
};

QTEST_MAIN(DiagramTest)
#include "tst_diagram.moc"
