"""Chinese word segmentation with rjieba (jieba's dictionary, compiled in: loads once, at
import, in about 0.1 s, and raises no Python warnings).

Documents are indexed in jieba's search mode (a long word also yields the shorter words inside
it: 拖欠工资 -> 拖欠, 工资, 拖欠工资), so a two-character query such as 工资 finds it. Queries
are cut in precise mode into groups: a word, plus the shorter words inside it as an
alternative (see `query`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import rjieba

_WORD = re.compile(r"\w+")
# Function words and question words a resident types around what they mean; they are dropped
# from queries (never from the index) while something else is left.
STOPWORDS = frozenset(
    {
        "的",
        "了",
        "吗",
        "呢",
        "吧",
        "啊",
        "呀",
        "是",
        "我",
        "你",
        "他",
        "她",
        "它",
        "我们",
        "你们",
        "他们",
        "怎么",
        "怎么办",
        "怎样",
        "如何",
        "什么",
        "为什么",
        "哪些",
        "哪里",
        "可以",
        "能",
        "能否",
        "能不能",
        "要",
        "需要",
        "应该",
        "和",
        "与",
        "及",
        "或",
        "在",
        "被",
        "把",
        "有",
        "没有",
        "请问",
        "一下",
        "这",
        "那",
        "这个",
        "那个",
        "就",
        "都",
        "也",
        "还是",
        "么",
        "得",
        "地",
        "着",
        "过",
        "会",
        "该",
        "想",
        "问",
    }
)


def _clean(tokens: list[str]) -> list[str]:
    return [t.lower() for t in tokens if _WORD.fullmatch(t)]


def index_tokens(text: str) -> list[str]:
    """Every word of `text` in search mode, lower-cased, punctuation and spaces dropped."""
    return _clean(rjieba.cut_for_search(text))


def index_text(text: str) -> str:
    """What goes into the full-text index: the words separated by single spaces."""
    return " ".join(index_tokens(text))


@dataclass(frozen=True)
class TermGroup:
    """One word of a query; a document matches it by holding the word itself, or all of
    `parts` (the shorter words inside it)."""

    word: str
    parts: tuple[str, ...] = ()

    @property
    def terms(self) -> tuple[str, ...]:
        return (self.word, *self.parts)


def query_groups(query: str) -> list[TermGroup]:
    """The query's words, stopwords dropped while others remain; single characters dropped
    while longer words remain (they match too much)."""
    words = list(dict.fromkeys(_clean(rjieba.cut(query))))
    meaningful = [w for w in words if w not in STOPWORDS] or words
    longer = [w for w in meaningful if len(w) > 1]
    chosen = longer or meaningful
    groups = []
    for word in chosen:
        parts = tuple(p for p in dict.fromkeys(index_tokens(word)) if p != word and len(p) > 1)
        groups.append(TermGroup(word, parts if len(parts) > 1 else ()))
    return groups
