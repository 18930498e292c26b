"""The notes on the remote pictures of the mediation call pages (tiles.js) in real Chromium,
without media servers: the other party's /join page and the mediator's mediation page exactly
as the service renders them, with the service's own scripts and CSP, handed to the browser by
Playwright's router (nothing leaves the process); janus.js is left out, so the pages' call
code stays idle. The tiles get pictures from canvas streams whose frames the test paints one
at a time, and the MediationStates they follow are the wire model's, as the pages poll them.
The side talk's part with real Janus rooms is tests/e2e/test_mediation_chain.py's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from starlette.requests import Request

from api_client.schemas.mediation import (
    MediationRole,
    MediationState,
    ParticipantShown,
    SideTalkShown,
)
from central.api.console_sessions import page_csp
from central.api.console_sessions_assets import STATIC_DIR, STATIC_FILES
from central.sessions.mediation import console_html, join_page
from tests.helpers.browser import (
    accessibility_problems,
    launch_chromium,
    require_chromium,
    screenshots_dir,
)

pytestmark = pytest.mark.timeout(60)
BASE = "http://lexkiosk.test"
SID = "vs_tiles0000000000000"
RESIDENT, PARTY, MEDIATOR = "p_resident", "p_party", "p_mediator"
ROLE: dict[str, MediationRole] = {RESIDENT: "resident", PARTY: "other_party", MEDIATOR: "mediator"}
NAME = {RESIDENT: "王*", PARTY: "李*", MEDIATOR: "赵*"}
AWAY = "单独谈话中 · 请稍候"
# a picture for a tile: a canvas stream that gives a frame only when painted
MAKE_TILE = """([room, feed, pid]) => {
  window.tiles = window.tiles || window.LexkioskTiles(document.querySelector(window.tilesBox));
  const canvas = document.createElement('canvas');
  canvas.width = 320; canvas.height = 240;
  const stream = canvas.captureStream(0);
  const video = window.tiles.video(room, feed, pid, pid + ' ' + room);
  video.muted = true;
  video.srcObject = stream;
  video.play();
  window.paint = window.paint || {};
  window.paint[room + feed] = () => {
    const draw = canvas.getContext('2d');
    draw.fillStyle = '#3a7'; draw.fillRect(0, 0, 320, 240);
    stream.getVideoTracks()[0].requestFrame();
  };
}"""


def _state(you: str, side_with: str | None) -> dict[str, Any]:
    """`you`'s MediationState as the page polls it (JSON)."""
    return _model(you, side_with).model_dump(mode="json")


def _model(you: str, side_with: str | None) -> MediationState:
    """`you`'s MediationState: the three in the call, `side_with` (if any) in a side talk with
    the mediator."""
    side = {MEDIATOR, side_with} if side_with else set()
    return MediationState(
        session_id=SID,
        you=you,
        participants=[
            ParticipantShown(
                participant_id=pid,
                role=ROLE[pid],
                display_name=NAME[pid],
                joined_by="staff_login" if pid == MEDIATOR else "id_card",
                consented_at=None,
                present=True,
                muted=False,
                in_side_talk=pid in side,
            )
            for pid in (RESIDENT, PARTY, MEDIATOR)
        ],
        side_talk=SideTalkShown(
            with_participant=side_with, started_at=datetime.now(UTC), recorded=True
        )
        if side_with
        else None,
        your_rooms=["main", "side"] if you in side else ["main"],
    )


def _serve(route: Any) -> None:
    """The service's pages, scripts and styles; the vendor scripts empty (no calls here)."""
    path = urlsplit(route.request.url).path
    request = Request(
        {
            "type": "http",
            "scheme": "http",
            "server": ("lexkiosk.test", 80),
            "path": path,
            "headers": [(b"host", b"lexkiosk.test")],
            "query_string": b"",
        }
    )
    html = {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Security-Policy": page_csp(request),
    }
    if path == "/join/inv_tiles":
        body = join_page.page("inv_tiles", "ABCDEFGH", "v1")
        route.fulfill(status=200, headers=html, body=body)
    elif path == f"/console/sessions/{SID}/mediation":
        body = console_html.page(_model(MEDIATOR, None), "mia", ZoneInfo("Asia/Shanghai"))
        route.fulfill(status=200, headers=html, body=body)
    elif path.startswith("/console/sessions/static/") and path.rsplit("/", 1)[1] in STATIC_FILES:
        name = path.rsplit("/", 1)[1]
        kind = "text/css" if name.endswith(".css") else "text/javascript"
        route.fulfill(status=200, content_type=kind, body=(STATIC_DIR / name).read_text("utf-8"))
    elif path.startswith("/console/sessions/vendor/"):
        route.fulfill(status=200, content_type="text/javascript", body="")
    else:
        route.fulfill(status=404, content_type="text/plain", body="no such page")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        chromium = launch_chromium(driver, ("--autoplay-policy=no-user-gesture-required",))
        try:
            yield chromium
        finally:
            chromium.close()


