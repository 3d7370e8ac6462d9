// Journal search through the trigram index (schema 8, issue #5): the lines of an instance made before the index are
// back-filled on upgrade, new lines enter it, deleted ones (directly, through a purged run or a deleted workflow)
// leave it, and JournalQuery finds exactly the lines a scan finds, for texts with LIKE's special characters,
// quotes, non-ASCII letters and mixed case, under every filter, in both directions; texts shorter than three
// characters read the lines. Built twice: against SQLite files, and (NIGHTSHIFT_TEST_POSTGRES) against a real
// PostgreSQL 15 server, where the scan is the same query with the trigram index ruled out.
#include "journal/journalquery.h"
#include "store/connectionpool.h"
#include "store/instance.h"
#include "store/migrator.h"
#include "support/postgresserver.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

constexpr int SchemaBeforeIndex = 7;
constexpr int Lines = 1200;

// Messages of special interest, spread among ordinary ones; every message contains "line" (see deletions).
const QStringList Specials{
    u"line: 100% done"_s, u"line: 50 %% half"_s, u"line: under_score"_s, u"line: under-score"_s,
    u"line: it's \"quoted\""_s, u"line: Café crème à l'ÉCOLE"_s, u"line: CAFÉ CRÈME"_s, u"line: 日本語のテキスト"_s,
    u"line: 🚀 launched"_s, u"line: QUARANTINE lifted"_s, u"line: quarantine added"_s, u"line: abcbcd"_s,
    u"line: abcd"_s, u"line: C:\\path\\to"_s, u"line: tab\tinside"_s, u"line: a*b^c \"x\" AND NOT y"_s,
};

QString messageOf(int i)
{
    return i % 37 == 0 ? Specials.at((i / 37) % Specials.size()) : u"Processed line %1 of batch %2"_s.arg(i).arg(i % 7);
}

// What LIKE/ILIKE finds for ASCII-cased text: the expectation the test computes on its own.
bool contains(const QString &message, const QString &text)
{
    const auto fold = [](QString s) {
        for (QChar &c : s)
            if (c.unicode() < 128)
                c = c.toLower();
        return s;
    };
    return fold(message).contains(fold(text));
}

} // namespace

class JournalSearchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#ifdef NIGHTSHIFT_TEST_POSTGRES
        QString why;
        QVERIFY2(testing::PostgresServer::serverBinariesAvailable(&why), qPrintable(why));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_where.dialect = Dialect::Postgres;
        m_where.host = m_server.host();
        m_where.port = m_server.port();
        m_where.user = m_server.user();
        m_where.password = m_server.password();
        m_where.database = m_server.createDatabase(u"journalsearch"_s, &error);
        QVERIFY2(!m_where.database.isEmpty(), qPrintable(error));
#else
        QVERIFY(m_dir.isValid());
        m_where.path = m_dir.filePath(u"instance.sqlite"_s);
