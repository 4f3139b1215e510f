-- The bays a partnership program offers. A program with no rows here offers every active bay of its workshop.
CREATE TABLE partnership_program_bays (
    program_id  BIGINT NOT NULL REFERENCES partnership_programs (id) ON DELETE CASCADE,
    bay_id      BIGINT NOT NULL REFERENCES workshop_bays (id),
    PRIMARY KEY (program_id, bay_id)
);
CREATE INDEX program_bays_by_bay ON partnership_program_bays (bay_id);
