-- Schema version 9: performance (docs/performance.md). One section per area; keep each section's statements
-- inside it.

-- ==== Cleanup ====

-- broad_logs_delivery (delivery_id) is a prefix of broad_logs_delivery_event (delivery_id, event_at), which
-- serves every query and foreign-key cascade that looked up logs by delivery: the purge and every insert no
-- longer maintain both (a sixth of the WAL of a delivery-log purge). Dropping an index frees its pages, with no
-- table rewrite, on either dialect (a few seconds at 10 M logs on SQLite).
DROP INDEX IF EXISTS broad_logs_delivery;
