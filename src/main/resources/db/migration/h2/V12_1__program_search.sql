-- H2: text search uses LIKE over search_text; the one-open-application rule is enforced under a lock on the
-- program row (see PartnershipApplications).
CREATE INDEX programs_search_text ON partnership_programs (search_text);
