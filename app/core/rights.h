#pragma once

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace nightshift {

// Named rights of SPEC §10.
enum class Right { Administration, Workflow, SqlScript, FileAccess, Export, Import, PrivacyData };

QString rightName(Right right); // as stored: "administration", "workflow", …
std::optional<Right> rightFromName(QStringView name); // accepts stored names and labels ("ADMINISTRATION")
QString rightLabel(Right right); // as shown: "ADMINISTRATION", "SQL script execution", …
const QList<Right> &allRights();

// Who is acting, as the store last read it: rights come from the operator's groups and its own grants.
struct Principal
{
    qint64 operatorId = 0;
    QString login;
    QSet<Right> rights;
    QSet<qint64> groupIds;
    QSet<QString> groupNames;

    bool has(Right right) const { return rights.contains(Right::Administration) || rights.contains(right); }
    bool isAdministrator() const { return rights.contains(Right::Administration); }
};

} // namespace nightshift
