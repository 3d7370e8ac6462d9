-- Schema version 6: the rest of the marketing data of SPEC §5, and what the Delivery package's jobs and
-- the console need. One section per subject; keep each section's statements inside it.

-- ==== Marketing data (SPEC §5) not in version 3 ====

-- Message templates, linked to events by event type and channel (SPEC §8).
CREATE TABLE message_templates (
    id @PK@,
    name TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    event_type TEXT NOT NULL,
    channel TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'draft',
    created_at @TS@ NOT NULL,
    published_at @TS@
);
CREATE INDEX message_templates_event ON message_templates (event_type, channel);

-- Privacy requests: an access request gets a data file; a delete request is erased only after two
-- confirmations.
CREATE TABLE privacy_requests (
    id @PK@,
    reference TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'new',
    recipient_id @ID@,
    email TEXT,
    first_confirmed_at @TS@,
    second_confirmed_at @TS@,
    data_file TEXT,
    data_file_at @TS@,
    created_at @TS@ NOT NULL,
    processed_at @TS@
);
CREATE INDEX privacy_requests_state ON privacy_requests (state, type);
CREATE INDEX privacy_requests_file ON privacy_requests (data_file_at);

CREATE TABLE line_users (
    id @PK@,
    user_id TEXT UNIQUE,
    mid TEXT,
    account_name TEXT NOT NULL,
    recipient_id @ID@,
    display_name TEXT,
    followed_at @TS@ NOT NULL,
    blocked_at @TS@
);
CREATE INDEX line_users_blocked ON line_users (blocked_at);

-- Visitor behaviour downloaded from web analytics; each event lives lifespan_days (expires_at).
CREATE TABLE web_events (
    id @PK@,
    visitor_id @ID@,
    recipient_id @ID@,
    segment TEXT NOT NULL,
    type TEXT NOT NULL,
    url TEXT,
    amount @REAL@,
    occurred_at @TS@ NOT NULL,
    lifespan_days INTEGER NOT NULL,
    expires_at @TS@ NOT NULL
);
CREATE INDEX web_events_expires ON web_events (expires_at);

-- Budgets form a tree (plan, program, campaign); cost lines are computed from campaigns and deliveries.
CREATE TABLE budgets (
    id @PK@,
    parent_id @ID@ REFERENCES budgets(id) ON DELETE CASCADE,
    name TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    level TEXT NOT NULL,
    amount @REAL@ NOT NULL DEFAULT 0,
    committed @REAL@ NOT NULL DEFAULT 0,
    spent @REAL@ NOT NULL DEFAULT 0,
    computed_at @TS@
);
CREATE INDEX budgets_parent ON budgets (parent_id);

CREATE TABLE campaigns (
    id @PK@,
    internal_name TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    budget_id @ID@ REFERENCES budgets(id) ON DELETE SET NULL,
    state TEXT NOT NULL DEFAULT 'edition',
    recurrence TEXT NOT NULL DEFAULT 'single',
    start_at @TS@,
    end_at @TS@,
    created_at @TS@ NOT NULL
);
CREATE INDEX campaigns_state ON campaigns (state);
ALTER TABLE deliveries ADD COLUMN campaign_id @ID@;
CREATE INDEX deliveries_campaign ON deliveries (campaign_id);

CREATE TABLE cost_lines (
    id @PK@,
    budget_id @ID@ REFERENCES budgets(id) ON DELETE CASCADE,
    campaign_id @ID@ REFERENCES campaigns(id) ON DELETE CASCADE,
    delivery_id @ID@,
    category TEXT NOT NULL,
    label TEXT NOT NULL,
    planned @REAL@ NOT NULL DEFAULT 0,
    actual @REAL@,
    created_at @TS@ NOT NULL,
    computed_at @TS@
);
CREATE INDEX cost_lines_budget ON cost_lines (budget_id);
CREATE INDEX cost_lines_campaign ON cost_lines (campaign_id);

