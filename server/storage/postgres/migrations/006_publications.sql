-- Publications of a plan on the public web (server/publishing): which version, at which
-- address (`slug`: <municipality>/<plan>, kept for the plan once given), when and by whom,
-- under which licence, and when it was taken down (its addresses then answer 410 Gone).
CREATE TABLE hyte_publications (
  id             uuid PRIMARY KEY,
  plan_id        text NOT NULL,
  version_id     uuid NOT NULL,
  version_label  text NOT NULL,
  slug           text NOT NULL,
  municipality   text,
  published_at   timestamptz NOT NULL,
  published_by   json NOT NULL,
  unpublished_at timestamptz,
  licence        text NOT NULL
);
CREATE INDEX hyte_publications_plan ON hyte_publications (plan_id, published_at DESC);
CREATE INDEX hyte_publications_slug ON hyte_publications (slug, published_at DESC);

-- The accessibility statement (saavutettavuusseloste) of a plan's public pages, one per plan.
CREATE TABLE hyte_accessibility_statements (
  plan_id    text PRIMARY KEY,
  statement  json NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by json NOT NULL
);
