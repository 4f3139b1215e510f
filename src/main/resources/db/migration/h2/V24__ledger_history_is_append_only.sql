-- The H2 twin of the PostgreSQL migration that makes ledger entries, ledger transactions, fee rules and the audit log
-- append-only with triggers. H2 has no procedural triggers; on the embedded database the application is the only
-- writer and never updates or deletes these rows, which the comments record.

COMMENT ON TABLE ledger_entries IS 'Append-only: corrections are reversing transactions';
COMMENT ON TABLE fee_rules IS 'Append-only: a rule with a later effective_from supersedes';
