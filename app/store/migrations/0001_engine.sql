-- Schema version 1: the explorer tree, packages, workflows and everything the engine records.
-- Timestamps are milliseconds since the epoch, UTC. Tokens (@PK@ …) are explained in migrator.h.

CREATE TABLE folders (
    id @PK@,
    parent_id @ID@ REFERENCES folders(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    label TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'workflows',
    position INTEGER NOT NULL DEFAULT 0,
    created_at @TS@ NOT NULL
);
CREATE UNIQUE INDEX folders_parent_name ON folders (COALESCE(parent_id, 0), name);

CREATE TABLE packages (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    folder_id @ID@ REFERENCES folders(id),
    installed INTEGER NOT NULL DEFAULT 0,
    installed_at @TS@,
    installed_by TEXT
);

CREATE TABLE workflows (
    id @PK@,
    internal_name TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    folder_id @ID@ NOT NULL REFERENCES folders(id),
    package_id TEXT REFERENCES packages(id),
    template_name TEXT,
    account TEXT,
    definition TEXT NOT NULL,
    definition_version INTEGER NOT NULL DEFAULT 1,
    state TEXT NOT NULL DEFAULT 'edited',
    failed INTEGER NOT NULL DEFAULT 0,
    severity TEXT NOT NULL DEFAULT 'normal',
    history_days INTEGER NOT NULL DEFAULT 30,
    affinity TEXT NOT NULL DEFAULT '',
    supervisor_group TEXT,
    created_at @TS@ NOT NULL,
    created_by TEXT,
    modified_at @TS@ NOT NULL,
    modified_by TEXT,
    state_changed_at @TS@,
    last_start_at @TS@,
    last_end_at @TS@,
    last_status TEXT,
    next_run_at @TS@,
    pause_notifications INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX workflows_folder ON workflows (folder_id);
CREATE INDEX workflows_state ON workflows (state);

CREATE TABLE workflow_versions (
    workflow_id @ID@ NOT NULL REFERENCES workflows(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    definition TEXT NOT NULL,
    saved_at @TS@ NOT NULL,
    saved_by TEXT,
    PRIMARY KEY (workflow_id, version)
);

CREATE TABLE workflow_variables (
    workflow_id @ID@ NOT NULL REFERENCES workflows(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    value TEXT,
    PRIMARY KEY (workflow_id, name)
);

CREATE TABLE runs (
    id @PK@,
    workflow_id @ID@ NOT NULL REFERENCES workflows(id) ON DELETE CASCADE,
    trigger TEXT NOT NULL,
    operator TEXT,
    parameters TEXT,
    simulated INTEGER NOT NULL DEFAULT 0,
    node TEXT,
    started_at @TS@ NOT NULL,
    ended_at @TS@,
    status TEXT NOT NULL DEFAULT 'running',
    rows_processed @BIGINT@ NOT NULL DEFAULT 0
);
CREATE INDEX runs_workflow_started ON runs (workflow_id, started_at);
CREATE INDEX runs_started ON runs (started_at);

CREATE TABLE tasks (
    id @PK@,
    workflow_id @ID@ NOT NULL REFERENCES workflows(id) ON DELETE CASCADE,
    run_id @ID@ REFERENCES runs(id) ON DELETE CASCADE,
    activity TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at @TS@ NOT NULL,
    started_at @TS@,
    ended_at @TS@,
    wake_at @TS@,
    node TEXT,
    lease_until @TS@,
    attempt INTEGER NOT NULL DEFAULT 1,
    rows_processed @BIGINT@ NOT NULL DEFAULT 0,
    progress_done @BIGINT@ NOT NULL DEFAULT 0,
    progress_total @BIGINT@ NOT NULL DEFAULT 0,
    error TEXT,
    variables TEXT
);
CREATE INDEX tasks_workflow_state ON tasks (workflow_id, state);
CREATE INDEX tasks_state_wake ON tasks (state, wake_at);
CREATE INDEX tasks_run ON tasks (run_id);

CREATE TABLE events (
    id @PK@,
    workflow_id @ID@ NOT NULL REFERENCES workflows(id) ON DELETE CASCADE,
    run_id @ID@ REFERENCES runs(id) ON DELETE CASCADE,
    source_task_id @ID@,
    from_activity TEXT,
    transition TEXT,
    to_activity TEXT NOT NULL,
    created_at @TS@ NOT NULL,
    consumed_at @TS@,
    consumed_by_task @ID@,
    variables TEXT
);
CREATE INDEX events_pending ON events (workflow_id, consumed_at);
CREATE INDEX events_run ON events (run_id);

CREATE TABLE commands (
    id @PK@,
    workflow_id @ID@ NOT NULL REFERENCES workflows(id) ON DELETE CASCADE,
    command TEXT NOT NULL,
    parameters TEXT,
    requested_by TEXT,
    requested_at @TS@ NOT NULL,
    claimed_by TEXT,
    claimed_at @TS@,
    applied_at @TS@,
    result TEXT,
    error TEXT
);
CREATE INDEX commands_pending ON commands (applied_at, id);
CREATE INDEX commands_workflow ON commands (workflow_id);

CREATE TABLE journal (
    id @PK@,
    workflow_id @ID@ NOT NULL REFERENCES workflows(id) ON DELETE CASCADE,
    run_id @ID@ REFERENCES runs(id) ON DELETE CASCADE,
    task_id @ID@,
    at @TS@ NOT NULL,
    level INTEGER NOT NULL,
    activity TEXT,
    message TEXT NOT NULL
);
CREATE INDEX journal_workflow ON journal (workflow_id, id);
CREATE INDEX journal_run ON journal (run_id);

CREATE TABLE nodes (
    name TEXT PRIMARY KEY,
    affinities TEXT NOT NULL DEFAULT '',
    host TEXT,
    pid INTEGER,
    started_at @TS@ NOT NULL,
    heartbeat_at @TS@ NOT NULL,
    state TEXT NOT NULL DEFAULT 'running'
);

CREATE TABLE options (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    type TEXT NOT NULL,
    label TEXT NOT NULL,
    modified_at @TS@,
    modified_by TEXT
);
-- Purge settings of the deployment wizard (SPEC §6), in days.
INSERT INTO options (name, value, type, label) VALUES ('purge.trackingStats', '365', 'days', 'Consolidated tracking');
INSERT INTO options (name, value, type, label) VALUES ('purge.deliveryLogs', '180', 'days', 'Delivery logs');
INSERT INTO options (name, value, type, label) VALUES ('purge.trackingLogs', '365', 'days', 'Tracking logs');
INSERT INTO options (name, value, type, label) VALUES ('purge.deletedDeliveries', '7', 'days', 'Deleted deliveries');
INSERT INTO options (name, value, type, label) VALUES ('purge.importRejects', '180', 'days', 'Import rejects');
INSERT INTO options (name, value, type, label) VALUES ('purge.visitors', '30', 'days', 'Visitor profiles');
INSERT INTO options (name, value, type, label) VALUES ('purge.propositions', '365', 'days', 'Offer propositions');
INSERT INTO options (name, value, type, label) VALUES ('purge.events', '30', 'days', 'Events');
INSERT INTO options (name, value, type, label) VALUES ('purge.archivedEvents', '365', 'days', 'Archived events');
INSERT INTO options (name, value, type, label) VALUES ('purge.eventStats', '365', 'days', 'Event statistics');
INSERT INTO options (name, value, type, label) VALUES ('purge.auditTrail', '180', 'days', 'Audit trail');
INSERT INTO options (name, value, type, label) VALUES ('purge.privacyFiles', '90', 'days', 'Privacy request files');
INSERT INTO options (name, value, type, label) VALUES ('purge.vacuum', 'analyze', 'choice', 'Database statistics after a purge (none, analyze, vacuum)');

CREATE TABLE external_accounts (
    id @PK@,
    name TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    label TEXT NOT NULL,
    server TEXT,
    login TEXT,
    settings TEXT,
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at @TS@ NOT NULL
);

CREATE TABLE audit (
    id @PK@,
    at @TS@ NOT NULL,
    operator TEXT,
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object TEXT,
    before_value TEXT,
    after_value TEXT,
    node TEXT
);
CREATE INDEX audit_at ON audit (at);
CREATE INDEX audit_object ON audit (object_type, object);
