-- Service Registry: the roles of a shared PostgreSQL deployment store (docs/deployments.md).
--
-- Run it as the store's owner, once the program has created the tables (any store command
-- does, e.g. `service-registry deploy current --db postgresql://OWNER@HOST/DB`):
--
--     psql "postgresql://OWNER@HOST/DB" -v ON_ERROR_STOP=1 -f roles.sql
--
-- It is idempotent: run it again after every upgrade. Then give people and machines their
-- logins, e.g. CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE sr_approver;
--
--   sr_reader    reads everything: history, running versions, approvals, the audit log
--   sr_deployer  sr_reader, and records deployments and imports history
--   sr_approver  sr_reader, and approves changes, in its own name only

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sr_reader') THEN
        CREATE ROLE sr_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sr_deployer') THEN
        CREATE ROLE sr_deployer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sr_approver') THEN
        CREATE ROLE sr_approver NOLOGIN;
    END IF;
END
$$;

GRANT sr_reader TO sr_deployer, sr_approver;

-- Nobody but the owner changes the schema or removes history.
REVOKE ALL ON schema_version, deployments, current_versions, approvals, audit_log FROM PUBLIC;
GRANT SELECT ON schema_version, deployments, current_versions, approvals, audit_log TO sr_reader;

-- Deployments: new rows and status changes; the running versions follow them.
GRANT INSERT, UPDATE ON deployments TO sr_deployer;
GRANT INSERT, DELETE ON current_versions TO sr_deployer;

-- Approvals: new rows only.
GRANT INSERT ON approvals TO sr_approver;

-- The audit log: appended to by whoever writes, never changed (a trigger refuses UPDATE and
-- DELETE even to the owner).
GRANT INSERT ON audit_log TO sr_deployer, sr_approver;

-- Row-level security: an approval and an audit row carry the name of the session that wrote
-- them, so nobody approves or writes history in someone else's name.
ALTER TABLE approvals ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS approvals_readable ON approvals;
CREATE POLICY approvals_readable ON approvals FOR SELECT USING (true);
DROP POLICY IF EXISTS approvals_in_own_name ON approvals;
CREATE POLICY approvals_in_own_name ON approvals FOR INSERT TO sr_approver WITH CHECK (approver = session_user);

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS audit_readable ON audit_log;
CREATE POLICY audit_readable ON audit_log FOR SELECT USING (true);
DROP POLICY IF EXISTS audit_in_own_name ON audit_log;
CREATE POLICY audit_in_own_name ON audit_log FOR INSERT TO sr_deployer, sr_approver WITH CHECK (actor = session_user);
