-- Schema version 4: the audit trail is append-only for everyone. Entries cannot be changed, and are
-- deleted only once past the retention of the purge settings (which the cleanup job does).

CREATE FUNCTION audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION 'the audit trail is append-only: entries cannot be changed';
    END IF;
    IF OLD.at > (EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::bigint
              - COALESCE((SELECT value::bigint FROM options WHERE name = 'purge.auditTrail'), 180) * 86400000 THEN
        RAISE EXCEPTION 'the audit trail is append-only: entries are deleted only after their retention';
    END IF;
    RETURN OLD;
END;
$$;

CREATE TRIGGER audit_guard BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_guard();
