-- The client list's default order is the most recent visit first, clients never seen last, newest first among equals
-- (ORDER BY last_visit_at DESC NULLS LAST, id DESC): an index in exactly that order serves the first page without sorting
-- the mechanic's clients. (PostgreSQL's DESC defaults to NULLS FIRST, so V50's index could not.)
DROP INDEX clients_by_mechanic_last_visit;
CREATE INDEX clients_by_mechanic_recent ON clients (mechanic_id, last_visit_at DESC NULLS LAST, id DESC);
