#include "definitionwriter.h"

#include "duration.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

class Writer
{
public:
    explicit Writer(QByteArray *out) : m_xml(out)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
    }

    void write(const WorkflowDefinition &d)
    {
        m_xml.writeStartDocument();
        m_xml.writeStartElement(u"workflow"_s);
        m_xml.writeAttribute(u"format"_s, QString::number(d.format));
        m_xml.writeAttribute(u"name"_s, d.name);
        m_xml.writeAttribute(u"label"_s, d.label);
        optional(u"package"_s, d.package);
        optional(u"accountType"_s, d.accountType);
        if (!d.description.isEmpty())
            m_xml.writeTextElement(u"description"_s, d.description);
        writeProperties(d.properties);
        if (!d.variables.isEmpty()) {
            m_xml.writeStartElement(u"variables"_s);
            for (const Variable &v : d.variables) {
                m_xml.writeEmptyElement(u"variable"_s);
                m_xml.writeAttribute(u"name"_s, v.name);
                m_xml.writeAttribute(u"value"_s, v.value);
            }
            m_xml.writeEndElement();
        }
        m_xml.writeStartElement(u"activities"_s);
        for (const Activity &a : d.activities)
            writeActivity(a);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
    }

private:
    void optional(const QString &name, const QString &value)
    {
        if (!value.isEmpty())
            m_xml.writeAttribute(name, value);
    }

    void writeProperties(const WorkflowProperties &p)
    {
        const WorkflowProperties defaults;
        if (p == defaults)
            return;
        m_xml.writeEmptyElement(u"properties"_s);
        if (p.severity != defaults.severity)
            m_xml.writeAttribute(u"severity"_s, severityName(p.severity));
        if (p.historyDays != defaults.historyDays)
            m_xml.writeAttribute(u"historyDays"_s, QString::number(p.historyDays));
        if (p.initialState != defaults.initialState)
            m_xml.writeAttribute(u"initialState"_s, initialStateName(p.initialState));
        if (p.supervisorGroup != defaults.supervisorGroup)
            m_xml.writeAttribute(u"supervisorGroup"_s, p.supervisorGroup);
        optional(u"affinity"_s, p.affinity);
        if (p.errorManagement != defaults.errorManagement)
            m_xml.writeAttribute(u"errorManagement"_s, errorManagementName(p.errorManagement));
        if (p.consecutiveErrors != defaults.consecutiveErrors)
            m_xml.writeAttribute(u"consecutiveErrors"_s, QString::number(p.consecutiveErrors));
        if (p.logSql)
            m_xml.writeAttribute(u"logSql"_s, u"true"_s);
        if (p.watchdog)
            m_xml.writeAttribute(u"watchdog"_s, u"true"_s);
        if (p.concurrency != defaults.concurrency)
            m_xml.writeAttribute(u"concurrency"_s, QString::number(p.concurrency));
    }

    void writeActivity(const Activity &a)
    {
        const ActivityTypeInfo &info = ActivityTypeInfo::of(a.type);
        const bool empty = a.transitions.isEmpty() && a.parameters.isEmpty() && a.body.isEmpty() && !a.schedule;
        if (empty)
            m_xml.writeEmptyElement(info.element);
        else
            m_xml.writeStartElement(info.element);
        m_xml.writeAttribute(u"name"_s, a.name);
        optional(u"label"_s, a.label);
        if (a.execution != ExecutionMode::Normal)
            m_xml.writeAttribute(u"execution"_s, executionModeName(a.execution));
        if (a.onError != ErrorPolicy::Suspend)
            m_xml.writeAttribute(u"onError"_s, errorPolicyName(a.onError));
        if (a.maxDuration)
            m_xml.writeAttribute(u"maxDuration"_s, formatDuration(*a.maxDuration));
        optional(u"affinity"_s, a.affinity);
        if (a.x)
            m_xml.writeAttribute(u"x"_s, QString::number(*a.x));
        if (a.y)
            m_xml.writeAttribute(u"y"_s, QString::number(*a.y));
        for (const QString &key : info.attributes) // the table's order, so output is stable
            if (a.settings.contains(key))
                m_xml.writeAttribute(key, a.settings.value(key));
        if (empty)
            return;
        if (a.schedule) {
            m_xml.writeEmptyElement(a.schedule->elementName());
            for (const auto &[name, value] : a.schedule->attributes())
                m_xml.writeAttribute(name, value);
        }
        if (!info.bodyElement.isEmpty() && !a.body.isEmpty())
            m_xml.writeTextElement(info.bodyElement, a.body);
        for (const Parameter &p : a.parameters) {
            m_xml.writeEmptyElement(u"param"_s);
            m_xml.writeAttribute(u"name"_s, p.name);
            m_xml.writeAttribute(u"value"_s, p.value);
        }
        for (const Transition &t : a.transitions)
            writeTransition(t);
        m_xml.writeEndElement();
    }

    void writeTransition(const Transition &t)
    {
        m_xml.writeEmptyElement(u"transition"_s);
        if (t.name != (t.onExpiry ? u"expired"_s : u"done"_s))
            m_xml.writeAttribute(u"name"_s, t.name);
        optional(u"label"_s, t.label);
        if (t.onExpiry)
            m_xml.writeAttribute(u"on"_s, u"expiry"_s);
        optional(u"when"_s, t.condition);
        if (t.isDefault)
            m_xml.writeAttribute(u"default"_s, u"true"_s);
        m_xml.writeAttribute(u"to"_s, t.target);
    }

    QXmlStreamWriter m_xml;
};

} // namespace

QByteArray DefinitionWriter::write(const WorkflowDefinition &definition)
{
    QByteArray out;
    Writer(&out).write(definition);
    return out;
}

} // namespace nightshift
