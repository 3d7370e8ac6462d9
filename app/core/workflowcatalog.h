#pragma once

#include "definitionvalidator.h"

#include <QList>
#include <QString>

namespace nightshift {

struct PackageInfo
{
    QString id;
    QString label;
    QString folderPath; // internal folder names joined by '/'
    QString description;
    QString note; // e.g. "Campaign v7 only"
    bool installedByDefault = false;
};

// The technical workflows shipped with Nightshift: packages.xml and one definition per workflow, compiled
// in as Qt resources under :/workflows (resources/workflows in the source tree).
class WorkflowCatalog
{
public:
    static QString builtInRoot(); // ":/workflows"

    // Loads and validates everything under `root`; any broken file fails the whole load.
    static std::expected<WorkflowCatalog, Errors> load(const QString &root = builtInRoot());

    const QList<PackageInfo> &packages() const { return m_packages; }
    const PackageInfo *package(const QString &id) const;
    QList<WorkflowDefinition> workflowsOf(const QString &packageId) const; // templates included
    const QList<WorkflowDefinition> &workflows() const { return m_workflows; }
    QStringList jobNames() const; // every job a shipped workflow runs

private:
    QList<PackageInfo> m_packages;
    QList<WorkflowDefinition> m_workflows;
};

} // namespace nightshift
