#pragma once

#include "core/rights.h"
#include "reports/cubequery.h"
#include "store/instance.h"

#include <QDateTime>

#include <atomic>
#include <memory>
#include <optional>

namespace nightshift {

// Where the pivot view reads cubes: CubeReader's calls without the connection, so the model and the page can be
// tested with a fake. Every call blocks and may run on any thread; the page calls them on worker threads.
class PivotSource
{
public:
    virtual ~PivotSource() = default;

    virtual Result<QList<reports::CubeInfo>> cubes() const = 0;
    virtual Result<reports::CubeResult> query(const QString &cube, const reports::CubeQuery &q,
                                              const std::atomic_bool *cancel) const = 0;
    virtual Result<reports::FactRows> facts(const QString &cube, const QList<reports::CubeFilter> &filters,
                                            int limit) const = 0;
    virtual Result<QDateTime> lastRefresh(const QString &cube) const = 0; // invalid: never refreshed
};

// The real source: a CubeReader on the calling thread's connection to the instance, reading on behalf of the
// logged-in operator (so SPEC §10 applies) or, without one, of the engine.
class CubeReaderSource : public PivotSource
{
public:
    CubeReaderSource(std::shared_ptr<Instance> instance, std::optional<Principal> who);

    Result<QList<reports::CubeInfo>> cubes() const override;
    Result<reports::CubeResult> query(const QString &cube, const reports::CubeQuery &q,
                                      const std::atomic_bool *cancel) const override;
    Result<reports::FactRows> facts(const QString &cube, const QList<reports::CubeFilter> &filters,
                                    int limit) const override;
    Result<QDateTime> lastRefresh(const QString &cube) const override;

private:
    reports::CubeReader reader() const;

    std::shared_ptr<Instance> m_instance;
    std::optional<Principal> m_who;
};

} // namespace nightshift
