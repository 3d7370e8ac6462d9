#include "job.h"

#include <algorithm>

namespace nightshift {

JobContext::JobContext(QSqlDatabase db, Dialect dialect, QMap<QString, QString> parameters, QVariantMap variables,
                       Reporting &reporting, JournalSink journal, bool simulated)
    : m_db(std::move(db)), m_dialect(dialect), m_parameters(std::move(parameters)), m_variables(std::move(variables)),
      m_reporting(reporting), m_journal(std::move(journal)), m_simulated(simulated)
{ }

QString JobContext::parameter(const QString &name, const QString &fallback) const
{
    return m_parameters.value(name, fallback);
}

void JobContext::setProgress(qint64 done, qint64 total)
{
    m_reporting.done.store(done, std::memory_order_relaxed);
    m_reporting.total.store(total, std::memory_order_relaxed);
    if (m_reporting.onReport)
        m_reporting.onReport();
}

void JobContext::addRowsProcessed(qint64 rows)
{
    m_reporting.rows.fetch_add(rows, std::memory_order_relaxed);
    if (m_reporting.onReport)
        m_reporting.onReport();
}

std::unique_ptr<Job> JobRegistry::create(const QString &name) const
{
    const auto it = m_factories.constFind(name);
    return it == m_factories.constEnd() ? nullptr : (*it)();
}

QStringList JobRegistry::names() const
{
    QStringList all = m_factories.keys();
    std::ranges::sort(all);
    return all;
}

} // namespace nightshift
