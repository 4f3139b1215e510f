-- The ratings of a mechanic's sessions completed in a period are read from the index alone when it carries the rating.
CREATE INDEX consultations_completed_ratings ON consultations (mechanic_id, status, completed_at, rating);
DROP INDEX consultations_completed_by_mechanic;
