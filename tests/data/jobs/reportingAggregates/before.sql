-- Three deliveries, twelve broad logs over two UTC days (2026-01-10 and 2026-01-11), with a log at exactly
-- midnight and one a millisecond before it.
INSERT INTO deliveries (id, internal_name, label, channel, state, created_at, scheduled_at, sent) VALUES (1, 'DM1', 'Winter sale', 'email', 'finished', 1767916800000, 1768003200000, 6);
INSERT INTO deliveries (id, internal_name, label, channel, state, created_at, scheduled_at, sent) VALUES (2, 'DM2', 'Flash SMS', 'sms', 'finished', 1767916800000, 1768003200000, 4);
INSERT INTO deliveries (id, internal_name, label, channel, state, created_at, scheduled_at, sent) VALUES (3, 'DM3', 'Newsletter', 'email', 'inProgress', 1767916800000, 1768082400000, 2);
INSERT INTO broad_logs (id, delivery_id, address, status, failure_type, failure_reason, event_at) VALUES (1, 1, 'a@example.test', 'sent', NULL, NULL, 1768035600000);
INSERT INTO broad_logs (id, delivery_id, address, status, failure_type, failure_reason, event_at) VALUES (2, 1, 'b@example.test', 'sent', NULL, NULL, 1768035600500);
INSERT INTO broad_logs (id, delivery_id, address, status, failure_type, failure_reason, event_at) VALUES (3, 1, 'c@example.test', 'failed', 'hard', 'User unknown', 1768035601000);
INSERT INTO broad_logs (id, delivery_id, address, status, failure_type, failure_reason, event_at) VALUES (4, 1, 'd@example.test', 'failed', 'soft', 'Mailbox full', 1768089599999);
INSERT INTO broad_logs (id, delivery_id, address, status, failure_type, failure_reason, event_at) VALUES (5, 1, 'e@example.test', 'failed', 'soft', 'Mailbox full', 1768089600000);
INSERT INTO broad_logs (id, delivery_id, address, status, failure_type, failure_reason, event_at) VALUES (6, 2, '+33600000001', 'sent', NULL, NULL, 1768039200000);
INSERT INTO broad_logs (id, delivery_id, address, status, failure_type, failure_reason, event_at) VALUES (7, 2, '+33600000002', 'sent', NULL, NULL, 1768039200000);
INSERT INTO broad_logs (id, delivery_id, address, status, failure_type, failure_reason, event_at) VALUES (8, 2, '+33600000003', 'ignored', 'ignored', 'Address on quarantine', 1768039200000);
INSERT INTO broad_logs (id, delivery_id, address, status, failure_type, failure_reason, event_at) VALUES (9, 1, 'f@example.test', 'sent', NULL, NULL, 1768100000000);
INSERT INTO broad_logs (id, delivery_id, address, status, failure_type, failure_reason, event_at) VALUES (10, 3, 'a@example.test', 'pending', NULL, NULL, 1768100000000);
INSERT INTO broad_logs (id, delivery_id, address, status, failure_type, failure_reason, event_at) VALUES (11, 3, 'b@example.test', 'sent', NULL, NULL, 1768100000000);
INSERT INTO broad_logs (id, delivery_id, address, status, failure_type, failure_reason, event_at) VALUES (12, 2, '+33600000004', 'failed', 'hard', 'Invalid number', 1768100000000);
