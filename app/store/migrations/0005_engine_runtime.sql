-- What the engine needs at run time: task affinities and trigger counts, cancellation requests seen by the
-- node running a task, sub-workflow links, error counters, and the alerts sent to operator groups.
ALTER TABLE tasks ADD COLUMN affinity TEXT NOT NULL DEFAULT '';
ALTER TABLE tasks ADD COLUMN fire_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tasks ADD COLUMN cancel_requested INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tasks ADD COLUMN child_run_id @ID@;
ALTER TABLE tasks ADD COLUMN warned INTEGER NOT NULL DEFAULT 0;
CREATE INDEX tasks_running ON tasks (node, lease_until) WHERE state = 'running';
CREATE INDEX tasks_ready ON tasks (affinity, id) WHERE state = 'ready';

ALTER TABLE runs ADD COLUMN parent_task_id @ID@;
ALTER TABLE runs ADD COLUMN error TEXT;
ALTER TABLE runs ADD COLUMN trigger_activity TEXT;
ALTER TABLE runs ADD COLUMN definition_version INTEGER NOT NULL DEFAULT 1;
CREATE INDEX runs_status ON runs (status);

ALTER TABLE workflows ADD COLUMN consecutive_errors INTEGER NOT NULL DEFAULT 0;
-- cleanupPausedWorkflows: when it last notified about this paused workflow (pause_notifications counts them).
ALTER TABLE workflows ADD COLUMN pause_notified_at @TS@;

CREATE TABLE notifications (
    id @PK@,
    workflow_id @ID@ REFERENCES workflows(id) ON DELETE CASCADE,
    run_id @ID@,
    task_id @ID@,
    group_name TEXT NOT NULL,
    level INTEGER NOT NULL,
    subject TEXT NOT NULL,
    message TEXT NOT NULL,
    created_at @TS@ NOT NULL,
    acknowledged_at @TS@,
    acknowledged_by TEXT
);
CREATE INDEX notifications_group ON notifications (group_name, acknowledged_at);

-- Most tasks and events are history: index only the live ones, so recording a finished activity touches
-- few indexes and the engine's lookups stay small however long the history grows.
DROP INDEX tasks_state_wake;
CREATE INDEX tasks_timers ON tasks (wake_at) WHERE state IN ('waiting', 'armed');
DROP INDEX tasks_workflow_state;
CREATE INDEX tasks_live ON tasks (workflow_id, state) WHERE state IN ('ready', 'running', 'waiting', 'armed', 'suspended');
DROP INDEX events_pending;
CREATE INDEX events_waiting ON events (run_id, to_activity) WHERE consumed_at IS NULL;
