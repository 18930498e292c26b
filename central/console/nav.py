"""The bar at the top of every console page: one link per section. Each page still checks
the caller's roles; a link to a section the role may not use answers with a plain 403."""

from __future__ import annotations

from html import escape

from central.console.words import bi, bi_text

# "中文 English": the Chinese up to the first space, the English after it.
SECTIONS = (
    ("/console/", "终端 Terminals"),
    ("/console/requests", "受理 Requests"),
    ("/console/sessions", "视频服务 Video sessions"),
    ("/console/knowledge", "知识库 Knowledge"),
    ("/console/templates", "文书模板 Templates"),
    ("/console/reports", "报表 Reports"),
    ("/console/technicians", "技术员 Technicians"),
)
NAV_STYLE = (
    "nav.sections{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;padding:.45rem .8rem;"
    "margin:0 0 1rem;background:#1d2329;border-radius:4px}"
    "nav.sections a{color:#fff;text-decoration:none;font-weight:bold}"
    "nav.sections a:hover,nav.sections a:focus{text-decoration:underline}"
    "nav.sections .en{color:#c9d1d9}"
)


def _pair(label: str) -> str:
    zh, _, en = label.partition(" ")
    return bi(zh, en) if en else escape(label)


def sections_nav() -> str:
    links = "".join(f'<a href="{href}">{_pair(label)}</a>' for href, label in SECTIONS)
    aria = bi_text("控制台栏目", "Console sections")
    return f'<nav class="sections" aria-label="{aria}">{links}</nav>'
