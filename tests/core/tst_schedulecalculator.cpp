// Fire times of schedules: golden cases in tests/data/schedules (see its README.md), plus the errors and
// bounds of ScheduleCalculator.
#include "core/schedulecalculator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

struct Count
{
    QDateTime from, to;
    int cap = 0;
    int expected = 0;
};

struct GoldenCase
{
    QString spec;
    QString server = u"UTC"_s;
    QString operatorZone = u"UTC"_s;
    QDateTime after;
    int fired = 0;
    QStringList next;
    bool ends = false;
    QList<Count> counts;
    QString error; // what is wrong with the file itself
};

QDateTime instant(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

GoldenCase readCase(const QString &path)
{
    GoldenCase c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        c.error = u"cannot read "_s + path;
        return c;
    }
    bool inNext = false;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype colon = line.indexOf(u": "_s);
        const QString key = colon > 0 ? line.left(colon) : QString();
        const QString value = colon > 0 ? line.mid(colon + 2).trimmed() : QString();
        if (key == u"spec"_s) {
            c.spec = value;
        } else if (key == u"server"_s) {
            c.server = value;
        } else if (key == u"operator"_s) {
            c.operatorZone = value;
        } else if (key == u"after"_s) {
            c.after = instant(value);
        } else if (key == u"fired"_s) {
            c.fired = value.toInt();
        } else if (key == u"count"_s) {
            const QStringList parts = value.split(u' ', Qt::SkipEmptyParts);
            if (parts.size() != 4 || !instant(parts[0]).isValid() || !instant(parts[1]).isValid())
                c.error = u"bad count line: "_s + line;
            else
                c.counts << Count{instant(parts[0]), instant(parts[1]), parts[2].toInt(), parts[3].toInt()};
            inNext = false;
        } else if (line == u"next:"_s) {
            inNext = true;
        } else if (inNext && line == u"end"_s) {
            c.ends = true;
        } else if (inNext && instant(line).isValid() && !c.ends) {
            c.next << line;
        } else {
            c.error = u"unexpected line: "_s + line;
        }
    }
    if (c.spec.isEmpty() || !c.after.isValid())
        c.error = u"a case needs spec and after"_s;
    return c;
}

Result<ScheduleSpec> specFromXml(const QString &text)
{
    QXmlStreamReader xml(text);
    if (!xml.readNextStartElement())
        return fail(u"not an element: "_s + text);
    QMap<QString, QString> attributes;
    for (const QXmlStreamAttribute &a : xml.attributes())
        attributes.insert(a.name().toString(), a.value().toString());
    return ScheduleSpec::fromElement(xml.name().toString(), attributes);
}

// "2026-03-29T03:00:00+02:00": the wall-clock time in `zone` and its offset, written independently of Qt's
// ISO formatting of zones.
QString inZone(const QDateTime &at, const QTimeZone &zone)
{
    const QDateTime local = at.toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + (offset < 0 ? u'-' : u'+')
        + u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

ScheduleSpec dailyAt(int minutes, const QString &zone)
{
    ScheduleSpec spec;
    spec.kind = ScheduleSpec::Kind::Daily;
    spec.times = {minutes};
    spec.timeZone = zone;
    return spec;
}

} // namespace

class ScheduleCalculatorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(NIGHTSHIFT_TEST_DATA) + u"/schedules"_s);
        const QStringList files = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 30, qPrintable(dir.path()));
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void golden()
    {
        QFETCH(QString, path);
        const GoldenCase c = readCase(path);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QVERIFY2(!c.next.isEmpty() || c.ends, "a case expects fire times, or says the schedule ends");
        const auto spec = specFromXml(c.spec);
        QVERIFY2(spec, qPrintable(spec ? QString() : spec.error().message));
        const ScheduleZones zones{QTimeZone(c.server.toUtf8()), QTimeZone(c.operatorZone.toUtf8())};
        QVERIFY(zones.server.isValid() && zones.operatorZone.isValid());
        const auto calc = ScheduleCalculator::create(*spec, zones);
        QVERIFY2(calc, qPrintable(calc ? QString() : calc.error().message));

        // Ask for one more than expected when the case says the schedule ends there.
        const qsizetype asked = c.next.size() + (c.ends ? 1 : 0);
        const QList<QDateTime> times = calc->preview(c.after, int(asked), c.fired);
        QStringList actual;
        for (const QDateTime &t : times) {
            QCOMPARE(t.timeSpec(), Qt::UTC);
            actual << inZone(t, calc->zone());
        }
        QCOMPARE(actual, c.next);
        for (qsizetype i = 0; i < times.size(); ++i)
            QCOMPARE(times[i], instant(c.next[i])); // the same instants, not only the same text

        // nextAfter agrees with the preview, one step at a time.
        const auto first = calc->nextAfter(c.after, c.fired);
        QCOMPARE(first.has_value(), !c.next.isEmpty());
        if (first)
            QCOMPARE(*first, instant(c.next.first()));
        if (c.ends && !times.isEmpty() && times.last() > c.after)
            QVERIFY(!calc->nextAfter(times.last(), c.fired + int(times.size())));

        for (const Count &n : c.counts)
            QCOMPARE(calc->countBetween(n.from, n.to, n.cap), n.expected);
    }

    void afterInAnyTimeSpec()
    {
        // The same instant given in UTC, with an offset, or in another zone gives the same answer.
        const auto calc = ScheduleCalculator::create(dailyAt(2 * 60 + 30, u"Europe/Paris"_s));
        QVERIFY(calc);
        const QDateTime expected = instant(u"2026-03-29T01:00:00Z"_s);
        QCOMPARE(calc->nextAfter(instant(u"2026-03-28T12:00:00Z"_s)), expected);
        QCOMPARE(calc->nextAfter(instant(u"2026-03-28T08:00:00-04:00"_s)), expected);
        QCOMPARE(calc->nextAfter(QDateTime(QDate(2026, 3, 28), QTime(22, 0), QTimeZone("Asia/Tokyo"))), expected);
        QVERIFY(!calc->nextAfter(QDateTime()));
    }

    void zones()
    {
        const ScheduleZones zones{QTimeZone("Europe/Paris"), QTimeZone("Asia/Tokyo")};
        auto server = ScheduleCalculator::create(dailyAt(0, u"server"_s), zones);
        auto op = ScheduleCalculator::create(dailyAt(0, u"operator"_s), zones);
        auto named = ScheduleCalculator::create(dailyAt(0, u"America/New_York"_s), zones);
        QVERIFY(server && op && named);
        QCOMPARE(server->zone().id(), QByteArray("Europe/Paris"));
        QCOMPARE(op->zone().id(), QByteArray("Asia/Tokyo"));
        QCOMPARE(named->zone().id(), QByteArray("America/New_York"));
        // Default zones: the system's.
        auto system = ScheduleCalculator::create(dailyAt(0, u"server"_s));
        QVERIFY(system);
        QCOMPARE(system->zone(), QTimeZone::systemTimeZone());
    }

    void errors()
    {
        const auto unknownZone = ScheduleCalculator::create(dailyAt(0, u"Mars/Olympus_Mons"_s));
        QVERIFY(!unknownZone);
        QVERIFY2(unknownZone.error().message.contains(u"\"Mars/Olympus_Mons\""_s),
                 qPrintable(unknownZone.error().message));

        ScheduleSpec cron;
        cron.kind = ScheduleSpec::Kind::Cron;
        cron.cronExpression = u"61 * * * *"_s;
        cron.timeZone = u"UTC"_s;
        const auto badCron = ScheduleCalculator::create(cron);
        QVERIFY(!badCron);
        QCOMPARE(badCron.error().message, CronExpression::parse(cron.cronExpression).error().message);

        ScheduleSpec every;
        every.kind = ScheduleSpec::Kind::Every;
        every.interval = std::chrono::seconds(0);
        every.timeZone = u"UTC"_s;
        QVERIFY(!ScheduleCalculator::create(every));
    }

    void onceFiresOnce()
    {
        ScheduleSpec once;
        once.kind = ScheduleSpec::Kind::Once;
        once.onceDate = QDate(2026, 12, 1);
        once.times = {9 * 60};
        once.timeZone = u"UTC"_s;
        const auto calc = ScheduleCalculator::create(once);
        QVERIFY(calc);
        const QDateTime before = instant(u"2026-11-01T00:00:00Z"_s);
        QCOMPARE(calc->nextAfter(before, 0), instant(u"2026-12-01T09:00:00Z"_s));
        QVERIFY(!calc->nextAfter(before, 1)); // already fired
    }

    void instantOfGapAndOverlap()
    {
        const auto calc = ScheduleCalculator::create(dailyAt(0, u"Europe/Paris"_s));
        QVERIFY(calc);
        const auto local = [](const char *text) {
            return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toSecsSinceEpoch(); // read as UTC
        };
        // 01:59 CET, then the gap: 02:00 and 02:59 go to 03:00 CEST = 01:00 UTC.
        QCOMPARE(calc->instantOf(local("2026-03-29T01:59:00Z")), local("2026-03-29T00:59:00Z"));
        QCOMPARE(calc->instantOf(local("2026-03-29T02:00:00Z")), local("2026-03-29T01:00:00Z"));
        QCOMPARE(calc->instantOf(local("2026-03-29T02:59:00Z")), local("2026-03-29T01:00:00Z"));
        QCOMPARE(calc->instantOf(local("2026-03-29T03:00:00Z")), local("2026-03-29T01:00:00Z"));
        // The repeated hour: the first occurrence (CEST).
        QCOMPARE(calc->instantOf(local("2026-10-25T02:00:00Z")), local("2026-10-25T00:00:00Z"));
        QCOMPARE(calc->instantOf(local("2026-10-25T02:59:00Z")), local("2026-10-25T00:59:00Z"));
        QCOMPARE(calc->instantOf(local("2026-10-25T03:00:00Z")), local("2026-10-25T02:00:00Z"));
    }

    void boundedSearches()
    {
        // A cron that never matches answers at once, not after a minute-by-minute walk over the years.
        ScheduleSpec never;
        never.kind = ScheduleSpec::Kind::Cron;
        never.cronExpression = u"0 0 31 4,6,9,11 *"_s;
        never.timeZone = u"Europe/Paris"_s;
        const auto calc = ScheduleCalculator::create(never);
        QVERIFY(calc);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!calc->nextAfter(instant(u"2026-01-01T00:00:00Z"_s)));
        QCOMPARE(calc->countBetween(instant(u"2026-01-01T00:00:00Z"_s), instant(u"2100-01-01T00:00:00Z"_s)), 0);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));

        // Every minute for a year: the count stops at the cap.
        ScheduleSpec everyMinute;
        everyMinute.kind = ScheduleSpec::Kind::Cron;
        everyMinute.cronExpression = u"* * * * *"_s;
        everyMinute.timeZone = u"Europe/Paris"_s;
        const auto often = ScheduleCalculator::create(everyMinute);
        QVERIFY(often);
        timer.restart();
        QCOMPARE(often->countBetween(instant(u"2026-01-01T00:00:00Z"_s), instant(u"2027-01-01T00:00:00Z"_s)), 1000);
        QCOMPARE(often->countBetween(instant(u"2026-01-01T00:00:00Z"_s), instant(u"2026-01-01T01:00:00Z"_s)), 60);
        QCOMPARE(often->countBetween(instant(u"2026-01-01T00:00:00Z"_s), instant(u"2027-01-01T00:00:00Z"_s), 5), 5);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

        // Far from a matching day: the 29th of February at 23:59 from just after one.
        ScheduleSpec leap;
        leap.kind = ScheduleSpec::Kind::Cron;
        leap.cronExpression = u"59 23 29 2 *"_s;
        leap.timeZone = u"UTC"_s;
        const auto rare = ScheduleCalculator::create(leap);
        QVERIFY(rare);
        QCOMPARE(rare->nextAfter(instant(u"2096-02-29T23:59:00Z"_s)), instant(u"2104-02-29T23:59:00Z"_s));
    }

    void previewCountsAndEnds()
    {
        const auto calc = ScheduleCalculator::create(dailyAt(4 * 60, u"UTC"_s));
        QVERIFY(calc);
        const QDateTime from = instant(u"2026-05-01T00:00:00Z"_s);
        QCOMPARE(calc->preview(from, 0).size(), 0);
        const QList<QDateTime> ten = calc->preview(from, 10);
        QCOMPARE(ten.size(), 10);
        QCOMPARE(ten.first(), instant(u"2026-05-01T04:00:00Z"_s));
        QCOMPARE(ten.last(), instant(u"2026-05-10T04:00:00Z"_s));
    }
};

QTEST_GUILESS_MAIN(ScheduleCalculatorTest)
#include "tst_schedulecalculator.moc"
