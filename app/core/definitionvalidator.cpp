#include "definitionvalidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::DefinitionValidator)
};

class Validator
{
public:
    Validator(const WorkflowDefinition &definition, const ValidationContext &context, QString source)
        : m_def(definition), m_context(context), m_source(std::move(source))
    { }

    Errors run()
    {
        checkWorkflow();
        indexActivities();
        for (const Activity &a : m_def.activities)
            checkActivity(a);
        if (m_errors.isEmpty()) // graph rules only make sense on a graph whose edges all resolve
            checkGraph();
        return m_errors;
    }

private:
    void error(const QString &message, SourcePosition at = {})
    {
        m_errors << Error{message, m_source, at.line, at.column};
    }

    static QString describe(const Activity &a)
    {
        return u"<%1> \"%2\""_s.arg(ActivityTypeInfo::of(a.type).element, a.name);
    }

    void checkWorkflow()
    {
        if (m_def.isTemplate() != !m_def.accountType.isEmpty())
            error(m_def.isTemplate()
                      ? Text::tr("workflow \"%1\" contains {account} but has no accountType saying which accounts it "
                                 "is made for")
                            .arg(m_def.name)
                      : Text::tr("workflow \"%1\" has an accountType but its name has no {account} placeholder")
                            .arg(m_def.name),
                  m_def.position);
        if (!m_def.package.isEmpty() && m_context.isKnownPackage && !m_context.isKnownPackage(m_def.package))
            error(Text::tr("package \"%1\" is not a known package").arg(m_def.package), m_def.position);
        QSet<QString> variables;
        for (const Variable &v : m_def.variables) {
            if (variables.contains(v.name))
                error(Text::tr("variable \"%1\" is declared twice").arg(v.name));
            variables.insert(v.name);
        }
    }

    void indexActivities()
    {
        int starts = 0;
        for (const Activity &a : m_def.activities) {
            if (m_index.contains(a.name))
                error(Text::tr("two activities are named \"%1\"; names must be unique").arg(a.name), a.position);
            else
                m_index.insert(a.name, &a);
            if (a.type == ActivityType::Start)
                ++starts;
        }
        if (starts != 1)
            error(starts == 0
                      ? Text::tr("the workflow has no <start> activity")
                      : Text::tr("the workflow has %1 <start> activities; it must have exactly one").arg(starts),
                  m_def.position);
    }

    void checkActivity(const Activity &a)
    {
        const ActivityTypeInfo &info = ActivityTypeInfo::of(a.type);
        QSet<QString> transitionNames;
        int normal = 0;
        int expiry = 0;
        int defaults = 0;
        for (const Transition &t : a.transitions) {
            if (transitionNames.contains(t.name))
                error(
                    Text::tr("%1 has two transitions named \"%2\"; give them different names").arg(describe(a), t.name),
                    t.position);
            transitionNames.insert(t.name);
            const Activity *target = m_index.value(t.target);
            if (!target)
                error(Text::tr("transition \"%1\" of %2 leads to \"%3\", which is not an activity of this workflow")
                          .arg(t.name, describe(a), t.target),
                      t.position);
            else if (!ActivityTypeInfo::of(target->type).allowsIncoming)
                error(Text::tr("transition \"%1\" of %2 leads to the <start> activity, which cannot be entered")
                          .arg(t.name, describe(a)),
                      t.position);
            else
                ++m_incoming[t.target];
            if ((!t.condition.isEmpty() || t.isDefault) && a.type != ActivityType::Test)
                error(Text::tr("only a <test> transition may have \"when\" or \"default\""), t.position);
            if (t.onExpiry && a.type != ActivityType::Signal)
                error(Text::tr("only a <signal> transition may have on=\"expiry\""), t.position);
            if (a.type == ActivityType::Test && t.isDefault == !t.condition.isEmpty())
                error(Text::tr("transition \"%1\" of %2 needs either a \"when\" condition or default=\"true\"")
                          .arg(t.name, describe(a)),
                      t.position);
            expiry += t.onExpiry ? 1 : 0;
            normal += t.onExpiry ? 0 : 1;
            defaults += t.isDefault ? 1 : 0;
        }

        const qsizetype out = a.transitions.size();
        if (a.type == ActivityType::Signal) {
            const bool expires = a.settings.contains(u"expiry"_s);
            if (normal != 1)
                error(Text::tr("%1 needs exactly one transition taken when the signal arrives").arg(describe(a)),
                      a.position);
            if (expires && expiry != 1)
                error(Text::tr("%1 has an expiry, so it needs one transition with on=\"expiry\"").arg(describe(a)),
                      a.position);
            if (!expires && expiry > 0)
                error(Text::tr("%1 has an on=\"expiry\" transition but no \"expiry\" duration").arg(describe(a)),
                      a.position);
        } else if (out < info.minOut || (info.maxOut >= 0 && out > info.maxOut)) {
            error(transitionCountMessage(a, info, out), a.position);
        }
        if (defaults > 1)
            error(Text::tr("%1 has %2 default transitions; at most one is allowed").arg(describe(a)).arg(defaults),
                  a.position);
        if (a.type == ActivityType::Job && m_context.isKnownJob && !a.setting(u"job"_s).isEmpty()
            && !m_context.isKnownJob(a.setting(u"job"_s)))
            error(Text::tr("%1 runs job \"%2\", which is not a registered job").arg(describe(a), a.setting(u"job"_s)),
                  a.position);
    }

