#include "folderrepository.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::FolderRepository)
};
} // namespace

Result<QList<FolderRecord>> FolderRepository::all() const
{
    auto query = execute(m_db,
                         u"SELECT id, COALESCE(parent_id, 0), name, label, kind FROM folders "
                         "ORDER BY position, label, id"_s);
    if (!query)
        return std::unexpected(query.error());
    QList<FolderRecord> rows;
    while (query->next())
        rows << FolderRecord{query->value(0).toLongLong(),
                             query->value(1).toLongLong(),
                             query->value(2).toString(),
                             query->value(3).toString(),
                             folderKindFromName(query->value(4).toString()).value_or(FolderKind::Folder),
                             {}};

    // Order depth-first from the roots, computing paths on the way.
    QHash<qint64, QList<qsizetype>> children;
    for (qsizetype i = 0; i < rows.size(); ++i)
        children[rows[i].parentId] << i;
    QList<FolderRecord> ordered;
    ordered.reserve(rows.size());
    std::function<void(qint64, const QString &)> walk = [&](qint64 parent, const QString &prefix) {
        for (qsizetype i : children.value(parent)) {
            FolderRecord folder = rows[i];
            folder.path = prefix.isEmpty() ? folder.name : prefix + u'/' + folder.name;
            ordered << folder;
            walk(folder.id, folder.path);
        }
    };
    walk(0, {});
    return ordered;
}

Result<qint64> FolderRepository::idOf(const QString &path) const
{
    qint64 parent = 0;
    for (const QString &name : path.split(u'/', Qt::SkipEmptyParts)) {
        auto id = scalar(m_db, u"SELECT id FROM folders WHERE COALESCE(parent_id, 0) = ? AND name = ?"_s,
                         {parent, name}, 0);
        if (!id)
            return std::unexpected(id.error());
        if (id->toLongLong() == 0)
            return fail(Text::tr("there is no folder %1").arg(path));
        parent = id->toLongLong();
    }
    if (parent == 0)
        return fail(Text::tr("\"%1\" is not a folder path").arg(path));
    return parent;
}

Result<FolderRecord> FolderRepository::find(const QString &path) const
{
    auto id = idOf(path);
    if (!id)
        return std::unexpected(id.error());
    auto query = execute(m_db, u"SELECT COALESCE(parent_id, 0), name, label, kind FROM folders WHERE id = ?"_s, {*id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(Text::tr("there is no folder %1").arg(path));
    return FolderRecord{*id,
                        query->value(0).toLongLong(),
                        query->value(1).toString(),
                        query->value(2).toString(),
                        folderKindFromName(query->value(3).toString()).value_or(FolderKind::Folder),
                        path};
}

Result<qint64> FolderRepository::ensure(const QString &path, const QString &label, FolderKind kind)
{
    if (auto existing = idOf(path))
        return existing;
    const qsizetype slash = path.lastIndexOf(u'/');
    qint64 parent = 0;
    if (slash >= 0) {
        auto parentId = idOf(path.left(slash));
        if (!parentId)
            return std::unexpected(parentId.error());
        parent = *parentId;
    }
    auto position = scalar(m_db, u"SELECT COUNT(*) FROM folders WHERE COALESCE(parent_id, 0) = ?"_s, {parent}, 0);
    if (!position)
        return std::unexpected(position.error());
    auto inserted = execute(m_db,
                            u"INSERT INTO folders (parent_id, name, label, kind, position, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?)"_s,
                            {parent == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(parent),
                             path.mid(slash + 1), label, folderKindName(kind), position->toInt(), nowMs()});
    if (!inserted)
        return std::unexpected(inserted.error());
    return idOf(path);
}

} // namespace nightshift
