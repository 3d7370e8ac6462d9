#include "workflowdefinition.h"

#include "enumnames.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

const EnumNames<Severity> severities{
    {{Severity::Normal, u"normal"_s}, {Severity::Production, u"production"_s}, {Severity::Critical, u"critical"_s}}};
const EnumNames<ExecutionMode> executionModes{{{ExecutionMode::Normal, u"normal"_s},
                                               {ExecutionMode::DoNotActivate, u"doNotActivate"_s},
                                               {ExecutionMode::DoNotExecute, u"doNotExecute"_s}}};
const EnumNames<ErrorPolicy> errorPolicies{
    {{ErrorPolicy::Suspend, u"suspend"_s}, {ErrorPolicy::Ignore, u"ignore"_s}, {ErrorPolicy::Abort, u"abort"_s}}};
const EnumNames<ErrorManagement> errorManagements{
    {{ErrorManagement::Stop, u"stop"_s}, {ErrorManagement::Ignore, u"ignore"_s}}};
const EnumNames<InitialState> initialStates{
    {{InitialState::Started, u"started"_s}, {InitialState::Paused, u"paused"_s}, {InitialState::Edited, u"edited"_s}}};

} // namespace

QString WorkflowProperties::defaultSupervisorGroup()
{
    return u"workflowSupervisors"_s;
}

QString WorkflowDefinition::accountPlaceholder()
{
    return u"{account}"_s;
}

const Activity *WorkflowDefinition::activity(const QString &activityName) const
{
    for (const Activity &a : activities)
        if (a.name == activityName)
            return &a;
    return nullptr;
}

WorkflowDefinition WorkflowDefinition::instantiated(const QString &account) const
{
    WorkflowDefinition concrete = *this;
    const QString placeholder = accountPlaceholder();
    concrete.name.replace(placeholder, account);
    concrete.label.replace(placeholder, account);
    concrete.description.replace(placeholder, account);
    for (Activity &a : concrete.activities) {
        a.label.replace(placeholder, account);
        for (Parameter &p : a.parameters)
            p.value.replace(placeholder, account);
    }
    return concrete;
}

QString severityName(Severity value)
{
    return severities.name(value);
}
std::optional<Severity> severityFromName(QStringView name)
{
    return severities.fromName(name);
}
QString executionModeName(ExecutionMode value)
{
    return executionModes.name(value);
}
std::optional<ExecutionMode> executionModeFromName(QStringView name)
{
    return executionModes.fromName(name);
}
QString errorPolicyName(ErrorPolicy value)
{
    return errorPolicies.name(value);
}
std::optional<ErrorPolicy> errorPolicyFromName(QStringView name)
{
    return errorPolicies.fromName(name);
}
QString errorManagementName(ErrorManagement value)
{
    return errorManagements.name(value);
}
std::optional<ErrorManagement> errorManagementFromName(QStringView name)
{
    return errorManagements.fromName(name);
}
QString initialStateName(InitialState value)
{
    return initialStates.name(value);
}
std::optional<InitialState> initialStateFromName(QStringView name)
{
    return initialStates.fromName(name);
}

bool isIdentifier(QStringView text)
{
    static const QRegularExpression pattern(u"^[A-Za-z_][A-Za-z0-9_]{0,63}$"_s);
    return pattern.match(text.toString()).hasMatch();
}

} // namespace nightshift
