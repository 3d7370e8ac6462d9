#include "workflowdocument.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

class DefinitionChange : public QUndoCommand
{
public:
    DefinitionChange(WorkflowDocument *document, const QString &text, WorkflowDefinition before,
                     WorkflowDefinition after, QString mergeKey, std::pair<qint64, qint64> folders)
        : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after)),
          m_mergeKey(std::move(mergeKey)), m_folderBefore(folders.first), m_folderAfter(folders.second)
    { }

    void undo() override { m_document->set(m_before, m_folderBefore); }
    void redo() override { m_document->set(m_after, m_folderAfter); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const DefinitionChange *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        m_folderAfter = next->m_folderAfter;
        return true;
    }

private:
    WorkflowDocument *m_document;
    WorkflowDefinition m_before, m_after;
    QString m_mergeKey;
    qint64 m_folderBefore, m_folderAfter;
};

namespace {

Activity *find(WorkflowDefinition &definition, const QString &name)
{
    for (Activity &a : definition.activities)
        if (a.name == name)
            return &a;
    return nullptr;
}

} // namespace

WorkflowDocument::WorkflowDocument(QObject *parent) : QObject(parent)
{
    m_undo.setUndoLimit(200);
}

void WorkflowDocument::reset(const WorkflowDefinition &definition, qint64 folderId)
{
    m_undo.clear();
    set(definition, folderId);
    m_undo.setClean();
}

void WorkflowDocument::set(const WorkflowDefinition &definition, qint64 folderId)
{
    m_definition = definition;
    m_folderId = folderId;
    Q_EMIT changed();
}

void WorkflowDocument::apply(const QString &text, const WorkflowDefinition &after, const QString &mergeKey)
{
    if (after == m_definition)
        return;
    m_undo.push(new DefinitionChange(this, text, m_definition, after, mergeKey, {m_folderId, m_folderId}));
}

bool WorkflowDocument::moveToFolder(qint64 folderId, const QString &folderLabel)
{
    if (folderId == m_folderId || folderId <= 0)
        return false;
    m_undo.push(new DefinitionChange(this, tr("Move to folder %1").arg(folderLabel), m_definition, m_definition, {},
                                     {m_folderId, folderId}));
    return true;
}

QString WorkflowDocument::uniqueActivityName(const QString &base) const
{
    QString name = base;
    for (int n = 2; m_definition.activity(name); ++n)
        name = base + QString::number(n);
    return name;
}

QString WorkflowDocument::defaultLabel(ActivityType type)
{
    switch (type) {
    case ActivityType::Start:
        return tr("Start");
    case ActivityType::End:
        return tr("End");
    case ActivityType::Scheduler:
        return tr("Scheduler");
    case ActivityType::Wait:
        return tr("Wait");
    case ActivityType::Fork:
        return tr("Fork");
    case ActivityType::AndJoin:
        return tr("AND-join");
    case ActivityType::Test:
        return tr("Test");
    case ActivityType::Signal:
        return tr("External signal");
    case ActivityType::Alert:
        return tr("Alert");
    case ActivityType::JavaScript:
        return tr("JavaScript code");
    case ActivityType::Sql:
        return tr("SQL code");
    case ActivityType::SubWorkflow:
        return tr("Sub-workflow");
    case ActivityType::Aggregate:
        return tr("Update aggregate");
    case ActivityType::Job:
        return tr("Job");
    }
    return {};
}

QString WorkflowDocument::addActivity(ActivityType type, QPoint centre)
{
    WorkflowDefinition after = m_definition;
    Activity a;
    a.type = type;
    a.name = uniqueActivityName(ActivityTypeInfo::of(type).element);
    a.label = defaultLabel(type);
    a.x = centre.x();
    a.y = centre.y();
    if (type == ActivityType::Scheduler) {
        ScheduleSpec daily;
        daily.times = {4 * 60};
        a.schedule = daily;
    }
    after.activities << a;
    apply(tr("Add %1").arg(a.label), after);
    return a.name;
}

bool WorkflowDocument::connect(const QString &from, const QString &to)
{
    WorkflowDefinition after = m_definition;
    Activity *source = find(after, from);
    if (!source || !after.activity(to) || from == to)
        return false;
    for (const Transition &t : std::as_const(source->transitions))
        if (t.target == to)
            return false; // already connected
    Transition t;
    t.target = to;
    // Names are unique per activity: "done" first (the format's default), then the target's name.
    t.name = u"done"_s;
    for (int n = 2; std::any_of(source->transitions.cbegin(), source->transitions.cend(),
                                [&t](const Transition &o) { return o.name == t.name; });
         ++n)
        t.name = n == 2 ? to : to + QString::number(n);
    source->transitions << t;
    apply(tr("Connect %1 to %2").arg(from, to), after);
    return true;
}

bool WorkflowDocument::move(const QString &activity, QPoint centre)
{
    WorkflowDefinition after = m_definition;
    Activity *a = find(after, activity);
    if (!a || (a->x == centre.x() && a->y == centre.y()))
        return false;
    a->x = centre.x();
    a->y = centre.y();
    apply(tr("Move %1").arg(activity), after, u"move:"_s + activity);
    return true;
}

bool WorkflowDocument::remove(const QStringList &activities, const QList<std::pair<QString, QString>> &transitions)
{
    WorkflowDefinition after = m_definition;
    after.activities.removeIf([&activities](const Activity &a) { return activities.contains(a.name); });
    for (Activity &a : after.activities)
        a.transitions.removeIf([&](const Transition &t) {
            return activities.contains(t.target) || transitions.contains(std::pair(a.name, t.name));
        });
    if (after == m_definition)
        return false;
    apply(activities.size() == 1 && transitions.isEmpty() ? tr("Delete %1").arg(activities.first()) : tr("Delete"),
          after);
    return true;
}

bool WorkflowDocument::replaceActivity(const QString &name, const Activity &activity)
{
    WorkflowDefinition after = m_definition;
    Activity *a = find(after, name);
    if (!a)
        return false;
    *a = activity;
    if (activity.name != name)
        for (Activity &other : after.activities)
            for (Transition &t : other.transitions)
                if (t.target == name)
                    t.target = activity.name;
    apply(tr("Edit %1").arg(activity.name), after);
    return true;
}

} // namespace nightshift
