-- The attachment sweep (`portfolio sweep-attachments`) asks which stored files are still
-- referenced by their content hash.
CREATE INDEX ix_attachments_content_hash ON attachments (content_hash);
