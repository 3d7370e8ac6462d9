#include "rights.h"

#include "enumnames.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
const EnumNames<Right> &names()
{
    static const EnumNames<Right> table{
        {Right::Administration, u"administration"_s, QT_TRANSLATE_NOOP("nightshift::Rights", "ADMINISTRATION")},
        {Right::Workflow, u"workflow"_s, QT_TRANSLATE_NOOP("nightshift::Rights", "WORKFLOW")},
        {Right::SqlScript, u"sqlScript"_s, QT_TRANSLATE_NOOP("nightshift::Rights", "SQL script execution")},
        {Right::FileAccess, u"fileAccess"_s, QT_TRANSLATE_NOOP("nightshift::Rights", "Files access")},
        {Right::Export, u"export"_s, QT_TRANSLATE_NOOP("nightshift::Rights", "Export")},
        {Right::Import, u"import"_s, QT_TRANSLATE_NOOP("nightshift::Rights", "Import")},
        {Right::PrivacyData, u"privacyData"_s, QT_TRANSLATE_NOOP("nightshift::Rights", "Privacy data")},
    };
    return table;
}
} // namespace

QString rightName(Right right)
{
    return names().name(right);
}

std::optional<Right> rightFromName(QStringView name)
{
    for (const auto &n : names().entries())
        if (n.name == name || QLatin1StringView(n.label).compare(name, Qt::CaseInsensitive) == 0)
            return n.value;
    return std::nullopt;
}

QString rightLabel(Right right)
{
    return QCoreApplication::translate("nightshift::Rights", names().label(right));
}

const QList<Right> &allRights()
{
    static const QList<Right> rights = names().values();
    return rights;
}

} // namespace nightshift
