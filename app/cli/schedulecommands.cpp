#include "clicontext.h"

#include "core/schedulecalculator.h"
#include "core/triggerdescription.h"
#include "security/principalloader.h"
#include "store/workflowrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace nightshift::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::cli)
};

constexpr int maxCount = 10000;

// One schedule element written as XML, e.g. <daily at="04:00" timezone="Europe/Paris"/>.
Result<ScheduleSpec> parseSpecElement(const QString &text)
{
    const auto refused = [](const QString &why) {
        return fail(Text::tr("--spec takes one schedule element such as <daily at=\"04:00\"/>: %1").arg(why));
    };
    QXmlStreamReader xml(text);
    if (!xml.readNextStartElement())
        return refused(xml.hasError() ? xml.errorString() : Text::tr("there is no element"));
    const QString element = xml.name().toString();
    QMap<QString, QString> attributes;
    for (const QXmlStreamAttribute &a : xml.attributes())
        attributes.insert(a.qualifiedName().toString(), a.value().toString());
    if (xml.readNextStartElement())
        return refused(
            Text::tr("<%1> has a child element <%2>; a schedule has none").arg(element, xml.name().toString()));
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        return refused(xml.errorString());
    return ScheduleSpec::fromElement(element, attributes);
}

// An ISO 8601 date and time, with or without an offset; a date alone means its midnight. Without an offset
// the time is read in the schedule's zone (see inZone).
std::optional<QDateTime> parseInstant(const QString &text)
{
    QDateTime at = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        at = QDateTime(day, QTime(0, 0));
    }
    return at;
}

QDateTime inZone(const QDateTime &at, const QTimeZone &zone)
{
    return at.timeSpec() == Qt::LocalTime ? QDateTime(at.date(), at.time(), zone) : at;
}

// "2026-03-29 03:00 +02:00 CEST": the wall-clock time in the schedule's zone, its offset and abbreviation.
QString formatFireTime(const QDateTime &at, const QTimeZone &zone)
{
    const QDateTime local = at.toTimeZone(zone);
    const int offsetMinutes = std::abs(local.offsetFromUtc()) / 60;
    const QString clock = local.toString(local.time().second() != 0 ? u"yyyy-MM-dd HH:mm:ss"_s : u"yyyy-MM-dd HH:mm"_s);
    return u"%1 %2%3:%4 %5"_s.arg(clock, local.offsetFromUtc() < 0 ? u"-"_s : u"+"_s)
        .arg(offsetMinutes / 60, 2, 10, QChar(u'0'))
        .arg(offsetMinutes % 60, 2, 10, QChar(u'0'))
        .arg(zone.abbreviation(at))
        .trimmed();
}

struct Schedule
{
    QString heading; // the activity name, when a workflow has several schedulers
    ScheduleSpec spec;
};

// The schedules of a workflow of the instance, as the operator logged in may read it.
Result<QList<Schedule>> workflowSchedules(const QString &name, const QString &activityName, CliContext &ctx)
{
    auto session = ctx.login();
    if (!session)
        return std::unexpected(session.error());
    auto db = session->instance->database();
    if (!db)
        return std::unexpected(db.error());
    auto record = WorkflowRepository(*db).find(name);
    if (!record)
        return std::unexpected(record.error());
    auto readable
        = *record ? PrincipalLoader(*db).canReadFolder(session->principal, (*record)->folderId) : Result<bool>(false);
    if (!readable)
        return std::unexpected(readable.error());
    if (!*record || !*readable) // an unreadable workflow is not shown to exist
        return fail(
            Text::tr("there is no workflow named \"%1\"; \"nightshiftctl workflows list\" shows them").arg(name));
    auto definition = WorkflowRepository(*db).definition((*record)->id);
    if (!definition)
        return std::unexpected(definition.error());

    QList<Schedule> schedules;
    QStringList schedulerNames;
    for (const Activity &a : definition->activities) {
        if (a.type != ActivityType::Scheduler || !a.schedule)
            continue;
        schedulerNames << a.name;
        if (activityName.isEmpty() || a.name == activityName)
            schedules << Schedule{a.name, *a.schedule};
    }
    if (schedulerNames.isEmpty())
        return fail(Text::tr("workflow \"%1\" has no scheduler activity").arg(name));
    if (schedules.isEmpty())
        return fail(Text::tr("workflow \"%1\" has no scheduler activity named \"%2\"; its schedulers: %3")
                        .arg(name, activityName, schedulerNames.join(u", "_s)));
    if (schedules.size() == 1)
        schedules.first().heading.clear();
    return schedules;
}

