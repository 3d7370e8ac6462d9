-- Schema version 3: the marketing data the Delivery package's jobs act on (SPEC §5). Other packages
-- bring their own tables with their jobs.

CREATE TABLE recipients (
    id @PK@,
    email TEXT,
    first_name TEXT,
    last_name TEXT,
    company TEXT,
    country TEXT,
    city TEXT,
    created_at @TS@ NOT NULL,
    modified_at @TS@ NOT NULL
);
CREATE INDEX recipients_email ON recipients (email);

-- Enumerations, their values, and the aliases aliasCleansing normalises recipient fields through.
CREATE TABLE enumerations (
    id @PK@,
    name TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    field TEXT
);
CREATE TABLE enumeration_values (
    id @PK@,
    enumeration_id @ID@ NOT NULL REFERENCES enumerations(id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    label TEXT NOT NULL,
    UNIQUE (enumeration_id, value)
);
CREATE TABLE enumeration_aliases (
    id @PK@,
    enumeration_id @ID@ NOT NULL REFERENCES enumerations(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    value TEXT NOT NULL,
    hits @BIGINT@ NOT NULL DEFAULT 0,
    UNIQUE (enumeration_id, alias)
);

CREATE TABLE deliveries (
    id @PK@,
    internal_name TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT 'email',
    state TEXT NOT NULL DEFAULT 'edition',
    provisional INTEGER NOT NULL DEFAULT 0,
    is_main INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at @TS@,
    created_at @TS@ NOT NULL,
    scheduled_at @TS@,
    validity_end_at @TS@,
    sent @BIGINT@ NOT NULL DEFAULT 0,
    delivered @BIGINT@ NOT NULL DEFAULT 0,
    errors @BIGINT@ NOT NULL DEFAULT 0,
    opens @BIGINT@ NOT NULL DEFAULT 0,
    clicks @BIGINT@ NOT NULL DEFAULT 0,
    opt_outs @BIGINT@ NOT NULL DEFAULT 0,
    indicators_at @TS@
);
CREATE INDEX deliveries_state ON deliveries (state);
CREATE INDEX deliveries_deleted ON deliveries (deleted, deleted_at);

CREATE TABLE provisional_logs (
    id @PK@,
    delivery_id @ID@ NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
    day @TS@ NOT NULL,
    volume @BIGINT@ NOT NULL
);
CREATE INDEX provisional_logs_delivery ON provisional_logs (delivery_id);

CREATE TABLE broad_logs (
    id @PK@,
    delivery_id @ID@ NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
    recipient_id @ID@,
    address TEXT,
    status TEXT NOT NULL,
    failure_type TEXT,
    failure_reason TEXT,
    event_at @TS@ NOT NULL
);
CREATE INDEX broad_logs_event_at ON broad_logs (event_at);
CREATE INDEX broad_logs_delivery ON broad_logs (delivery_id);

CREATE TABLE tracking_urls (
    id @PK@,
    delivery_id @ID@ NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    url TEXT NOT NULL,
    label TEXT,
    type TEXT NOT NULL DEFAULT 'click',
    UNIQUE (delivery_id, tag)
);

CREATE TABLE tracking_logs (
    id @PK@,
    delivery_id @ID@ NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
    broad_log_id @ID@,
    recipient_id @ID@,
    url_id @ID@ REFERENCES tracking_urls(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    event_at @TS@ NOT NULL,
    source_file TEXT,
    user_agent TEXT
);
CREATE INDEX tracking_logs_event_at ON tracking_logs (event_at);
CREATE INDEX tracking_logs_delivery ON tracking_logs (delivery_id);

CREATE TABLE tracking_stats (
    id @PK@,
    delivery_id @ID@ NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
    url_id @ID@ REFERENCES tracking_urls(id) ON DELETE CASCADE,
    day @TS@ NOT NULL,
    opens @BIGINT@ NOT NULL DEFAULT 0,
    clicks @BIGINT@ NOT NULL DEFAULT 0,
    opt_outs @BIGINT@ NOT NULL DEFAULT 0
);
CREATE INDEX tracking_stats_day ON tracking_stats (day);
CREATE UNIQUE INDEX tracking_stats_key ON tracking_stats (delivery_id, COALESCE(url_id, 0), day);

-- Redirection-server log files already consumed by the tracking job (each exactly once).
CREATE TABLE tracking_files (
    name TEXT PRIMARY KEY,
    consumed_at @TS@ NOT NULL,
    lines @BIGINT@ NOT NULL,
    rejected @BIGINT@ NOT NULL
);

CREATE TABLE import_rejects (
    id @PK@,
    source TEXT NOT NULL,
    line_number @BIGINT@,
    content TEXT,
    reason TEXT NOT NULL,
    created_at @TS@ NOT NULL
);
CREATE INDEX import_rejects_created ON import_rejects (created_at);

CREATE TABLE visitors (
    id @PK@,
    cookie TEXT NOT NULL UNIQUE,
    recipient_id @ID@,
    first_seen_at @TS@ NOT NULL,
    last_seen_at @TS@ NOT NULL
);
CREATE INDEX visitors_last_seen ON visitors (last_seen_at);

CREATE TABLE quarantines (
    id @PK@,
    address TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    reason TEXT,
    error_type TEXT,
    error_count INTEGER NOT NULL DEFAULT 0,
    last_error_at @TS@,
    created_at @TS@ NOT NULL,
    updated_at @TS@ NOT NULL
);
CREATE INDEX quarantines_status ON quarantines (status, last_error_at);

CREATE TABLE email_error_stats (
    id @PK@,
    domain TEXT NOT NULL,
    day @TS@ NOT NULL,
    errors @BIGINT@ NOT NULL DEFAULT 0,
    soft_bounces @BIGINT@ NOT NULL DEFAULT 0,
    hard_bounces @BIGINT@ NOT NULL DEFAULT 0
);
CREATE INDEX email_error_stats_day ON email_error_stats (day);

CREATE TABLE offer_categories (
    id @PK@,
    parent_id @ID@ REFERENCES offer_categories(id) ON DELETE CASCADE,
    name TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'draft',
    deployed_at @TS@
);

CREATE TABLE offers (
    id @PK@,
    category_id @ID@ REFERENCES offer_categories(id),
    name TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'draft',
    approved_at @TS@,
    deployed_at @TS@
);

CREATE TABLE propositions (
    id @PK@,
    offer_id @ID@ NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
    recipient_id @ID@,
    delivery_id @ID@,
    channel TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at @TS@ NOT NULL
);
CREATE INDEX propositions_created ON propositions (created_at);

CREATE TABLE mc_events (
    id @PK@,
    type TEXT NOT NULL,
    channel TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    is_realtime INTEGER NOT NULL DEFAULT 1,
    payload TEXT,
    created_at @TS@ NOT NULL,
    processed_at @TS@
);
CREATE INDEX mc_events_created ON mc_events (created_at);
CREATE INDEX mc_events_status ON mc_events (status);

CREATE TABLE mc_archived_events (
    id @PK@,
    type TEXT NOT NULL,
    channel TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at @TS@ NOT NULL,
    archived_at @TS@ NOT NULL
);
CREATE INDEX mc_archived_events_created ON mc_archived_events (created_at);

CREATE TABLE mc_event_stats (
    id @PK@,
    day @TS@ NOT NULL,
    type TEXT NOT NULL,
    channel TEXT NOT NULL,
    status TEXT NOT NULL,
    count @BIGINT@ NOT NULL DEFAULT 0
);
CREATE INDEX mc_event_stats_day ON mc_event_stats (day);

CREATE TABLE web_sessions (
    id @PK@,
    operator_login TEXT NOT NULL,
    created_at @TS@ NOT NULL,
    expires_at @TS@ NOT NULL
);
CREATE INDEX web_sessions_expires ON web_sessions (expires_at);
