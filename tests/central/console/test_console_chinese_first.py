"""Every console page speaks Chinese first, English second: no visible text is English alone
(tests/helpers/bilingual.py has the rule), on every console page of the route table
(tests/central/web_pages.py HTML_PAGES), the login page and the pages that refuse or correct."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from central.console.words import bi, data
from tests.central.web_pages import HTML_PAGES, Site, running_site
from tests.helpers.bilingual import english_only_texts


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    with running_site(tmp_path_factory.mktemp("zh-first")) as running:
        yield running


def _page(html: str) -> str:
    return f'<!doctype html><html lang="zh-CN"><body>{html}</body></html>'


def test_the_rule_flags_english_alone_and_passes_the_pairs_and_data() -> None:
    assert english_only_texts(_page(f"<h1>{bi('终端', 'Terminals')}</h1>{data('demo-x')}")) == []
    assert english_only_texts(_page(f"{bi('下载 CSV', 'Download')}")) == []
    found = english_only_texts(_page(f"{bi('终端', 'Terminals')}<button>Log out</button>"))
    assert found == ["<button>Log out"]
    assert english_only_texts(_page('<nav aria-label="Sections"></nav>'))[0].startswith("<nav")
    assert "no English half" in english_only_texts(_page("<p>只有中文</p>"))[-1]


def _check(reply: httpx.Response, status: int) -> list[str]:
    assert reply.status_code == status, f"{reply.request.url}: {reply.status_code}"
    return [f"{reply.request.url.path} ({status}): {f}" for f in english_only_texts(reply.text)]


def test_every_console_page_is_chinese_first(site: Site) -> None:
    """GIVEN a member with every console role logged in WHEN each console page of the route
    table is opened THEN no text on it is English alone."""
    problems: list[str] = []
    opened = 0
    with httpx.Client(base_url=site.base, headers=site.cookie, timeout=30.0) as http:
        for template, pages in HTML_PAGES.items():
            if not template.startswith("/console/"):
                continue
            for path in pages:
                problems += _check(http.get(site.values.fill(path)), 200)
                opened += 1
    assert opened >= 12
    assert not problems, "\n".join(problems)


def test_refusals_and_corrections_are_chinese_first(site: Site) -> None:
    """GIVEN the pages that say no (a wrong password, no login, a missing request or article,
    a bad report period, a form with mistakes) THEN they too say it Chinese first."""
    problems: list[str] = []
    origin = {"Origin": site.base}
    with httpx.Client(base_url=site.base, timeout=30.0) as anonymous:
        problems += _check(anonymous.get("/console/"), 401)
        wrong = {"username": "nobody-here", "password": "not the password"}
        problems += _check(anonymous.post("/console/login", data=wrong, headers=origin), 401)
        bad = {"username": "X", "password": ""}
        problems += _check(anonymous.post("/console/login", data=bad, headers=origin), 400)
    with httpx.Client(base_url=site.base, headers=site.cookie, timeout=30.0) as http:
        problems += _check(http.get("/console/requests/ZZ-209901-00001-0"), 404)
        problems += _check(http.get("/console/knowledge/999999"), 404)
        problems += _check(http.get("/console/templates/nosuchcode"), 404)
        problems += _check(http.get("/console/reports?period=fortnightly"), 400)
        form = {"channel": "hall", "kind": "consultation", "name": "王", "phone": "12"}
        problems += _check(http.post("/console/requests", data=form, headers=origin), 422)
        problems += _check(http.post("/console/knowledge/new", data={}, headers=origin), 400)
        fields = {"code": "x1", "title": "标题", "fields": "only-a-name", "body": "正文"}
        problems += _check(http.post("/console/templates/new", data=fields, headers=origin), 400)
    assert not problems, "\n".join(problems)


def test_login_page_speaks_chinese_first(tmp_path: Path) -> None:
    """The login form needs no service: its HTML alone."""
    from central.console.fleet_html import login_page

    assert english_only_texts(login_page()) == []
