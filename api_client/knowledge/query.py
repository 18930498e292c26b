"""A resident's query, checked, and turned into an FTS5 MATCH expression (SQLite) or a
tsquery (PostgreSQL) with the same meaning."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from api_client.knowledge.segment import TermGroup, query_groups

MAX_QUERY_CHARS = 64
MAX_GROUPS = 12


class QueryError(ValueError):
    """The query cannot be searched; the message says what was wrong and what is allowed."""


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    groups: tuple[TermGroup, ...]

    @property
    def terms(self) -> list[str]:
        """Every word worth highlighting, longest first (so 交通事故 wins over 交通)."""
        found = {t for g in self.groups for t in g.terms}
        return sorted(found, key=lambda t: (-len(t), t))


def parse_query(text: str) -> ParsedQuery:
    if any(unicodedata.category(c) == "Cc" and not c.isspace() for c in text):
        # NUL and the like: the answer echoes the text, and a wire model refuses NUL (a 500)
        raise QueryError("the search text has a control character; type words only")
    cleaned = " ".join(text.split())
    if not cleaned:
        raise QueryError("the search text is empty; type a few words, e.g. 拖欠工资")
    if len(cleaned) > MAX_QUERY_CHARS:
        raise QueryError(
            f"the search text has {len(cleaned)} characters; at most {MAX_QUERY_CHARS} are allowed"
        )
    groups = query_groups(cleaned)
    if not groups:
        raise QueryError(
            "the search text has no words to look for (only punctuation or symbols); "
            "use Chinese words, letters or digits"
        )
    return ParsedQuery(cleaned, tuple(groups[:MAX_GROUPS]))


def _fts_term(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _fts_group(group: TermGroup) -> str:
    if not group.parts:
        return _fts_term(group.word)
    parts = " AND ".join(_fts_term(p) for p in group.parts)
    return f"({_fts_term(group.word)} OR ({parts}))"


def fts5_match(query: ParsedQuery, require_all: bool = True) -> str:
    """`("交通事故" OR ("交通" AND "通事" AND "事故")) AND "逃逸"`; OR between groups when
    `require_all` is false (the fallback when no article holds every word)."""
    joiner = " AND " if require_all else " OR "
    return joiner.join(_fts_group(g) for g in query.groups)


def _ts_term(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def _ts_group(group: TermGroup) -> str:
    if not group.parts:
        return _ts_term(group.word)
    parts = " & ".join(_ts_term(p) for p in group.parts)
    return f"({_ts_term(group.word)} | ({parts}))"


def tsquery(query: ParsedQuery, require_all: bool = True) -> str:
    """The same expression for PostgreSQL's `to_tsquery('simple', ...)`."""
    joiner = " & " if require_all else " | "
    return joiner.join(_ts_group(g) for g in query.groups)
