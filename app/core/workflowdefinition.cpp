#include "workflowdefinition.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

template<typename Enum>
struct NameTable
{
    QList<std::pair<Enum, QString>> entries;

    QString name(Enum value) const
    {
        for (const auto &[v, n] : entries)
            if (v == value)
                return n;
        return {};
    }
    std::optional<Enum> value(QStringView name) const
    {
        for (const auto &[v, n] : entries)
            if (n == name)
                return v;
        return std::nullopt;
    }
};

const NameTable<Severity> severities{
    {{Severity::Normal, u"normal"_s}, {Severity::Production, u"production"_s}, {Severity::Critical, u"critical"_s}}};
const NameTable<ExecutionMode> executionModes{{{ExecutionMode::Normal, u"normal"_s},
                                               {ExecutionMode::DoNotActivate, u"doNotActivate"_s},
                                               {ExecutionMode::DoNotExecute, u"doNotExecute"_s}}};
const NameTable<ErrorPolicy> errorPolicies{
    {{ErrorPolicy::Suspend, u"suspend"_s}, {ErrorPolicy::Ignore, u"ignore"_s}, {ErrorPolicy::Abort, u"abort"_s}}};
const NameTable<ErrorManagement> errorManagements{
    {{ErrorManagement::Stop, u"stop"_s}, {ErrorManagement::Ignore, u"ignore"_s}}};
const NameTable<InitialState> initialStates{
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
    return severities.value(name);
}
QString executionModeName(ExecutionMode value)
{
    return executionModes.name(value);
}
std::optional<ExecutionMode> executionModeFromName(QStringView name)
{
    return executionModes.value(name);
}
QString errorPolicyName(ErrorPolicy value)
{
    return errorPolicies.name(value);
}
std::optional<ErrorPolicy> errorPolicyFromName(QStringView name)
{
    return errorPolicies.value(name);
}
QString errorManagementName(ErrorManagement value)
{
    return errorManagements.name(value);
}
std::optional<ErrorManagement> errorManagementFromName(QStringView name)
{
    return errorManagements.value(name);
}
QString initialStateName(InitialState value)
{
    return initialStates.name(value);
}
std::optional<InitialState> initialStateFromName(QStringView name)
{
    return initialStates.value(name);
}

bool isIdentifier(QStringView text)
{
    static const QRegularExpression pattern(u"^[A-Za-z_][A-Za-z0-9_]{0,63}$"_s);
    return pattern.match(text.toString()).hasMatch();
}

} // namespace nightshift
