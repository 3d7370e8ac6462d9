#pragma once

#include "core/workflowcatalog.h"
#include "store/instance.h"

#include <QTemporaryDir>

// A seeded SQLite instance with the four kinds of operator of the rights matrix, a non-technical workflow
// "campaignFlow" (with a signal "go") in administration/production, and offerMgt as the technical one.
class AccessFixture
{
public:
    static constexpr const char *Password = "matrix-password-1";

    bool setUp(QString *error);

    std::shared_ptr<nightshift::Instance> instance;
    nightshift::WorkflowCatalog catalog;
    nightshift::InstanceLocation location;
    QHash<QString, qint64> operatorIds; // admin, wfop, supervisor, nobody

    qint64 id(const QString &login) const { return operatorIds.value(login); }
    QString value(const QString &sql) const;
    bool exec(const QString &sql) const;

private:
    QTemporaryDir m_dir;
};
