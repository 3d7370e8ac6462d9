-- Schema version 8: journal search through an index (issue #5). A substring search of ten million lines read
-- every line; a trigram index answers it from the lines that contain every three-character piece of the text.
--
-- An FTS5 table over journal.message that stores no copy of the text (content='journal'). tokenize='trigram' folds
-- case (every letter, where LIKE folds only ASCII: the query rechecks each candidate with LIKE, so answers stay
-- exactly LIKE's). detail='none' keeps no positions: the index is a third of the size and built several times
-- faster, and a text is looked up as its trigrams ANDed, which the LIKE recheck makes exact. columnsize=0: nothing
-- reads column sizes (no ranking), so no row per line for them.
CREATE VIRTUAL TABLE journal_search USING fts5(message, content='journal', content_rowid='id',
    tokenize='trigram', detail='none', columnsize=0);

-- No trigger feeds the index line by line: FTS5 writes its pending terms as a new index segment at every statement
-- savepoint, and an INSERT into journal opens one (foreign keys), so a trigger made each line its own segment and
-- journal writes 6.5 times slower. Lines are indexed in bulk instead (JournalBuffer::updateSearchIndex, from the
-- engine's journal writer), up to `indexed_to`: every line with a higher id (journal ids are never reused) is not
-- in the index yet, and searches read those few with LIKE. Index and mark change in the same transaction.
CREATE TABLE journal_search_state (
    indexed_to INTEGER NOT NULL
);

-- A deleted line's trigrams can only be taken out of the index with its text, which is gone once the line is. A
-- per-line FTS5 'delete' cost a segment per line as above (purges at 16 % of their speed), so deleting an indexed
-- line (directly, or by ON DELETE CASCADE: history purge, the cleanup job, a deleted workflow) only keeps its id
-- and text here, and the index drops them in bulk later. Meanwhile the stale entries are harmless: candidates
-- are joined to journal by id, and a deleted line has no row there.
CREATE TABLE journal_search_deleted (
    id INTEGER PRIMARY KEY,
    message TEXT NOT NULL
);
CREATE TRIGGER journal_search_delete AFTER DELETE ON journal
WHEN old.id <= (SELECT indexed_to FROM journal_search_state) BEGIN
    INSERT INTO journal_search_deleted (id, message) VALUES (old.id, old.message);
END;
-- Nothing changes a message today; should something do it, an indexed line is indexed again at once (a line above
-- the mark gets its new text when it is indexed). Ids never change: the mark relies on it.
CREATE TRIGGER journal_search_update AFTER UPDATE OF message ON journal
WHEN old.id <= (SELECT indexed_to FROM journal_search_state) BEGIN
    INSERT INTO journal_search (journal_search, rowid, message) VALUES ('delete', old.id, old.message);
    INSERT INTO journal_search (rowid, message) VALUES (new.id, new.message);
END;
CREATE TRIGGER journal_search_id BEFORE UPDATE OF id ON journal BEGIN
    SELECT RAISE(ABORT, 'journal ids never change (the journal search index relies on it)');
END;

-- The lines already there. Merging as it goes would rewrite the index many times over: build it without merging,
-- merge it once, then let later writes merge incrementally again (4 is FTS5's default).
INSERT INTO journal_search (journal_search, rank) VALUES ('automerge', 0);
INSERT INTO journal_search (journal_search) VALUES ('rebuild');
INSERT INTO journal_search (journal_search) VALUES ('optimize');
INSERT INTO journal_search (journal_search, rank) VALUES ('automerge', 4);
INSERT INTO journal_search_state (indexed_to) SELECT COALESCE(MAX(id), 0) FROM journal;
