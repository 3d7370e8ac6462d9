#include "clicontext.h"

#include "core/definitionwriter.h"
#include "core/triggerdescription.h"
#include "engine/workfloweditor.h"
#include "security/principalloader.h"
#include "store/folderrepository.h"
#include "store/instancesnapshot.h"
#include "store/workflowrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace nightshift::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::cli)
};

QString stateText(const WorkflowRecord &w)
{
    QString text = workflowStateName(w.state);
    return w.failed ? text + u" (failed)"_s : text;
}

void printTree(const InstanceSnapshot &s, QTextStream &out)
{
    // Only folders that hold workflows, directly or below, are shown.
    QHash<qint64, const FolderRecord *> byId;
    for (const FolderRecord &f : s.folders)
        byId.insert(f.id, &f);
    QSet<qint64> shown;
    QHash<qint64, QList<const WorkflowRecord *>> inFolder;
    qsizetype nameWidth = 0;
    qsizetype labelWidth = 0;
    for (const WorkflowRecord &w : s.workflows) {
        inFolder[w.folderId] << &w;
        nameWidth = std::max(nameWidth, w.internalName.size());
        labelWidth = std::max(labelWidth, w.label.size());
        for (qint64 id = w.folderId; id != 0 && !shown.contains(id); id = byId.value(id)->parentId)
            shown.insert(id);
    }
    for (const FolderRecord &f : s.folders) {
        if (!shown.contains(f.id))
            continue;
        const int depth = int(f.path.count(u'/'));
        out << QString(depth * 2, u' ') << f.label << '\n';
        const QString indent(depth * 2 + 2, u' ');
        for (const WorkflowRecord *w : inFolder.value(f.id))
            out << indent
                << u"%1  %2  %3  %4"_s.arg(w->internalName, -int(nameWidth))
                       .arg(w->label, -int(labelWidth))
                       .arg(stateText(*w), -16)
                       .arg(s.triggers.value(w->id))
                       .trimmed()
                << '\n';
    }
}

void printTable(const InstanceSnapshot &s, QTextStream &out)
{
    const QStringList header = {Text::tr("NAME"),     Text::tr("LABEL"),  Text::tr("PACKAGE"), Text::tr("STATE"),
                                Text::tr("SEVERITY"), Text::tr("FOLDER"), Text::tr("TRIGGER")};
    QList<QStringList> rows{header};
    for (const WorkflowRecord &w : s.workflows)
        rows << QStringList{w.internalName,
                            w.label,
                            w.packageId,
                            stateText(w),
                            severityName(w.severity),
                            s.folderPath(w.folderId),
                            s.triggers.value(w.id)};
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += row[c].leftJustified(c + 1 < row.size() ? widths[c] + 2 : 0);
        out << line.trimmed() << '\n';
    }
}

int listWorkflows(const QCommandLineParser &args, const QStringList &, CliContext &ctx)
{
    auto session = ctx.login();
    if (!session)
        return ctx.failWith(session.error().message);
    auto db = session->instance->database();
    if (!db)
        return ctx.failWith(db.error().message);
    auto snapshot = InstanceSnapshot::load(*db);
    if (!snapshot)
        return ctx.failWith(snapshot.error().message);
    // Only what the operator may read.
    auto readable = PrincipalLoader(*db).readableFolders(session->principal);
    if (!readable)
        return ctx.failWith(readable.error().message);
    snapshot->workflows.removeIf([&](const WorkflowRecord &w) { return !readable->contains(w.folderId); });
    if (snapshot->workflows.isEmpty()) {
        ctx.out() << Text::tr("No workflows: install a package with \"nightshiftctl packages install\".") << Qt::endl;
        return Success;
    }
    if (args.isSet(u"table"_s))
        printTable(*snapshot, ctx.out());
    else
        printTree(*snapshot, ctx.out());
    ctx.out().flush();
    return Success;
}

// Opens the instance and finds one workflow by internal name.
struct Found
{
    std::shared_ptr<Instance> instance;
    QSqlDatabase db;
    WorkflowRecord record;
};
Result<Found> findWorkflow(const QString &name, CliContext &ctx)
{
    auto session = ctx.login();
    if (!session)
        return std::unexpected(session.error());
    auto db = session->instance->database();
    if (!db)
        return std::unexpected(db.error());
    auto record = WorkflowRepository(*db).find(name);
    if (!record)
        return std::unexpected(record.error());
    auto readable = record && *record ? PrincipalLoader(*db).canReadFolder(session->principal, (*record)->folderId)
                                      : Result<bool>(false);
    if (!readable)
        return std::unexpected(readable.error());
    if (!*record || !*readable) // an unreadable workflow is not shown to exist
        return fail(
            Text::tr("there is no workflow named \"%1\"; \"nightshiftctl workflows list\" shows them").arg(name));
    return Found{session->instance, *db, **record};
}

