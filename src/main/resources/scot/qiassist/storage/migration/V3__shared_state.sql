-- What every instance of the service must see alike, so that several can serve behind one load
-- balancer: the pages' sign-in sessions, the rule set versions put in service and their
-- activations, and the reloads tried. The same dialect as V1: TEXT and INTEGER, UTC instants
-- as text, JSON as text.

-- A sign-in, found by the SHA-256 of its cookie: the database never holds a cookie that would
-- sign anyone in. Signing out removes the row; so does a new sign-in once it has expired.
CREATE TABLE sign_in_session (
    id_sha256    TEXT NOT NULL PRIMARY KEY,
    holder       TEXT NOT NULL,              -- the name on the token signed in with
    role         TEXT NOT NULL CHECK (role IN ('inspector', 'moderator', 'policy')),
    token_sha256 TEXT,                       -- the token's SHA-256; NULL in single-user local mode
    form_token   TEXT NOT NULL,              -- what every form of this sign-in must send back
    started_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);

CREATE INDEX sign_in_session_by_expiry ON sign_in_session (expires_at);

-- A rule set version, named as every result names it (RuleSetLoader's hash of every file's path
-- and text), with each file it is made of: enough to build it again on any instance.
CREATE TABLE ruleset_version (
    version    TEXT NOT NULL PRIMARY KEY,
    created_at TEXT NOT NULL
);

CREATE TABLE ruleset_file (
    version TEXT NOT NULL REFERENCES ruleset_version (version),
    path    TEXT NOT NULL,  -- relative to the rules directory: statements/statement-1-safety.drl
    sha256  TEXT NOT NULL,
    content TEXT NOT NULL,
    PRIMARY KEY (version, path)
);

-- Each time a version was put in service, by whom. The latest is the one every instance serves;
-- an instance activates only on top of the one it has (sequence = its sequence + 1), so two
-- instances activating at once cannot both succeed.
CREATE TABLE ruleset_activation (
    sequence     INTEGER NOT NULL PRIMARY KEY CHECK (sequence >= 1),
    version      TEXT    NOT NULL REFERENCES ruleset_version (version),
    activated_at TEXT    NOT NULL,
    activated_by TEXT    NOT NULL
);

-- Every reload tried, activated or refused with its problems; GET /api/ruleset shows the latest.
CREATE TABLE ruleset_reload (
    id            TEXT    NOT NULL PRIMARY KEY,  -- a random UUID
    tried_at      TEXT    NOT NULL,
    tried_by      TEXT    NOT NULL,
    activated     INTEGER NOT NULL CHECK (activated IN (0, 1)),
    version       TEXT,                          -- NULL when the candidate did not compile
    errors_json   TEXT    NOT NULL,
    examples_json TEXT    NOT NULL
);

CREATE INDEX ruleset_reload_by_time ON ruleset_reload (tried_at);
