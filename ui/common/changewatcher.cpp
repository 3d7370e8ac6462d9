#include "changewatcher.h"

#include "background.h"

using namespace Qt::StringLiterals;

namespace nightshift {

ChangeWatcher::ChangeWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(std::chrono::seconds(2));
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::check);
}

void ChangeWatcher::watch(std::shared_ptr<Instance> instance)
{
    ++m_generation;
    m_instance = std::move(instance);
    m_last.reset();
    m_busy = false;
    if (m_instance)
        m_timer.start();
    else
        m_timer.stop();
}

Result<ChangeWatcher::Fingerprint> ChangeWatcher::fingerprint(const QSqlDatabase &db)
{
    // Each part is an index lookup (primary keys, commands_pending, tasks_state_wake, the partial running-task
    // index) or a scan of a small table (workflows, folders, nodes). The first eleven are the list's.
    auto row = execute(db,
                       u"SELECT (SELECT MAX(id) FROM commands), (SELECT MAX(applied_at) FROM commands), "
                       "(SELECT MAX(id) FROM runs), "
                       "(SELECT MAX(state_changed_at) FROM workflows), (SELECT MAX(modified_at) FROM workflows), "
                       "(SELECT MAX(last_start_at) FROM workflows), (SELECT MAX(last_end_at) FROM workflows), "
                       "(SELECT COUNT(*) FROM workflows), (SELECT SUM(failed) FROM workflows), "
                       "(SELECT SUM(progress_done) FROM tasks WHERE state = 'running'), "
                       "(SELECT COUNT(*) FROM folders), "
                       "(SELECT COUNT(*) FROM tasks WHERE state = 'armed'), "
                       "(SELECT SUM(wake_at) FROM tasks WHERE state = 'armed'), "
                       "(SELECT MAX(id) FROM journal), (SELECT MAX(id) FROM tasks), "
                       "(SELECT MAX(heartbeat_at) FROM nodes)"_s);
    if (!row)
        return std::unexpected(row.error());
    Fingerprint result;
    if (!row->next())
        return result;
    constexpr int ListParts = 13, ExecutionParts = 2;
    QStringList list, execution;
    for (int i = 0; i < ListParts; ++i)
        list << row->value(i).toString();
    for (int i = ListParts; i < ListParts + ExecutionParts; ++i)
        execution << row->value(i).toString();
    result.list = list.join(u'/');
    result.execution = execution.join(u'/');
    result.heartbeat = row->value(ListParts + ExecutionParts).toLongLong();
    return result;
}

void ChangeWatcher::check()
{
    if (m_busy || !m_instance)
        return;
    m_busy = true;
    const quint64 generation = m_generation;
    runInBackground<Result<Fingerprint>>(
        this,
        [instance = m_instance]() -> Result<Fingerprint> {
            auto db = instance->database();
            if (!db)
                return std::unexpected(db.error());
            return fingerprint(*db);
        },
        [this, generation](const Result<Fingerprint> &result) {
            if (generation != m_generation)
                return; // another instance since
            m_busy = false;
            if (!result)
                return; // the next check tries again; the list keeps what it shows
            Q_EMIT heartbeat(result->heartbeat);
            const std::optional<Fingerprint> last = std::exchange(m_last, *result);
            if (!last)
                return; // the first check: nothing to compare with
            if (last->list != result->list)
                Q_EMIT changed();
            if (last->list != result->list || last->execution != result->execution)
                Q_EMIT executionChanged();
        },
        [](const QString &what) -> Result<Fingerprint> { return fail(what); });
}

} // namespace nightshift
