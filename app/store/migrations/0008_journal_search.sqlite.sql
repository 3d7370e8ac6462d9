-- Schema version 8: journal search through an index (issue #5). A substring search of ten million lines read
-- every line; a trigram index answers it from the lines that contain every three-character piece of the text.
--
-- An FTS5 table over journal.message that stores no copy of the text (content='journal'), kept in step by the
-- triggers below. tokenize='trigram' folds case (every letter, where LIKE folds only ASCII: the query rechecks
-- each candidate with LIKE, so answers stay exactly LIKE's). detail='none' keeps no positions: the index is a
-- third of the size and built several times faster, and a text is looked up as its trigrams ANDed, which the
-- LIKE recheck makes exact. columnsize=0: nothing reads column sizes (no ranking), so no row per line for them.
CREATE VIRTUAL TABLE journal_search USING fts5(message, content='journal', content_rowid='id',
    tokenize='trigram', detail='none', columnsize=0);

-- Inserts and deletes, including those of ON DELETE CASCADE (history purge, the cleanup job, a deleted workflow).
CREATE TRIGGER journal_search_insert AFTER INSERT ON journal BEGIN
    INSERT INTO journal_search (rowid, message) VALUES (new.id, new.message);
END;
CREATE TRIGGER journal_search_delete AFTER DELETE ON journal BEGIN
    INSERT INTO journal_search (journal_search, rowid, message) VALUES ('delete', old.id, old.message);
END;
CREATE TRIGGER journal_search_update AFTER UPDATE OF id, message ON journal BEGIN
    INSERT INTO journal_search (journal_search, rowid, message) VALUES ('delete', old.id, old.message);
    INSERT INTO journal_search (rowid, message) VALUES (new.id, new.message);
END;

-- The lines already there. Merging as it goes would rewrite the index many times over: build it without merging,
-- merge it once, then let later writes merge incrementally again (4 is FTS5's default).
INSERT INTO journal_search (journal_search, rank) VALUES ('automerge', 0);
INSERT INTO journal_search (journal_search) VALUES ('rebuild');
INSERT INTO journal_search (journal_search) VALUES ('optimize');
INSERT INTO journal_search (journal_search, rank) VALUES ('automerge', 4);
