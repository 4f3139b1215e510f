-- PostgreSQL: look events up by their serialized form through a hash index (a B-tree cannot index long text).
CREATE INDEX event_publication_serialized_event_hash ON event_publication USING hash (serialized_event);
