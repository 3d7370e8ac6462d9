// Purge settings (SPEC §6): loading with labels and problems, validation bounds, retention reading for the
// cleanup job, and saving: ADMINISTRATION only, all-or-nothing, one audit line per change.
#include "store/instance.h"
#include "store/purgesettings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

class PurgeSettingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        InstanceLocation where;
        where.path = m_dir.filePath(u"instance%1.sqlite"_s.arg(++m_count));
        auto instance = Instance::open(where, Instance::OpenMode::CreateIfMissing);
        QVERIFY2(instance.has_value(), instance ? "" : qPrintable(instance.error().message));
        m_instance = *instance;
        m_db = *m_instance->database();
    }

    void loadListsEverySettingWithItsDefaults()
    {
        auto settings = PurgeSettings::load(m_db);
        QVERIFY2(settings.has_value(), settings ? "" : qPrintable(settings.error().message));
        QCOMPARE(settings->size(), 13);
        const auto find = [&](const QString &name) {
            return *std::ranges::find_if(*settings, [&](const PurgeSetting &s) { return s.name == name; });
        };
        const PurgeSetting logs = find(u"purge.deliveryLogs"_s);
        QCOMPARE(logs.label, u"Delivery logs"_s);
        QCOMPARE(logs.kind, PurgeSetting::Kind::Days);
        QCOMPARE(logs.days, 180);
        QVERIFY(logs.problem.isEmpty());
        const PurgeSetting vacuum = find(u"purge.vacuum"_s);
        QCOMPARE(vacuum.kind, PurgeSetting::Kind::Choice);
        QCOMPARE(vacuum.value, u"analyze"_s);
        QCOMPARE(vacuum.choices, QStringList({u"none"_s, u"analyze"_s, u"vacuum"_s}));
        QCOMPARE(find(u"purge.deletedDeliveries"_s).days, 7);
    }

    void loadReportsAnInvalidStoredValueWithoutReplacingIt()
    {
        QVERIFY(execute(m_db, u"UPDATE options SET value = 'abc' WHERE name = 'purge.visitors'"_s));
        auto settings = PurgeSettings::load(m_db);
        QVERIFY(settings.has_value());
        const auto visitors
            = *std::ranges::find_if(*settings, [](const PurgeSetting &s) { return s.name == u"purge.visitors"_s; });
        QCOMPARE(visitors.value, u"abc"_s);
        QCOMPARE(visitors.days, 0);
        QVERIFY2(visitors.problem.contains(u"Visitor profiles"_s), qPrintable(visitors.problem));
    }

    void validate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error"); // empty when valid
        const QString range = u"the retention must be a whole number of days from 1 to 36500"_s;
        QTest::newRow("one") << u"purge.deliveryLogs"_s << u"1"_s << QString();
        QTest::newRow("maximum") << u"purge.deliveryLogs"_s << u"36500"_s << QString();
        QTest::newRow("spaces") << u"purge.deliveryLogs"_s << u" 30 "_s << QString();
        QTest::newRow("zero") << u"purge.deliveryLogs"_s << u"0"_s << u"Delivery logs: %1; got \"0\""_s.arg(range);
        QTest::newRow("negative") << u"purge.auditTrail"_s << u"-5"_s << u"Audit trail: %1; got \"-5\""_s.arg(range);
        QTest::newRow("too many") << u"purge.events"_s << u"36501"_s << u"Events: %1; got \"36501\""_s.arg(range);
        QTest::newRow("huge") << u"purge.events"_s << u"99999999999999999999"_s
                              << u"Events: %1; got \"99999999999999999999\""_s.arg(range);
        QTest::newRow("garbage") << u"purge.events"_s << u"ten"_s << u"Events: %1; got \"ten\""_s.arg(range);
        QTest::newRow("fraction") << u"purge.events"_s << u"7.5"_s << u"Events: %1; got \"7.5\""_s.arg(range);
        QTest::newRow("plus") << u"purge.events"_s << u"+7"_s << u"Events: %1; got \"+7\""_s.arg(range);
        QTest::newRow("empty") << u"purge.events"_s << QString() << u"Events: %1; got \"\""_s.arg(range);
        QTest::newRow("vacuum") << u"purge.vacuum"_s << u"VACUUM"_s << QString();
        QTest::newRow("vacuum none") << u"purge.vacuum"_s << u"none"_s << QString();
        QTest::newRow("vacuum bad") << u"purge.vacuum"_s << u"full"_s
                                    << u"Database statistics after a purge: the value must be one of none, analyze, "
                                       "vacuum; got \"full\""_s;
    }
    void validate()
    {
        QFETCH(QString, name);
        QFETCH(QString, text);
        QFETCH(QString, error);
        const Status valid = PurgeSettings::validate(name, text);
        QCOMPARE(valid.has_value(), error.isEmpty());
        if (!valid)
            QCOMPARE(valid.error().message, error);
    }

    void retentionDaysReadsTheStoredValueOrFails()
    {
        QCOMPARE(*PurgeSettings::retentionDays(m_db, u"purge.trackingLogs"_s), 365);
        for (const QString &bad : {u"0"_s, u"-1"_s, u"soon"_s}) {
            QVERIFY(execute(m_db, u"UPDATE options SET value = ? WHERE name = 'purge.trackingLogs'"_s, {bad}));
            auto days = PurgeSettings::retentionDays(m_db, u"purge.trackingLogs"_s);
            QVERIFY(!days.has_value());
            QVERIFY2(days.error().message.startsWith(u"Tracking logs: "_s), qPrintable(days.error().message));
        }
        QVERIFY(!PurgeSettings::retentionDays(m_db, u"purge.nothing"_s).has_value());
        QCOMPARE(*PurgeSettings::vacuum(m_db), PurgeSettings::Vacuum::Analyze);
        QVERIFY(execute(m_db, u"UPDATE options SET value = 'full' WHERE name = 'purge.vacuum'"_s));
        QVERIFY(!PurgeSettings::vacuum(m_db).has_value());
    }

    void saveWritesValuesAndOneAuditLineEach()
    {
        const Status saved = PurgeSettings::save(*m_instance, administrator(),
                                                 {{u"purge.deliveryLogs"_s, u"90"_s},
                                                  {u"purge.vacuum"_s, u"Vacuum"_s},
                                                  {u"purge.events"_s, u"30"_s}}); // unchanged: no audit line
        QVERIFY2(saved.has_value(), saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(value(u"SELECT value FROM options WHERE name = 'purge.deliveryLogs'"_s), u"90"_s);
        QCOMPARE(value(u"SELECT modified_by FROM options WHERE name = 'purge.deliveryLogs'"_s), u"admin"_s);
        QCOMPARE(value(u"SELECT value FROM options WHERE name = 'purge.vacuum'"_s), u"vacuum"_s);
        QCOMPARE(value(u"SELECT COUNT(*) FROM audit WHERE action = 'option.change'"_s), u"2"_s);
        QCOMPARE(value(u"SELECT before_value || '>' || after_value FROM audit WHERE object = 'purge.deliveryLogs'"_s),
                 u"180>90"_s);
        QCOMPARE(value(u"SELECT operator FROM audit WHERE object = 'purge.vacuum'"_s), u"admin"_s);
    }

    void saveWritesNothingWhenOneValueIsInvalid()
    {
        const Status saved = PurgeSettings::save(*m_instance, administrator(),
                                                 {{u"purge.deliveryLogs"_s, u"90"_s}, {u"purge.auditTrail"_s, u"0"_s}});
        QVERIFY(!saved.has_value());
        QVERIFY2(saved.error().message.contains(u"Audit trail: the retention must be"_s),
                 qPrintable(saved.error().message));
        QCOMPARE(value(u"SELECT value FROM options WHERE name = 'purge.deliveryLogs'"_s), u"180"_s);
        QCOMPARE(value(u"SELECT COUNT(*) FROM audit WHERE action = 'option.change'"_s), u"0"_s);

        // An unknown setting is refused too, after the valid change before it was written: rolled back.
        const Status unknown = PurgeSettings::save(*m_instance, administrator(),
                                                   {{u"purge.deliveryLogs"_s, u"90"_s}, {u"purge.nothing"_s, u"5"_s}});
        QVERIFY(!unknown.has_value());
        QVERIFY2(unknown.error().message.contains(u"purge.nothing"_s), qPrintable(unknown.error().message));
        QCOMPARE(value(u"SELECT value FROM options WHERE name = 'purge.deliveryLogs'"_s), u"180"_s);
        QCOMPARE(value(u"SELECT COUNT(*) FROM audit WHERE action = 'option.change'"_s), u"0"_s);
        // Not a purge setting: the options table's other rows cannot be changed through here.
        QVERIFY(!PurgeSettings::save(*m_instance, administrator(), {{u"engine.leaseSeconds"_s, u"5"_s}}).has_value());
    }

    void saveNeedsAdministration()
    {
        Principal operatorOnly;
        operatorOnly.operatorId = 42;
        operatorOnly.login = u"jane"_s;
        operatorOnly.rights = {Right::Workflow};
        const Status saved = PurgeSettings::save(*m_instance, operatorOnly, {{u"purge.deliveryLogs"_s, u"90"_s}});
        QVERIFY(!saved.has_value());
        QVERIFY2(saved.error().message.contains(u"ADMINISTRATION"_s), qPrintable(saved.error().message));
        QCOMPARE(value(u"SELECT value FROM options WHERE name = 'purge.deliveryLogs'"_s), u"180"_s);
    }

private:
    static Principal administrator()
    {
        Principal who;
        who.operatorId = 1;
        who.login = u"admin"_s;
        who.rights = {Right::Administration};
        return who;
    }

    QString value(const QString &sql)
    {
        auto result = scalar(m_db, sql);
        return result ? result->toString() : u"<error: %1>"_s.arg(result.error().message);
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::shared_ptr<Instance> m_instance;
    QSqlDatabase m_db;
};

QTEST_GUILESS_MAIN(PurgeSettingsTest)
#include "tst_purgesettings.moc"
