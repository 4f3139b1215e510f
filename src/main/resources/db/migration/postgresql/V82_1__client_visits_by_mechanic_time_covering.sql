-- PostgreSQL: the mechanic's visits by time carry what analytics reads of them, so a period is read from the index alone.
-- It replaces the plain index on the same key; H2 keeps that one.
CREATE INDEX client_visits_by_mechanic_time_covering ON client_visits (mechanic_id, occurred_at)
    INCLUDE (previous_at, next_at);
DROP INDEX client_visits_by_mechanic_time;
