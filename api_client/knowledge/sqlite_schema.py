"""The FTS5 index for SQLite, of published articles only (so a search needs no join to filter
them out), kept in step with `knowledge_articles` by triggers, so writers
only write the article (with its segmented text) and the index follows in the same
transaction. The central migration creates the same table and triggers on its own database."""

from __future__ import annotations

FTS_STATEMENTS = (
    # unicode61 splits on the spaces `segment.index_text` put between words; CJK letters are
    # token characters to it, so each jieba word becomes one FTS token.
    "CREATE VIRTUAL TABLE knowledge_fts USING fts5("
    "question, answer, tokenize = 'unicode61 remove_diacritics 0')",
    "CREATE TRIGGER knowledge_fts_ai AFTER INSERT ON knowledge_articles BEGIN "
    "INSERT INTO knowledge_fts(rowid, question, answer) "
    "SELECT new.id, new.question_seg, new.answer_seg WHERE new.published; END",
    "CREATE TRIGGER knowledge_fts_ad AFTER DELETE ON knowledge_articles BEGIN "
    "DELETE FROM knowledge_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER knowledge_fts_au AFTER UPDATE OF question_seg, answer_seg, published "
    "ON knowledge_articles BEGIN "
    "DELETE FROM knowledge_fts WHERE rowid = old.id; "
    "INSERT INTO knowledge_fts(rowid, question, answer) "
    "SELECT new.id, new.question_seg, new.answer_seg WHERE new.published; END",
)
