-- Three workflows (two technical, one marketing) and six runs on 2026-01-10 (UTC): two workflows in the
-- 10:00 slot, two runs of one workflow in the 10:05 slot, a run from 23:50 to 00:20 the next day, a run
-- whose end (from a node with a late clock) is before its start, and one still running for an hour.
INSERT INTO workflows (id, internal_name, label, folder_id, package_id, definition, state, created_at, modified_at) VALUES (901, 'hmNightly', 'Nightly technical', (SELECT MIN(id) FROM folders), 'delivery', '<workflow/>', 'edited', 0, 0);
INSERT INTO workflows (id, internal_name, label, folder_id, package_id, definition, state, created_at, modified_at) VALUES (902, 'hmNewsletter', 'Newsletter campaign', (SELECT MIN(id) FROM folders), NULL, '<workflow/>', 'edited', 0, 0);
INSERT INTO workflows (id, internal_name, label, folder_id, package_id, definition, state, created_at, modified_at) VALUES (903, 'hmLong', 'Long technical', (SELECT MIN(id) FROM folders), 'defaultInstallation', '<workflow/>', 'edited', 0, 0);
INSERT INTO runs (id, workflow_id, trigger, started_at, ended_at, status) VALUES (1, 901, 'scheduler', 1768039200000, 1768039950000, 'succeeded');
INSERT INTO runs (id, workflow_id, trigger, started_at, ended_at, status) VALUES (2, 902, 'start', 1768039380000, 1768039440000, 'succeeded');
INSERT INTO runs (id, workflow_id, trigger, started_at, ended_at, status) VALUES (3, 901, 'scheduler', 1768089000000, 1768090800000, 'failed');
INSERT INTO runs (id, workflow_id, trigger, started_at, ended_at, status) VALUES (4, 902, 'start', 1768046400000, 1768046399000, 'succeeded');
INSERT INTO runs (id, workflow_id, trigger, started_at, ended_at, status) VALUES (5, 903, 'scheduler', @HOURS_AGO(1)@, NULL, 'running');
INSERT INTO runs (id, workflow_id, trigger, started_at, ended_at, status) VALUES (6, 901, 'signal', 1768039560000, 1768039620000, 'succeeded');
