-- Schema version 2: operators, groups and named rights (SPEC §10).

CREATE TABLE operators (
    id @PK@,
    login TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    email TEXT,
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until @TS@,
    last_login_at @TS@,
    created_at @TS@ NOT NULL,
    modified_at @TS@ NOT NULL
);

CREATE TABLE operator_groups (
    id @PK@,
    name TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL
);

CREATE TABLE group_members (
    group_id @ID@ NOT NULL REFERENCES operator_groups(id) ON DELETE CASCADE,
    operator_id @ID@ NOT NULL REFERENCES operators(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, operator_id)
);

CREATE TABLE named_rights (
    name TEXT PRIMARY KEY,
    label TEXT NOT NULL
);

CREATE TABLE group_rights (
    group_id @ID@ NOT NULL REFERENCES operator_groups(id) ON DELETE CASCADE,
    right_name TEXT NOT NULL REFERENCES named_rights(name),
    PRIMARY KEY (group_id, right_name)
);

CREATE TABLE operator_rights (
    operator_id @ID@ NOT NULL REFERENCES operators(id) ON DELETE CASCADE,
    right_name TEXT NOT NULL REFERENCES named_rights(name),
    PRIMARY KEY (operator_id, right_name)
);

CREATE TABLE folder_permissions (
    folder_id @ID@ NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
    group_id @ID@ NOT NULL REFERENCES operator_groups(id) ON DELETE CASCADE,
    can_read INTEGER NOT NULL DEFAULT 1,
    can_write INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (folder_id, group_id)
);

INSERT INTO named_rights (name, label) VALUES ('administration', 'ADMINISTRATION');
INSERT INTO named_rights (name, label) VALUES ('workflow', 'WORKFLOW');
INSERT INTO named_rights (name, label) VALUES ('sqlScript', 'SQL script execution');
INSERT INTO named_rights (name, label) VALUES ('fileAccess', 'Files access');
INSERT INTO named_rights (name, label) VALUES ('export', 'Export');
INSERT INTO named_rights (name, label) VALUES ('import', 'Import');
INSERT INTO named_rights (name, label) VALUES ('privacyData', 'Privacy data');

INSERT INTO operator_groups (name, label) VALUES ('admin', 'Administrators');
INSERT INTO operator_groups (name, label) VALUES ('workflowExecution', 'Workflow execution');
INSERT INTO operator_groups (name, label) VALUES ('workflowSupervisors', 'Workflow supervisors');
INSERT INTO group_rights (group_id, right_name) SELECT id, 'administration' FROM operator_groups WHERE name = 'admin';
INSERT INTO group_rights (group_id, right_name) SELECT id, 'workflow' FROM operator_groups WHERE name = 'workflowExecution';