#endif
        // An instance made before the index, with its journal: the upgrade must back-fill the index.
        {
            ConnectionPool pool(m_where);
            QSqlDatabase db = *pool.database();
            QVERIFY(Migrator::migrate(db, m_where.dialect, SchemaBeforeIndex).has_value());
            QVERIFY(run(db, u"INSERT INTO folders (name, label, kind, created_at) VALUES ('f', 'F', 'folder', 1)"_s));
            for (const QString &name : {u"alpha"_s, u"beta"_s})
                QVERIFY(run(db, u"INSERT INTO workflows (internal_name, label, folder_id, definition, created_at, "
                                "modified_at) SELECT ?, ?, id, '<workflow/>', 1, 1 FROM folders WHERE name = 'f'"_s,
                            {name, name}));
            m_alpha = value(db, u"SELECT id FROM workflows WHERE internal_name = 'alpha'"_s).toLongLong();
            m_beta = value(db, u"SELECT id FROM workflows WHERE internal_name = 'beta'"_s).toLongLong();
            for (int r = 0; r < 3; ++r)
                QVERIFY(run(db, u"INSERT INTO runs (workflow_id, trigger, started_at) VALUES (?, 'start', ?)"_s,
                            {r == 2 ? m_beta : m_alpha, r}));
            QVERIFY(db.transaction());
            for (int i = 0; i < Lines; ++i)
                QVERIFY(insertLine(db, i));
            QVERIFY(db.commit());
        }
        auto instance = Instance::open(m_where, Instance::OpenMode::MustExist);
        QVERIFY2(instance.has_value(), instance ? "" : qPrintable(instance.error().message));
        m_instance = *instance;
        // And lines written after the upgrade, through the insert trigger.
        QSqlDatabase db = *m_instance->database();
        QVERIFY(db.transaction());
        for (int i = Lines; i < Lines + Lines / 4; ++i)
            QVERIFY(insertLine(db, i));
        QVERIFY(db.commit());
    }

    void theUpgradeAddsTheIndex()
    {
        QSqlDatabase db = *m_instance->database();
        QCOMPARE(value(db, u"SELECT MAX(version) FROM schema_version"_s).toInt(), Migrator::latestVersion());
#ifdef NIGHTSHIFT_TEST_POSTGRES
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'journal_message_trgm'"_s).toInt(), 1);
        // The planner can answer the console's ILIKE from it (forced here: on so few lines it reads the table).
        QVERIFY(run(db, u"SET enable_seqscan = off"_s));
        QString plan;
        auto explained = execute(db, u"EXPLAIN SELECT id FROM journal j WHERE j.message ILIKE '%quarantine%'"_s);
        QVERIFY(explained.has_value());
        while (explained->next())
            plan += explained->value(0).toString() + u'\n';
        QVERIFY(run(db, u"RESET enable_seqscan"_s));
        QVERIFY2(plan.contains(u"journal_message_trgm"_s), qPrintable(plan));
#else
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                           "'journal_search_%'"_s)
                     .toInt(),
                 3);
        QVERIFY(run(db, u"INSERT INTO journal_search (journal_search) VALUES ('integrity-check')"_s));
