#pragma once

#include "core/rights.h"
#include "store/sqlsupport.h"

namespace nightshift {

// Reads who an operator is now: its rights (its groups' and its own) and groups. Loaded afresh for every
// command, so a right removed mid-session counts from the next command on, and a deleted or disabled
// operator is refused.
class PrincipalLoader
{
public:
    explicit PrincipalLoader(QSqlDatabase db) : m_db(std::move(db)) { }

    Result<Principal> load(qint64 operatorId) const;
    Result<Principal> load(const QString &login) const;
    // Loads the operator and refuses unless it holds ADMINISTRATION; `what` completes "may not …".
    Result<Principal> loadAdministrator(qint64 operatorId, const QString &what) const;

    // Folder read rights: the nearest folder (itself or an ancestor) with permissions decides; a folder
    // tree without any permission is readable by every operator. Administrators read everything.
    Result<bool> canReadFolder(const Principal &who, qint64 folderId) const;
    Result<QSet<qint64>> readableFolders(const Principal &who) const; // every folder `who` can read

private:
    Result<Principal> loadWhere(const QString &column, const QVariant &value) const;

    QSqlDatabase m_db;
};

} // namespace nightshift
