#include "pivotsource.h"

namespace nightshift {

CubeReaderSource::CubeReaderSource(std::shared_ptr<Instance> instance, std::optional<Principal> who)
    : m_instance(std::move(instance)), m_who(std::move(who))
{
}

reports::CubeReader CubeReaderSource::reader() const
{
    return m_who ? reports::CubeReader(*m_who) : reports::CubeReader();
}

Result<QList<reports::CubeInfo>> CubeReaderSource::cubes() const
{
    return reports::CubeReader::cubes();
}

// Instance::database() is the calling thread's own connection, opened on first use: a worker never shares the
// GUI thread's.
Result<reports::CubeResult> CubeReaderSource::query(const QString &cube, const reports::CubeQuery &q,
                                                    const std::atomic_bool *cancel) const
{
    auto db = m_instance->database();
    if (!db)
        return std::unexpected(db.error());
    return reader().query(*db, m_instance->dialect(), cube, q, cancel);
}

Result<reports::FactRows> CubeReaderSource::facts(const QString &cube, const QList<reports::CubeFilter> &filters,
                                                  int limit) const
{
    auto db = m_instance->database();
    if (!db)
        return std::unexpected(db.error());
    return reader().facts(*db, m_instance->dialect(), cube, filters, limit);
}

Result<QDateTime> CubeReaderSource::lastRefresh(const QString &cube) const
{
    auto db = m_instance->database();
    if (!db)
        return std::unexpected(db.error());
    return reader().lastRefresh(*db, cube);
}

} // namespace nightshift