def _open(browser: Any, path: str, box: str) -> tuple[Any, list[str]]:
    """The page at `path`, its tiles to go into `box` (a selector); and its script errors."""
    page = browser.new_page(viewport={"width": 1000, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.route(f"{BASE}/**", _serve)
    page.goto(BASE + path)
    page.evaluate("(box) => { window.tilesBox = box; }", box)
    return page, errors


def _note(page: Any, room: str, pid: str) -> Any:
    return page.locator(f'figure.tile[data-room="{room}"][data-participant="{pid}"] .tile-note')


def _says(page: Any, room: str, pid: str, key: str) -> Any:
    note = _note(page, room, pid)
    page.wait_for_function(
        "([sel, key]) => document.querySelector(sel)?.dataset.note === key",
        arg=[f'figure.tile[data-room="{room}"][data-participant="{pid}"] .tile-note', key],
        timeout=10_000,
    )
    return note


def test_the_guest_sees_connecting_then_the_side_talk_cover_until_media_flows_again(
    browser: Any, tmp_path: Path
) -> None:
    """GIVEN the other party's join page with the resident's and the mediator's tiles WHEN
    no frame came yet, then frames, then the two go into a side talk, then it ends THEN the
    tiles say 正在连接… until the first frame; during the side talk both are covered with
    "单独谈话中 · 请稍候" (real text, aria-live polite, no accessibility problem); after it the
    cover stays on each tile (kept or subscribed anew) until it shows a frame again."""
    shots = screenshots_dir(tmp_path)
    page, errors = _open(browser, "/join/inv_tiles", "#videos")
    page.evaluate("() => { document.getElementById('call').hidden = false; }")
    page.evaluate(MAKE_TILE, ["main", 1, RESIDENT])
    page.evaluate(MAKE_TILE, ["main", 3, MEDIATOR])
    page.evaluate("(s) => window.tiles.show(s)", _state(PARTY, None))
    for pid in (RESIDENT, MEDIATOR):
        note = _says(page, "main", pid, "connecting")
        assert note.is_visible() and note.text_content() == "正在连接… Connecting…"
    page.screenshot(path=str(shots / "tiles-join-connecting.png"), full_page=True)
    page.evaluate("() => { window.paint.main1(); window.paint.main3(); }")
    for pid in (RESIDENT, MEDIATOR):
        assert not _says(page, "main", pid, "").is_visible()

    page.evaluate("(s) => window.tiles.show(s)", _state(PARTY, RESIDENT))
    for pid in (RESIDENT, MEDIATOR):
        note = _says(page, "main", pid, "away")
        assert note.is_visible() and note.text_content() == f"{AWAY} Paused during the private talk"
        assert note.get_attribute("aria-live") == "polite"
        assert note.locator("span[lang=en]").count() == 1
    page.screenshot(path=str(shots / "tiles-join-side-talk.png"), full_page=True)
    assert accessibility_problems(page) == []

    # the side talk ends: the resident's tile is kept (still frozen), the mediator's made anew
    page.evaluate("(s) => window.tiles.show(s)", _state(PARTY, None))
    page.evaluate("() => document.getElementById('tile-main-3').remove()")
    page.evaluate(MAKE_TILE, ["main", 4, MEDIATOR])
    for pid in (RESIDENT, MEDIATOR):
        assert _says(page, "main", pid, "away").is_visible()
    page.evaluate("() => window.paint.main4()")
    assert not _says(page, "main", MEDIATOR, "").is_visible()
    assert _note(page, "main", RESIDENT).get_attribute("data-note") == "away"
    page.evaluate("() => window.paint.main1()")
    assert not _says(page, "main", RESIDENT, "").is_visible()
    assert errors == []
    page.close()


def test_the_mediator_sees_who_is_in_the_side_talk_and_who_waits(
    browser: Any, tmp_path: Path
) -> None:
    """GIVEN the mediator's mediation page with the resident's and the other party's tiles in
        the main room, flowing WHEN the mediator holds a side talk with the resident (the page
        adds the resident's side-room tile) THEN the resident's frozen main-room tile is covered
        with 单独谈话中, the other party's tile is marked 在主会场等候 and the side-room tile shows
        its picture; after the side talk the resident's kept tile says 正在连接… until a frame
    comes, and no tile is marked."""
    shots = screenshots_dir(tmp_path)
    page, errors = _open(browser, f"/console/sessions/{SID}/mediation", "#mediation-videos")
    page.evaluate(MAKE_TILE, ["main", 1, RESIDENT])
    page.evaluate(MAKE_TILE, ["main", 2, PARTY])
    page.evaluate("(s) => window.tiles.show(s)", _state(MEDIATOR, None))
    page.evaluate("() => { window.paint.main1(); window.paint.main2(); }")
    for pid in (RESIDENT, PARTY):
        _says(page, "main", pid, "")

    page.evaluate("(s) => window.tiles.show(s)", _state(MEDIATOR, RESIDENT))
    page.evaluate(MAKE_TILE, ["side", 7, RESIDENT])
    assert _says(page, "side", RESIDENT, "connecting").is_visible()
    page.evaluate("() => window.paint.side7()")
    assert not _says(page, "side", RESIDENT, "").is_visible()
    cover = _says(page, "main", RESIDENT, "with_us")
    assert cover.is_visible() and cover.text_content() == "单独谈话中 In the side talk"
    badge = _says(page, "main", PARTY, "waiting")
    assert badge.is_visible() and badge.text_content() == "在主会场等候 Waiting in the main room"
    page.locator("#mediation-videos").screenshot(path=str(shots / "tiles-mediator-side-talk.png"))
    assert accessibility_problems(page) == []

    page.evaluate("(s) => window.tiles.show(s)", _state(MEDIATOR, None))
    page.evaluate("() => document.getElementById('tile-side-7').remove()")
    assert not _says(page, "main", PARTY, "").is_visible()
    # the mediator was in it: the resident's frozen tile waits for a frame as a new one does
    assert _says(page, "main", RESIDENT, "connecting").is_visible()
    page.evaluate("() => window.paint.main1()")
    assert not _says(page, "main", RESIDENT, "").is_visible()
    assert errors == []
    page.close()
