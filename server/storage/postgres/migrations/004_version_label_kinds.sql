-- The names the server gives the snapshots it takes itself ("Automaattinen tallennus",
-- "Ennen palautusta: …") as a kind plus data, so that each reader sees them in their own
-- language (shared/versionLabel.ts); `label` keeps their Finnish words. Null for a label a
-- person gave, and in rows written before this migration, which are read from their words.
ALTER TABLE hyte_snapshots
  ADD COLUMN label_kind text CHECK (label_kind IN ('auto', 'before-restore')),
  ADD COLUMN label_data json;
