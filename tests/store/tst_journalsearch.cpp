// Journal search through the trigram index (schema 8, issue #5): the lines of an instance made before the index are
// back-filled on upgrade, new lines enter it, deleted ones (directly, through a purged run or a deleted workflow)
// leave it, and JournalQuery finds exactly the lines a scan finds, for texts with LIKE's special characters,
// quotes, non-ASCII letters and mixed case, under every filter, in both directions; texts shorter than three
// characters read the lines. On SQLite the index is kept in bulk (JournalBuffer): lines above its mark, written by
// any writer and not indexed yet, are found all the same, deleted lines are never found and leave the index when
// it catches up, and a rolled-back write leaves index and mark as they were. Built twice: against SQLite files,
// and (NIGHTSHIFT_TEST_POSTGRES) against a real PostgreSQL 15 server, where the scan is the same query with the
// trigram index ruled out.
#include "engine/journalbuffer.h"
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
        // And lines written after the upgrade by plain SQL, as a writer that does not index would: on SQLite they
        // stay above the index's mark, and the searches below find them by scanning.
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
        // The back-filled lines are in the index up to the mark; the lines written since are above it.
        QCOMPARE(indexedTo(), value(db, u"SELECT id FROM journal ORDER BY id LIMIT 1 OFFSET ?"_s, {Lines - 1}).toLongLong());
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM journal WHERE id > ?"_s, {indexedTo()}).toInt(), Lines / 4);
        QCOMPARE(rawIndexCount(), qint64(Lines));
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

    // The engine's writer indexes nothing until enough lines wait, then all of them (with those other writers left
    // above the mark) in its own transaction; a rolled-back write leaves index and mark as they were.
    void theWriterIndexesInBulk()
    {
        QSqlDatabase db = *m_instance->database();
        StatementCache sql(db, m_instance->dialect());
#ifndef NIGHTSHIFT_TEST_POSTGRES
        const qint64 markBefore = indexedTo();
#endif
        QVERIFY(db.transaction());
        QVERIFY(JournalBuffer::write(sql, entries(Lines + Lines / 4, 10)).has_value());
        QVERIFY(db.commit());
#ifndef NIGHTSHIFT_TEST_POSTGRES
        QCOMPARE(indexedTo(), markBefore); // 310 lines wait: fewer than UnindexedLines
        const qint64 enough = JournalBuffer::UnindexedLines;
        // A write that fails after its lines: nothing of it stays, in the journal or the index.
        const qint64 lines = value(db, u"SELECT COUNT(*) FROM journal"_s).toLongLong();
        QVERIFY(db.transaction());
        QVERIFY(JournalBuffer::write(sql, entries(Lines + Lines / 4 + 10, int(enough))).has_value());
        QVERIFY(indexedTo() > markBefore);
        QVERIFY(db.rollback());
        QCOMPARE(indexedTo(), markBefore);
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM journal"_s).toLongLong(), lines);
        QCOMPARE(rawIndexCount(), qint64(Lines));
        // The same write committed: every line up to the last is indexed.
        QVERIFY(db.transaction());
        QVERIFY(JournalBuffer::write(sql, entries(Lines + Lines / 4 + 10, int(enough))).has_value());
        QVERIFY(db.commit());
        QCOMPARE(indexedTo(), value(db, u"SELECT MAX(id) FROM journal"_s).toLongLong());
        QCOMPARE(rawIndexCount(), value(db, u"SELECT COUNT(*) FROM journal"_s).toLongLong());
        QVERIFY(run(db, u"INSERT INTO journal_search (journal_search) VALUES ('integrity-check')"_s));
        // Ids never change: the mark relies on it.
        QVERIFY(!execute(db, u"UPDATE journal SET id = id + 1000000 WHERE id = ?"_s, {indexedTo()}).has_value());
#else
        QCOMPARE(JournalBuffer::updateSearchIndex(sql, 10).value_or(-1), qint64(0)); // PostgreSQL keeps its own
#endif
        for (const QString &text : {u"written by the engine 1"_s, u"quarantine"_s, u"Processed line 1"_s})
            QCOMPARE(matches({}, text, JournalQuery::TextSearch::Indexed, false), expected({}, text));
    }

    // Lines above the mark: written by plain SQL after the last indexing, changed, deleted; found as by a scan.
    void linesAboveTheMarkAreFound()
    {
        QSqlDatabase db = *m_instance->database();
        QVERIFY(db.transaction());
        for (int i = 0; i < 40; ++i)
            QVERIFY(insertLine(db, Lines * 4 + i)); // numbers no other line has
        QVERIFY(db.commit());
        const qint64 newest = value(db, u"SELECT MAX(id) FROM journal"_s).toLongLong();
#ifndef NIGHTSHIFT_TEST_POSTGRES
        QCOMPARE(catchUp(20), qint64(20)); // a bounded share: the older half of them
        QCOMPARE(indexedTo(), newest - 20);
#endif
        QVERIFY(run(db, u"UPDATE journal SET message = 'line: tail rewritten' WHERE id = ?"_s, {newest}));
        QVERIFY(run(db, u"UPDATE journal SET message = 'line: indexed rewritten' WHERE id = ?"_s, {Lines / 2}));
        QVERIFY(run(db, u"DELETE FROM journal WHERE id = ?"_s, {newest - 1}));
        for (const QString &text : {u"rewritten"_s, u"tail rewritten"_s, u"indexed rewritten"_s, u"line 4801"_s,
                                    u"line 4838"_s, u"Processed line 48"_s, u"quarantine"_s})
            QCOMPARE(matches({}, text, JournalQuery::TextSearch::Indexed, false), expected({}, text));
        QCOMPARE(matches({}, u"line 4838"_s, JournalQuery::TextSearch::Indexed, false).size(), 0); // deleted
        QCOMPARE(matches({}, u"indexed rewritten"_s, JournalQuery::TextSearch::Indexed, true), QList<qint64>{Lines / 2});
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
#ifndef NIGHTSHIFT_TEST_POSTGRES
        // The deleted lines wait to leave the index (those above the mark never entered it); catching up takes
        // them out, so the index does not keep what the journal no longer has.
        QVERIFY(rawIndexCount() > 0);
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM journal_search_deleted WHERE id > ?"_s, {indexedTo()}).toInt(), 0);
        QVERIFY(catchUp(5) >= 0); // a bounded share first
        QVERIFY(value(db, u"SELECT COUNT(*) FROM journal_search_deleted"_s).toLongLong() > 0);
        QVERIFY(catchUp(std::numeric_limits<qint64>::max()) >= 0);
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM journal_search_deleted"_s).toInt(), 0);
        QCOMPARE(rawIndexCount(), qint64(0));
        QVERIFY(run(db, u"INSERT INTO journal_search (journal_search) VALUES ('integrity-check')"_s));
#endif
    }

    // After a bulk load by plain SQL (a generated instance), one rebuild indexes every line and moves the mark.
    void aRebuildIndexesEveryLine()
    {
        QSqlDatabase db = *m_instance->database();
        QVERIFY(db.transaction());
        for (int i = 0; i < Lines / 2; ++i) // in alpha outside any run: beta and run 0 are gone
            QVERIFY(run(db, u"INSERT INTO journal (workflow_id, at, level, message) VALUES (?, ?, 1, ?)"_s,
                        {m_alpha, 1'780'000'000'000LL + i, messageOf(i)}));
        QVERIFY(run(db, u"DELETE FROM journal WHERE id IN (SELECT id FROM journal ORDER BY id LIMIT 10)"_s));
        StatementCache sql(db, m_instance->dialect());
        QVERIFY(JournalBuffer::rebuildSearchIndex(sql).has_value());
        QVERIFY(db.commit());
#ifndef NIGHTSHIFT_TEST_POSTGRES
        QCOMPARE(indexedTo(), value(db, u"SELECT MAX(id) FROM journal"_s).toLongLong());
        QCOMPARE(rawIndexCount(), qint64(Lines / 2 - 10));
        QCOMPARE(value(db, u"SELECT COUNT(*) FROM journal_search_deleted"_s).toInt(), 0);
        QVERIFY(run(db, u"INSERT INTO journal_search (journal_search) VALUES ('integrity-check')"_s));
#endif
        for (const QString &text : {u"quarantine"_s, u"Processed line 1"_s, u"日本語"_s})
            QCOMPARE(matches({}, text, JournalQuery::TextSearch::Indexed, false), expected({}, text));
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

    // `count` lines for JournalBuffer::write, numbered from `first`, in alpha's first run.
    QList<JournalEntry> entries(int first, int count) const
    {
        QList<JournalEntry> lines;
        for (int i = first; i < first + count; ++i)
            lines << JournalEntry{.workflowId = m_alpha,
                                  .runId = runId(0),
                                  .taskId = 0,
                                  .level = JournalLevel::Info,
                                  .activity = u"query"_s,
                                  .message = i % 5 ? messageOf(i) : u"line written by the engine %1"_s.arg(i),
                                  .at = 1'780'000'000'000LL + i};
        return lines;
    }

#ifndef NIGHTSHIFT_TEST_POSTGRES
    // The lines up to here are in the index (or deleted and waiting to leave it).
    qint64 indexedTo() const
    {
        return value(*m_instance->database(), u"SELECT indexed_to FROM journal_search_state"_s).toLongLong();
    }

    // What the index holds for "lin" and "ine", deleted lines included: every message has them.
    qint64 rawIndexCount() const
    {
        return value(*m_instance->database(),
                     u"SELECT COUNT(*) FROM journal_search WHERE journal_search MATCH '\"lin\" AND \"ine\"'"_s)
            .toLongLong();
    }

    qint64 catchUp(qint64 limit) const
    {
        QSqlDatabase db = *m_instance->database();
        StatementCache sql(db, m_instance->dialect());
        if (!db.transaction())
            return -1;
        auto indexed = JournalBuffer::updateSearchIndex(sql, limit);
        if (!indexed)
            qWarning() << indexed.error().message;
        return db.commit() && indexed ? *indexed : -1;
    }
#endif

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

    // Every line containing "line" — all of them — is found through the index or above its mark, and no deleted
    // line is (SQLite: the index's entries of deleted lines, until they leave it, join no journal row).
    bool indexAgreesWithJournal()
    {
        QSqlDatabase db = *m_instance->database();
#ifdef NIGHTSHIFT_TEST_POSTGRES
        const QString fromIndex = u"SELECT COUNT(*) FROM journal WHERE message ILIKE '%line%'"_s;
        run(db, u"SET enable_seqscan = off"_s);
#else
        const QString fromIndex = u"SELECT (SELECT COUNT(*) FROM journal_search CROSS JOIN journal j ON j.id = "
                                  "journal_search.rowid WHERE journal_search MATCH '\"lin\" AND \"ine\"') + (SELECT "
                                  "COUNT(*) FROM journal WHERE id > (SELECT indexed_to FROM journal_search_state))"_s;
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

    static QVariant value(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {})
    {
        auto result = scalar(db, sql, values);
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
