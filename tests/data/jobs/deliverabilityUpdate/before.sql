-- The deliverability account (its server is set by the test to the local service, which serves service/*.json)
-- and the lists of an earlier update, which the new ones replace.
INSERT INTO external_accounts (name, type, label, server, enabled, created_at) VALUES ('deliverability', 'deliverability', 'Deliverability service', 'http://127.0.0.1:1/v1', 1, 0);
INSERT INTO deliverability_rules (sort_order, pattern, type, reason) VALUES (1, 'old rule', 'soft', 'old');
INSERT INTO deliverability_domains (domain, dkim, list_unsubscribe) VALUES ('old.example', 0, 0);
INSERT INTO deliverability_mx (sort_order, mask, max_connections, max_messages_per_connection, max_per_hour) VALUES (1, '*.old.example', 1, 1, 1);
INSERT INTO deliverability_sources (list, url, etag, checksum, entries, updated_at) VALUES ('rules', 'http://old.example/rules', '"old"', 'old', 1, 0);
