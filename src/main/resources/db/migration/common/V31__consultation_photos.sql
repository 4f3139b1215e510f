-- A chat message may carry one photo (JPEG, PNG or WebP, at most 5 MB), stored with the message.
ALTER TABLE consultation_messages ADD COLUMN photo_content_type VARCHAR(20);
ALTER TABLE consultation_messages ADD COLUMN photo BYTEA;
ALTER TABLE consultation_messages ADD CONSTRAINT consultation_messages_photo_type_known
    CHECK (photo_content_type IS NULL OR photo_content_type IN ('image/jpeg', 'image/png', 'image/webp'));
