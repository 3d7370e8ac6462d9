// The workflow window's parts without a database: the automatic layout, the undoable document, the activity
// properties dialog and the schedule dialog with its preview (and a screenshot of it).
#include "workflow/activitydialog.h"
#include "workflow/diagramlayout.h"
#include "workflow/scheduledialog.h"
#include "workflow/workflowdocument.h"

#include "consoletesting.h"

#include "core/definitionreader.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

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
