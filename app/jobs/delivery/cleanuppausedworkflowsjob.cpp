#include "cleanuppausedworkflowsjob.h"

#include "security/principalloader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::CleanupPausedWorkflowsJob)
};

constexpr qint64 Day = 86'400'000;

struct PausedWorkflow
{
    qint64 id = 0;
    QString name;
    QString supervisors;
    QString creator;
    QString modifier;
    int notified = 0;
    qint64 pausedSince = 0;
};

// The people to notify besides the supervisor group: creator and last modifier, unless administrators.
Result<QStringList> peopleToNotify(const QSqlDatabase &db, const PausedWorkflow &w)
{
    QStringList people;
    for (const QString &login : {w.creator, w.modifier}) {
        if (login.isEmpty() || people.contains(login))
            continue;
        auto principal = PrincipalLoader(db).load(login);
        if (!principal)
            continue; // an operator deleted since, or a system login ("install"): nobody to tell
        if (!principal->isAdministrator())
            people << login;
    }
    return people;
}

Status notifyAll(JobContext &context, const PausedWorkflow &w, int notification, qint64 now)
{
    const QSqlDatabase db = context.database();
    const int days = int((now - w.pausedSince) / Day);
    const bool stopping = notification >= CleanupPausedWorkflowsJob::NotificationsBeforeStop;
    const QString subject = Text::tr("Workflow %1 has been paused for %n day(s)", nullptr, days).arg(w.name);
    const QString message = stopping
        ? Text::tr("Notification %1 of %2: the workflow is now stopped unconditionally.")
              .arg(notification)
              .arg(CleanupPausedWorkflowsJob::NotificationsBeforeStop)
        : Text::tr("Notification %1 of %2: resume or stop it; at notification %2 it is stopped unconditionally.")
              .arg(notification)
              .arg(CleanupPausedWorkflowsJob::NotificationsBeforeStop);
    auto people = peopleToNotify(db, w);
    if (!people)
        return std::unexpected(people.error());
    QStringList recipients{w.supervisors};
    for (const QString &login : *people)
        recipients << u"operator:"_s + login;
    for (const QString &recipient : recipients) {
        auto sent = execute(db,
                            u"INSERT INTO notifications (workflow_id, group_name, level, subject, message, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?)"_s,
                            {w.id, recipient, int(JournalLevel::Warning), subject, message, now});
        if (!sent)
            return std::unexpected(sent.error());
    }
    // The warning the monitoring shows: a line in the paused workflow's own journal.
    auto line = execute(db, u"INSERT INTO journal (workflow_id, at, level, message) VALUES (?, ?, ?, ?)"_s,
                        {w.id, now, int(stopping ? JournalLevel::Error : JournalLevel::Warning),
                         stopping ? Text::tr("stopped unconditionally by cleanupPausedWorkflows after %1 notifications "
                                             "while paused")
                                        .arg(notification)
                                  : subject + u". "_s + message});
    if (!line)
        return std::unexpected(line.error());
    auto counted = execute(db, u"UPDATE workflows SET pause_notifications = ?, pause_notified_at = ? WHERE id = ?"_s,
                           {notification, now, w.id});
    if (!counted)
        return std::unexpected(counted.error());
    if (stopping) {
        // Through the command queue, as an operator would: an engine node applies it.
        auto kill = execute(db,
                            u"INSERT INTO commands (workflow_id, command, requested_by, requested_at) "
                            "VALUES (?, 'kill', 'cleanupPausedWorkflows', ?)"_s,
                            {w.id, now});
        if (!kill)
            return std::unexpected(kill.error());
        auto shown = execute(db, u"UPDATE workflows SET state = 'stopRequested', state_changed_at = ? WHERE id = ?"_s,
                             {now, w.id});
        if (!shown)
            return std::unexpected(shown.error());
    }
    context.warning(stopping
                        ? Text::tr("%1: stopped unconditionally after %2 notifications").arg(w.name).arg(notification)
                        : Text::tr("%1: paused for %n day(s), notification %2 sent to %3", nullptr, days)
                              .arg(w.name)
                              .arg(notification)
                              .arg(recipients.join(u", "_s)));
    return {};
}

} // namespace

Status CleanupPausedWorkflowsJob::run(JobContext &context)
{
    const qint64 now = nowMs();
    auto query = execute(context.database(),
                         u"SELECT id, internal_name, supervisor_group, COALESCE(created_by, ''), "
                         "COALESCE(modified_by, ''), pause_notifications, COALESCE(pause_notified_at, 0), "
                         "state_changed_at FROM workflows WHERE state = 'paused' AND severity = 'normal' "
                         "AND state_changed_at < ? ORDER BY id"_s,
                         {now - PausedDays * Day});
    if (!query)
        return std::unexpected(query.error());
    QList<PausedWorkflow> paused;
    while (query->next()) {
        // Once a week: a second run within six days (a re-run, a manual start) notifies no one again.
        if (query->value(6).toLongLong() > now - 6 * Day)
            continue;
        paused.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                       query->value(3).toString(), query->value(4).toString(), query->value(5).toInt(),
                       query->value(7).toLongLong()});
    }
    query->finish();
    context.info(
        Text::tr("%n normal-severity workflow(s) paused for more than %1 days to notify", nullptr, int(paused.size()))
            .arg(PausedDays));
    qint64 done = 0;
    for (const PausedWorkflow &w : paused) {
        if (context.isCancelled())
            return fail(Text::tr("cancelled after %1 of %2 workflows").arg(done).arg(paused.size()));
        // One transaction per workflow: its notifications, counter and stop stand or fall together.
        WriteTransaction transaction(context.database(), context.dialect());
        if (auto begun = transaction.begin(); !begun)
            return begun;
        if (auto notified = notifyAll(context, w, w.notified + 1, now); !notified)
            return notified;
        if (auto committed = transaction.commit(); !committed)
            return committed;
        context.setProgress(++done, paused.size());
        context.addRowsProcessed(1);
    }
    return {};
}

} // namespace nightshift
