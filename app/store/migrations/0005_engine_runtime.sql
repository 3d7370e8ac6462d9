-- What the engine needs at run time: task affinities and trigger counts, cancellation requests seen by the
-- node running a task, sub-workflow links, error counters, and the alerts sent to operator groups.
ALTER TABLE tasks ADD COLUMN affinity TEXT NOT NULL DEFAULT '';
ALTER TABLE tasks ADD COLUMN fire_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tasks ADD COLUMN cancel_requested INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tasks ADD COLUMN child_run_id @ID@;
ALTER TABLE tasks ADD COLUMN warned INTEGER NOT NULL DEFAULT 0;
CREATE INDEX tasks_node_state ON tasks (node, state);
CREATE INDEX tasks_state_affinity ON tasks (state, affinity, id);

ALTER TABLE runs ADD COLUMN parent_task_id @ID@;
ALTER TABLE runs ADD COLUMN error TEXT;
ALTER TABLE runs ADD COLUMN trigger_activity TEXT;
ALTER TABLE runs ADD COLUMN definition_version INTEGER NOT NULL DEFAULT 1;
CREATE INDEX runs_status ON runs (status);

ALTER TABLE workflows ADD COLUMN consecutive_errors INTEGER NOT NULL DEFAULT 0;

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
