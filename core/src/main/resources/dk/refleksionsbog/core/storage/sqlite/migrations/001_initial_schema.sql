-- Schema 1. Instants are fixed-width UTC text (nine fraction digits) so they sort as text and
-- round-trip to the nanosecond; dates and times are ISO text; enums are their names.

CREATE TABLE journal (
    id              TEXT PRIMARY KEY,
    owner_name      TEXT NOT NULL,
    language        TEXT NOT NULL,
    template_set_id TEXT NOT NULL,
    strategy_name   TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE challenge (
    id                  TEXT PRIMARY KEY,
    title               TEXT NOT NULL,
    description         TEXT NOT NULL,
    status              TEXT NOT NULL,
    strategic_intention TEXT NOT NULL,
    learning_need       TEXT NOT NULL,
    resources           TEXT NOT NULL,
    work_mode           TEXT NOT NULL,
    shared_by           TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);

CREATE TABLE challenge_tag (
    challenge_id TEXT NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    tag          TEXT NOT NULL,
    PRIMARY KEY (challenge_id, tag)
) WITHOUT ROWID;

CREATE TABLE loop (
    id                       TEXT PRIMARY KEY,
    challenge_id             TEXT NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    number                   INTEGER NOT NULL,
    current_phase            TEXT NOT NULL,
    rating_before            INTEGER,
    rating_after             INTEGER,
    first_reflection_meeting TEXT,
    carried_over_action      TEXT NOT NULL,
    finished_at              TEXT,
    created_at               TEXT NOT NULL,
    updated_at               TEXT NOT NULL,
    UNIQUE (challenge_id, number)
);

CREATE TABLE phase_change (
    loop_id    TEXT NOT NULL REFERENCES loop (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    from_phase TEXT,
    to_phase   TEXT NOT NULL,
    at         TEXT NOT NULL,
    PRIMARY KEY (loop_id, position)
) WITHOUT ROWID;

CREATE TABLE meeting (
    id               TEXT PRIMARY KEY,
    kind             TEXT NOT NULL,
    title            TEXT NOT NULL,
    date             TEXT NOT NULL,
    start_time       TEXT,
    duration_minutes INTEGER NOT NULL,
    location         TEXT NOT NULL,
    challenge_id     TEXT REFERENCES challenge (id) ON DELETE SET NULL,
    loop_id          TEXT REFERENCES loop (id) ON DELETE SET NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX meeting_by_date ON meeting (date);
CREATE INDEX meeting_by_challenge ON meeting (challenge_id);
CREATE INDEX meeting_by_loop ON meeting (loop_id);

CREATE TABLE meeting_participant (
    meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    PRIMARY KEY (meeting_id, position)
) WITHOUT ROWID;

CREATE TABLE job_visit (
    id           TEXT PRIMARY KEY,
    role         TEXT NOT NULL,
    partner      TEXT NOT NULL,
    activity     TEXT NOT NULL,
    date         TEXT,
    challenge_id TEXT REFERENCES challenge (id) ON DELETE SET NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX job_visit_by_challenge ON job_visit (challenge_id);

CREATE TABLE job_visit_leadership_form (
    job_visit_id TEXT NOT NULL REFERENCES job_visit (id) ON DELETE CASCADE,
    form         TEXT NOT NULL,
    PRIMARY KEY (job_visit_id, form)
) WITHOUT ROWID;

-- An answer belongs to exactly one loop, meeting or job visit; owner_id repeats that id so the
-- repository can look answers up by owner without knowing the owner's kind.
CREATE TABLE answer (
    id           TEXT PRIMARY KEY,
    owner_id     TEXT NOT NULL,
    loop_id      TEXT REFERENCES loop (id) ON DELETE CASCADE,
    meeting_id   TEXT REFERENCES meeting (id) ON DELETE CASCADE,
    job_visit_id TEXT REFERENCES job_visit (id) ON DELETE CASCADE,
    field_key    TEXT NOT NULL,
    text         TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (owner_id, field_key),
    CHECK (owner_id = coalesce(loop_id, meeting_id, job_visit_id)),
    CHECK ((loop_id IS NOT NULL) + (meeting_id IS NOT NULL) + (job_visit_id IS NOT NULL) = 1)
);
CREATE INDEX answer_by_loop ON answer (loop_id);
CREATE INDEX answer_by_meeting ON answer (meeting_id);
CREATE INDEX answer_by_job_visit ON answer (job_visit_id);

CREATE TABLE entry (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL,
    text           TEXT NOT NULL,
    occurred_on    TEXT NOT NULL,
    challenge_id   TEXT REFERENCES challenge (id) ON DELETE SET NULL,
    loop_id        TEXT REFERENCES loop (id) ON DELETE SET NULL,
    phase          TEXT,
    evidence_level TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX entry_timeline ON entry (occurred_on DESC, created_at DESC, id DESC);
CREATE INDEX entry_by_challenge ON entry (challenge_id);
CREATE INDEX entry_by_loop ON entry (loop_id);

CREATE TABLE entry_tag (
    entry_id TEXT NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    tag      TEXT NOT NULL,
    PRIMARY KEY (entry_id, tag)
) WITHOUT ROWID;
CREATE INDEX entry_tag_by_tag ON entry_tag (tag);

-- A comment's target is an answer or an entry; the delete triggers below remove it with them.
CREATE TABLE sparring_comment (
    id         TEXT PRIMARY KEY,
    target_id  TEXT NOT NULL,
    loop_id    TEXT NOT NULL REFERENCES loop (id) ON DELETE CASCADE,
    author     TEXT NOT NULL,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX comment_by_target ON sparring_comment (target_id, created_at);
CREATE INDEX comment_by_loop ON sparring_comment (loop_id, created_at);

-- A revision's target is an answer, an entry or a challenge.
CREATE TABLE revision (
    id        TEXT PRIMARY KEY,
    target_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    text      TEXT NOT NULL,
    saved_at  TEXT NOT NULL,
    sequence  INTEGER NOT NULL
);
CREATE INDEX revision_history ON revision (target_id, saved_at DESC, sequence DESC);

-- Full-text search: one document per searchable record. search_doc maps a record to the FTS
-- row id so a record's document is found without scanning the index.
CREATE TABLE search_doc (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL,
    target_id TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE search_fts USING fts5 (
    body,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3'
);
-- FTS5's 'secure-delete' option is deliberately not set: with it, integrity_check reported
-- "fts5: checksum mismatch" after a process was killed mid-write (2 of 2 soaks, SQLite 3.54.1);
-- without it, 150 kills left the file sound. Deleted rows are zeroed by PRAGMA secure_delete;
-- single words of a deleted text stay in the index until FTS5 merges its segments.

-- An entry, meeting or job visit loses its link when the challenge or loop it points to goes;
-- an entry's phase only means something together with its loop.
CREATE TRIGGER challenge_unlink BEFORE DELETE ON challenge BEGIN
    UPDATE entry SET challenge_id = NULL, loop_id = NULL, phase = NULL WHERE challenge_id = old.id;
END;
CREATE TRIGGER loop_unlink BEFORE DELETE ON loop BEGIN
    UPDATE entry SET loop_id = NULL, phase = NULL WHERE loop_id = old.id;
END;

CREATE TRIGGER challenge_forget AFTER DELETE ON challenge BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_doc WHERE target_id = old.id);
    DELETE FROM search_doc WHERE target_id = old.id;
    DELETE FROM revision WHERE target_id = old.id;
END;
CREATE TRIGGER answer_forget AFTER DELETE ON answer BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_doc WHERE target_id = old.id);
    DELETE FROM search_doc WHERE target_id = old.id;
    DELETE FROM revision WHERE target_id = old.id;
    DELETE FROM sparring_comment WHERE target_id = old.id;
END;
CREATE TRIGGER entry_forget AFTER DELETE ON entry BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_doc WHERE target_id = old.id);
    DELETE FROM search_doc WHERE target_id = old.id;
    DELETE FROM revision WHERE target_id = old.id;
    DELETE FROM sparring_comment WHERE target_id = old.id;
END;
CREATE TRIGGER meeting_forget AFTER DELETE ON meeting BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_doc WHERE target_id = old.id);
    DELETE FROM search_doc WHERE target_id = old.id;
END;
CREATE TRIGGER job_visit_forget AFTER DELETE ON job_visit BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_doc WHERE target_id = old.id);
    DELETE FROM search_doc WHERE target_id = old.id;
END;
