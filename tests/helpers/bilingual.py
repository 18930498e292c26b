"""Whether a console page speaks Chinese first: a heuristic over its text.

A text node with Latin letters passes when it sits inside an element marked `lang="en"` (the
English half of `words.bi`), inside one marked `translate="no"` (data: a username, a code, a
tracking number, what a resident typed), or when it holds Chinese too (a Chinese phrase naming a
code, `下载 CSV`). What is left is English said alone: the finding. `aria-label`, `placeholder`
and `title` attributes and the page's <title> are held to the same rule."""

from __future__ import annotations

import re
from html.parser import HTMLParser

LATIN = re.compile(r"[A-Za-z]")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
# what a <textarea> holds is what someone typed: data
SKIPPED = frozenset({"style", "script", "textarea"})
SPOKEN_ATTRIBUTES = ("aria-label", "placeholder", "title")


def english_alone(text: str) -> bool:
    return bool(LATIN.search(text)) and not CJK.search(text)


class _Walker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        # (tag, english, data) per open element
        self.stack: list[tuple[str, bool, bool]] = []
        self.findings: list[str] = []
        self.html_lang = ""
        self.saw_english = False

    def _state(self) -> tuple[bool, bool, str]:
        english = self.stack[-1][1] if self.stack else False
        data = self.stack[-1][2] if self.stack else False
        tag = self.stack[-1][0] if self.stack else ""
        return english, data, tag

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        english, data, _ = self._state()
        if tag == "html":
            self.html_lang = values.get("lang", "")
        if "lang" in values:
            english = values["lang"].startswith("en")
            self.saw_english |= english
        data = data or values.get("translate") == "no"
        for name in SPOKEN_ATTRIBUTES:
            if name in values and not data and english_alone(values[name]):
                self.findings.append(f"<{tag} {name}={values[name]!r}>")
        if tag not in VOID:
            self.stack.append((tag, english, data))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                return

    def handle_data(self, text: str) -> None:
        english, data, tag = self._state()
        if tag in SKIPPED or not text.strip():
            return
        if tag == "title" and english_alone(text):
            self.findings.append(f"<title>{text.strip()}</title>")
        elif not english and not data and english_alone(text):
            self.findings.append(f"<{tag}>{text.strip()}")


def english_only_texts(html: str) -> list[str]:
    """Every piece of the page's text that is English said alone (see the module's rule), plus
    a missing `<html lang="zh-CN">` or a page with no English half at all."""
    walker = _Walker()
    walker.feed(html)
    walker.close()
    findings = list(walker.findings)
    if walker.html_lang != "zh-CN":
        findings.append(f'<html lang="{walker.html_lang}"> instead of zh-CN')
    if not walker.saw_english:
        findings.append("no English half (lang=en) anywhere on the page")
    return findings