CREATE TABLE stocks (
    id @PK@,
    name TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    initial_quantity @BIGINT@ NOT NULL,
    alert_threshold @BIGINT@ NOT NULL DEFAULT 0,
    available @BIGINT@,
    alert_at @TS@
);

CREATE TABLE order_lines (
    id @PK@,
    stock_id @ID@ NOT NULL REFERENCES stocks(id) ON DELETE CASCADE,
    campaign_id @ID@ REFERENCES campaigns(id) ON DELETE SET NULL,
    quantity @BIGINT@ NOT NULL,
    state TEXT NOT NULL DEFAULT 'ordered',
    ordered_at @TS@ NOT NULL,
    delivered_at @TS@
);
CREATE INDEX order_lines_stock ON order_lines (stock_id, state);

-- The demo-data generator (app/demo): the run an instance was filled with, and the chunks already
-- committed, so an interrupted run continues where it stopped.
CREATE TABLE demo_runs (
    id INTEGER PRIMARY KEY,
    seed @BIGINT@ NOT NULL,
    scale TEXT NOT NULL,
    broad_logs @BIGINT@ NOT NULL,
    anchor_at @TS@ NOT NULL,
    tracking_folder TEXT,
    started_at @TS@ NOT NULL,
    finished_at @TS@
);
CREATE TABLE demo_progress (
    step TEXT NOT NULL,
    chunk INTEGER NOT NULL,
    row_count @BIGINT@ NOT NULL,
    done_at @TS@ NOT NULL,
    PRIMARY KEY (step, chunk)
);

-- ==== Database cleanup ====
-- A quarantined address is released after a success since its last error: found by address.
CREATE INDEX broad_logs_address ON broad_logs (address, event_at);

-- ==== Tracking and indicators ====

-- The redirection server's tracking log folder the tracking job reads (docs/tracking-logs.md).
INSERT INTO options (name, value, type, label) VALUES ('tracking.logFolder', '', 'path', 'Tracking log folder (redirection server)');
-- A log file is consumed in chunks, each committed with its tracking logs: the bytes consumed so far and the
-- size of its rejects file then, so a crash mid-file resumes there; complete = 1 once the whole file is in.
ALTER TABLE tracking_files ADD COLUMN consumed_bytes @BIGINT@ NOT NULL DEFAULT 0;
ALTER TABLE tracking_files ADD COLUMN rejects_bytes @BIGINT@ NOT NULL DEFAULT 0;
ALTER TABLE tracking_files ADD COLUMN complete INTEGER NOT NULL DEFAULT 1;
-- When the tracking job last added to a statistics row; indicators are recomputed for deliveries whose
-- statistics or broad logs changed after their indicators_at.
ALTER TABLE tracking_stats ADD COLUMN updated_at @TS@;
CREATE INDEX tracking_stats_updated ON tracking_stats (delivery_id, updated_at);
CREATE INDEX broad_logs_delivery_event ON broad_logs (delivery_id, event_at);

-- ==== Billing, deliverability, offers, forecasting, heat map ====

-- billing and deliverability

-- billing: main deliveries (is_main) that sent more messages than this are listed in the activity report.
INSERT INTO options (name, value, type, label) VALUES ('billing.mainDeliveryThreshold', '100000', 'integer', 'Billing: messages above which a main delivery is listed in the activity report');
-- billing: one row per activity report, by period: 'sending' while the mail is on its way, 'sent' once the SMTP
-- server accepted it, so a re-run for the same period does not mail it twice.
CREATE TABLE billing_reports (
    id @PK@,
    period_start @TS@ NOT NULL,
    period_end @TS@ NOT NULL UNIQUE,
    state TEXT NOT NULL,
    recipient TEXT NOT NULL,
    account TEXT NOT NULL,
    pdf_bytes @BIGINT@ NOT NULL,
    database_bytes @BIGINT@ NOT NULL,
    marketing_actions @BIGINT@ NOT NULL,
    active_profiles @BIGINT@ NOT NULL,
    main_deliveries @BIGINT@ NOT NULL,
    created_at @TS@ NOT NULL,
    sent_at @TS@
);

