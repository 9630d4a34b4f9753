-- Funders' schemes: what a funder (a contact, such as the municipality or the
-- housing corporation's tenants' fund) usually gives per request, and the
-- budget it has for a year. A request over the usual maximum is allowed (the
-- form warns); the funders overview sets the budget against what was
-- requested, granted, rejected and paid.

CREATE TABLE funding_scheme (
  id                   INTEGER PRIMARY KEY,
  uuid                 TEXT NOT NULL UNIQUE CONSTRAINT uuid_format CHECK (length(uuid) = 36),
  created_at           TEXT NOT NULL CONSTRAINT created_at_format CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  modified_at          TEXT NOT NULL CONSTRAINT modified_at_format CHECK (modified_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  deleted_at           TEXT CONSTRAINT deleted_at_format CHECK (deleted_at IS NULL OR deleted_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
  funder_id            INTEGER NOT NULL REFERENCES contact (id),
  name                 TEXT NOT NULL CONSTRAINT scheme_name_not_empty CHECK (length(trim(name)) > 0),
  max_request_cents    INTEGER NOT NULL DEFAULT 0 CONSTRAINT max_request_not_negative CHECK (max_request_cents >= 0),
  yearly_budget_cents  INTEGER NOT NULL DEFAULT 0 CONSTRAINT yearly_budget_not_negative CHECK (yearly_budget_cents >= 0)
);
CREATE INDEX funding_scheme_funder ON funding_scheme (funder_id);
CREATE INDEX funding_request_funder ON funding_request (funder_id);
