// The command palette (Ctrl+K): fuzzy matching, its model (QAbstractItemModelTester), and, in the main window,
// keyboard-only use: open it, type, move, Enter runs an action or opens a workflow, Escape closes it.
#include "actions/workflowactions.h"
#include "consoletesting.h"
#include "mainwindow.h"
#include "palette/commandpalette.h"
#include "palette/fuzzymatch.h"
#include "palette/palettemodel.h"
#include "security/principalloader.h"
#include "seededinstance.h"
#include "store/operatorrepository.h"
#include "workflows/workflowlistmodel.h"
#include "workflows/workflowlistpage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace nightshift;

class CommandPaletteTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_instance = testing::seededConsoleInstance(m_dir, m_settings);
        QVERIFY(m_instance);
        auto db = m_instance->database();
        auto admin = OperatorRepository(*db).create({0, u"admin"_s, u"Admin"_s, u"-"_s, false}, {u"admin"_s});
        QVERIFY(admin);
        m_admin = *admin;
        // A live node serves the instance, so commands stay queued for the checks.
        QVERIFY(testing::addLiveNode(*db));
    }

    void fuzzyMatching()
    {
        QCOMPARE(fuzzyScore(u"", u"anything"), 0);
        QVERIFY(fuzzyScore(u"dcl", u"Database cleanup") > 0); // D…c…l in order
        QCOMPARE(fuzzyScore(u"xyz", u"Database cleanup"), -1);
        QCOMPARE(fuzzyScore(u"pusae", u"Pause"), -1); // the order matters
        QCOMPARE(fuzzyScore(u"longer than the text", u"short"), -1);
        QVERIFY(fuzzyScore(u"PAUSE", u"pause") > 0); // any case
        // Word starts and consecutive letters win.
        QVERIFY(fuzzyScore(u"pwc", u"Paused workflows cleanup") > fuzzyScore(u"pwc", u"Purge history of wc"));
        QVERIFY(fuzzyScore(u"stop", u"Stop") > fuzzyScore(u"stop", u"Unconditional stop"));
        QVERIFY(fuzzyScore(u"clean", u"cleanup") > fuzzyScore(u"clean", u"aliasCleansing"));
        QVERIFY(fuzzyScore(u"ac", u"aliasCleansing") > fuzzyScore(u"ac", u"tracking")); // camel case words
    }

    void theModelIsValidAndRanksTheMatches()
    {
        PaletteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QList<PaletteModel::Entry> entries;
        for (const QString &title : {u"Start"_s, u"Stop"_s, u"Unconditional stop"_s, u"Open Database cleanup"_s})
            entries << PaletteModel::Entry{.title = title, .detail = {}, .icon = {}, .action = nullptr,
                                           .workflowId = title.startsWith(u"Open"_s) ? 7 : 0,
                                           .enabled = title != u"Start"_s, .searched = title};
        model.setEntries(entries);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(3).data().toString(), u"Start"_s); // disabled: listed, after the runnable ones
        QVERIFY(!(model.flags(model.index(3)) & Qt::ItemIsEnabled));
        model.setPattern(u"stop"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), u"Stop"_s);
        QCOMPARE(model.index(1).data().toString(), u"Unconditional stop"_s);
        model.setPattern(u"db clean"_s); // spaces are ignored
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(PaletteModel::WorkflowIdRole).toLongLong(), 7);
        model.setPattern(u"nothing"_s);
        QCOMPARE(model.rowCount(), 0);
        model.setEntries({});
        model.setPattern({});
        QCOMPARE(model.rowCount(), 0);
    }

    void ctrlKFindsAWorkflowAndEnterOpensIt()
    {
        auto window = sessionWindow();
        QVERIFY(window);
        QSignalSpy open(window.get(), &MainWindow::workflowOpenRequested);
        QTest::keyClick(window->workflowView(), Qt::Key_K, Qt::ControlModifier);
        CommandPalette *palette = window->commandPalette();
        QTRY_VERIFY(palette->isVisible());
        QCOMPARE(QApplication::focusWidget(), palette->input());
        QVERIFY(palette->model()->rowCount() > 10); // every action and every workflow
        QTest::keyClicks(palette->input(), u"db cleanup"_s);
        QCOMPARE(palette->list()->currentIndex().data().toString(), u"Open Database cleanup"_s);
        testing::saveScreenshot(*palette, u"command-palette.png"_s);
        QTest::keyClick(palette->input(), Qt::Key_Return);
        QTRY_VERIFY(!palette->isVisible());
        QCOMPARE(open.size(), 1);
        const QList<WorkflowRecord> selected = window->workflowPage()->selectedWorkflows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().internalName, u"cleanup"_s);
        QCOMPARE(open.first().first().toLongLong(), selected.first().id);
    }

    void arrowsMoveAndEnterRunsAnAction()
    {
        auto window = sessionWindow();
        QVERIFY(window);
        selectByName(*window, u"tracking"_s);
        window->paletteAction()->trigger();
        CommandPalette *palette = window->commandPalette();
        QTRY_VERIFY(palette->isVisible());
        QTest::keyClicks(palette->input(), u"stop"_s);
        const QModelIndex first = palette->list()->currentIndex();
        QCOMPARE(first.data().toString(), u"Stop"_s);
        QTest::keyClick(palette->input(), Qt::Key_Down);
        QCOMPARE(palette->list()->currentIndex().row(), first.row() + 1);
        QTest::keyClick(palette->input(), Qt::Key_Up);
        QCOMPARE(palette->list()->currentIndex().row(), first.row());
        QTest::keyClick(palette->input(), Qt::Key_Return);
        QTRY_VERIFY(!palette->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(queued(u"tracking"_s, u"stop"_s), 1, 10000);

        // A disabled action is listed with its reason but Enter does nothing; Escape closes.
        window->paletteAction()->trigger();
        QTRY_VERIFY(palette->isVisible());
        QVERIFY(palette->input()->text().isEmpty()); // a fresh start each time
        QTest::keyClicks(palette->input(), u"simulate"_s);
        QCOMPARE(palette->model()->rowCount(), 1);
        const QModelIndex simulate = palette->model()->index(0);
        QCOMPARE(simulate.data().toString(), u"Simulate"_s);
        QVERIFY(!(simulate.flags() & Qt::ItemIsEnabled));
        QTest::keyClick(palette->input(), Qt::Key_Return);
        QVERIFY(palette->isVisible());
        QTest::keyClick(palette->input(), Qt::Key_Escape);
        QTRY_VERIFY(!palette->isVisible());
        QCOMPARE(queued(u"tracking"_s, u"simulate"_s), 0);
    }

private:
    std::unique_ptr<MainWindow> sessionWindow()
    {
        auto principal = PrincipalLoader(*m_instance->database()).load(m_admin);
        if (!principal)
            return {};
        auto window = std::make_unique<MainWindow>();
        QSignalSpy loaded(window.get(), &MainWindow::snapshotLoaded);
        window->resize(1360, 800);
        window->show();
        window->activateWindow(); // window shortcuts need the active window
        if (!QTest::qWaitForWindowExposed(window.get()) || !QTest::qWaitForWindowActive(window.get()))
            return {};
        window->startSession(m_instance, *principal);
        if (!loaded.wait(10000))
            return {};
        window->workflowView()->setFocus();
        return window;
    }

    static void selectByName(MainWindow &window, const QString &name)
    {
        const QAbstractItemModel *model = window.workflowView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, WorkflowListModel::InternalName).data().toString() == name)
                window.workflowPage()->selectWorkflow(model->index(row, 0).data(WorkflowListModel::WorkflowIdRole).toLongLong());
        QCOMPARE(window.workflowPage()->selectedWorkflows().size(), 1);
    }

    qint64 queued(const QString &workflow, const QString &command) const
    {
        QSqlQuery query(*m_instance->database());
        query.prepare(u"SELECT COUNT(*) FROM commands c JOIN workflows w ON w.id = c.workflow_id "
                      "WHERE c.command = ? AND w.internal_name = ? AND c.applied_at IS NULL"_s);
        query.addBindValue(command);
        query.addBindValue(workflow);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_settings;
    std::shared_ptr<Instance> m_instance;
    qint64 m_admin = 0;
};

QTEST_MAIN(CommandPaletteTest)
#include "tst_commandpalette.moc"
