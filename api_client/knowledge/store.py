"""The kiosk's offline copy of the knowledge base and templates: one SQLite file in the data
directory, searched with the same code as the central service (`search.search`).

An update is built on a copy and moved into place with `os.replace`, so a reader (or a power
cut) sees the old file or the new one, never half of each.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from api_client.knowledge.query import parse_query
from api_client.knowledge.search import search
from api_client.knowledge.segment import index_text
from api_client.knowledge.sqlite_schema import FTS_STATEMENTS
from api_client.schemas import ArticleOut, KnowledgeSearchOut, TemplateOut

FILE_NAME = "knowledge.sqlite3"
_SCHEMA = (
    "CREATE TABLE knowledge_articles (id INTEGER PRIMARY KEY, question TEXT NOT NULL, "
    "answer TEXT NOT NULL, category TEXT NOT NULL, region_code TEXT, "
    "published INTEGER NOT NULL, revision INTEGER NOT NULL, updated_at TEXT NOT NULL, "
    "question_seg TEXT NOT NULL, answer_seg TEXT NOT NULL)",
    *FTS_STATEMENTS,
    "CREATE TABLE document_templates (code TEXT PRIMARY KEY, version INTEGER NOT NULL, "
    "document TEXT NOT NULL)",
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)


@contextlib.contextmanager
def _connect(path: Path, readonly: bool) -> Iterator[sqlite3.Connection]:
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    conn = sqlite3.connect(uri, uri=True)
    try:
        yield conn
    finally:
        conn.close()


def _run(conn: sqlite3.Connection) -> Any:
    def run(sql: str, params: dict[str, Any]) -> Sequence[Sequence[Any]]:
        return conn.execute(sql, params).fetchall()

    return run


class OfflineKnowledge:
    """Read side of the offline file; every call opens it afresh, so a replaced file is seen
    at once and nothing stays open across a resident's session."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / FILE_NAME

    @property
    def available(self) -> bool:
        return self.path.exists()

    def revision(self) -> int:
        if not self.available:
            return 0
        with _connect(self.path, readonly=True) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        return int(row[0]) if row else 0

    def search(
        self,
        text: str,
        region: str | None = None,
        category: str | None = None,
        limit: int = 10,
    ) -> KnowledgeSearchOut:
        """Raises QueryError for an empty, too long or wordless query (message for the user)."""
        query = parse_query(text)
        if not self.available:
            return KnowledgeSearchOut(query=query.text, terms=[], matched="all", hits=[])
        with _connect(self.path, readonly=True) as conn:
            return search(_run(conn), "sqlite", query, region, category, limit)

    def categories(self) -> dict[str, int]:
        """Published articles per category, for browsing without typing."""
        if not self.available:
            return {}
        with _connect(self.path, readonly=True) as conn:
            rows = conn.execute(
                "SELECT category, count(*) FROM knowledge_articles WHERE published = 1 "
                "GROUP BY category ORDER BY category"
            ).fetchall()
        return {category: count for category, count in rows}

    def articles_in(self, category: str, limit: int = 20) -> list[ArticleOut]:
        """Published articles of one category, for a resident who browses instead of typing
        (oldest first: the basic questions of a topic were written first)."""
        if not self.available:
            return []
        with _connect(self.path, readonly=True) as conn:
            rows = conn.execute(
                "SELECT id, question, answer, category, region_code, revision, updated_at "
                "FROM knowledge_articles WHERE published = 1 AND category = ? "
                "ORDER BY id LIMIT ?",
                (category, limit),
            ).fetchall()
        return [
            ArticleOut(
                id=r[0],
                question=r[1],
                answer=r[2],
                category=r[3],
                region_code=r[4],
                published=True,
                revision=r[5],
                updated_at=r[6],
                updated_by="",
            )
            for r in rows
        ]

    def templates(self) -> list[TemplateOut]:
        if not self.available:
            return []
        with _connect(self.path, readonly=True) as conn:
            rows = conn.execute("SELECT document FROM document_templates ORDER BY code")
            return [TemplateOut.model_validate_json(doc) for (doc,) in rows.fetchall()]


def _upsert(conn: sqlite3.Connection, article: ArticleOut) -> None:
    conn.execute("DELETE FROM knowledge_articles WHERE id = ?", (article.id,))
    if not article.published:
        return  # unpublished: dropped from the offline copy
    conn.execute(
        "INSERT INTO knowledge_articles VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)",
        (
            article.id,
            article.question,
            article.answer,
            article.category,
            article.region_code,
            article.revision,
            article.updated_at.isoformat(),
            index_text(article.question),
            index_text(article.answer),
        ),
    )


def write_update(
    data_dir: Path,
    articles: Sequence[ArticleOut],
    revision: int,
    templates: Sequence[TemplateOut] | None,
) -> Path:
    """Apply changed articles (and, when given, the whole template set) to a copy of the
    offline file, then move the copy into place."""
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / FILE_NAME
    temp = data_dir / f".{FILE_NAME}.{os.getpid()}.tmp"
    temp.unlink(missing_ok=True)
    with _connect(temp, readonly=False) as conn:
        if target.exists():
            with _connect(target, readonly=True) as current:
                current.backup(conn)
        else:
            for statement in _SCHEMA:
                conn.execute(statement)
        with conn:
            for article in articles:
                _upsert(conn, article)
            if templates is not None:
                conn.execute("DELETE FROM document_templates")
                conn.executemany(
                    "INSERT INTO document_templates VALUES (?, ?, ?)",
                    [(t.code, t.version, t.model_dump_json()) for t in templates],
                )
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('revision', ?)", (str(revision),))
    with temp.open("rb") as handle:
        os.fsync(handle.fileno())
    temp.replace(target)
    return target
