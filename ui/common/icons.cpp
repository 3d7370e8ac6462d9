#include "icons.h"

#include <QHash>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE declares the resource's init function in the enclosing namespace: it must run at global scope.
// In a static library nothing else references the compiled .qrc, so without this call the linker drops it.
static void initNightshiftIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace nightshift::icons {

void initResources()
{
    [[maybe_unused]] static const bool done = [] {
        initNightshiftIconResources();
        return true;
    }();
}

QIcon named(const QString &name)
{
    initResources();
    // One QIcon per file, shared by every row and model, so its rendered pixmaps stay cached. Never freed: icons
    // must not outlive QGuiApplication, and a static would be destroyed after it. GUI thread only.
    static auto *cache = new QHash<QString, QIcon>;
    auto it = cache->find(name);
    if (it == cache->end())
        it = cache->insert(name, QIcon(u":/icons/%1.svg"_s.arg(name)));
    return *it;
}

QIcon forState(WorkflowState state, bool failed)
{
    if (failed)
        return named(u"state-failed"_s);
    switch (state) {
    case WorkflowState::Started:
    case WorkflowState::StartPending:
        return named(u"state-running"_s);
    case WorkflowState::Paused:
    case WorkflowState::PauseRequested:
        return named(u"state-paused"_s);
    case WorkflowState::Finished:
    case WorkflowState::StopRequested:
        return named(u"state-finished"_s);
    case WorkflowState::Edited:
    case WorkflowState::RestartRequested:
        break;
    }
    return named(u"state-edited"_s);
}

QIcon forHealth(int running, int paused, int failed)
{
    if (failed)
        return named(u"state-failed"_s);
    if (paused)
        return named(u"state-paused"_s);
    if (running)
        return named(u"state-running"_s);
    return {};
}

QIcon forFolder(FolderKind kind, bool isPackage, const QString &statusName)
{
    switch (kind) {
    case FolderKind::Folder:
    case FolderKind::Workflows:
        if (isPackage)
            return named(u"package"_s);
        break;
    case FolderKind::HeatMap:
        return named(u"heatmap"_s);
    case FolderKind::WorkflowStatus:
        if (statusName == u"running"_s)
            return named(u"state-running"_s);
        if (statusName == u"paused"_s)
            return named(u"state-paused"_s);
        if (statusName == u"failed"_s)
            return named(u"state-failed"_s);
        return named(u"wakeup"_s); // start pending: waiting for an engine node
    case FolderKind::Cubes:
        return named(u"cube"_s);
    case FolderKind::Operators:
    case FolderKind::OperatorGroups:
    case FolderKind::NamedRights:
        return named(u"operator"_s);
    case FolderKind::AuditTrail:
        return named(u"audit"_s);
    case FolderKind::Options:
        return named(u"options"_s);
    case FolderKind::ExternalAccounts:
        return named(u"account"_s);
    }
    initResources();
    static const auto *folder = [] { // never freed, as in named()
        auto *icon = new QIcon(u":/icons/folder.svg"_s);
        icon->addFile(u":/icons/folder-open.svg"_s, {}, QIcon::Normal, QIcon::On);
        icon->addFile(u":/icons/folder-open.svg"_s, {}, QIcon::Selected, QIcon::On);
        return icon;
    }();
    return *folder;
}

} // namespace nightshift::icons
