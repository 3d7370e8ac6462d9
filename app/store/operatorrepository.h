#pragma once

#include "sqlsupport.h"

namespace nightshift {

struct OperatorRecord
{
    qint64 id = 0;
    QString login;
    QString name;
    QString passwordHash;
    bool disabled = false;
};

class OperatorRepository
{
public:
    explicit OperatorRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    Result<std::optional<OperatorRecord>> find(const QString &login) const;
    Result<qint64> count() const;
    // Creates the operator and makes it a member of `groupNames` (which must exist).
    Result<qint64> create(const OperatorRecord &op, const QStringList &groupNames);

private:
    QSqlDatabase m_db;
};

} // namespace nightshift
