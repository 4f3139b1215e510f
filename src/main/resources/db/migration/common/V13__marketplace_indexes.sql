-- The marketplace filtered by program type: newest first, best share first and the distance prefilter each read one
-- index range of that type only, and a deep page of the newest programs is found in the index alone.
CREATE INDEX programs_published_type_newest ON partnership_programs (status, type, published_at DESC, id DESC);
CREATE INDEX programs_published_type_share ON partnership_programs (status, type, mechanic_share_bp DESC, id DESC);
CREATE INDEX programs_published_type_location ON partnership_programs (status, type, latitude, longitude);