#endif
        QVERIFY(indexAgreesWithJournal());
    }

    void shortTextsCannotUseTheIndex()
    {
        QVERIFY(!JournalQuery::indexable(u""_s));
        QVERIFY(!JournalQuery::indexable(u"ab"_s));
        QVERIFY(JournalQuery::indexable(u"abc"_s));
        QVERIFY(JournalQuery::indexable(u"日本語"_s));
        QVERIFY(!JournalQuery::indexable(u"🚀a"_s)); // three UTF-16 units, two characters
        QVERIFY(JournalQuery::indexable(u"🚀 l"_s));
    }

    void indexedAndScannedSearchesFindTheSameLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("asciiCase"); // the test's own expectation applies (LIKE and ILIKE agree)
        const QList<std::pair<QString, bool>> texts{
            {u"quarantine"_s, true}, {u"QUARANTINE"_s, true}, {u"QuArAnTiNe L"_s, true}, {u"100%"_s, true},
            {u"0% d"_s, true}, {u"%%"_s, true}, {u"%"_s, true}, {u"under_score"_s, true}, {u"_sc"_s, true},
            {u"_"_s, true}, {u"it's"_s, true}, {u"'s \"quoted\""_s, true}, {u"\""_s, true}, {u"café"_s, false},
            {u"CAFÉ"_s, false}, {u"Crème"_s, false}, {u"l'ÉCOLE"_s, true}, {u"école"_s, false},
            {u"日本語"_s, true}, {u"本"_s, true}, {u"🚀 launched"_s, true}, {u"🚀"_s, true}, {u"abcd"_s, true},
            {u"bcb"_s, true}, {u"C:\\path"_s, true}, {u"\\"_s, true}, {u"tab\ti"_s, true},
            {u"\"x\" AND NOT"_s, true}, {u"a*b^c"_s, true}, {u"line 1199 of"_s, true}, {u"Processed line 119"_s, true},
            {u"50"_s, true}, {u"no such text anywhere"_s, true}, {u"xyz"_s, true}};
        for (const auto &[text, ascii] : texts)
            QTest::newRow(qPrintable(text)) << text << ascii;
    }

    void indexedAndScannedSearchesFindTheSameLines()
    {
        QFETCH(QString, text);
        QFETCH(bool, asciiCase);
        const QList<JournalFilter> filters{
            {},
            {.workflowId = m_alpha, .minimumLevel = 0, .activity = {}, .runId = {}},
            {.workflowId = {}, .minimumLevel = 2, .activity = {}, .runId = {}},
            {.workflowId = m_beta, .minimumLevel = 0, .activity = u"purge"_s, .runId = {}},
            {.workflowId = {}, .minimumLevel = 1, .activity = {}, .runId = runId(1)},
        };
        for (const JournalFilter &filter : filters) {
            const QList<qint64> indexed = matches(filter, text, JournalQuery::TextSearch::Indexed, false);
            const QList<qint64> scanned = matches(filter, text, JournalQuery::TextSearch::Scan, false);
            QCOMPARE(indexed, scanned);
            if (filter == JournalFilter{}) // forward too (once: the filters are the same either way)
                QCOMPARE(matches(filter, text, JournalQuery::TextSearch::Indexed, true), indexed);
            if (asciiCase)
                QCOMPARE(indexed, expected(filter, text));
        }
    }

    void deletedLinesLeaveTheIndex()
    {
        QSqlDatabase db = *m_instance->database();
        const qint64 before = value(db, u"SELECT COUNT(*) FROM journal"_s).toLongLong();
        // A purged run (ON DELETE CASCADE, as history purge and the cleanup job do), lines deleted directly, a
        // message changed, and a deleted workflow.
        QVERIFY(run(db, u"DELETE FROM runs WHERE id = ?"_s, {runId(0)}));
        QVERIFY(run(db, u"DELETE FROM journal WHERE id IN (SELECT id FROM journal WHERE run_id IS NULL AND "
                        "workflow_id = ? ORDER BY id LIMIT 50)"_s,
                    {m_alpha}));
        QVERIFY(run(db, u"UPDATE journal SET message = 'line: rewritten' WHERE message = 'line: abcd'"_s));
        QVERIFY(value(db, u"SELECT COUNT(*) FROM journal"_s).toLongLong() < before - 50);
        QVERIFY(indexAgreesWithJournal());
        for (const QString &text : {u"quarantine"_s, u"abcd"_s, u"rewritten"_s, u"Processed line 2"_s, u"_"_s})
            QCOMPARE(matches({}, text, JournalQuery::TextSearch::Indexed, false), expected({}, text));

        QVERIFY(run(db, u"DELETE FROM workflows WHERE id = ?"_s, {m_beta}));
        QVERIFY(indexAgreesWithJournal());
        QCOMPARE(matches({}, u"日本語"_s, JournalQuery::TextSearch::Indexed, false), expected({}, u"日本語"_s));
        QVERIFY(run(db, u"DELETE FROM journal"_s));
        QVERIFY(matches({}, u"line"_s, JournalQuery::TextSearch::Indexed, false).isEmpty());
        QVERIFY(indexAgreesWithJournal());
    }

    void cleanupTestCase()
    {
        m_instance.reset();
    }