int showWorkflow(const QCommandLineParser &, const QStringList &arguments, CliContext &ctx)
{
    if (arguments.size() != 1)
        return ctx.usageError(Text::tr("give exactly one workflow name"));
    auto found = findWorkflow(arguments.first(), ctx);
    if (!found)
        return ctx.failWith(found.error().message);
    auto definition = WorkflowRepository(found->db).definition(found->record.id);
    if (!definition)
        return ctx.failWith(definition.error().message);
    auto folders = FolderRepository(found->db).all();
    if (!folders)
        return ctx.failWith(folders.error().message);
    QString folderPath;
    for (const FolderRecord &f : *folders)
        if (f.id == found->record.folderId)
            folderPath = f.path;

    const WorkflowRecord &w = found->record;
    const WorkflowDefinition &d = *definition;
    QTextStream &out = ctx.out();
    const auto field = [&out](const QString &name, const QString &value) {
        out << (name + u':').leftJustified(20) << value << '\n';
    };
    field(Text::tr("Label"), w.label);
    field(Text::tr("Internal name"), w.internalName);
    field(Text::tr("Package"), w.packageId.isEmpty() ? Text::tr("(none: not a technical workflow)") : w.packageId);
    field(Text::tr("Folder"), folderPath);
    field(Text::tr("State"), stateText(w));
    field(Text::tr("Severity"), severityName(w.severity));
    field(Text::tr("History"),
          d.properties.historyDays == 0 ? Text::tr("kept forever") : Text::tr("%1 days").arg(d.properties.historyDays));
    field(Text::tr("Supervisors"), d.properties.supervisorGroup);
    field(Text::tr("Triggers"), describeTriggers(d));
    field(Text::tr("Version"),
          Text::tr("%1, saved %2 by %3")
              .arg(w.definitionVersion)
              .arg(QDateTime::fromMSecsSinceEpoch(w.modifiedAt).toString(Qt::ISODate), w.modifiedBy));
    if (!d.description.isEmpty())
        field(Text::tr("Description"), d.description);
    out << Text::tr("Activities:") << '\n';
    for (const Activity &a : d.activities) {
        QStringList next;
        for (const Transition &t : a.transitions)
            next << t.target;
        QString line = u"  %1  %2"_s.arg(a.name, -20).arg(ActivityTypeInfo::of(a.type).element, -12);
        if (a.type == ActivityType::Job)
            line += Text::tr("job %1").arg(a.setting(u"job"_s)) + u"  "_s;
        if (!next.isEmpty())
            line += u"→ "_s + next.join(u", "_s);
        out << line.trimmed().prepend(u"  "_s) << '\n';
    }
    out.flush();
    return Success;
}

int exportWorkflow(const QCommandLineParser &args, const QStringList &arguments, CliContext &ctx)
{
    if (arguments.size() != 1)
        return ctx.usageError(Text::tr("give exactly one workflow name"));
    auto found = findWorkflow(arguments.first(), ctx);
    if (!found)
        return ctx.failWith(found.error().message);
    auto definition = WorkflowRepository(found->db).definition(found->record.id);
    if (!definition)
        return ctx.failWith(definition.error().message);
    const QByteArray xml = DefinitionWriter::write(*definition);
    if (!args.isSet(u"output"_s)) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(xml) != xml.size())
            return ctx.failWith(Text::tr("cannot write to standard output"));
        return Success;
    }
    QSaveFile file(args.value(u"output"_s)); // all or nothing: a failed export leaves no partial file
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size() || !file.commit())
        return ctx.failWith(Text::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return Success;
}

int importWorkflow(const QCommandLineParser &args, const QStringList &arguments, CliContext &ctx)
{
    if (arguments.size() != 1)
        return ctx.usageError(Text::tr("give exactly one definition file"));
    const WorkflowCatalog *catalog = ctx.catalog();
    if (!catalog)
        return Failure;
    const QString path = arguments.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.failWith(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
    ValidationContext rules;
    rules.isKnownPackage = [catalog](const QString &id) { return catalog->package(id) != nullptr; };
    auto definition = loadDefinition(file.readAll(), QFileInfo(path).fileName(), rules);
    if (!definition)
        return ctx.failWith(definition.error());
    if (definition->isTemplate())
        return ctx.failWith(
            Text::tr("%1 is a template (its name contains {account}); templates come with their package "
                     "and are instantiated by \"nightshiftctl accounts add\"")
                .arg(path));
    auto session = ctx.login();
    if (!session)
        return ctx.failWith(session.error().message);
    auto saved = WorkflowEditor(*session->instance, *catalog)
                     .save(session->principal.operatorId, *definition, args.value(u"folder"_s));
    if (!saved)
        return ctx.failWith(saved.error().message);
    switch (saved->kind) {
    case SaveOutcome::Kind::Unchanged:
        ctx.out() << Text::tr("Workflow %1 is unchanged.").arg(definition->name) << Qt::endl;
        break;
    case SaveOutcome::Kind::Updated:
        ctx.out() << Text::tr("Updated workflow %1 to version %2.").arg(definition->name).arg(saved->version)
                  << Qt::endl;
        break;
    case SaveOutcome::Kind::Created:
        ctx.out() << Text::tr("Imported workflow %1 into %2.").arg(definition->name, saved->folderPath) << Qt::endl;
        break;
    }
    return Success;
}

} // namespace

QList<Command> workflowCommands()
{
    return {
        {{u"workflows"_s, u"list"_s},
         Text::tr("List workflows as a tree by folder, or as a table"),
         {},
         [](QCommandLineParser &p) {
             p.addOption({u"table"_s, Text::tr("Print a table instead of a tree.")});
         },
         listWorkflows},
        {{u"workflows"_s, u"show"_s},
         Text::tr("Show one workflow's properties and activities"),
         u"NAME"_s,
         {},
         showWorkflow},
        {{u"export"_s},
         Text::tr("Write a workflow's definition (to standard output, or a file)"),
         u"NAME"_s,
         [](QCommandLineParser &p) {
             p.addOption(
                 {{u"o"_s, u"output"_s}, Text::tr("Write to this file instead of standard output."), Text::tr("file")});
         },
         exportWorkflow},
        {{u"import"_s},
         Text::tr("Create or update a workflow from a definition file"),
         u"FILE"_s,
         [](QCommandLineParser &p) {
             p.addOption({u"folder"_s, Text::tr("Folder path for a new non-technical workflow."), Text::tr("path")});
         },
         importWorkflow},
    };
}

} // namespace nightshift::cli