    static QString transitionCountMessage(const Activity &a, const ActivityTypeInfo &info, qsizetype out)
    {
        if (info.maxOut == 0)
            return Text::tr("%1 cannot have outgoing transitions; it has %2").arg(describe(a)).arg(out);
        if (info.minOut == info.maxOut)
            return Text::tr("%1 needs exactly %2 outgoing transition(s); it has %3")
                .arg(describe(a))
                .arg(info.minOut)
                .arg(out);
        if (info.maxOut < 0)
            return Text::tr("%1 needs at least %2 outgoing transitions; it has %3")
                .arg(describe(a))
                .arg(info.minOut)
                .arg(out);
        return Text::tr("%1 may have at most %2 outgoing transition(s); it has %3")
            .arg(describe(a))
            .arg(info.maxOut)
            .arg(out);
    }

    void checkGraph()
    {
        for (const Activity &a : m_def.activities) {
            const int minIn = ActivityTypeInfo::of(a.type).minIn;
            if (a.type == ActivityType::AndJoin && m_incoming.value(a.name) < minIn)
                error(Text::tr("%1 joins branches, so it needs at least %2 incoming transitions; it has %3")
                          .arg(describe(a))
                          .arg(minIn)
                          .arg(m_incoming.value(a.name)),
                      a.position);
        }
        checkReachability();
        checkLoops();
    }

    void checkReachability()
    {
        QSet<QString> reached;
        QList<const Activity *> pending;
        for (const Activity &a : m_def.activities)
            if (a.type == ActivityType::Start)
                pending << &a;
        while (!pending.isEmpty()) {
            const Activity *a = pending.takeLast();
            if (reached.contains(a->name))
                continue;
            reached.insert(a->name);
            for (const Transition &t : a->transitions)
                pending << m_index.value(t.target);
        }
        for (const Activity &a : m_def.activities)
            if (!reached.contains(a.name))
                error(Text::tr("%1 cannot be reached from the start; connect it or remove it").arg(describe(a)),
                      a.position);
    }

    // A loop must pass through an activity that waits (scheduler, wait, signal), or it would spin.
    void checkLoops()
    {
        enum class Mark { None, Active, Done };
        QHash<QString, Mark> marks;
        QStringList path;
        std::function<void(const Activity *)> visit = [&](const Activity *a) {
            if (isWaiting(*a))
                return; // a loop through here pauses; nothing to check past it for this purpose
            marks[a->name] = Mark::Active;
            path << a->name;
            for (const Transition &t : a->transitions) {
                const Activity *next = m_index.value(t.target);
                const Mark mark = marks.value(next->name, Mark::None);
                if (mark == Mark::Active) {
                    const QStringList loop = path.mid(path.indexOf(next->name)) << next->name;
                    error(Text::tr("the loop %1 has no activity that waits (scheduler, wait or signal); it would run "
                                   "without pause")
                              .arg(loop.join(u" → "_s)),
                          t.position);
                } else if (mark == Mark::None) {
                    visit(next);
                }
            }
            path.removeLast();
            marks[a->name] = Mark::Done;
        };
        for (const Activity &a : m_def.activities)
            if (marks.value(a.name, Mark::None) == Mark::None)
                visit(&a);
    }

    static bool isWaiting(const Activity &a)
    {
        return a.type == ActivityType::Scheduler || a.type == ActivityType::Wait || a.type == ActivityType::Signal;
    }

    const WorkflowDefinition &m_def;
    const ValidationContext &m_context;
    QString m_source;
    QHash<QString, const Activity *> m_index;
    QHash<QString, int> m_incoming;
    Errors m_errors;
};

} // namespace

Errors DefinitionValidator::validate(const WorkflowDefinition &definition, const ValidationContext &context,
                                     const QString &sourceName)
{
    return Validator(definition, context, sourceName).run();
}

DefinitionResult loadDefinition(const QByteArray &xml, const QString &sourceName, const ValidationContext &context)
{
    DefinitionResult definition = DefinitionReader::read(xml, sourceName);
    if (!definition)
        return definition;
    if (Errors errors = DefinitionValidator::validate(*definition, context, sourceName); !errors.isEmpty())
        return std::unexpected(errors);
    return definition;
}

} // namespace nightshift
