-- H2: the same lookup as the PostgreSQL hash index, by listener and serialized event.
CREATE INDEX event_publication_by_listener_and_event ON event_publication (listener_id, serialized_event);
