-- Schema version 4: the audit trail is append-only for everyone. Entries cannot be changed, and are
-- deleted only once past the retention of the purge settings (which the cleanup job does).

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: entries cannot be changed');
END;

CREATE TRIGGER audit_retention BEFORE DELETE ON audit
WHEN OLD.at > CAST(strftime('%s', 'now') AS INTEGER) * 1000
             - COALESCE((SELECT CAST(value AS INTEGER) FROM options WHERE name = 'purge.auditTrail'), 180) * 86400000
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: entries are deleted only after their retention');
END;
