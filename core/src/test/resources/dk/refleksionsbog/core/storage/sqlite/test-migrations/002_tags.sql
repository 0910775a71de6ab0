CREATE TABLE tag (note_id INTEGER NOT NULL REFERENCES note (id), name TEXT NOT NULL);
INSERT INTO tag (note_id, name) SELECT id, 'mærke' FROM note;
