#include "definitionreader.h"

#include "duration.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::DefinitionReader)
};

QString quotedList(const QStringList &items)
{
    return items.isEmpty() ? Text::tr("none") : items.join(u", "_s);
}

class Parser
{
public:
    Parser(const QByteArray &xml, QString source)
        : m_text(QString::fromUtf8(xml)), m_xml(m_text), m_source(std::move(source))
    {
        m_lineStarts << 0;
        for (qsizetype i = 0; i < m_text.size(); ++i)
            if (m_text[i] == u'\n')
                m_lineStarts << i + 1;
    }

    DefinitionResult parse()
    {
        WorkflowDefinition definition;
        if (nextChild()) {
            if (m_xml.name() != u"workflow"_s)
                error(Text::tr("the root element is <%1>; a workflow definition starts with <workflow>")
                          .arg(m_xml.name().toString()));
            else
                readWorkflow(definition);
        }
        if (m_xml.hasError()) {
            m_errors << Error{Text::tr("the file is not well-formed XML: %1").arg(m_xml.errorString()), m_source,
                              m_xml.lineNumber(), m_xml.columnNumber() + 1};
        } else if (definition.name.isEmpty() && m_errors.isEmpty()) {
            m_errors << Error{Text::tr("the file holds no <workflow> element"), m_source, 1, 1};
        }
        if (!m_errors.isEmpty())
            return std::unexpected(m_errors);
        return definition;
    }

private:
    // Where the current element's start tag begins. QXmlStreamReader only knows where a tag ends, so look
    // back from there for "<name" (attribute values cannot hold a raw '<').
    SourcePosition here() const { return m_elementStart; }

    SourcePosition positionOf(qsizetype offset) const
    {
        const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
        const qsizetype line = next - m_lineStarts.cbegin(); // 1-based: lineStarts[0] is 0
        return {line, offset - m_lineStarts[line - 1] + 1};
    }

    void markElementStart()
    {
        const qsizetype end = qsizetype(m_xml.characterOffset());
        const qsizetype start
            = m_text.lastIndexOf(u"<"_s + m_xml.qualifiedName().toString(), std::max<qsizetype>(0, end - 1));
        m_elementStart = positionOf(std::max<qsizetype>(0, start));
    }

