#pragma once

#include "sqlsupport.h"

#include "core/explorertree.h"

namespace nightshift {

struct FolderRecord
{
    qint64 id = 0;
    qint64 parentId = 0; // 0 for a root
    QString name;
    QString label;
    FolderKind kind = FolderKind::Folder;
    QString path; // internal names from the root, joined by '/'

    bool operator==(const FolderRecord &) const = default;
};

// The explorer tree: folders are rows, addressed by their path of internal names.
class FolderRepository
{
public:
    explicit FolderRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    // Every folder, parents before children, siblings by position then label.
    Result<QList<FolderRecord>> all() const;
    Result<qint64> idOf(const QString &path) const; // error when missing
    Result<FolderRecord> find(const QString &path) const;
    // Creates the folder at `path` if missing (its parent must exist) and returns its id.
    Result<qint64> ensure(const QString &path, const QString &label, FolderKind kind);

private:
    QSqlDatabase m_db;
};

} // namespace nightshift
