#include "rights.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct RightNames
{
    Right right;
    QString name;
    const char *label;
};
const QList<RightNames> &names()
{
    static const QList<RightNames> table = {
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
    return names().at(qsizetype(right)).name;
}

std::optional<Right> rightFromName(QStringView name)
{
    for (const RightNames &n : names())
        if (n.name == name || QLatin1StringView(n.label).compare(name, Qt::CaseInsensitive) == 0)
            return n.right;
    return std::nullopt;
}

QString rightLabel(Right right)
{
    return QCoreApplication::translate("nightshift::Rights", names().at(qsizetype(right)).label);
}

const QList<Right> &allRights()
{
    static const QList<Right> rights = [] {
        QList<Right> all;
        for (const RightNames &n : names())
            all << n.right;
        return all;
    }();
    return rights;
}

} // namespace nightshift
