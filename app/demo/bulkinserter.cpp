#include "bulkinserter.h"

#include <QCoreApplication>
#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::DemoGenerator)
};

// SQLite accepts 32766 bound values per statement, PostgreSQL 65535; larger statements gain nothing.
constexpr qsizetype kMaxValues = 8'000;
constexpr qsizetype kMaxRows = 500;
} // namespace

BulkInserter::BulkInserter(const QSqlDatabase &db, const QString &table, const QStringList &columns)
    : m_db(db), m_table(table), m_columns(columns),
      m_batchRows(std::clamp<qsizetype>(kMaxValues / std::max<qsizetype>(1, columns.size()), 1, kMaxRows))
{
    m_pending.reserve(m_batchRows * m_columns.size());
}

QString BulkInserter::statement(qsizetype rows) const
{
    QString one = u"("_s;
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        one += c == 0 ? u"?"_s : u", ?"_s;
    one += u')';
    QStringList values(rows, one);
    return u"INSERT INTO %1 (%2) VALUES %3"_s.arg(m_table, m_columns.join(u", "_s), values.join(u", "_s));
}

Status BulkInserter::add(const QVariantList &values)
{
    Q_ASSERT(values.size() == m_columns.size());
    m_pending += values;
    if (m_pending.size() < m_batchRows * m_columns.size())
        return {};
    if (!m_full) {
        m_full.emplace(m_db);
        if (!m_full->prepare(statement(m_batchRows))) {
            const QString error = m_full->lastError().text();
            m_full.reset();
            return fail(Text::tr("cannot prepare the insert into %1: %2").arg(m_table, error));
        }
    }
    return runBatch(m_batchRows, *m_full);
}

Status BulkInserter::flush()
{
    if (m_pending.isEmpty())
        return {};
    QSqlQuery query(m_db);
    const qsizetype rows = m_pending.size() / m_columns.size();
    if (!query.prepare(statement(rows)))
        return fail(Text::tr("cannot prepare the insert into %1: %2").arg(m_table, query.lastError().text()));
    return runBatch(rows, query);
}

Status BulkInserter::runBatch(qsizetype rows, QSqlQuery &query)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        query.bindValue(int(i), m_pending.at(i));
    if (!query.exec())
        return fail(Text::tr("inserting into %1 failed: %2").arg(m_table, query.lastError().text()));
    m_written += rows;
    m_pending.clear();
    return {};
}

} // namespace nightshift
