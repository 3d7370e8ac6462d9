#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace nightshift {

enum class ActivityType {
    Start,
    End,
    Scheduler,
    Wait,
    Fork,
    AndJoin,
    Test,
    Signal,
    Alert,
    JavaScript,
    Sql,
    SubWorkflow,
    Aggregate,
    Job,
};

// What the definition format allows for one activity type (docs/definition-format.md, "Activities").
struct ActivityTypeInfo
{
    ActivityType type;
    QString element; // XML element name, e.g. "andJoin"
    QStringList attributes; // type-specific attributes
    QStringList requiredAttributes; // subset of attributes
    QString bodyElement; // child holding text ("script", "statement", "message"), or empty
    bool acceptsParams = false; // <param name value/> children
    bool needsSchedule = false; // exactly one schedule child
    int minOut = 0, maxOut = 1; // outgoing transitions (maxOut -1 = unbounded)
    int minIn = 0; // incoming transitions, checked by the validator
    bool allowsIncoming = true;

    static const ActivityTypeInfo &of(ActivityType type);
    static const ActivityTypeInfo *forElement(QStringView element);
    static QStringList elementNames();
};

// Attributes every activity accepts.
const QStringList &commonActivityAttributes();

} // namespace nightshift
