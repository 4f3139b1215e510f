-- Analytics counts a mechanic's completed sessions and bay jobs by completion day, and groups their client visits by
-- client (first visit ever, first visit in a period or month). These indexes let each of those queries read only the
-- mechanic's rows in the period.
CREATE INDEX consultations_completed_by_mechanic ON consultations (mechanic_id, status, completed_at);
CREATE INDEX bay_bookings_completed_by_mechanic ON bay_bookings (mechanic_id, status, completed_at);
CREATE INDEX client_visits_by_mechanic_client ON client_visits (mechanic_id, client_id, occurred_at);
