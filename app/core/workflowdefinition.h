#pragma once

#include "activitytype.h"
#include "schedulespec.h"

#include <QList>
#include <QMap>
#include <QString>

#include <chrono>
#include <optional>

namespace nightshift {

struct SourcePosition
{
    qint64 line = 0;
    qint64 column = 0;
    bool operator==(const SourcePosition &) const = default;
};

enum class Severity { Normal, Production, Critical };
enum class ExecutionMode { Normal, DoNotActivate, DoNotExecute };
enum class ErrorPolicy { Suspend, Ignore, Abort };
enum class ErrorManagement { Stop, Ignore };
enum class InitialState { Started, Paused, Edited };

struct Transition
{
    QString name; // unique among the activity's transitions
    QString label;
    QString target; // name of the activity it leads to
    QString condition; // <test>: JavaScript expression
    bool isDefault = false; // <test>: taken when no condition holds
    bool onExpiry = false; // <signal>: taken when the signal expires
    SourcePosition position;

    bool operator==(const Transition &o) const
    {
        return name == o.name && label == o.label && target == o.target && condition == o.condition
            && isDefault == o.isDefault && onExpiry == o.onExpiry; // positions are not part of the meaning
    }
};

struct Parameter
{
    QString name;
    QString value;
    bool operator==(const Parameter &) const = default;
};

struct Activity
{
    ActivityType type = ActivityType::Start;
    QString name;
    QString label;
    ExecutionMode execution = ExecutionMode::Normal;
    ErrorPolicy onError = ErrorPolicy::Suspend;
    std::optional<std::chrono::seconds> maxDuration;
    QString affinity;
    std::optional<int> x, y;
    QMap<QString, QString> settings; // type-specific attributes (job, group, workflow, cube, duration, …)
    QString body; // <script>, <statement> or <message> text
    QList<Parameter> parameters;
    std::optional<ScheduleSpec> schedule;
    QList<Transition> transitions;
    SourcePosition position;

    QString setting(const QString &key) const { return settings.value(key); }

    bool operator==(const Activity &o) const
    {
        return type == o.type && name == o.name && label == o.label && execution == o.execution && onError == o.onError
            && maxDuration == o.maxDuration && affinity == o.affinity && x == o.x && y == o.y && settings == o.settings
            && body == o.body && parameters == o.parameters && schedule == o.schedule && transitions == o.transitions;
    }
};

struct WorkflowProperties
{
    Severity severity = Severity::Normal;
    int historyDays = 30;
    InitialState initialState = InitialState::Started;
    QString supervisorGroup = defaultSupervisorGroup();
    QString affinity;
    ErrorManagement errorManagement = ErrorManagement::Stop;
    int consecutiveErrors = 0;
    bool logSql = false;
    bool watchdog = false;
    int concurrency = 1;

    static QString defaultSupervisorGroup();
    bool operator==(const WorkflowProperties &) const = default;
};

struct Variable
{
    QString name;
    QString value;
    bool operator==(const Variable &) const = default;
};

// A workflow definition as read from (and written to) the format of docs/definition-format.md.
struct WorkflowDefinition
{
    static constexpr int CurrentFormat = 1;
    static QString accountPlaceholder(); // "{account}"

    int format = CurrentFormat;
    QString name;
    QString label;
    QString package; // empty: not a technical workflow
    QString accountType; // set on templates instantiated per external account
    QString description;
    WorkflowProperties properties;
    QList<Variable> variables;
    QList<Activity> activities;
    SourcePosition position; // of the <workflow> element, for errors about the whole workflow

    bool isTechnical() const { return !package.isEmpty(); }
    bool isTemplate() const { return name.contains(accountPlaceholder()); }
    const Activity *activity(const QString &activityName) const;

    // A concrete workflow for one external account of a template ("mcSynch_{account}" → "mcSynch_paris").
    WorkflowDefinition instantiated(const QString &account) const;

    bool operator==(const WorkflowDefinition &o) const
    {
        return format == o.format && name == o.name && label == o.label && package == o.package
            && accountType == o.accountType && description == o.description && properties == o.properties
            && variables == o.variables && activities == o.activities; // positions are not part of the meaning
    }
};

// Names of enum values as written in files; each fromName returns nullopt for an unknown name.
QString severityName(Severity value);
std::optional<Severity> severityFromName(QStringView name);
QString executionModeName(ExecutionMode value);
std::optional<ExecutionMode> executionModeFromName(QStringView name);
QString errorPolicyName(ErrorPolicy value);
std::optional<ErrorPolicy> errorPolicyFromName(QStringView name);
QString errorManagementName(ErrorManagement value);
std::optional<ErrorManagement> errorManagementFromName(QStringView name);
QString initialStateName(InitialState value);
std::optional<InitialState> initialStateFromName(QStringView name);

bool isIdentifier(QStringView text); // letter or '_', then letters, digits, '_'; at most 64

} // namespace nightshift
