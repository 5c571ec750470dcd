-- Evaluations as they were posted, and the moderation panel's decisions on them.
--
-- One set of migrations serves SQLite and PostgreSQL, so this file uses only what both
-- understand: TEXT and INTEGER columns, CHECK and foreign key constraints, plain indexes.
-- Times are UTC instants written as text (2024-05-01T09:30:00.000Z): they sort as text,
-- and read the same in both. JSON is kept as text, exactly as it was written.

CREATE TABLE evaluation (
    id              TEXT    NOT NULL PRIMARY KEY,  -- a random UUID: opaque, not guessable
    partnership     TEXT    NOT NULL,
    grade           INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 6),  -- the grade the rules gave
    ruleset_version TEXT    NOT NULL,
    author          TEXT    NOT NULL,  -- who posted it, from their token
    created_at      TEXT    NOT NULL,
    period_from     TEXT,
    period_to       TEXT,
    evidence_json   TEXT    NOT NULL,  -- the evidence as posted
    result_json     TEXT    NOT NULL,  -- the evaluation, as GET /api/evaluations/{id} returns it
    profile_json    TEXT    NOT NULL   -- figures and findings in brief, for consistency checks
);

CREATE INDEX evaluation_by_partnership ON evaluation (partnership);
CREATE INDEX evaluation_by_author ON evaluation (author);
CREATE INDEX evaluation_by_created_at ON evaluation (created_at);

-- Decisions are appended, never changed or removed (migration 2 adds triggers that refuse
-- both). Each has the next sequence number of its evaluation; the latest is the current one.
CREATE TABLE decision (
    evaluation_id TEXT    NOT NULL REFERENCES evaluation (id),
    sequence      INTEGER NOT NULL CHECK (sequence >= 1),
    outcome       TEXT    NOT NULL CHECK (outcome IN ('agree', 'adjust')),
    grade         INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 6),  -- the grade it leaves
    reason        TEXT,
    comments_json TEXT    NOT NULL,
    moderator     TEXT    NOT NULL,
    decided_at    TEXT    NOT NULL,
    PRIMARY KEY (evaluation_id, sequence)
);
