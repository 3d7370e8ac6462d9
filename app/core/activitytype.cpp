#include "activitytype.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

const QList<ActivityTypeInfo> &table()
{
    using T = ActivityType;
    static const QList<ActivityTypeInfo> types = {
        {T::Start, u"start"_s, {}, {}, {}, false, false, 1, 1, 0, false},
        {T::End, u"end"_s, {}, {}, {}, false, false, 0, 0, 1, true},
        {T::Scheduler, u"scheduler"_s, {}, {}, {}, false, true, 1, 1, 0, true},
        {T::Wait, u"wait"_s, {u"duration"_s, u"until"_s}, {}, {}, false, false, 1, 1, 1, true},
        {T::Fork, u"fork"_s, {}, {}, {}, false, false, 2, -1, 1, true},
        {T::AndJoin, u"andJoin"_s, {}, {}, {}, false, false, 1, 1, 2, true},
        {T::Test, u"test"_s, {}, {}, {}, false, false, 1, -1, 1, true},
        {T::Signal, u"signal"_s, {u"expiry"_s}, {}, {}, false, false, 1, 2, 0, true},
        {T::Alert, u"alert"_s, {u"group"_s}, {u"group"_s}, u"message"_s, false, false, 0, 1, 1, true},
        {T::JavaScript, u"javascript"_s, {u"timeout"_s}, {}, u"script"_s, false, false, 0, 1, 1, true},
        {T::Sql, u"sql"_s, {}, {}, u"statement"_s, true, false, 0, 1, 1, true},
        {T::SubWorkflow, u"subWorkflow"_s, {u"workflow"_s}, {u"workflow"_s}, {}, false, false, 0, 1, 1, true},
        {T::Aggregate, u"aggregate"_s, {u"cube"_s, u"mode"_s}, {u"cube"_s}, {}, false, false, 0, 1, 1, true},
        {T::Job, u"job"_s, {u"job"_s}, {u"job"_s}, {}, true, false, 0, 1, 1, true},
    };
    return types;
}

} // namespace

const ActivityTypeInfo &ActivityTypeInfo::of(ActivityType type)
{
    return table().at(qsizetype(type));
}

const ActivityTypeInfo *ActivityTypeInfo::forElement(QStringView element)
{
    for (const ActivityTypeInfo &info : table())
        if (info.element == element)
            return &info;
    return nullptr;
}

QStringList ActivityTypeInfo::elementNames()
{
    QStringList names;
    for (const ActivityTypeInfo &info : table())
        names << info.element;
    return names;
}

const QStringList &commonActivityAttributes()
{
    static const QStringList attributes
        = {u"name"_s, u"label"_s, u"execution"_s, u"onError"_s, u"maxDuration"_s, u"affinity"_s, u"x"_s, u"y"_s};
    return attributes;
}

} // namespace nightshift
