-- Each visit carries its client's previous and next visit (in time, then id, order), kept in step as visits are added,
-- so analytics reads new, returning and retained clients from the period's visits alone, without ordering every visit
-- the mechanic ever had by client.
ALTER TABLE client_visits ADD COLUMN previous_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE client_visits ADD COLUMN next_at TIMESTAMP WITH TIME ZONE;

UPDATE client_visits v SET
    previous_at = (SELECT MAX(p.occurred_at) FROM client_visits p
                   WHERE p.client_id = v.client_id AND (p.occurred_at < v.occurred_at OR (p.occurred_at = v.occurred_at AND p.id < v.id))),
    next_at = (SELECT MIN(n.occurred_at) FROM client_visits n
               WHERE n.client_id = v.client_id AND (n.occurred_at > v.occurred_at OR (n.occurred_at = v.occurred_at AND n.id > v.id)));

DROP INDEX client_visits_by_mechanic_client;
CREATE INDEX client_visits_by_mechanic_time ON client_visits (mechanic_id, occurred_at);
