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
    m_last.clear();
    m_busy = false;
    if (m_instance)
        m_timer.start();
    else
        m_timer.stop();
}

Result<QString> ChangeWatcher::fingerprint(const QSqlDatabase &db, qint64 *lastHeartbeat)
{
    // Each part is an index lookup (primary keys, commands_pending, the partial running-task index) or a scan
    // of a small table (workflows, nodes).
    auto row = execute(db,
                       u"SELECT (SELECT MAX(id) FROM commands), (SELECT MAX(applied_at) FROM commands), "
                       "(SELECT MAX(id) FROM journal), (SELECT MAX(id) FROM runs), "
                       "(SELECT MAX(state_changed_at) FROM workflows), (SELECT MAX(modified_at) FROM workflows), "
                       "(SELECT COUNT(*) FROM workflows), (SELECT SUM(failed) FROM workflows), "
                       "(SELECT SUM(progress_done) FROM tasks WHERE state = 'running'), "
                       "(SELECT MAX(heartbeat_at) FROM nodes)"_s);
    if (!row)
        return std::unexpected(row.error());
    if (!row->next())
        return QString();
    QStringList parts;
    for (int i = 0; i < 9; ++i)
        parts << row->value(i).toString();
    if (lastHeartbeat)
        *lastHeartbeat = row->value(9).toLongLong();
    return parts.join(u'/');
}

void ChangeWatcher::check()
{
    if (m_busy || !m_instance)
        return;
    m_busy = true;
    struct Check
    {
        Result<QString> fingerprint;
        qint64 heartbeat = 0;
    };
    const quint64 generation = m_generation;
    runInBackground<Check>(
        this,
        [instance = m_instance]() -> Check {
            Check result{.fingerprint = QString(), .heartbeat = 0};
            auto db = instance->database();
            if (!db)
                return {.fingerprint = std::unexpected(db.error()), .heartbeat = 0};
            result.fingerprint = fingerprint(*db, &result.heartbeat);
            return result;
        },
        [this, generation](const Check &result) {
            if (generation != m_generation)
                return; // another instance since
            m_busy = false;
            if (!result.fingerprint)
                return; // the next check tries again; the list keeps what it shows
            Q_EMIT heartbeat(result.heartbeat);
            const bool first = m_last.isEmpty();
            if (*result.fingerprint != m_last) {
                m_last = *result.fingerprint;
                if (!first)
                    Q_EMIT changed();
            }
        },
        [](const QString &what) { return Check{.fingerprint = fail(what), .heartbeat = 0}; });
}

} // namespace nightshift
