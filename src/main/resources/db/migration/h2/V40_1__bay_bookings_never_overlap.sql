-- H2 has no exclusion constraints. The same guarantee comes from the application: booking or moving into a bay first
-- locks the bay's row (SELECT ... FOR UPDATE), then checks for an overlapping PENDING or CONFIRMED booking, in one
-- transaction. This index serves that check.
CREATE INDEX bay_bookings_active_by_bay ON bay_bookings (bay_id, status, starts_at, buffered_until);