    // Like QXmlStreamReader::readNextStartElement, but remembers where each start tag begins, and refuses
    // stray text between elements.
    bool nextChild()
    {
        while (!m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement:
                markElementStart();
                return true;
            case QXmlStreamReader::EndElement:
                return false;
            case QXmlStreamReader::Characters:
                if (!m_xml.isWhitespace())
                    error(Text::tr("unexpected text \"%1\"; text belongs only in <description>, <script>, <statement> "
                                   "and <message>")
                              .arg(m_xml.text().trimmed().left(40).toString()),
                          positionOf(m_text.indexOf(
                              m_xml.text().trimmed(),
                              std::max<qsizetype>(0, qsizetype(m_xml.characterOffset()) - m_xml.text().size() - 1))));
                break;
            default:
                break;
            }
        }
        return false;
    }

    void error(const QString &message, SourcePosition at) { m_errors << Error{message, m_source, at.line, at.column}; }
    void error(const QString &message) { error(message, here()); }

    // Reads the current element's attributes, refusing any not in `allowed` and any missing `required`.
    QMap<QString, QString> attributes(const QStringList &allowed, const QStringList &required = {})
    {
        QMap<QString, QString> values;
        const QString element = m_xml.name().toString();
        for (const QXmlStreamAttribute &attribute : m_xml.attributes()) {
            const QString name = attribute.qualifiedName().toString();
            if (!allowed.contains(name))
                error(Text::tr("<%1> has no attribute \"%2\"; it accepts %3").arg(element, name, quotedList(allowed)));
            else
                values.insert(name, attribute.value().toString());
        }
        for (const QString &name : required)
            if (!values.contains(name))
                error(Text::tr("<%1> needs a \"%2\" attribute").arg(element, name));
        return values;
    }

    void unexpectedChild(const QString &parent, const QStringList &expected)
    {
        error(Text::tr("unexpected <%1> inside <%2>; expected %3")
                  .arg(m_xml.name().toString(), parent, quotedList(expected)));
        m_xml.skipCurrentElement();
    }

    template<typename Enum>
    Enum enumValue(const QMap<QString, QString> &values, const QString &key, Enum fallback,
                   std::optional<Enum> (*fromName)(QStringView), const QStringList &choices)
    {
        if (!values.contains(key))
            return fallback;
        if (const auto v = fromName(values.value(key)))
            return *v;
        error(Text::tr("\"%1\" is not a valid %2; use %3").arg(values.value(key), key, quotedList(choices)));
        return fallback;
    }

    int integer(const QMap<QString, QString> &values, const QString &key, int fallback, int minimum)
    {
        if (!values.contains(key))
            return fallback;
        bool ok = false;
        const int v = values.value(key).toInt(&ok);
        if (!ok || v < minimum)
            error(Text::tr("\"%1\" is not a valid %2; it must be a whole number of at least %3")
                      .arg(values.value(key), key)
                      .arg(minimum));
        return ok ? v : fallback;
    }

    bool boolean(const QMap<QString, QString> &values, const QString &key)
    {
        const QString v = values.value(key, u"false"_s);
        if (v != u"true"_s && v != u"false"_s)
            error(Text::tr("\"%1\" is not a valid %2; use true or false").arg(v, key));
        return v == u"true"_s;
    }

    void readWorkflow(WorkflowDefinition &definition)
    {
        definition.position = here();
        const auto values = attributes({u"format"_s, u"name"_s, u"label"_s, u"package"_s, u"accountType"_s},
                                       {u"format"_s, u"name"_s, u"label"_s});
        if (values.contains(u"format"_s)) {
            bool ok = false;
            definition.format = values.value(u"format"_s).toInt(&ok);
            if (!ok || definition.format < 1)
                error(Text::tr("format \"%1\" is not a format version number").arg(values.value(u"format"_s)));
            else if (definition.format > WorkflowDefinition::CurrentFormat)
                error(
                    Text::tr("this definition uses format %1, but this version of Nightshift reads format %2 at most; "
                             "upgrade Nightshift to import it")
                        .arg(definition.format)
                        .arg(WorkflowDefinition::CurrentFormat));
        }
        definition.name = values.value(u"name"_s);
        definition.label = values.value(u"label"_s);
        definition.package = values.value(u"package"_s);
        definition.accountType = values.value(u"accountType"_s);
        const QString concreteName = definition.name;
        if (values.contains(u"name"_s)
            && !isIdentifier(QString(concreteName).replace(WorkflowDefinition::accountPlaceholder(), u"x"_s)))
            error(Text::tr("\"%1\" is not a valid workflow name: start with a letter or _, then letters, digits or _ "
                           "(64 at most)")
                      .arg(definition.name));

        bool seenActivities = false;
        const QStringList children = {u"description"_s, u"properties"_s, u"variables"_s, u"activities"_s};
        while (nextChild()) {
            const auto name = m_xml.name();
            if (name == u"description"_s) {
                attributes({});
                definition.description = m_xml.readElementText().trimmed();
            } else if (name == u"properties"_s) {
                readProperties(definition.properties);
            } else if (name == u"variables"_s) {
                readVariables(definition.variables);
            } else if (name == u"activities"_s) {
                if (seenActivities)
                    error(Text::tr("a workflow has one <activities> element; this is a second one"));
                seenActivities = true;
                readActivities(definition.activities);
            } else {
                unexpectedChild(u"workflow"_s, children);
            }
        }
        if (!seenActivities && !m_xml.hasError())
            error(Text::tr("the workflow has no <activities> element"), definition.position);
    }

    void readProperties(WorkflowProperties &p)
    {
        const auto values
            = attributes({u"severity"_s, u"historyDays"_s, u"initialState"_s, u"supervisorGroup"_s, u"affinity"_s,
                          u"errorManagement"_s, u"consecutiveErrors"_s, u"logSql"_s, u"watchdog"_s, u"concurrency"_s});
        p.severity = enumValue(values, u"severity"_s, p.severity, severityFromName,
                               {u"normal"_s, u"production"_s, u"critical"_s});
        p.historyDays = integer(values, u"historyDays"_s, p.historyDays, 0);
        p.initialState = enumValue(values, u"initialState"_s, p.initialState, initialStateFromName,
                                   {u"started"_s, u"paused"_s, u"edited"_s});
        p.supervisorGroup = values.value(u"supervisorGroup"_s, p.supervisorGroup);
        p.affinity = values.value(u"affinity"_s);
        p.errorManagement = enumValue(values, u"errorManagement"_s, p.errorManagement, errorManagementFromName,
                                      {u"stop"_s, u"ignore"_s});
        p.consecutiveErrors = integer(values, u"consecutiveErrors"_s, p.consecutiveErrors, 0);
        p.logSql = boolean(values, u"logSql"_s);
        p.watchdog = boolean(values, u"watchdog"_s);
        p.concurrency = integer(values, u"concurrency"_s, p.concurrency, 1);
        m_xml.skipCurrentElement();
    }

    void readVariables(QList<Variable> &variables)
    {
        attributes({});
        while (nextChild()) {
            if (m_xml.name() != u"variable"_s) {
                unexpectedChild(u"variables"_s, {u"variable"_s});
                continue;
            }
            const auto values = attributes({u"name"_s, u"value"_s}, {u"name"_s});
            if (values.contains(u"name"_s) && !isIdentifier(values.value(u"name"_s)))
                error(Text::tr("\"%1\" is not a valid variable name").arg(values.value(u"name"_s)));
            variables << Variable{values.value(u"name"_s), values.value(u"value"_s)};
            m_xml.skipCurrentElement();
        }
    }

    void readActivities(QList<Activity> &activities)
    {
        attributes({});
        while (nextChild()) {
            const ActivityTypeInfo *info = ActivityTypeInfo::forElement(m_xml.name());
            if (!info) {
                error(Text::tr("<%1> is not an activity type; the types are %2")
                          .arg(m_xml.name().toString(), quotedList(ActivityTypeInfo::elementNames())));
                m_xml.skipCurrentElement();
                continue;
            }
            activities << readActivity(*info);
        }
    }

    Activity readActivity(const ActivityTypeInfo &info)
    {
        Activity a;
        a.type = info.type;
        m_scheduleRefused = false;
        a.position = here();
        const auto values = attributes(commonActivityAttributes() + info.attributes,
                                       QStringList{u"name"_s} + info.requiredAttributes);
        a.name = values.value(u"name"_s);
        if (values.contains(u"name"_s) && !isIdentifier(a.name))
            error(Text::tr("\"%1\" is not a valid activity name: start with a letter or _, then letters, digits or _")
                      .arg(a.name));
        a.label = values.value(u"label"_s);
        a.execution = enumValue(values, u"execution"_s, a.execution, executionModeFromName,
                                {u"normal"_s, u"doNotActivate"_s, u"doNotExecute"_s});
        a.onError
            = enumValue(values, u"onError"_s, a.onError, errorPolicyFromName, {u"suspend"_s, u"ignore"_s, u"abort"_s});
        a.affinity = values.value(u"affinity"_s);
        if (values.contains(u"maxDuration"_s))
            a.maxDuration = duration(values.value(u"maxDuration"_s), u"maxDuration"_s);
        for (const QString &axis : {u"x"_s, u"y"_s}) {
            if (!values.contains(axis))
                continue;
            bool ok = false;
            const int v = values.value(axis).toInt(&ok);
            if (!ok)
                error(Text::tr("\"%1\" is not a valid %2 position; it must be a whole number")
                          .arg(values.value(axis), axis));
            (axis == u"x"_s ? a.x : a.y) = v;
        }
        for (const QString &key : info.attributes)
            if (values.contains(key))
                a.settings.insert(key, values.value(key));
        checkSettings(a);

        while (nextChild()) {
            const auto child = m_xml.name();
            if (child == u"transition"_s) {
                a.transitions << readTransition();
            } else if (child == u"param"_s && info.acceptsParams) {
                const auto p = attributes({u"name"_s, u"value"_s}, {u"name"_s});
                a.parameters << Parameter{p.value(u"name"_s), p.value(u"value"_s)};
                m_xml.skipCurrentElement();
            } else if (!info.bodyElement.isEmpty() && child == info.bodyElement) {
                attributes({});
                a.body = m_xml.readElementText();
            } else if (info.needsSchedule && ScheduleSpec::isScheduleElement(child.toString())) {
                readSchedule(a);
            } else {
                QStringList expected{u"transition"_s};
                if (info.acceptsParams)
                    expected << u"param"_s;
                if (!info.bodyElement.isEmpty())
                    expected << info.bodyElement;
                if (info.needsSchedule)
                    expected << Text::tr(
                        "a schedule (times, every, daily, weekly, monthly, yearly, once, cron, continuous)");
                unexpectedChild(info.element, expected);
            }
        }
        if (info.needsSchedule && !a.schedule && !m_scheduleRefused)
            error(Text::tr("<scheduler> \"%1\" needs a schedule, such as <daily at=\"04:00\"/>").arg(a.name),
                  a.position);
        if (!info.bodyElement.isEmpty() && a.body.trimmed().isEmpty())
            error(Text::tr("<%1> \"%2\" needs a <%3> with its text").arg(info.element, a.name, info.bodyElement),
                  a.position);
        return a;
    }

    std::chrono::seconds duration(const QString &text, const QString &attribute)
    {
        const auto d = parseDuration(text);
        if (!d)
            error(Text::tr("\"%1\" is not a valid %2; write a duration such as 30s, 10m, 4h or 1h30m")
                      .arg(text, attribute));
        return d.value_or(std::chrono::seconds(0));
    }

    // Type-specific attribute values that can be checked without the rest of the workflow.
    void checkSettings(const Activity &a)
    {
        for (const QString &key : {u"duration"_s, u"expiry"_s, u"timeout"_s})
            if (a.settings.contains(key))
                duration(a.settings.value(key), key);
        if (a.type == ActivityType::Wait) {
            if (a.settings.contains(u"duration"_s) == a.settings.contains(u"until"_s))
                error(Text::tr("<wait> \"%1\" needs either \"duration\" or \"until\", not both").arg(a.name));
            if (a.settings.contains(u"until"_s) && !parseClockTime(a.setting(u"until"_s)))
                error(Text::tr("\"%1\" is not a valid until; write a time of day HH:MM").arg(a.setting(u"until"_s)));
        }
        if (a.type == ActivityType::Aggregate && a.settings.contains(u"mode"_s) && a.setting(u"mode"_s) != u"full"_s
            && a.setting(u"mode"_s) != u"incremental"_s)
            error(Text::tr("\"%1\" is not a valid mode; use full or incremental").arg(a.setting(u"mode"_s)));
        for (const QString &key : {u"job"_s, u"workflow"_s, u"cube"_s, u"group"_s})
            if (a.settings.contains(key) && a.setting(key).trimmed().isEmpty())
                error(Text::tr("<%1> \"%2\": \"%3\" must not be empty")
                          .arg(ActivityTypeInfo::of(a.type).element, a.name, key));
    }

    Transition readTransition()
    {
        Transition t;
        t.position = here();
        const auto values = attributes({u"to"_s, u"name"_s, u"label"_s, u"when"_s, u"default"_s, u"on"_s}, {u"to"_s});
        t.target = values.value(u"to"_s);
        t.label = values.value(u"label"_s);
        t.condition = values.value(u"when"_s);
        t.isDefault = boolean(values, u"default"_s);
        if (values.contains(u"on"_s) && values.value(u"on"_s) != u"expiry"_s)
            error(Text::tr("\"%1\" is not a valid on; the only value is expiry").arg(values.value(u"on"_s)));
        t.onExpiry = values.value(u"on"_s) == u"expiry"_s;
        t.name = values.value(u"name"_s, t.onExpiry ? u"expired"_s : u"done"_s);
        if (!isIdentifier(t.name))
            error(Text::tr("\"%1\" is not a valid transition name").arg(t.name));
        m_xml.skipCurrentElement();
        return t;
    }

    void readSchedule(Activity &a)
    {
        const SourcePosition at = here();
        const QString element = m_xml.name().toString();
        QMap<QString, QString> values;
        for (const QXmlStreamAttribute &attribute : m_xml.attributes())
            values.insert(attribute.qualifiedName().toString(), attribute.value().toString());
        m_xml.skipCurrentElement();
        if (a.schedule) {
            error(Text::tr("<scheduler> \"%1\" has more than one schedule; keep one").arg(a.name), at);
            return;
        }
        auto spec = ScheduleSpec::fromElement(element, values);
        m_scheduleRefused = !spec;
        if (!spec)
            error(spec.error().message, at);
        else
            a.schedule = *spec;
    }

    QString m_text; // the file decoded, so that character offsets index it
    QList<qsizetype> m_lineStarts;
    QXmlStreamReader m_xml;
    QString m_source;
    SourcePosition m_elementStart{1, 1};
    bool m_scheduleRefused = false; // its error is already reported; don't add "needs a schedule"
    Errors m_errors;
};

} // namespace

DefinitionResult DefinitionReader::read(const QByteArray &xml, const QString &sourceName)
{
    return Parser(xml, sourceName).parse();
}

DefinitionResult DefinitionReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Errors{Error{Text::tr("cannot read the file: %1").arg(file.errorString()), path, 0, 0}});
    return read(file.readAll(), QFileInfo(path).fileName());
}

} // namespace nightshift
