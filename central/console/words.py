"""The console speaks Chinese first, English second: every label, heading, button and
message is written as the pair, the Chinese in front and the English after it, smaller and
marked `lang="en"` so that screen readers switch voice. One helper for every page."""

from __future__ import annotations

from html import escape

WORDS_STYLE = ".en{font-size:.85em;color:#4a5560;margin-left:.35em}"


def bi(zh: str, en: str) -> str:
    """`zh` then `en` as HTML, both escaped, each in a span marked with its language."""
    return f'<span lang="zh-CN">{escape(zh)}</span> <span lang="en" class="en">{escape(en)}</span>'


def bi_text(zh: str, en: str) -> str:
    """The pair as plain text, for titles, `aria-label`s and placeholders: `登录 Log in`."""
    return f"{zh} {en}"


def data(value: str) -> str:
    """A value that is not a word in either language (a username, a code, a tracking number),
    escaped and marked `translate="no"`, so neither a translator nor the pages' language test
    takes it for untranslated English."""
    return f'<span translate="no">{escape(value)}</span>'


def reason(zh: str, detail: str) -> str:
    """A refusal: the Chinese lead in front, then the service's own reason (in English, as the
    domain layer words it) marked `lang="en"`."""
    return bi(zh, detail)
