-- PostgreSQL: full-text and trigram search over programs, and at most one open or approved application per
-- mechanic and program (H2 gets the same guarantee from a lock on the program row, see PartnershipApplications).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX programs_search_fts ON partnership_programs USING gin (to_tsvector('simple', search_text));
CREATE INDEX programs_search_trgm ON partnership_programs USING gin (search_text gin_trgm_ops);
CREATE UNIQUE INDEX applications_one_open_per_program ON partnership_applications (program_id, mechanic_id)
    WHERE status IN ('SUBMITTED', 'APPROVED');
