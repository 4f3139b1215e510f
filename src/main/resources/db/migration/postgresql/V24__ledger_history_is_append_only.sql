-- History that people's income depends on is never changed: ledger entries and transactions, fee rules and the audit
-- log refuse UPDATE and DELETE. Corrections are new rows (a reversing transaction, a superseding rule).
-- The embedded H2 database has no procedural triggers; there the application is the only writer and never updates them.

CREATE FUNCTION refuse_change_of_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are never changed or deleted; record a correcting row instead', TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();
CREATE TRIGGER ledger_transactions_append_only BEFORE UPDATE OR DELETE ON ledger_transactions
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();
CREATE TRIGGER fee_rules_append_only BEFORE UPDATE OR DELETE ON fee_rules
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();

COMMENT ON TABLE ledger_entries IS 'Append-only: corrections are reversing transactions';
COMMENT ON TABLE fee_rules IS 'Append-only: a rule with a later effective_from supersedes';