private:
    bool insertLine(const QSqlDatabase &db, int i)
    {
        // Runs 0 and 1 are alpha's, run 2 beta's; one line in four outside any run.
        const int runIndex = i % 4 == 3 ? -1 : i % 3;
        const qint64 workflow = runIndex == 2 || (runIndex < 0 && i % 8 == 7) ? m_beta : m_alpha;
        return run(db,
                   u"INSERT INTO journal (workflow_id, run_id, at, level, activity, message) VALUES (?, ?, ?, ?, ?, ?)"_s,
                   {workflow, runIndex < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(runId(runIndex)),
                    1'780'000'000'000LL + i, i % 10 == 0 ? 3 : i % 5 == 0 ? 2 : i % 2, i % 3 ? u"purge"_s : u"query"_s,
                    messageOf(i)});
    }

    qint64 runId(int index) const { return index + 1; } // the runs are the instance's first three

    // Every matching line's id, newest first (walking back from the end as the console's "find previous" does) or
    // oldest first (forward from the start), through JournalQuery.
    QList<qint64> matches(const JournalFilter &filter, const QString &text, JournalQuery::TextSearch how,
                          bool forward)
    {
        JournalQuery query(m_instance, filter);
        query.setTextSearch(how);
#ifdef NIGHTSHIFT_TEST_POSTGRES
        // PostgreSQL's planner picks the index itself; a scan is the same query with bitmap scans (GIN's only way)
        // ruled out.
        QSqlDatabase db = *m_instance->database();
        run(db, how == JournalQuery::TextSearch::Scan ? u"SET enable_bitmapscan = off"_s
                                                      : u"SET enable_seqscan = off"_s);
#endif
        QList<qint64> ids;
        qint64 from = forward ? 0 : std::numeric_limits<qint64>::max();
        for (;;) {
            auto found = query.find(text, from, forward);
            if (!found) {
                qWarning() << found.error().message;
                ids << -1;
                break;
            }
            if (!*found)
                break;
            ids << **found;
            from = **found;
        }
#ifdef NIGHTSHIFT_TEST_POSTGRES
        run(db, u"RESET enable_bitmapscan"_s);
        run(db, u"RESET enable_seqscan"_s);
#endif
        if (forward)
            std::reverse(ids.begin(), ids.end());
        return ids;
    }

    // The same, computed by the test from the rows themselves.
    QList<qint64> expected(const JournalFilter &filter, const QString &text)
    {
        QSqlDatabase db = *m_instance->database();
        auto rows = execute(db, u"SELECT id, workflow_id, run_id, level, activity, message FROM journal ORDER BY id "
                                "DESC"_s);
        QList<qint64> ids;
        while (rows && rows->next()) {
            if ((filter.workflowId && rows->value(1).toLongLong() != *filter.workflowId)
                || (filter.runId && (rows->value(2).isNull() || rows->value(2).toLongLong() != *filter.runId))
                || rows->value(3).toInt() < filter.minimumLevel
                || (!filter.activity.isEmpty() && rows->value(4).toString() != filter.activity))
                continue;
            if (contains(rows->value(5).toString(), text))
                ids << rows->value(0).toLongLong();
        }
        return ids;
    }

    // Every line containing "line" — all of them — is found through the index, and no deleted line is.
    bool indexAgreesWithJournal()
    {
        QSqlDatabase db = *m_instance->database();
#ifdef NIGHTSHIFT_TEST_POSTGRES
        const QString fromIndex = u"SELECT COUNT(*) FROM journal WHERE message ILIKE '%line%'"_s;
        run(db, u"SET enable_seqscan = off"_s);
#else
        const QString fromIndex = u"SELECT COUNT(*) FROM journal_search WHERE journal_search MATCH '\"lin\" AND "
                                  "\"ine\"'"_s;
#endif
        const qint64 indexed = value(db, fromIndex).toLongLong();
#ifdef NIGHTSHIFT_TEST_POSTGRES
        run(db, u"RESET enable_seqscan"_s);
#endif
        const qint64 lines = value(db, u"SELECT COUNT(*) FROM journal"_s).toLongLong();
        if (indexed != lines)
            qWarning() << "index:" << indexed << "journal:" << lines;
        return indexed == lines;
    }

    static QVariant value(const QSqlDatabase &db, const QString &sql)
    {
        auto result = scalar(db, sql);
        if (!result)
            qWarning() << result.error().message;
        return result ? *result : QVariant();
    }

    static bool run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
    {
        auto done = execute(db, sql, values);
        if (!done)
            qWarning() << done.error().message;
        return done.has_value();
    }

    InstanceLocation m_where;
    std::shared_ptr<Instance> m_instance;
    qint64 m_alpha = 0;
    qint64 m_beta = 0;
#ifdef NIGHTSHIFT_TEST_POSTGRES
    testing::PostgresServer m_server;
#else
    QTemporaryDir m_dir;
#endif
};

QTEST_GUILESS_MAIN(JournalSearchTest)
#include "tst_journalsearch.moc"
