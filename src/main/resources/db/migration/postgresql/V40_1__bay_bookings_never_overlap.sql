-- No double booking, ever: two PENDING or CONFIRMED bookings of one bay never overlap, buffer included, whatever
-- runs concurrently on however many instances. The application turns a violation (SQLSTATE 23P01) into a 409 that
-- names the conflicting booking's times.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE bay_bookings ADD CONSTRAINT bay_bookings_never_overlap
    EXCLUDE USING gist (bay_id WITH =, tstzrange(starts_at, buffered_until, '[)') WITH &&)
    WHERE (status IN ('PENDING', 'CONFIRMED'));
