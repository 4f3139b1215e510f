-- PostgreSQL: the full-text vector of search_text is stored with each program and kept current by the database, so a
-- search reads it instead of parsing the text of every candidate row; it replaces the index on the expression.
ALTER TABLE partnership_programs
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED;
CREATE INDEX programs_search_vector ON partnership_programs USING gin (search_vector);
DROP INDEX programs_search_fts;
