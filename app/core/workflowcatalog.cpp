#include "workflowcatalog.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::WorkflowCatalog)
};

std::expected<QList<PackageInfo>, Errors> readPackages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            Errors{Error{Text::tr("cannot read the package list: %1").arg(file.errorString()), path}});
    QXmlStreamReader xml(&file);
    QList<PackageInfo> packages;
    Errors errors;
    const auto fault = [&](const QString &message) {
        errors << Error{message, u"packages.xml"_s, xml.lineNumber(), xml.columnNumber()};
    };
    if (!xml.readNextStartElement() || xml.name() != u"packages"_s)
        fault(Text::tr("the package list must start with <packages>"));
    while (errors.isEmpty() && xml.readNextStartElement()) {
        if (xml.name() != u"package"_s) {
            fault(Text::tr("unexpected <%1>; expected <package>").arg(xml.name().toString()));
            break;
        }
        const QXmlStreamAttributes a = xml.attributes();
        PackageInfo p{a.value(u"id"_s).toString(),     a.value(u"label"_s).toString(),
                      a.value(u"folder"_s).toString(), {},
                      a.value(u"note"_s).toString(),   a.value(u"installedByDefault"_s) == u"true"_s};
        if (!isIdentifier(p.id) || p.label.isEmpty() || p.folderPath.isEmpty())
            fault(Text::tr("a <package> needs an id (an identifier), a label and a folder"));
        while (xml.readNextStartElement()) {
            if (xml.name() == u"description"_s)
                p.description = xml.readElementText().trimmed();
            else
                xml.skipCurrentElement();
        }
        packages << p;
    }
    if (xml.hasError())
        fault(Text::tr("the package list is not well-formed XML: %1").arg(xml.errorString()));
    if (!errors.isEmpty())
        return std::unexpected(errors);
    return packages;
}

} // namespace

QString WorkflowCatalog::builtInRoot()
{
    return u":/workflows"_s;
}

std::expected<WorkflowCatalog, Errors> WorkflowCatalog::load(const QString &root)
{
    WorkflowCatalog catalog;
    auto packages = readPackages(root + u"/packages.xml"_s);
    if (!packages)
        return std::unexpected(packages.error());
    catalog.m_packages = *packages;

    ValidationContext context;
    context.isKnownPackage = [&catalog](const QString &id) { return catalog.package(id) != nullptr; };
    Errors errors;
    QStringList files;
    QDirIterator it(root, {u"*.xml"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort(); // a stable order, whatever the resource system's
    for (const QString &path : files) {
        if (path.endsWith(u"/packages.xml"_s))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            errors << Error{Text::tr("cannot read: %1").arg(file.errorString()), path};
            continue;
        }
        const QString source = path.mid(root.size() + 1);
        auto definition = loadDefinition(file.readAll(), source, context);
        if (!definition) {
            errors << definition.error();
            continue;
        }
        const QString folderPackage = source.section(u'/', 0, 0);
        if (definition->package != folderPackage)
            errors << Error{Text::tr("workflow \"%1\" declares package \"%2\" but lies in the folder of package \"%3\"")
                                .arg(definition->name, definition->package, folderPackage),
                            source, definition->position.line, definition->position.column};
        catalog.m_workflows << *definition;
    }
    if (!errors.isEmpty())
        return std::unexpected(errors);
    return catalog;
}

const PackageInfo *WorkflowCatalog::package(const QString &id) const
{
    for (const PackageInfo &p : m_packages)
        if (p.id == id)
            return &p;
    return nullptr;
}

QList<WorkflowDefinition> WorkflowCatalog::workflowsOf(const QString &packageId) const
{
    QList<WorkflowDefinition> result;
    for (const WorkflowDefinition &d : m_workflows)
        if (d.package == packageId)
            result << d;
    return result;
}

QStringList WorkflowCatalog::jobNames() const
{
    QStringList names;
    for (const WorkflowDefinition &d : m_workflows)
        for (const Activity &a : d.activities)
            if (a.type == ActivityType::Job && !names.contains(a.setting(u"job"_s)))
                names << a.setting(u"job"_s);
    names.sort();
    return names;
}

} // namespace nightshift
