-- Inspectors' evidence drafts: the evidence of one inspection as an inspector writes it on the
-- /evidence pages, saved at every change so that nothing is lost and a draft can be taken up
-- again. The same dialect as V1: TEXT and INTEGER, UTC instants as text, JSON as text.

-- One row per draft: whose it is (nobody else sees it), its latest revision, and the stored
-- evaluation it was last submitted as, if any.
CREATE TABLE evidence_draft (
    id                 TEXT    NOT NULL PRIMARY KEY,  -- a random UUID: opaque, not guessable
    author             TEXT    NOT NULL,              -- the inspector it belongs to
    partnership        TEXT    NOT NULL,              -- as last saved, for the lists
    revision           INTEGER NOT NULL CHECK (revision >= 1),  -- the latest revision
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    submitted_as       TEXT    REFERENCES evaluation (id),
    submitted_revision INTEGER,
    submitted_at       TEXT
);

CREATE INDEX evidence_draft_by_author ON evidence_draft (author, updated_at);

-- Every save of a draft, whole: revisions are only ever added. A save names the revision it
-- was made on, so that two saves made on the same revision cannot both succeed.
CREATE TABLE evidence_draft_revision (
    draft_id   TEXT    NOT NULL REFERENCES evidence_draft (id),
    revision   INTEGER NOT NULL CHECK (revision >= 1),
    saved_at   TEXT    NOT NULL,
    draft_json TEXT    NOT NULL,  -- the values of the forms as saved (drafting.EvidenceDraft)
    PRIMARY KEY (draft_id, revision)
);
