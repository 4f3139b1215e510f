-- Client search reads one lower-case text column per client and per vehicle instead of lower-casing and joining several
-- columns for every row of the mechanic's clients on each request (docs/performance.md, "CRM"). The application keeps
-- them in step when it writes a client or a vehicle. Vehicles carry their mechanic so that a vehicle search only reads
-- that mechanic's vehicles.

ALTER TABLE clients ADD COLUMN search_text VARCHAR(450);
UPDATE clients SET search_text = LOWER(name || ' ' || COALESCE(email, '') || ' ' || COALESCE(phone, ''));
ALTER TABLE clients ALTER COLUMN search_text SET NOT NULL;

ALTER TABLE client_vehicles ADD COLUMN mechanic_id BIGINT REFERENCES mechanics (id);
ALTER TABLE client_vehicles ADD COLUMN search_text VARCHAR(200);
UPDATE client_vehicles SET mechanic_id = (SELECT c.mechanic_id FROM clients c WHERE c.id = client_vehicles.client_id),
    search_text = LOWER(COALESCE(CAST(model_year AS VARCHAR(4)), '') || ' ' || COALESCE(make, '') || ' ' || model || ' '
        || COALESCE(vin, ''));
ALTER TABLE client_vehicles ALTER COLUMN mechanic_id SET NOT NULL;
ALTER TABLE client_vehicles ALTER COLUMN search_text SET NOT NULL;

CREATE INDEX client_vehicles_by_mechanic ON client_vehicles (mechanic_id, client_id);
