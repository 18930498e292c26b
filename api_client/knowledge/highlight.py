"""Highlights on the original text (not on the segmented index text), as character spans, so
the page and the kiosk each mark them their own way (HTML <mark>, Qt rich text)."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

Span = tuple[int, int]


def find_spans(text: str, terms: Iterable[str]) -> list[Span]:
    """Non-overlapping occurrences of `terms` (longest first wins), in text order."""
    lowered = text.lower()
    taken = [False] * len(text)
    spans: list[Span] = []
    for term in sorted(set(terms), key=lambda t: (-len(t), t)):
        if not term:
            continue
        start = lowered.find(term)
        while start != -1:
            end = start + len(term)
            if not any(taken[start:end]):
                spans.append((start, end))
                for i in range(start, end):
                    taken[i] = True
            start = lowered.find(term, end)
    return sorted(spans)


def snippet(text: str, terms: Iterable[str], width: int = 90) -> tuple[str, list[Span]]:
    """About `width` characters of `text` around the first highlighted word, with `…` where
    it was cut, and the spans inside the snippet."""
    spans = find_spans(text, terms)
    if len(text) <= width:
        return text, spans
    first = spans[0][0] if spans else 0
    start = max(0, min(first - width // 4, len(text) - width))
    end = start + width
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    inside = [(a + shift, b + shift) for a, b in spans if a >= start and b <= end]
    return f"{prefix}{text[start:end]}{suffix}", inside


def to_html(text: str, spans: Iterable[Span], tag: str = "mark") -> str:
    """`text` escaped for HTML, with each span wrapped in <tag>."""
    out, at = [], 0
    for a, b in sorted(spans):
        out.append(escape(text[at:a]))
        out.append(f"<{tag}>{escape(text[a:b])}</{tag}>")
        at = b
    out.append(escape(text[at:]))
    return "".join(out)
