-- The rules workbench: every rule set version is kept with where it came from, each check of it
-- (the check, the examples against their expected outcomes, the impact against its parent), and
-- each activation with its note and the summary of the check it rested on. The same dialect as
-- V1 and V3: TEXT and INTEGER, UTC instants as text, JSON as text.

-- Where a version came from: the version it was based on (NULL for the rules directory read at
-- start-up or on a reload), who sent it, and how ('candidate' from the workbench or the API,
-- 'directory' from the rules directory). Versions written before this migration have NULLs.
ALTER TABLE ruleset_version ADD COLUMN parent TEXT;
ALTER TABLE ruleset_version ADD COLUMN created_by TEXT;
ALTER TABLE ruleset_version ADD COLUMN origin TEXT;

-- Each check of a version, appended, never changed. A version's latest check says whether it may
-- be put in service: 'passed' (it compiled, the check found no error and every example gave its
-- expected outcome), 'failed' (it compiled, but not all of that holds) or 'refused' (it does not
-- compile, or the rule allowlist or a table check refused it; it is never compiled or run).
CREATE TABLE ruleset_check (
    id            TEXT NOT NULL PRIMARY KEY,  -- a random UUID
    version       TEXT NOT NULL REFERENCES ruleset_version (version),
    checked_at    TEXT NOT NULL,
    checked_by    TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('passed', 'failed', 'refused')),
    expected_json TEXT NOT NULL,  -- the expected outcome of each example it was tested against
    report_json   TEXT NOT NULL   -- the check, the examples and the impact, as the API gives them
);

CREATE INDEX ruleset_check_by_version ON ruleset_check (version, checked_at);

-- Why a version was put in service, and the summary of the check it rested on (NULL for
-- activations recorded before this migration).
ALTER TABLE ruleset_activation ADD COLUMN note TEXT;
ALTER TABLE ruleset_activation ADD COLUMN summary_json TEXT;
