-- The billing operator, an SMTP account (its server is set by the test to the local SMTP sink) and a disabled
-- one, and deliveries with broad logs around the period. Times are fixed (asOf=2026-10-25 in parameters.txt):
-- the last report sent ended on 2026-09-10, so this one covers 2026-09-10 to 2026-10-25.
UPDATE options SET value = '1000' WHERE name = 'billing.mainDeliveryThreshold';
INSERT INTO operators (login, name, email, password_hash, created_at, modified_at) VALUES ('billing', 'Billing', 'billing@example.test', 'not-a-login', 0, 0);
INSERT INTO external_accounts (name, type, label, server, settings, enabled, created_at) VALUES ('aaa', 'smtp', 'Old relay', 'smtp://192.0.2.1:25', NULL, 0, 0);
INSERT INTO external_accounts (name, type, label, server, settings, enabled, created_at) VALUES ('mail', 'smtp', 'Mail relay', 'smtp://127.0.0.1:1', '{"from": "nightshift@example.test", "security": "opportunistic"}', 1, 0);
INSERT INTO billing_reports (period_start, period_end, state, recipient, account, pdf_bytes, database_bytes, marketing_actions, active_profiles, main_deliveries, created_at, sent_at) VALUES (1785542400000, 1788998400000, 'sent', 'billing@example.test', 'mail', 1000, 1000, 0, 0, 0, 1788998400000, 1788998400000);
-- 2026-09-20 and 2026-10-10: in the period.
INSERT INTO deliveries (id, internal_name, label, channel, state, is_main, created_at, sent) VALUES (1, 'newsletterSep', 'September newsletter', 'email', 'finished', 1, 1789862400000, 1500);
INSERT INTO deliveries (id, internal_name, label, channel, state, is_main, created_at, sent) VALUES (2, 'promoSms', 'SMS promotion', 'sms', 'finished', 1, 1791590400000, 200);
INSERT INTO deliveries (id, internal_name, label, channel, state, is_main, created_at, sent) VALUES (3, 'welcome', 'Welcome', 'email', 'finished', 0, 1788566400000, 5000);
INSERT INTO deliveries (id, internal_name, label, channel, state, is_main, created_at, sent) VALUES (4, 'augustSale', 'August sale', 'email', 'finished', 1, 1786752000000, 9000);
INSERT INTO deliveries (id, internal_name, label, channel, state, is_main, created_at, sent) VALUES (5, 'octoberPending', 'October (pending)', 'email', 'targeting', 1, 1791590400000, 2000);
INSERT INTO deliveries (id, internal_name, label, channel, state, is_main, created_at, sent) VALUES (6, 'lastYear', 'Last year', 'email', 'finished', 1, 1760918400000, 3000);
INSERT INTO broad_logs (delivery_id, recipient_id, address, status, event_at) VALUES (1, 1, 'a@example.test', 'sent', 1789862400000);
INSERT INTO broad_logs (delivery_id, recipient_id, address, status, event_at) VALUES (1, 2, 'b@example.test', 'sent', 1789862400000);
INSERT INTO broad_logs (delivery_id, recipient_id, address, status, failure_type, failure_reason, event_at) VALUES (1, 3, 'c@example.test', 'failed', 'hard', 'unknown user', 1789862400000);
INSERT INTO broad_logs (delivery_id, recipient_id, address, status, failure_type, failure_reason, event_at) VALUES (1, 4, 'd@example.test', 'ignored', 'ignored', 'quarantine', 1789862400000);
INSERT INTO broad_logs (delivery_id, recipient_id, address, status, event_at) VALUES (2, 1, '+33600000001', 'sent', 1791590400000);
INSERT INTO broad_logs (delivery_id, recipient_id, address, status, event_at) VALUES (2, 5, '+33600000005', 'sent', 1792886399000);
-- Before the period (already reported), but within the 12 months: active profiles only.
INSERT INTO broad_logs (delivery_id, recipient_id, address, status, event_at) VALUES (3, 6, 'f@example.test', 'sent', 1788566400000);
INSERT INTO broad_logs (delivery_id, recipient_id, address, status, event_at) VALUES (4, 7, 'g@example.test', 'sent', 1786752000000);
-- Targeted in the period but not sent yet: an active profile, not a marketing action.
INSERT INTO broad_logs (delivery_id, recipient_id, address, status, event_at) VALUES (5, 8, 'h@example.test', 'pending', 1791590400000);
-- More than 12 months before the end, and on the end day itself (after the period): neither.
INSERT INTO broad_logs (delivery_id, recipient_id, address, status, event_at) VALUES (6, 9, 'i@example.test', 'sent', 1760918400000);
INSERT INTO broad_logs (delivery_id, recipient_id, address, status, event_at) VALUES (2, 10, '+33600000010', 'sent', 1792886400000);
