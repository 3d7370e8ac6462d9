#include "sqlsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::Store)
};

QString firstLine(const QString &sql)
{
    const QString line = sql.trimmed().section(u'\n', 0, 0);
    return line.size() > 120 ? line.left(117) + u"..."_s : line;
}
} // namespace

Result<QSqlQuery> execute(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Without values the statement runs as it is: PostgreSQL cannot PREPARE schema statements.
    bool ran = false;
    if (values.isEmpty()) {
        ran = query.exec(sql);
    } else {
        if (!query.prepare(sql))
            return fail(Text::tr("database error preparing \"%1\": %2").arg(firstLine(sql), query.lastError().text()));
        for (const QVariant &value : values)
            query.addBindValue(value);
        ran = query.exec();
    }
    if (!ran)
        return fail(Text::tr("database error running \"%1\": %2").arg(firstLine(sql), query.lastError().text()));
    return query;
}

Result<QSqlQuery> execute(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    return execute(db, sql, QVariantList(values));
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values,
                        const QVariant &fallback)
{
    auto query = execute(db, sql, values);
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? query->value(0) : fallback;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

WriteTransaction::WriteTransaction(QSqlDatabase db, Dialect dialect) : m_db(std::move(db)), m_dialect(dialect)
{ }

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        m_db.rollback();
}

Status WriteTransaction::begin()
{
    if (m_dialect == Dialect::Sqlite) {
        QSqlQuery query(m_db);
        if (!query.exec(u"BEGIN IMMEDIATE"_s))
            return fail(Text::tr("cannot start a write transaction: %1").arg(query.lastError().text()));
    } else if (!m_db.transaction()) {
        return fail(Text::tr("cannot start a write transaction: %1").arg(m_db.lastError().text()));
    }
    m_open = true;
    return {};
}

void WriteTransaction::rollback()
{
    if (std::exchange(m_open, false))
        m_db.rollback();
}

Status WriteTransaction::commit()
{
    m_open = false;
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        m_db.rollback();
        return fail(Text::tr("cannot commit: %1").arg(error));
    }
    return {};
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace nightshift
