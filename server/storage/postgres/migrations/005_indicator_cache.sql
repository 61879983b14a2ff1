-- What the server fetched from THL's Sotkanet (the indicator catalogue, the regions, one
-- indicator's metadata, its figures for a plan's areas), shared by every server process, so
-- that the figures are there when Sotkanet is not and one process's daily refresh serves all.
-- A cache: its rows can be dropped at any time and are fetched again.
CREATE TABLE hyte_indicator_cache (
  key        text PRIMARY KEY,
  fetched_at timestamptz NOT NULL,
  value      json NOT NULL
);
