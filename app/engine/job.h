#pragma once

#include "core/error.h"
#include "core/executionstatus.h"
#include "store/sqlsupport.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>

#include <atomic>
#include <functional>
#include <memory>

namespace nightshift {

// What a running job sees: its parameters and token variables, its thread's database connection, a
// cancellation flag to check between batches, and ways to report progress and journal lines. It lives on
// the pool thread that runs the job; only the atomics are read by other threads.
class JobContext
{
public:
    struct Reporting
    {
        std::atomic<bool> cancelled{false};
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<qint64> rows{0};
        // Called on the job's thread at each progress or rows report: lets a test interrupt a job at an
        // exact point of its work. Unset in the engine.
        std::function<void()> onReport;
    };
    using JournalSink = std::function<void(JournalLevel, const QString &)>;

    JobContext(QSqlDatabase db, Dialect dialect, QMap<QString, QString> parameters, QVariantMap variables,
               Reporting &reporting, JournalSink journal, bool simulated);

    QSqlDatabase database() const { return m_db; }
    Dialect dialect() const { return m_dialect; }
    QString parameter(const QString &name, const QString &fallback = {}) const;
    const QMap<QString, QString> &parameters() const { return m_parameters; }
    QVariantMap &variables() { return m_variables; } // passed on to the next activity
    bool simulated() const { return m_simulated; } // report what would be done, change nothing

    bool isCancelled() const { return m_reporting.cancelled.load(std::memory_order_relaxed); }
    const std::atomic<bool> &cancellation() const { return m_reporting.cancelled; }
    void setProgress(qint64 done, qint64 total);
    void addRowsProcessed(qint64 rows);
    void journal(JournalLevel level, const QString &message) { m_journal(level, message); }
    void info(const QString &message) { journal(JournalLevel::Info, message); }
    void warning(const QString &message) { journal(JournalLevel::Warning, message); }

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
    QMap<QString, QString> m_parameters;
    QVariantMap m_variables;
    Reporting &m_reporting;
    JournalSink m_journal;
    bool m_simulated;
};

// A native technical job (SPEC §3), called by name from a <job> activity.
class Job
{
public:
    virtual ~Job() = default;
    // Whether running the job again after an interruption is harmless. A job that is not is never run
    // twice by recovery: its interrupted task fails and an operator decides.
    virtual bool safeToRerun() const = 0;
    // Does the work; an error fails the task. Returns early (with an error) when cancelled.
    virtual Status run(JobContext &context) = 0;
};

// The jobs an engine can call, by name.
class JobRegistry
{
public:
    using Factory = std::function<std::unique_ptr<Job>()>;

    void add(const QString &name, Factory factory) { m_factories.insert(name, std::move(factory)); }
    bool contains(const QString &name) const { return m_factories.contains(name); }
    std::unique_ptr<Job> create(const QString &name) const;
    QStringList names() const;

private:
    QHash<QString, Factory> m_factories;
};

} // namespace nightshift
