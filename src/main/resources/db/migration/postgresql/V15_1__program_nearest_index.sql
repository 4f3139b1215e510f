-- PostgreSQL: each program's place as a point on the unit sphere, indexed for nearest-first search. The straight-line
-- distance between two such points grows with the great-circle distance, so walking this index outwards from the
-- mechanic visits programs in the marketplace's distance order and the first pages stop after a few dozen rows.
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE partnership_programs ADD COLUMN location cube GENERATED ALWAYS AS (
    CASE WHEN latitude IS NULL OR longitude IS NULL THEN NULL
    ELSE cube(ARRAY[cos(radians(latitude)) * cos(radians(longitude)), cos(radians(latitude)) * sin(radians(longitude)),
                    sin(radians(latitude))]) END) STORED;
CREATE INDEX programs_published_nearest ON partnership_programs USING gist (type, location) WHERE status = 'PUBLISHED';
