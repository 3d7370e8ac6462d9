// Schedules, cron expressions and durations as written in definitions.
#include "core/cronexpression.h"
#include "core/duration.h"
#include "core/schedulespec.h"
#include "core/triggerdescription.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

Q_DECLARE_METATYPE(nightshift::ScheduleSpec::Kind)

namespace {
using Attributes = QMap<QString, QString>;
}

class SchedulesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1: invalid
        QTest::newRow("seconds") << u"30s"_s << qint64(30);
        QTest::newRow("minutes") << u"10m"_s << qint64(600);
        QTest::newRow("compound") << u"1h30m"_s << qint64(5400);
        QTest::newRow("days") << u"2d"_s << qint64(172800);
        QTest::newRow("all units") << u"1d2h3m4s"_s << qint64(93784);
        QTest::newRow("zero") << u"0s"_s << qint64(0);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("no unit") << u"10"_s << qint64(-1);
        QTest::newRow("unknown unit") << u"10w"_s << qint64(-1);
        QTest::newRow("wrong order") << u"30m1h"_s << qint64(-1);
        QTest::newRow("repeated unit") << u"1h1h"_s << qint64(-1);
        QTest::newRow("sign") << u"-5m"_s << qint64(-1);
        QTest::newRow("space") << u"1h 30m"_s << qint64(-1);
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const auto parsed = parseDuration(text);
        QCOMPARE(parsed.has_value(), seconds >= 0);
        if (seconds >= 0) {
            QCOMPARE(parsed->count(), seconds);
            QCOMPARE(parseDuration(formatDuration(*parsed)), parsed);
        }
    }

    void clockTimes()
    {
        QCOMPARE(parseClockTime(u"00:00"), 0);
        QCOMPARE(parseClockTime(u"23:59"), 23 * 60 + 59);
        QCOMPARE(parseClockTime(u"04:05"), 245);
        QVERIFY(!parseClockTime(u"24:00"));
        QVERIFY(!parseClockTime(u"4:05"));
        QVERIFY(!parseClockTime(u"04:60"));
        QVERIFY(!parseClockTime(u"ab:cd"));
        QCOMPARE(formatClockTime(245), u"04:05"_s);
    }

    void validSchedules_data()
    {
        QTest::addColumn<QString>("element");
        QTest::addColumn<Attributes>("attributes");
        QTest::addColumn<QString>("description");
        QTest::newRow("times") << u"times"_s << Attributes{{u"at"_s, u"13:00,01:00"_s}} << u"daily at 01:00, 13:00"_s;
        QTest::newRow("every") << u"every"_s << Attributes{{u"interval"_s, u"10m"_s}} << u"every 10m"_s;
        QTest::newRow("every in a window")
            << u"every"_s << Attributes{{u"interval"_s, u"6h"_s}, {u"from"_s, u"01:00"_s}, {u"to"_s, u"23:59"_s}}
            << u"every 6h from 01:00 to 23:59"_s;
        QTest::newRow("daily") << u"daily"_s << Attributes{{u"at"_s, u"04:00"_s}} << u"daily at 04:00"_s;
        QTest::newRow("weekly") << u"weekly"_s << Attributes{{u"days"_s, u"mon,thu"_s}, {u"at"_s, u"05:00"_s}}
                                << u"weekly on Mon, Thu at 05:00"_s;
        QTest::newRow("monthly day") << u"monthly"_s << Attributes{{u"day"_s, u"25"_s}, {u"at"_s, u"00:00"_s}}
                                     << u"monthly on day 25 at 00:00"_s;
        QTest::newRow("monthly last") << u"monthly"_s << Attributes{{u"day"_s, u"last"_s}, {u"at"_s, u"23:00"_s}}
                                      << u"monthly on the last day at 23:00"_s;
        QTest::newRow("first monday")
            << u"monthly"_s << Attributes{{u"ordinal"_s, u"first"_s}, {u"weekday"_s, u"mon"_s}, {u"at"_s, u"05:00"_s}}
            << u"monthly on the first Mon at 05:00"_s;
        QTest::newRow("yearly leap day") << u"yearly"_s << Attributes{{u"date"_s, u"02-29"_s}, {u"at"_s, u"12:00"_s}}
                                         << u"yearly on Feb 29 at 12:00"_s;
        QTest::newRow("once") << u"once"_s << Attributes{{u"at"_s, u"2026-12-01T09:00"_s}}
                              << u"once on 2026-12-01 at 09:00"_s;
        QTest::newRow("cron") << u"cron"_s << Attributes{{u"expression"_s, u"*/15 8-18 * * mon-fri"_s}}
                              << u"cron */15 8-18 * * mon-fri"_s;
        QTest::newRow("continuous") << u"continuous"_s << Attributes{{u"pause"_s, u"5s"_s}}
                                    << u"continuously, pausing 5s"_s;
        QTest::newRow("time zone") << u"daily"_s << Attributes{{u"at"_s, u"04:00"_s}, {u"timezone"_s, u"Europe/Paris"_s}}
                                   << u"daily at 04:00 (Europe/Paris)"_s;
        QTest::newRow("validity") << u"daily"_s
                                  << Attributes{{u"at"_s, u"04:00"_s}, {u"validFrom"_s, u"2026-01-01"_s},
                                                {u"validUntil"_s, u"2026-06-30"_s}, {u"maxRuns"_s, u"3"_s}}
                                  << u"daily at 04:00"_s;
    }
    void validSchedules()
    {
        QFETCH(QString, element);
        QFETCH(Attributes, attributes);
        QFETCH(QString, description);
        const auto spec = ScheduleSpec::fromElement(element, attributes);
        QVERIFY2(spec.has_value(), spec ? "" : qPrintable(spec.error().message));
        QCOMPARE(spec->elementName(), element);
        QCOMPARE(describeSchedule(*spec), description);
        // The canonical attributes read back to the same schedule.
        Attributes canonical;
        for (const auto &[name, value] : spec->attributes())
            canonical.insert(name, value);
        const auto reread = ScheduleSpec::fromElement(element, canonical);
        QVERIFY(reread.has_value());
        QVERIFY(*reread == *spec);
    }

    void invalidSchedules_data()
    {
        QTest::addColumn<QString>("element");
        QTest::addColumn<Attributes>("attributes");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown form") << u"hourly"_s << Attributes{} << u"<hourly> is not a schedule; use one of times, every, daily, weekly, monthly, yearly, once, cron, continuous"_s;
        QTest::newRow("unknown attribute") << u"daily"_s << Attributes{{u"at"_s, u"04:00"_s}, {u"when"_s, u"x"_s}}
                                           << u"<daily> has no attribute \"when\"; it accepts at, timezone, validFrom, validUntil, maxRuns"_s;
        QTest::newRow("missing at") << u"daily"_s << Attributes{} << u"<daily> needs a \"at\" attribute"_s;
        QTest::newRow("bad time") << u"daily"_s << Attributes{{u"at"_s, u"4am"_s}}
                                  << u"<daily> attribute \"at\": \"4am\" is not a time of day written HH:MM (00:00 to 23:59)"_s;
        QTest::newRow("daily with two times") << u"daily"_s << Attributes{{u"at"_s, u"04:00,05:00"_s}}
                                              << u"<daily> attribute \"at\": a daily schedule has one time; use <times> for several"_s;
        QTest::newRow("seconds interval") << u"every"_s << Attributes{{u"interval"_s, u"30s"_s}}
                                          << u"<every> attribute \"interval\": must be whole minutes, from 1m to 24h"_s;
        QTest::newRow("half window") << u"every"_s << Attributes{{u"interval"_s, u"1h"_s}, {u"from"_s, u"08:00"_s}}
                                     << u"<every> attribute \"to\": a window needs both \"from\" and \"to\""_s;
        QTest::newRow("backwards window")
            << u"every"_s << Attributes{{u"interval"_s, u"1h"_s}, {u"from"_s, u"20:00"_s}, {u"to"_s, u"08:00"_s}}
            << u"<every> attribute \"to\": the window must end after it starts"_s;
        QTest::newRow("bad day") << u"weekly"_s << Attributes{{u"days"_s, u"monday"_s}, {u"at"_s, u"05:00"_s}}
                                 << u"<weekly> attribute \"days\": \"monday\" is not a day; use mon, tue, wed, thu, fri, sat or sun"_s;
        QTest::newRow("day 32") << u"monthly"_s << Attributes{{u"day"_s, u"32"_s}, {u"at"_s, u"05:00"_s}}
                                << u"<monthly> attribute \"day\": \"32\" is not a day of the month (1 to 31, or last)"_s;
        QTest::newRow("day and ordinal")
            << u"monthly"_s << Attributes{{u"day"_s, u"1"_s}, {u"ordinal"_s, u"first"_s}, {u"at"_s, u"05:00"_s}}
            << u"<monthly> attribute \"day\": give either \"day\" (1 to 31 or last) or \"ordinal\" with \"weekday\""_s;
        QTest::newRow("fifth") << u"monthly"_s
                               << Attributes{{u"ordinal"_s, u"fifth"_s}, {u"weekday"_s, u"mon"_s}, {u"at"_s, u"05:00"_s}}
                               << u"<monthly> attribute \"ordinal\": \"fifth\" is not one of first, second, third, fourth, last"_s;
        QTest::newRow("february 30") << u"yearly"_s << Attributes{{u"date"_s, u"02-30"_s}, {u"at"_s, u"05:00"_s}}
                                     << u"<yearly> attribute \"date\": \"02-30\" is not a date written MM-DD"_s;
        QTest::newRow("once with offset") << u"once"_s << Attributes{{u"at"_s, u"2026-12-01T09:00+01:00"_s}}
                                          << u"<once> attribute \"at\": \"2026-12-01T09:00+01:00\" is not a date and time written YYYY-MM-DDTHH:MM"_s;
        QTest::newRow("unknown zone") << u"daily"_s << Attributes{{u"at"_s, u"04:00"_s}, {u"timezone"_s, u"Mars/Olympus"_s}}
                                      << u"<daily> attribute \"timezone\": \"Mars/Olympus\" is not server, operator or a known time zone such as Europe/Paris"_s;
        QTest::newRow("validity backwards")
            << u"daily"_s << Attributes{{u"at"_s, u"04:00"_s}, {u"validFrom"_s, u"2026-06-01"_s}, {u"validUntil"_s, u"2026-01-01"_s}}
            << u"<daily> attribute \"validUntil\": the validity period ends before it starts"_s;
        QTest::newRow("zero runs") << u"daily"_s << Attributes{{u"at"_s, u"04:00"_s}, {u"maxRuns"_s, u"0"_s}}
                                   << u"<daily> attribute \"maxRuns\": \"0\" is not a positive number of runs"_s;
        QTest::newRow("cron fields") << u"cron"_s << Attributes{{u"expression"_s, u"0 4 * *"_s}}
                                     << u"<cron> attribute \"expression\": cron expression \"0 4 * *\" must have 5 fields (minute hour day month weekday), not 4"_s;
    }
    void invalidSchedules()
    {
        QFETCH(QString, element);
        QFETCH(Attributes, attributes);
        QFETCH(QString, message);
        const auto spec = ScheduleSpec::fromElement(element, attributes);
        QVERIFY(!spec.has_value());
        QCOMPARE(spec.error().message, message);
    }

    void cronFields()
    {
        const auto cron = CronExpression::parse(u"*/15 8-18 1,15 jan-mar mon-fri"_s);
        QVERIFY(cron.has_value());
        QVERIFY(cron->matchesMinute(0) && cron->matchesMinute(45) && !cron->matchesMinute(10));
        QVERIFY(cron->matchesHour(8) && cron->matchesHour(18) && !cron->matchesHour(19));
        QVERIFY(cron->matchesMonth(1) && cron->matchesMonth(3) && !cron->matchesMonth(4));
        // Both day fields restricted: either matches (the 1st on a Sunday, or any Tuesday).
        QVERIFY(cron->matchesDay(1, 7));
        QVERIFY(cron->matchesDay(20, 2));
        QVERIFY(!cron->matchesDay(20, 6));

        const auto sunday = CronExpression::parse(u"0 0 * * 7"_s);
        QVERIFY(sunday.has_value());
        QVERIFY(sunday->matchesDay(3, 7) && !sunday->matchesDay(3, 1));
        const auto stepFrom = CronExpression::parse(u"5/20 * * * *"_s);
        QVERIFY(stepFrom->matchesMinute(5) && stepFrom->matchesMinute(25) && stepFrom->matchesMinute(45)
                && !stepFrom->matchesMinute(0));
        const auto daily = CronExpression::parse(u"@daily"_s);
        QVERIFY(daily->matchesMinute(0) && daily->matchesHour(0) && !daily->matchesHour(1) && daily->matchesDay(17, 3));
    }

    void cronErrors_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("message");
        QTest::newRow("minute 60") << u"60 * * * *"_s << u"cron minute field \"60\": values must be between 0 and 59, in increasing order"_s;
        QTest::newRow("backwards") << u"* 18-8 * * *"_s << u"cron hour field \"18-8\": values must be between 0 and 23, in increasing order"_s;
        QTest::newRow("zero step") << u"*/0 * * * *"_s << u"cron minute field \"*/0\": the step after \"/\" must be a positive number"_s;
        QTest::newRow("name") << u"* * * foo *"_s << u"cron month field \"foo\": \"foo\" is not a number or a name"_s;
        QTest::newRow("day 0") << u"* * 0 * *"_s << u"cron day of month field \"0\": values must be between 1 and 31, in increasing order"_s;
        QTest::newRow("empty part") << u"1,,2 * * * *"_s << u"cron minute field \"1,,2\": \"\" is not a value or a range"_s;
    }
    void cronErrors()
    {
        QFETCH(QString, expression);
        QFETCH(QString, message);
        const auto cron = CronExpression::parse(expression);
        QVERIFY(!cron.has_value());
        QCOMPARE(cron.error().message, message);
    }
};

QTEST_GUILESS_MAIN(SchedulesTest)
#include "tst_schedules.moc"
