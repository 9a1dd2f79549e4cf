-- Whether a batch saves the actions of old minutes as dropped (ImportOptions.closeOldActions).
-- Batches made before this column keep their actions open, as they were promised.
ALTER TABLE importer_batch ADD COLUMN close_old_actions BOOLEAN NOT NULL DEFAULT FALSE;
