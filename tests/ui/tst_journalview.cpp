// The journal view against a real SQLite instance with 20,000 lines: it opens on the newest page only, reads older
// and newer pages as the view scrolls, filters by level and activity, finds text through every line, follows new
// lines, copies and exports; and a screenshot.
#include "journal/journalmodel.h"
#include "journal/journalview.h"
#include "seededinstance.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlError>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

constexpr int Lines = 20000;
constexpr int RareAt[] = {777, 15000}; // the lines that mention a quarantine

// Line i of the test workflow: a warning every 10th, an error every 100th; activities alternate.
int levelOf(int i)
{
    return i % 100 == 0 ? 3 : i % 10 == 0 ? 2 : 1;
}

QString messageOf(int i)
{
    if (std::find(std::begin(RareAt), std::end(RareAt), i) != std::end(RareAt))
        return u"Quarantine refreshed for domain example%1.com"_s.arg(i);
    return u"Processed batch %1 of recipients"_s.arg(i);
}

} // namespace

class JournalViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_instance = testing::seededInstance(m_dir.path());
        QVERIFY(m_instance);
        auto db = m_instance->database();
        QVERIFY(db);
        auto ids = execute(*db, u"SELECT id, internal_name FROM workflows ORDER BY internal_name LIMIT 2"_s);
        QVERIFY(ids && ids->next());
        m_workflow = ids->value(0).toLongLong();
        QVERIFY(ids->next());
        m_other = ids->value(0).toLongLong();
        m_otherName = ids->value(1).toString();
        ids->finish();

        // 20,000 lines of the workflow, with a line of another workflow after every fifth, in one transaction.
        QVERIFY(db->transaction());
        QSqlQuery insert(*db);
        QVERIFY(insert.prepare(u"INSERT INTO journal (workflow_id, run_id, at, level, activity, message) "
                               "VALUES (?, NULL, ?, ?, ?, ?)"_s));
        const qint64 start = 1'780'000'000'000;
        for (int i = 0; i < Lines; ++i) {
            for (const QVariant &value : {QVariant(m_workflow), QVariant(start + i * 1000LL), QVariant(levelOf(i)),
                                          QVariant(i % 2 ? u"purge"_s : u"query"_s), QVariant(messageOf(i))})
                insert.addBindValue(value);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            if (i % 5 == 0) {
                for (const QVariant &value : {QVariant(m_other), QVariant(start + i * 1000LL), QVariant(1),
                                              QVariant(u"start"_s), QVariant(u"Other workflow line %1"_s.arg(i))})
                    insert.addBindValue(value);
                QVERIFY(insert.exec());
            }
        }
        QVERIFY(db->commit());
    }

    void opensOnTheNewestPageOnly()
    {
        JournalView view(m_instance, m_workflow);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loaded(view));
        JournalModel *model = view.model();
        QCOMPARE(model->rowCount(), JournalModel::PageSize);
        QCOMPARE(model->line(model->rowCount() - 1).message, messageOf(Lines - 1));
        QCOMPARE(model->line(0).message, messageOf(Lines - JournalModel::PageSize));
        QVERIFY(model->hasOlder());
        QVERIFY(!model->hasNewer());
        QVERIFY(view.view()->isColumnHidden(JournalModel::Workflow)); // one workflow: no workflow column
        const QModelIndex level = model->index(model->rowCount() - 1, JournalModel::Level); // line 19999: info
        QCOMPARE(level.data().toString(), u"Information"_s);
        QCOMPARE(model->index(0, JournalModel::Activity).data().toString(), u"query"_s); // 19500 is even
    }

    void scrollingUpReadsTheOlderPagesAndKeepsThePlace()
    {
        JournalView view(m_instance, m_workflow);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(900, 500);
        view.show();
        QVERIFY(loaded(view));
        JournalModel *model = view.model();
        QSignalSpy older(model, &JournalModel::olderLoaded);
        view.view()->verticalScrollBar()->setValue(0);
        QVERIFY(older.wait(10000));
        QCOMPARE(model->rowCount(), 2 * JournalModel::PageSize);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->line(row).message, messageOf(Lines - 2 * JournalModel::PageSize + row));
        // The line at the top before is still in sight: the view moved down by the rows inserted above it.
        QCOMPARE(view.view()->verticalScrollBar()->value(), JournalModel::PageSize);
    }

    void theOldestLinesThenTheEndReadOnlyWhatIsShown()
    {
        // No model tester here: it asks for more rows on its own, and this test counts what is read when.
        JournalView view(m_instance, m_workflow);
        QVERIFY(loaded(view));
        JournalModel *model = view.model();
        QSignalSpy window(model, &JournalModel::windowLoaded);
        model->loadOldest();
        QVERIFY(window.wait(10000));
        QCOMPARE(model->rowCount(), JournalModel::PageSize);
        QCOMPARE(model->line(0).message, messageOf(0));
        QVERIFY(!model->hasOlder());
        QVERIFY(model->hasNewer());
        if (model->canFetchMore({})) // else the table view has asked for the next page already
            model->fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2 * JournalModel::PageSize, 10000);
        QTest::qWait(200);
        QCOMPARE(model->rowCount(), 2 * JournalModel::PageSize); // one page at a time, no cascade
        QCOMPARE(model->line(2 * JournalModel::PageSize - 1).message, messageOf(2 * JournalModel::PageSize - 1));
        model->loadNewest(); // Ctrl+End: the last page alone, not the 19,000 lines between
        QVERIFY(window.wait(10000));
        QCOMPARE(model->rowCount(), JournalModel::PageSize);
        QCOMPARE(model->line(JournalModel::PageSize - 1).message, messageOf(Lines - 1));
    }

    void filtersByLevelAndActivity()
    {
        JournalView view(m_instance, m_workflow);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loaded(view));
        JournalModel *model = view.model();
        QSignalSpy window(model, &JournalModel::windowLoaded);
        view.setMinimumLevel(3); // errors only: every 100th line
        QVERIFY(window.wait(10000));
        QCOMPARE(model->rowCount(), Lines / 100);
        QVERIFY(!model->hasOlder()); // they all fit in one page
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->line(row).message, messageOf(row * 100));

        view.setMinimumLevel(2); // warnings and errors: every 10th, 2,000 lines
        QVERIFY(window.wait(10000));
        QCOMPARE(model->rowCount(), JournalModel::PageSize);
        QCOMPARE(model->line(JournalModel::PageSize - 1).message, messageOf(Lines - 10));
        QVERIFY(model->hasOlder());

        view.setMinimumLevel(0);
        QVERIFY(window.wait(10000));
        view.setActivity(u"purge"_s);
        QVERIFY(window.wait(10000));
        QCOMPARE(model->rowCount(), JournalModel::PageSize);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->line(row).activity, u"purge"_s);
        QCOMPARE(model->line(JournalModel::PageSize - 1).message, messageOf(Lines - 1));
        QVERIFY(view.model()->activitiesSeen().contains(u"query"_s)); // offered in the activity box
    }

    void searchFindsTheNextAndPreviousLinesBeyondTheWindow()
    {
        JournalView view(m_instance, m_workflow);
        view.resize(900, 500);
        view.show();
        QVERIFY(loaded(view));
        JournalModel *model = view.model();
        QSignalSpy window(model, &JournalModel::windowLoaded);
        model->loadOldest();
        QVERIFY(window.wait(10000));
        QSignalSpy finished(&view, &JournalView::searchFinished);
        view.searchEdit()->setText(u"QUARANTINE"_s); // in any case
        view.findNext(); // line 777: outside the first page
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QTRY_COMPARE(currentMessage(view), messageOf(777));
        view.findNext();
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE(currentMessage(view), messageOf(15000));
        QVERIFY(model->rowCount() <= JournalModel::PageSize); // a window around the match, not everything before it
        view.findNext();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeLast().at(0).toBool(), false);
        QVERIFY(view.statusText().contains(u"No line further down"_s));
        QCOMPARE(currentMessage(view), messageOf(15000)); // stays on the last match
        view.findPrevious();
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE(currentMessage(view), messageOf(777));
    }

    void followModeAppendsNewLines()
    {
        JournalView view(m_instance, m_workflow);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(900, 500);
        view.show();
        QVERIFY(loaded(view));
        view.setFollowing(true);
        QVERIFY(view.followBox()->isChecked());
        auto db = m_instance->database();
        QVERIFY(db);
        for (int i = 0; i < 3; ++i)
            QVERIFY(execute(*db,
                            u"INSERT INTO journal (workflow_id, at, level, activity, message) VALUES (?, ?, 1, 'end', ?)"_s,
                            {m_workflow, nowMs(), u"Followed line %1"_s.arg(i)}));
        JournalModel *model = view.model();
        QTRY_COMPARE_WITH_TIMEOUT(model->line(model->rowCount() - 1).message, u"Followed line 2"_s, 10000);
        QCOMPARE(model->line(model->rowCount() - 3).message, u"Followed line 0"_s);
        QCOMPARE(model->rowCount(), JournalModel::PageSize + 3);
        const QScrollBar *bar = view.view()->verticalScrollBar();
        QTRY_COMPARE(bar->value(), bar->maximum()); // the new lines are in sight
        QVERIFY(execute(*db, u"DELETE FROM journal WHERE message LIKE 'Followed line %'"_s));
    }

    void theWholeInstanceShowsEveryWorkflow()
    {
        JournalView view(m_instance, std::nullopt);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loaded(view));
        QVERIFY(!view.view()->isColumnHidden(JournalModel::Workflow));
        JournalModel *model = view.model();
        QCOMPARE(model->rowCount(), JournalModel::PageSize);
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, JournalModel::Workflow).data().toString();
        QVERIFY(names.contains(m_otherName));
        auto db = m_instance->database();
        QVERIFY(db);
        auto others = scalar(*db,
                             u"SELECT COUNT(*) FROM (SELECT workflow_id FROM journal ORDER BY id DESC LIMIT ?) newest "
                             "WHERE workflow_id = ?"_s,
                             {JournalModel::PageSize, m_other});
        QVERIFY(others);
        QCOMPARE(names.count(m_otherName), others->toInt());
    }

    void copiesTheSelectedLines()
    {
        JournalView view(m_instance, m_workflow);
        QVERIFY(loaded(view));
        view.view()->selectRow(0);
        view.view()->selectionModel()->select(view.model()->index(2, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view.copySelection();
        const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).endsWith(u'\t' + messageOf(Lines - JournalModel::PageSize)));
        QVERIFY(lines.at(1).endsWith(u'\t' + messageOf(Lines - JournalModel::PageSize + 2)));
        QVERIFY(lines.at(0).contains(u"\tError\tquery\t\t"_s)); // line 19500: an error, no run
        QVERIFY(lines.at(1).contains(u"\tInformation\tquery\t\t"_s));
    }

    void exportsEveryLineTheFiltersShow()
    {
        JournalView view(m_instance, m_workflow);
        QVERIFY(loaded(view));
        QSignalSpy window(view.model(), &JournalModel::windowLoaded);
        view.setMinimumLevel(2);
        QVERIFY(window.wait(10000));
        QSignalSpy finished(&view, &JournalView::exportFinished);
        const QString path = m_dir.filePath(u"export.txt"_s);
        view.exportTo(path);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), Lines / 10 + 1); // and the final newline
        QVERIFY(lines.first().endsWith(messageOf(0).toUtf8()));
        QVERIFY(lines.at(lines.size() - 2).endsWith(messageOf(Lines - 10).toUtf8()));
    }

    void screenshot()
    {
        JournalView view(m_instance, m_workflow);
        view.resize(1100, 560);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(loaded(view));
        QSignalSpy finished(&view, &JournalView::searchFinished);
        view.searchEdit()->setText(u"batch 1999"_s);
        view.findPrevious();
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY(view.view()->currentIndex().isValid());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QString folder = QStringLiteral(NIGHTSHIFT_BINARY_DIR) + u"/screenshots"_s;
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(view.grab().save(folder + u"/journal-view.png"_s));
    }

private:
    static bool loaded(JournalView &view)
    {
        if (view.model()->rowCount() > 0 && !view.model()->isLoading())
            return true;
        QSignalSpy window(view.model(), &JournalModel::windowLoaded);
        return window.wait(10000);
    }

    static QString currentMessage(const JournalView &view)
    {
        const QModelIndex current = view.view()->currentIndex();
        return current.isValid() ? view.model()->line(current.row()).message : QString();
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Instance> m_instance;
    qint64 m_workflow = 0;
    qint64 m_other = 0;
    QString m_otherName;
};

QTEST_MAIN(JournalViewTest)
#include "tst_journalview.moc"