-- deliverabilityUpdate (docs/deliverability-service.md): the deliverability service's lists, replaced
-- together; rules and MX masks apply in sort_order (the service's order), the first match wins.
CREATE TABLE deliverability_rules (
    id @PK@,
    sort_order INTEGER NOT NULL,
    pattern TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE TABLE deliverability_domains (
    id @PK@,
    domain TEXT NOT NULL UNIQUE,
    dkim INTEGER NOT NULL,
    list_unsubscribe INTEGER NOT NULL
);
CREATE TABLE deliverability_mx (
    id @PK@,
    sort_order INTEGER NOT NULL,
    mask TEXT NOT NULL UNIQUE,
    max_connections INTEGER NOT NULL,
    max_messages_per_connection INTEGER NOT NULL,
    max_per_hour @BIGINT@ NOT NULL
);
-- What each list was last taken from: its URL, ETag (sent back as If-None-Match) and SHA-256, so an unchanged
-- list is not rewritten.
CREATE TABLE deliverability_sources (
    list TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    etag TEXT,
    checksum TEXT NOT NULL,
    entries @BIGINT@ NOT NULL,
    updated_at @TS@ NOT NULL
);

-- offers, forecasting, aggregates, heat map

-- offerMgt: the online environment the interaction engine reads, copies of the deployed categories and offers
-- (same ids as offer_categories and offers).
CREATE TABLE online_offer_categories (
    id @ID@ PRIMARY KEY,
    parent_id @ID@,
    name TEXT NOT NULL,
    label TEXT NOT NULL,
    deployed_at @TS@ NOT NULL
);
CREATE TABLE online_offers (
    id @ID@ PRIMARY KEY,
    category_id @ID@ NOT NULL,
    name TEXT NOT NULL,
    label TEXT NOT NULL,
    deployed_at @TS@ NOT NULL
);
CREATE INDEX online_offers_category ON online_offers (category_id);
CREATE INDEX offers_state ON offers (state);

-- Where an incremental job stopped (reportingAggregates: the last broad log aggregated; the heat-map
-- collector: the start time from which runs are looked at again).
CREATE TABLE job_watermarks (
    name TEXT PRIMARY KEY,
    mark @BIGINT@ NOT NULL,
    updated_at @TS@ NOT NULL
);

-- reportingAggregates: broad logs counted per UTC day, delivery, status and failure type ('' for none).
CREATE TABLE agg_delivery_logs (
    day @TS@ NOT NULL,
    delivery_id @ID@ NOT NULL,
    channel TEXT NOT NULL,
    status TEXT NOT NULL,
    failure_type TEXT NOT NULL,
    count @BIGINT@ NOT NULL,
    PRIMARY KEY (day, delivery_id, status, failure_type)
);
CREATE INDEX agg_delivery_logs_delivery ON agg_delivery_logs (delivery_id);

-- The heat-map store (collectDataHeatMapService; docs/architecture.md): one row per run, and one row per
-- 5-minute slot a run was running in (slot_at: the slot's start, a multiple of 300000 ms since the epoch).
CREATE TABLE heatmap_runs (
    run_id @ID@ PRIMARY KEY,
    workflow_id @ID@ NOT NULL,
    workflow_name TEXT NOT NULL,
    technical INTEGER NOT NULL,
    status TEXT NOT NULL,
    started_at @TS@ NOT NULL,
    ended_at @TS@,
    duration_ms @BIGINT@ NOT NULL
);
CREATE INDEX heatmap_runs_open ON heatmap_runs (run_id) WHERE ended_at IS NULL;
CREATE INDEX heatmap_runs_workflow ON heatmap_runs (workflow_id, started_at);
CREATE TABLE heatmap_slots (
    slot_at @TS@ NOT NULL,
    run_id @ID@ NOT NULL,
    workflow_id @ID@ NOT NULL,
    PRIMARY KEY (slot_at, run_id)
);
CREATE INDEX heatmap_slots_run ON heatmap_slots (run_id);

-- ==== Console ====
