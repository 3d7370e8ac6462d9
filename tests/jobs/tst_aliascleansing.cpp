// aliasCleansing: recipient fields rewritten through the alias table, hits counted, in batches; a re-run
// changes nothing; a bad field is skipped with a warning; cancellation stops between batches.
#include "goldenjob.h"

#include "jobs/delivery/aliascleansingjob.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

class AliasCleansingTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> f;
    QStringList m_journal;

    Status runJob(const QMap<QString, QString> &parameters = {}, bool cancelled = false)
    {
        JobContext::Reporting reporting;
        reporting.cancelled = cancelled;
        auto db = f->instance->database();
        JobContext context(
            *db, f->instance->dialect(), parameters, {}, reporting,
            [this](JournalLevel, const QString &line) { m_journal << line; }, false);
        return AliasCleansingJob().run(context);
    }
    QStringList countries() const
    {
        QStringList all;
        auto query = execute(*f->instance->database(), u"SELECT country FROM recipients ORDER BY id"_s);
        while (query && query->next())
            all << query->value(0).toString();
        return all;
    }
    int hits(const QString &alias) const
    {
        return f->value(u"SELECT hits FROM enumeration_aliases WHERE alias = ?"_s, {alias}).toInt();
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<EngineFixture>();
        QString error;
        QVERIFY2(f->setUp(&error), qPrintable(error));
        m_journal.clear();
        QVERIFY(
            f->exec(u"INSERT INTO enumerations (id, name, label, field) VALUES (1, 'country', 'Country', 'country'), "
                    "(2, 'broken', 'Broken', 'email; DROP TABLE recipients')"_s));
        QVERIFY(f->exec(u"INSERT INTO enumeration_values (enumeration_id, value, label) VALUES (1, 'FR', 'France'), "
                        "(1, 'DE', 'Germany')"_s));
        QVERIFY(f->exec(u"INSERT INTO enumeration_aliases (enumeration_id, alias, value) VALUES (1, 'France', 'FR'), "
                        "(1, 'Germany', 'DE'), (1, 'fr', 'FR'), (2, 'x', 'y')"_s));
        const QStringList values{u"France"_s, u"FRANCE"_s, u" france "_s, u"Germany"_s,
                                 u"FR"_s,     u"Spain"_s,  u"fr"_s,       u"Fr"_s};
        for (const QString &country : values)
            QVERIFY(
                f->exec(u"INSERT INTO recipients (country, created_at, modified_at) VALUES (?, 0, 0)"_s, {country}));
    }
    void cleanup() { f.reset(); }
    void clearSeededRows() // init()'s rows, for the cases that bring their own
    {
        QVERIFY(f->exec(u"DELETE FROM enumeration_aliases"_s));
        QVERIFY(f->exec(u"DELETE FROM enumeration_values"_s));
        QVERIFY(f->exec(u"DELETE FROM enumerations"_s));
        QVERIFY(f->exec(u"DELETE FROM recipients"_s));
    }

    void rewritesThroughAliasesAndCountsHits()
    {
        QVERIFY(runJob({{u"batch"_s, u"2"_s}}).has_value()); // several batches per alias
        QCOMPARE(countries(), (QStringList{u"FR"_s, u"FR"_s, u"FR"_s, u"DE"_s, u"FR"_s, u"Spain"_s, u"FR"_s, u"FR"_s}));
        QCOMPARE(hits(u"France"_s), 3);
        QCOMPARE(hits(u"Germany"_s), 1);
        QCOMPARE(hits(u"fr"_s), 2); // "fr" and "Fr"; "FR" is already the value
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM recipients WHERE modified_at > 0"_s), 6);
        QVERIFY2(m_journal.contains(u"country (recipients.country): 6 value(s) rewritten through 3 alias(es)"_s),
                 qPrintable(m_journal.join(u'\n')));
        QVERIFY(m_journal.join(u'\n').contains(u"enumeration broken names the field \"email; DROP TABLE recipients\", "
                                               "which is not a recipient field that can be cleansed"_s));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM recipients"_s), 8);
    }

    void aSecondRunChangesNothing()
    {
        QVERIFY(runJob().has_value());
        const QStringList after = countries();
        QVERIFY(runJob().has_value());
        QCOMPARE(countries(), after);
        QCOMPARE(hits(u"France"_s), 3);
    }

    void cancellationStopsBeforeWriting()
    {
        auto cancelled = runJob({}, true);
        QVERIFY(!cancelled.has_value());
        QVERIFY(cancelled.error().message.startsWith(u"cancelled while rewriting alias"_s));
        QCOMPARE(countries().first(), u"France"_s);
        QCOMPARE(hits(u"France"_s), 0);
    }

    // The golden folder: rows and journal of one run on its own small instance.
    void goldenFolder()
    {
        clearSeededRows();
        GOLDEN_VERIFY(golden::seed(*f, u"aliasCleansing"_s));
        AliasCleansingJob job;
        GOLDEN_VERIFY(golden::checkRun(*f, job, u"aliasCleansing"_s));
    }

    // Cancelled after each batch in turn (one row per batch), then run again: the rows equal an
    // uninterrupted run's.
    void interruptedAnywhereThenRerunEqualsGolden_data()
    {
        golden::addReportRows(5);
    }
    void interruptedAnywhereThenRerunEqualsGolden()
    {
        QFETCH(int, afterReports);
        clearSeededRows();
        GOLDEN_VERIFY(golden::seed(*f, u"aliasCleansing"_s));
        AliasCleansingJob job;
        GOLDEN_VERIFY(golden::checkInterruptedThenRerun(*f, job, u"aliasCleansing"_s, afterReports));
    }

    void badBatchParameterIsRefused()
    {
        auto refused = runJob({{u"batch"_s, u"zero"_s}});
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().message, u"parameter batch must be a positive number of rows, not \"zero\""_s);
    }
};

QTEST_GUILESS_MAIN(AliasCleansingTest)
#include "tst_aliascleansing.moc"
