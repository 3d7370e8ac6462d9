// The definition format: a golden folder of valid definitions that must load and round-trip, and a folder
// of broken ones whose errors (file:line:column: message) must match the .expected file beside each.
// NIGHTSHIFT_UPDATE_GOLDEN=1 rewrites the .expected files from the current output (review the diff!).
#include "core/definitionvalidator.h"
#include "core/definitionwriter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nightshift;

namespace {

QString dataDir(const QString &kind)
{
    return QStringLiteral(NIGHTSHIFT_TEST_DATA) + u"/definitions/"_s + kind;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void addFiles(const QString &kind)
{
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(dataDir(kind)).entryList({u"*.xml"_s}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 5, "the golden folder is missing");
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << QDir(dataDir(kind)).filePath(file);
}

} // namespace

class DefinitionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validDefinitionsLoad_data() { addFiles(u"valid"_s); }
    void validDefinitionsLoad()
    {
        QFETCH(QString, path);
        const DefinitionResult definition = loadDefinition(readAll(path), QFileInfo(path).fileName());
        QVERIFY2(definition.has_value(), definition ? "" : qPrintable(joined(definition.error())));
    }

    // Writing gives the same definition back, and writing that again gives the same bytes.
    void validDefinitionsRoundTrip_data() { addFiles(u"valid"_s); }
    void validDefinitionsRoundTrip()
    {
        QFETCH(QString, path);
        const DefinitionResult original = DefinitionReader::read(readAll(path));
        QVERIFY(original.has_value());
        const QByteArray written = DefinitionWriter::write(*original);
        const DefinitionResult reread = loadDefinition(written, u"written"_s);
        QVERIFY2(reread.has_value(), reread ? "" : qPrintable(joined(reread.error()) + u"\n"_s + QString::fromUtf8(written)));
        QVERIFY(*reread == *original);
        QCOMPARE(DefinitionWriter::write(*reread), written);
    }