int previewSchedule(const QCommandLineParser &args, const QStringList &, CliContext &ctx)
{
    const bool bySpec = args.isSet(u"spec"_s);
    const bool byCron = args.isSet(u"cron"_s);
    const bool byWorkflow = args.isSet(u"workflow"_s);
    if (int(bySpec) + int(byCron) + int(byWorkflow) != 1)
        return ctx.usageError(Text::tr("give exactly one of --spec '<daily at=\"04:00\"/>', --cron EXPRESSION or "
                                       "--workflow NAME"));
    if (args.isSet(u"activity"_s) && !byWorkflow)
        return ctx.usageError(Text::tr("--activity goes with --workflow"));
    int count = 10;
    if (args.isSet(u"count"_s)) {
        bool ok = false;
        count = args.value(u"count"_s).toInt(&ok);
        if (!ok || count <= 0 || count > maxCount)
            return ctx.usageError(
                Text::tr("--count takes a number from 1 to %1, not \"%2\"").arg(maxCount).arg(args.value(u"count"_s)));
    }
    QDateTime from = QDateTime::currentDateTimeUtc();
    if (args.isSet(u"from"_s)) {
        const auto parsed = parseInstant(args.value(u"from"_s));
        if (!parsed)
            return ctx.usageError(Text::tr("--from takes a date and time written YYYY-MM-DDTHH:MM, optionally with "
                                           "seconds and an offset (Z, +02:00), not \"%1\"")
                                      .arg(args.value(u"from"_s)));
        from = *parsed;
    }
    ScheduleZones zones;
    if (args.isSet(u"timezone"_s)) {
        const QTimeZone zone(args.value(u"timezone"_s).toUtf8());
        if (!zone.isValid())
            return ctx.failWith(Text::tr("--timezone \"%1\" is not a known time zone; use a name such as Europe/Paris")
                                    .arg(args.value(u"timezone"_s)));
        zones.server = zones.operatorZone = zone;
    }

    QList<Schedule> schedules;
    if (bySpec) {
        auto spec = parseSpecElement(args.value(u"spec"_s));
        if (!spec)
            return ctx.failWith(spec.error().message);
        schedules << Schedule{{}, *spec};
    } else if (byCron) {
        auto spec = ScheduleSpec::fromElement(u"cron"_s, {{u"expression"_s, args.value(u"cron"_s)}});
        if (!spec)
            return ctx.failWith(spec.error().message);
        schedules << Schedule{{}, *spec};
    } else {
        auto found = workflowSchedules(args.value(u"workflow"_s), args.value(u"activity"_s), ctx);
        if (!found)
            return ctx.failWith(found.error().message);
        schedules = *found;
    }

    QList<ScheduleCalculator> calculators;
    for (const Schedule &s : schedules) {
        auto calculator = ScheduleCalculator::create(s.spec, zones);
        if (!calculator)
            return ctx.failWith(calculator.error().message);
        calculators << *calculator;
    }
    QTextStream &out = ctx.out();
    for (qsizetype i = 0; i < schedules.size(); ++i) {
        const ScheduleCalculator &calculator = calculators[i];
        const QString indent = schedules[i].heading.isEmpty() ? QString() : u"  "_s;
        if (!indent.isEmpty())
            out << (i > 0 ? u"\n"_s : QString()) << schedules[i].heading << u" ("_s
                << describeSchedule(schedules[i].spec) << u"):"_s << '\n';
        const QList<QDateTime> times = calculator.preview(inZone(from, calculator.zone()), count);
        for (const QDateTime &at : times)
            out << indent << formatFireTime(at, calculator.zone()) << '\n';
        if (times.isEmpty())
            out << indent
                << Text::tr("(no fire time after %1)")
                       .arg(formatFireTime(inZone(from, calculator.zone()), calculator.zone()))
                << '\n';
    }
    out.flush();
    return Success;
}

} // namespace

QList<Command> scheduleCommands()
{
    return {
        {{u"schedule"_s, u"preview"_s},
         Text::tr("Print the next fire times of a schedule, or of a workflow's schedulers"),
         {},
         [](QCommandLineParser &p) {
             p.addOption({u"spec"_s, Text::tr("One schedule element, as in a definition: '<daily at=\"04:00\"/>'."),
                          Text::tr("xml")});
             p.addOption({u"cron"_s, Text::tr("A cron expression: minute hour day month weekday."), Text::tr("expr")});
             p.addOption({u"workflow"_s, Text::tr("Preview the schedulers of this workflow."), Text::tr("name")});
             p.addOption({u"activity"_s, Text::tr("With --workflow: only this scheduler activity."), Text::tr("name")});
             p.addOption({u"count"_s, Text::tr("How many fire times to print (default 10)."), Text::tr("n")});
             p.addOption({u"from"_s,
                          Text::tr("Start after this ISO 8601 date and time (default now); without an offset, in "
                                   "the schedule's zone."),
                          Text::tr("datetime")});
             p.addOption({u"timezone"_s,
                          Text::tr("Time zone that \"server\" and \"operator\" stand for (default the system's)."),
                          Text::tr("zone")});
         },
         previewSchedule},
    };
}

} // namespace nightshift::cli
