-- Rows just outside each retention (one hour past it: purged) and just inside (one hour short: kept).
-- Deliveries: 1 deleted 7 days ago and 1 hour (purged with its logs, tracking, URLs and provisional logs),
-- 2 deleted not quite 7 days ago (kept), 3 in progress past its validity (pending logs cancelled, finished),
-- 4 in progress within its validity (untouched), 5 finished, holding the logs of the retention checks.
INSERT INTO deliveries (id, internal_name, label, state, deleted, deleted_at, created_at, validity_end_at) VALUES (1, 'DM1', 'Deleted long ago', 'finished', 1, @HOURS_AGO(169)@, @DAYS_AGO(60)@, NULL);
INSERT INTO deliveries (id, internal_name, label, state, deleted, deleted_at, created_at, validity_end_at) VALUES (2, 'DM2', 'Deleted recently', 'finished', 1, @HOURS_AGO(167)@, @DAYS_AGO(60)@, NULL);
INSERT INTO deliveries (id, internal_name, label, state, deleted, deleted_at, created_at, validity_end_at) VALUES (3, 'DM3', 'Expired', 'inProgress', 0, NULL, @DAYS_AGO(10)@, @HOURS_AGO(1)@);
INSERT INTO deliveries (id, internal_name, label, state, deleted, deleted_at, created_at, validity_end_at) VALUES (4, 'DM4', 'Still valid', 'inProgress', 0, NULL, @DAYS_AGO(10)@, @DAYS_AHEAD(2)@);
INSERT INTO deliveries (id, internal_name, label, state, deleted, deleted_at, created_at, validity_end_at) VALUES (5, 'DM5', 'Finished', 'finished', 0, NULL, @DAYS_AGO(400)@, NULL);
INSERT INTO broad_logs (id, delivery_id, address, status, event_at) VALUES (1, 1, 'x1@example.test', 'sent', @DAYS_AGO(60)@);
INSERT INTO broad_logs (id, delivery_id, address, status, event_at) VALUES (2, 1, 'x2@example.test', 'sent', @DAYS_AGO(60)@);
INSERT INTO broad_logs (id, delivery_id, address, status, event_at) VALUES (3, 2, 'x3@example.test', 'sent', @DAYS_AGO(60)@);
INSERT INTO broad_logs (id, delivery_id, address, status, event_at) VALUES (4, 3, 'x4@example.test', 'pending', @DAYS_AGO(9)@);
INSERT INTO broad_logs (id, delivery_id, address, status, event_at) VALUES (5, 3, 'x5@example.test', 'pending', @DAYS_AGO(9)@);
INSERT INTO broad_logs (id, delivery_id, address, status, event_at) VALUES (6, 3, 'x6@example.test', 'sent', @DAYS_AGO(9)@);
INSERT INTO broad_logs (id, delivery_id, address, status, event_at) VALUES (7, 4, 'x7@example.test', 'pending', @DAYS_AGO(9)@);
-- Delivery logs: 180 days.
INSERT INTO broad_logs (id, delivery_id, address, status, event_at) VALUES (8, 5, 'x8@example.test', 'sent', @HOURS_AGO(4321)@);
INSERT INTO broad_logs (id, delivery_id, address, status, event_at) VALUES (9, 5, 'x9@example.test', 'failed', @HOURS_AGO(4319)@);
-- Successes of quarantined addresses: after the last error of a6 (releases it), before that of a7.
INSERT INTO broad_logs (id, delivery_id, address, status, event_at) VALUES (10, 5, 'a6@example.test', 'sent', @DAYS_AGO(1)@);
INSERT INTO broad_logs (id, delivery_id, address, status, event_at) VALUES (11, 5, 'a7@example.test', 'sent', @DAYS_AGO(3)@);
INSERT INTO tracking_urls (id, delivery_id, tag, url) VALUES (1, 1, 't1', 'https://example.test/1');
INSERT INTO tracking_urls (id, delivery_id, tag, url) VALUES (2, 5, 't2', 'https://example.test/2');
INSERT INTO tracking_logs (id, delivery_id, url_id, type, event_at) VALUES (1, 1, 1, 'click', @DAYS_AGO(60)@);
INSERT INTO tracking_logs (id, delivery_id, url_id, type, event_at) VALUES (2, 1, NULL, 'open', @DAYS_AGO(60)@);
-- Tracking logs and consolidated tracking: 365 days each.
INSERT INTO tracking_logs (id, delivery_id, url_id, type, event_at) VALUES (3, 5, 2, 'click', @HOURS_AGO(8761)@);
INSERT INTO tracking_logs (id, delivery_id, url_id, type, event_at) VALUES (4, 5, 2, 'click', @HOURS_AGO(8759)@);
INSERT INTO tracking_stats (id, delivery_id, url_id, day, clicks) VALUES (1, 1, 1, @DAYS_AGO(60)@, 1);
INSERT INTO tracking_stats (id, delivery_id, url_id, day, clicks) VALUES (2, 5, 2, @HOURS_AGO(8761)@, 1);
INSERT INTO tracking_stats (id, delivery_id, url_id, day, clicks) VALUES (3, 5, NULL, @HOURS_AGO(8759)@, 1);
INSERT INTO provisional_logs (id, delivery_id, day, volume) VALUES (1, 1, @DAYS_AGO(61)@, 10);
INSERT INTO provisional_logs (id, delivery_id, day, volume) VALUES (2, 2, @DAYS_AGO(61)@, 10);
-- Quarantines: soft bounces released after 10 days, "mailbox full" after 30, any address after a success
-- since its last error; hard bounces and the deny list otherwise stay.
INSERT INTO quarantines (address, status, reason, error_type, error_count, last_error_at, created_at, updated_at) VALUES ('a1@example.test', 'quarantine', 'Unreachable', 'soft', 2, @HOURS_AGO(241)@, @DAYS_AGO(50)@, @DAYS_AGO(10)@);
INSERT INTO quarantines (address, status, reason, error_type, error_count, last_error_at, created_at, updated_at) VALUES ('a2@example.test', 'quarantine', 'Unreachable', 'soft', 2, @HOURS_AGO(239)@, @DAYS_AGO(50)@, @DAYS_AGO(10)@);
INSERT INTO quarantines (address, status, reason, error_type, error_count, last_error_at, created_at, updated_at) VALUES ('a3@example.test', 'quarantine', 'Mailbox full', 'soft', 3, @HOURS_AGO(721)@, @DAYS_AGO(50)@, @DAYS_AGO(30)@);
INSERT INTO quarantines (address, status, reason, error_type, error_count, last_error_at, created_at, updated_at) VALUES ('a4@example.test', 'quarantine', 'Mailbox full', 'soft', 3, @HOURS_AGO(719)@, @DAYS_AGO(50)@, @DAYS_AGO(30)@);
INSERT INTO quarantines (address, status, reason, error_type, error_count, last_error_at, created_at, updated_at) VALUES ('a5@example.test', 'quarantine', 'User unknown', 'hard', 1, @DAYS_AGO(100)@, @DAYS_AGO(100)@, @DAYS_AGO(100)@);
INSERT INTO quarantines (address, status, reason, error_type, error_count, last_error_at, created_at, updated_at) VALUES ('a6@example.test', 'quarantine', 'User unknown', 'hard', 1, @DAYS_AGO(5)@, @DAYS_AGO(5)@, @DAYS_AGO(5)@);
INSERT INTO quarantines (address, status, reason, error_type, error_count, last_error_at, created_at, updated_at) VALUES ('a7@example.test', 'quarantine', 'User unknown', 'hard', 1, @DAYS_AGO(2)@, @DAYS_AGO(2)@, @DAYS_AGO(2)@);
INSERT INTO quarantines (address, status, reason, error_type, error_count, last_error_at, created_at, updated_at) VALUES ('a8@example.test', 'denylisted', 'Unsubscribed', 'ignored', 1, @DAYS_AGO(400)@, @DAYS_AGO(400)@, @DAYS_AGO(400)@);
-- Import rejects: 180 days. Visitors: 30. Email error statistics: as the delivery logs, 180.
INSERT INTO import_rejects (id, source, reason, created_at) VALUES (1, 'old.csv', 'invalid email address', @HOURS_AGO(4321)@);
INSERT INTO import_rejects (id, source, reason, created_at) VALUES (2, 'recent.csv', 'invalid email address', @HOURS_AGO(4319)@);
INSERT INTO visitors (id, cookie, first_seen_at, last_seen_at) VALUES (1, 'gone', @DAYS_AGO(90)@, @HOURS_AGO(721)@);
INSERT INTO visitors (id, cookie, first_seen_at, last_seen_at) VALUES (2, 'kept', @DAYS_AGO(90)@, @HOURS_AGO(719)@);
INSERT INTO email_error_stats (id, domain, day, errors) VALUES (1, 'old.test', @HOURS_AGO(4321)@, 3);
INSERT INTO email_error_stats (id, domain, day, errors) VALUES (2, 'recent.test', @HOURS_AGO(4319)@, 3);
-- Offer propositions: 365 days.
INSERT INTO offers (id, name, label) VALUES (1, 'offer1', 'Offer 1');
INSERT INTO propositions (id, offer_id, channel, status, created_at) VALUES (1, 1, 'email', 'presented', @HOURS_AGO(8761)@);
INSERT INTO propositions (id, offer_id, channel, status, created_at) VALUES (2, 1, 'email', 'presented', @HOURS_AGO(8759)@);
-- Audit trail: 180 days (the trigger of the audit table allows no less).
INSERT INTO audit (at, operator, action, object_type, object) VALUES (@HOURS_AGO(4321)@, 'admin', 'test.old', 'test', 'a');
INSERT INTO audit (at, operator, action, object_type, object) VALUES (@HOURS_AGO(4319)@, 'admin', 'test.recent', 'test', 'b');
-- Events 30 days, archived events 365, event statistics 365.
INSERT INTO mc_events (id, type, channel, status, created_at) VALUES (1, 'ORDER', 'email', 'sent', @HOURS_AGO(721)@);
INSERT INTO mc_events (id, type, channel, status, created_at) VALUES (2, 'ORDER', 'email', 'pending', @HOURS_AGO(719)@);
INSERT INTO mc_archived_events (id, type, channel, status, created_at, archived_at) VALUES (1, 'ORDER', 'email', 'sent', @HOURS_AGO(8761)@, @DAYS_AGO(300)@);
INSERT INTO mc_archived_events (id, type, channel, status, created_at, archived_at) VALUES (2, 'ORDER', 'email', 'sent', @HOURS_AGO(8759)@, @DAYS_AGO(300)@);
INSERT INTO mc_event_stats (id, day, type, channel, status, count) VALUES (1, @HOURS_AGO(8761)@, 'ORDER', 'email', 'sent', 5);
INSERT INTO mc_event_stats (id, day, type, channel, status, count) VALUES (2, @HOURS_AGO(8759)@, 'ORDER', 'email', 'sent', 5);
-- Privacy request files: 90 days (relative paths and no privacyFolder: only the reference is cleared).
INSERT INTO privacy_requests (id, reference, type, state, data_file, data_file_at, created_at) VALUES (1, 'PR-1', 'access', 'done', 'privacy/PR-1.zip', @HOURS_AGO(2161)@, @DAYS_AGO(95)@);
INSERT INTO privacy_requests (id, reference, type, state, data_file, data_file_at, created_at) VALUES (2, 'PR-2', 'access', 'done', 'privacy/PR-2.zip', @HOURS_AGO(2159)@, @DAYS_AGO(95)@);
-- Sessions: expired ones go.
INSERT INTO web_sessions (id, operator_login, created_at, expires_at) VALUES (1, 'expired', @DAYS_AGO(1)@, @HOURS_AGO(1)@);
INSERT INTO web_sessions (id, operator_login, created_at, expires_at) VALUES (2, 'live', @HOURS_AGO(1)@, @DAYS_AHEAD(1)@);
-- Workflow history: aliasCleansing keeps 30 days, tracking keeps everything (0). Runs still running stay.
UPDATE workflows SET history_days = 30 WHERE internal_name = 'aliasCleansing';
UPDATE workflows SET history_days = 0 WHERE internal_name = 'tracking';
INSERT INTO runs (id, workflow_id, trigger, started_at, ended_at, status) VALUES (9001, (SELECT id FROM workflows WHERE internal_name = 'aliasCleansing'), 'schedule', @HOURS_AGO(722)@, @HOURS_AGO(721)@, 'succeeded');
INSERT INTO runs (id, workflow_id, trigger, started_at, ended_at, status) VALUES (9002, (SELECT id FROM workflows WHERE internal_name = 'aliasCleansing'), 'schedule', @HOURS_AGO(720)@, @HOURS_AGO(719)@, 'failed');
INSERT INTO runs (id, workflow_id, trigger, started_at, ended_at, status) VALUES (9003, (SELECT id FROM workflows WHERE internal_name = 'aliasCleansing'), 'schedule', @DAYS_AGO(40)@, NULL, 'running');
INSERT INTO runs (id, workflow_id, trigger, started_at, ended_at, status) VALUES (9004, (SELECT id FROM workflows WHERE internal_name = 'tracking'), 'schedule', @DAYS_AGO(401)@, @DAYS_AGO(400)@, 'succeeded');
INSERT INTO journal (workflow_id, run_id, at, level, message) VALUES ((SELECT id FROM workflows WHERE internal_name = 'aliasCleansing'), 9001, @HOURS_AGO(721)@, 1, 'test: line of run 9001');
INSERT INTO journal (workflow_id, run_id, at, level, message) VALUES ((SELECT id FROM workflows WHERE internal_name = 'aliasCleansing'), 9002, @HOURS_AGO(719)@, 1, 'test: line of run 9002');
INSERT INTO journal (workflow_id, run_id, at, level, message) VALUES ((SELECT id FROM workflows WHERE internal_name = 'aliasCleansing'), NULL, @HOURS_AGO(721)@, 1, 'test: old line outside runs');
INSERT INTO journal (workflow_id, run_id, at, level, message) VALUES ((SELECT id FROM workflows WHERE internal_name = 'aliasCleansing'), NULL, @HOURS_AGO(719)@, 1, 'test: recent line outside runs');
INSERT INTO journal (workflow_id, run_id, at, level, message) VALUES ((SELECT id FROM workflows WHERE internal_name = 'tracking'), 9004, @DAYS_AGO(400)@, 1, 'test: line of run 9004');
