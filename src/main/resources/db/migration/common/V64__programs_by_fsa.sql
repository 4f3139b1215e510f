-- Distances in the marketplace are between FSA centroids, so every program of one FSA is at the same distance from a
-- mechanic. Each program records its workshop's FSA (the centroid its latitude and longitude were taken from), and the
-- search sorted by distance walks the FSAs within the radius nearest first, reading each one's programs from this index.
ALTER TABLE partnership_programs ADD COLUMN fsa CHAR(3);
UPDATE partnership_programs SET fsa = (SELECT w.fsa FROM workshops w WHERE w.id = partnership_programs.workshop_id);
CREATE INDEX programs_published_type_fsa ON partnership_programs (status, type, fsa, id);
CREATE INDEX programs_published_fsa ON partnership_programs (status, fsa, id);