    void invalidDefinitionsReportWhereAndWhat_data() { addFiles(u"invalid"_s); }
    void invalidDefinitionsReportWhereAndWhat()
    {
        QFETCH(QString, path);
        const QString name = QFileInfo(path).fileName();
        const DefinitionResult definition = loadDefinition(readAll(path), name);
        QVERIFY2(!definition.has_value(), "a broken definition was accepted");
        const QString actual = joined(definition.error()) + u'\n';
        const QString expectedPath = path.chopped(4) + u".expected"_s;
        if (qEnvironmentVariableIsSet("NIGHTSHIFT_UPDATE_GOLDEN")) {
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual.toUtf8());
        }
        QCOMPARE(actual, QString::fromUtf8(readAll(expectedPath)));
        for (const Error &e : definition.error()) {
            QVERIFY2(e.line > 0 && e.column > 0, qPrintable(u"no position for: "_s + e.message));
            QCOMPARE(e.source, name);
        }
    }

    void everyActivityIsReadIntoTheModel()
    {
        const DefinitionResult d = loadDefinition(readAll(dataDir(u"valid"_s) + u"/all-activities.xml"_s), {});
        QVERIFY(d.has_value());
        QCOMPARE(d->activities.size(), ActivityTypeInfo::elementNames().size());
        QCOMPARE(d->properties.severity, Severity::Critical);
        QCOMPARE(d->properties.historyDays, 0);
        QCOMPARE(d->properties.initialState, InitialState::Edited);
        QCOMPARE(d->properties.errorManagement, ErrorManagement::Ignore);
        QCOMPARE(d->properties.consecutiveErrors, 3);
        QVERIFY(d->properties.logSql && d->properties.watchdog);
        QCOMPARE(d->properties.concurrency, 2);
        QCOMPARE(d->variables.size(), 2);

        const Activity *purge = d->activity(u"purge"_s);
        QVERIFY(purge);
        QCOMPARE(purge->type, ActivityType::Job);
        QCOMPARE(purge->setting(u"job"_s), u"cleanup"_s);
        QCOMPARE(purge->onError, ErrorPolicy::Ignore);
        QCOMPARE(purge->maxDuration, std::chrono::seconds(7200));
        QCOMPARE(purge->x, 120);
        QCOMPARE(purge->parameters, (QList<Parameter>{{u"vacuum"_s, u"false"_s}}));

        const Activity *check = d->activity(u"check"_s);
        QCOMPARE(check->transitions.size(), 2);
        QCOMPARE(check->transitions[0].condition, u"vars.rows > 1000"_s);
        QVERIFY(check->transitions[1].isDefault);
        QCOMPARE(d->activity(u"approval"_s)->transitions[1].name, u"expired"_s);
        QVERIFY(d->activity(u"approval"_s)->transitions[1].onExpiry);
        QCOMPARE(d->activity(u"notify"_s)->body.trimmed(), u"More than 1000 rows were purged."_s);
        QCOMPARE(d->activity(u"count"_s)->execution, ExecutionMode::DoNotActivate);
        QCOMPARE(d->activity(u"child"_s)->execution, ExecutionMode::DoNotExecute);
        QCOMPARE(d->activity(u"compute"_s)->affinity, u"nodeB"_s);
        QCOMPARE(d->activity(u"schedule"_s)->schedule->kind, ScheduleSpec::Kind::Every);
        QCOMPARE(d->activity(u"start"_s)->position.line, 10);
        QCOMPARE(d->activity(u"start"_s)->position.column, 5);
    }

    void templatesAreInstantiatedPerAccount()
    {
        const DefinitionResult t = loadDefinition(readAll(dataDir(u"valid"_s) + u"/template.xml"_s), {});
        QVERIFY(t.has_value());
        QVERIFY(t->isTemplate());
        const WorkflowDefinition paris = t->instantiated(u"paris"_s);
        QCOMPARE(paris.name, u"sync_paris"_s);
        QCOMPARE(paris.label, u"Synchronise paris"_s);
        QVERIFY(!paris.isTemplate());
        QCOMPARE(paris.activity(u"run"_s)->parameters.first().value, u"paris"_s);
        QCOMPARE(paris.activity(u"run"_s)->label, u"Sync paris"_s);
    }

    void unknownJobsAndPackagesAreRefusedWhenTheContextKnowsThem()
    {
        ValidationContext context;
        context.isKnownJob = [](const QString &job) { return job == u"mcSynch"_s; };
        context.isKnownPackage = [](const QString &) { return false; };
        const DefinitionResult t = loadDefinition(readAll(dataDir(u"valid"_s) + u"/all-activities.xml"_s), u"x.xml"_s, context);
        QVERIFY(!t.has_value());
        QCOMPARE(joined(t.error()), u"x.xml:16:5: <job> \"purge\" runs job \"cleanup\", which is not a registered job"_s);
        const DefinitionResult p = loadDefinition(readAll(dataDir(u"valid"_s) + u"/template.xml"_s), u"t.xml"_s, context);
        QVERIFY(!p.has_value());
        QCOMPARE(joined(p.error()), u"t.xml:2:1: package \"messageCenterControl\" is not a known package"_s);
    }

    // The examples in docs/definition-format.md are real: each parses and validates.
    void documentationExamplesAreValid()
    {
        const QString doc = QString::fromUtf8(readAll(QStringLiteral(NIGHTSHIFT_SOURCE_DIR) + u"/docs/definition-format.md"_s));
        static const QRegularExpression block(u"```xml\\n(.*?)```"_s, QRegularExpression::DotMatchesEverythingOption);
        int checked = 0;
        for (auto it = block.globalMatch(doc); it.hasNext();) {
            QString xml = it.next().captured(1);
            if (xml.trimmed().startsWith(u"<activities>"_s))
                xml = u"<workflow format=\"1\" name=\"example\" label=\"Example\">"_s + xml + u"</workflow>"_s;
            else if (!xml.trimmed().startsWith(u"<?xml"_s))
                continue; // a fragment of one element
            const DefinitionResult d = loadDefinition(xml.toUtf8(), u"definition-format.md"_s);
            QVERIFY2(d.has_value(), d ? "" : qPrintable(joined(d.error())));
            ++checked;
        }
        QCOMPARE(checked, 2);
    }

    void emptyInputIsRefused()
    {
        const DefinitionResult d = DefinitionReader::read({}, u"empty.xml"_s);
        QVERIFY(!d.has_value());
        QVERIFY(d.error().first().toString().startsWith(u"empty.xml:"_s));
    }
};

QTEST_GUILESS_MAIN(DefinitionsTest)
#include "tst_definitions.moc"
