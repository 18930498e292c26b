"""A media server that does not answer (Janus down, its port closed) is the service's
problem, answered as such on every route that reaches it: 503 with one plain line, Chinese
first, never a bare 500 and never Janus's address (which only the log names)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from central.api.errors import MEDIA_DOWN
from central.app import create_app
from central.migrate import upgrade
from central.settings import CentralSettings
from tests.central.sessions.support import Headers, Scene
from tests.central.support import Central
from tests.helpers.media import media_settings


@pytest.fixture
def down(tmp_path: Path) -> Iterator[tuple[Central, int]]:
    """GIVEN an app whose media settings point Janus at a loopback port nobody listens on
    (nothing is started: the port is free), and the port."""
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    upgrade(url)
    media = media_settings(tmp_path / "media")
    settings = CentralSettings(db_url=url, data_dir=tmp_path, media=media)
    app = create_app(settings)
    with TestClient(app, raise_server_exceptions=False) as client:
        helper = Central(app, client, app.state.db)
        helper.add_org("root", "150000")
        yield helper, media.janus_ws_port


def _claimed_call(central: Central) -> tuple[str, Headers]:
    """A notarisation asked for at K001 and claimed by the notary `ana`: the next step, the
    connect, makes the room on Janus."""
    scene = Scene(central.client, central.database)
    scene.org("city-notary", "150100", parent="root")
    scene.org("district", "150102", kind="justice_bureau", parent="root")
    ana = scene.staff("ana", "notary", "city-notary")
    scene.available(ana)
    k1 = scene.terminal("K001", "district")
    sid: str = scene.ask(k1, scene.delivered_request("K001", k1))["session_id"]
    claimed = central.client.post(f"/api/v1/sessions/{sid}/claim", headers=ana)
    assert claimed.status_code == 200, claimed.text
    return sid, ana


def test_starting_a_call_while_janus_is_down_answers_503_in_words(
    down: tuple[Central, int], caplog: pytest.LogCaptureFixture
) -> None:
    central, port = down
    sid, ana = _claimed_call(central)
    # WHEN the notary starts the call over the staff API
    with caplog.at_level(logging.WARNING, logger="central.api.errors"):
        reply = central.client.post(f"/api/v1/sessions/{sid}/connect", headers=ana)
    # THEN 503 with the plain line, Chinese first, and nothing of where Janus is
    assert reply.status_code == 503, reply.text
    assert reply.json() == {"detail": MEDIA_DOWN}
    assert MEDIA_DOWN.startswith("视频服务器暂时无法连接")
    assert str(port) not in reply.text and "127.0.0.1" not in reply.text
    # THEN the operator's log says what failed and where
    logged = [r.getMessage() for r in caplog.records if r.name == "central.api.errors"]
    assert any(f"/api/v1/sessions/{sid}/connect" in m and str(port) in m for m in logged), logged
    # THEN the session is still claimed: a second try once Janus is back can start the call
    again = central.client.post(f"/api/v1/sessions/{sid}/connect", headers=ana)
    assert again.status_code == 503 and again.json() == {"detail": MEDIA_DOWN}


def test_the_console_call_page_gets_its_own_refusal_page_or_json(
    down: tuple[Central, int],
) -> None:
    central, port = down
    sid, ana = _claimed_call(central)
    # WHEN the call page's start is posted as a plain form (no script)
    page = central.client.post(f"/console/sessions/{sid}/connect", headers=ana)
    # THEN the console's refusal page, in both languages, with who is logged in
    assert page.status_code == 503, page.text
    assert page.headers["content-type"].startswith("text/html")
    assert '<span lang="zh-CN">视频服务器暂时无法连接，请稍后再试。</span>' in page.text
    assert 'lang="en"' in page.text and "not answering right now" in page.text
    assert '<span translate="no">ana</span>' in page.text
    assert 'href="/console/sessions"' in page.text
    assert str(port) not in page.text
    # WHEN the page's script posts it (JSON) THEN JSON, as the call page's script reads it
    script = central.client.post(
        f"/console/sessions/{sid}/connect", headers={**ana, "Accept": "application/json"}
    )
    assert script.status_code == 503 and script.json() == {"detail": MEDIA_DOWN}
