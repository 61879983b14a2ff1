-- Journal rows that could not be applied when their document was loaded (garbage an older
-- version journaled, or damage): moved here out of `hyte_document_updates` so that the rest of
-- the document loads, and kept for an operator to inspect and delete (docs/operations.md).
-- `/api/ready` answers not-ready while this table has rows.
CREATE TABLE hyte_document_quarantine (
  id             bigserial PRIMARY KEY,
  document       text NOT NULL,
  -- The journal row's id, and who wrote it when.
  record         bigint NOT NULL,
  "update"       bytea NOT NULL,
  writer         text NOT NULL,
  written_at     timestamptz NOT NULL,
  reason         text NOT NULL,
  quarantined_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hyte_document_quarantine_document ON hyte_document_quarantine (document);
