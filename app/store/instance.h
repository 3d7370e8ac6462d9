#pragma once

#include "connectionpool.h"
#include "sqlsupport.h"

#include <memory>

namespace nightshift {

class WorkflowCatalog;

// One open instance: its location, its per-thread connections, and a schema brought up to date.
class Instance
{
public:
    enum class OpenMode { MustExist, CreateIfMissing };

    // Opens (and for SQLite with CreateIfMissing, creates) the instance and upgrades its schema.
    // An instance made by a newer Nightshift is refused with a message that says so.
    static Result<std::shared_ptr<Instance>> open(const InstanceLocation &location, OpenMode mode);

    // The schema version found at `location` without creating or changing anything: 0 when there is no
    // instance yet (no SQLite file, or an empty database).
    static Result<int> existingSchemaVersion(const InstanceLocation &location);

    // Seeds a new instance: the folders of the explorer tree and the packages installed by default.
    // Safe to run again: what exists is left as it is.
    Status seed(const WorkflowCatalog &catalog, const QString &operatorLogin);

    Result<QSqlDatabase> database() { return m_pool.database(); }
    ConnectionPool &connections() { return m_pool; }
    Dialect dialect() const { return m_pool.dialect(); }
    const InstanceLocation &location() const { return m_pool.location(); }
    bool isNew() const { return m_isNew; } // no schema before this open

    explicit Instance(const InstanceLocation &location) : m_pool(location) { }

private:
    ConnectionPool m_pool;
    bool m_isNew = false;
};

} // namespace nightshift
