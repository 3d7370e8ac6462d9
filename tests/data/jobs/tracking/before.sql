-- Three deliveries with tracking URLs and broad logs; the log files are in logs/ (copied to a temporary
-- folder by the test, passed as the parameter folder).
INSERT INTO deliveries (id, internal_name, label, state, created_at, sent, delivered, errors, opens, clicks, opt_outs, indicators_at) VALUES (1, 'DM1', 'Welcome', 'finished', @DAYS_AGO(30)@, 0, 0, 0, 0, 0, 0, 1000);
INSERT INTO deliveries (id, internal_name, label, state, created_at, sent, delivered, errors, opens, clicks, opt_outs, indicators_at) VALUES (2, 'DM2', 'Newsletter', 'finished', @DAYS_AGO(30)@, 2, 2, 0, 5, 0, 0, 2000);
-- Stale indicators but no new tracking: the tracking job leaves it to deliveryIndicators.
INSERT INTO deliveries (id, internal_name, label, state, created_at, sent, delivered, errors, opens, clicks, opt_outs, indicators_at) VALUES (3, 'DM3', 'Untouched', 'finished', @DAYS_AGO(30)@, 99, 99, 99, 99, 99, 99, 1000);
INSERT INTO tracking_urls (id, delivery_id, tag, url, type) VALUES (1, 1, 'offer', 'https://shop.example/offer', 'click');
INSERT INTO tracking_urls (id, delivery_id, tag, url, type) VALUES (2, 1, 'shop', 'https://shop.example/', 'click');
INSERT INTO tracking_urls (id, delivery_id, tag, url, type) VALUES (3, 1, 'optout', 'https://shop.example/optout', 'optout');
INSERT INTO tracking_urls (id, delivery_id, tag, url, type) VALUES (4, 2, 'news', 'https://news.example/', 'click');
INSERT INTO broad_logs (id, delivery_id, recipient_id, address, status, event_at) VALUES (1, 1, 11, 'a@example.test', 'sent', 1000);
INSERT INTO broad_logs (id, delivery_id, recipient_id, address, status, event_at) VALUES (2, 1, 12, 'b@example.test', 'sent', 1000);
INSERT INTO broad_logs (id, delivery_id, recipient_id, address, status, event_at) VALUES (3, 1, 13, 'c@example.test', 'sent', 1000);
INSERT INTO broad_logs (id, delivery_id, recipient_id, address, status, failure_type, event_at) VALUES (4, 1, 14, 'd@example.test', 'failed', 'hard', 1000);
INSERT INTO broad_logs (id, delivery_id, recipient_id, address, status, event_at) VALUES (5, 2, 21, 'e@example.test', 'sent', 2000);
INSERT INTO broad_logs (id, delivery_id, recipient_id, address, status, event_at) VALUES (6, 2, 22, 'f@example.test', 'sent', 2000);
INSERT INTO broad_logs (id, delivery_id, recipient_id, address, status, event_at) VALUES (7, 3, 31, 'g@example.test', 'sent', 1000);
-- Opens of 2026-05-01 already consolidated for the newsletter: the job adds to them.
INSERT INTO tracking_stats (delivery_id, url_id, day, opens, clicks, opt_outs) VALUES (2, NULL, 1777593600000, 5, 0, 0);
