"""Issue 16's acceptance call, every participant a real process inside a network namespace
the test creates (no route out): `lexkiosk-central serve`, Janus and coturn
(tests/helpers/call_scene.py); the kiosk SHELL offscreen, its emulated camera showing a
counter from 1000 and its emulated microphone a 440 Hz tone, driven by clicks from the home
screen; Debian's headless Chromium (Playwright) whose fake camera plays a counter from 40000
and fake microphone 660 Hz, logged in to the console as a notary. The test's thread enters
the namespace (so does the shell's network loop); the browser runs on the scene's staff
loop, a thread started inside it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kiosk.flows.connectivity import Link
from kiosk.qt import Qt
from kiosk.shell import Shell
from tests.console_call_scenario import add_notary
from tests.helpers.browser import require_chromium, screenshots_dir
from tests.helpers.browser_call import FakeDevices
from tests.helpers.call_scene import TERMINAL, CallScene, call_scene
from tests.helpers.kiosk_call import decoded, to_waiting_room
from tests.helpers.media import require_media
from tests.helpers.netns import Namespace
from tests.media_scenario import COUNTER_START, TONES, dominant_hz
from tests.session_call_full_scenario import (
    BrowserNotary,
    kiosk_device_overrides,
    session_record,
    wait_on,
)

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(600)]
CLICK = Qt.MouseButton.LeftButton
CAPTION = "请出示身份证"
TONE_TOLERANCE_HZ = 15
MOVES = ["requested", "queued", "claimed", "connecting", "in_call", "completing", "completed"]


@pytest.fixture(scope="module")
def calls(netns: Namespace, tmp_path_factory: pytest.TempPathFactory):
    require_media()
    require_chromium()
    with call_scene(netns, tmp_path_factory.mktemp("full-call")) as scene:
        yield scene


def kiosk_hears(shell: Shell, found: list[float]) -> bool:
    """The staff's tone in the last second of audio the kiosk received (FFT peak)."""
    remote = shell.sessions.remote
    if remote is None:
        return False
    peak = dominant_hz(remote.audio(), remote.audio_rate)
    if peak is not None:
        found[:] = [peak]
    return peak is not None and abs(peak - TONES["staff"]) <= TONE_TOLERANCE_HZ


def kiosk_pairs(qtbot, shell: Shell) -> list[tuple[str, str]]:
    """The kiosk's selected candidate pairs, read on its network loop (which owns them)."""

    async def pairs() -> list[tuple[str, str]]:
        call = shell.sessions.call
        return call.selected_pairs() if call is not None else []

    pending = shell.network.submit(pairs())
    qtbot.waitUntil(pending.done, timeout=10_000)
    return pending.result()


@pytest.mark.parametrize("relay", [False, True], ids=["direct", "through-turn"])
def test_a_resident_calls_a_notary_from_the_home_screen(
    qtbot, make_shell, calls: CallScene, tmp_path: Path, relay: bool
) -> None:
    """GIVEN a notary logged in to the console in Chromium and set available, and a kiosk
    WHEN the resident asks for a video call by clicks from the home screen, the notary claims
    it, types a text line and ends it with an outcome, and the resident rates the call
    THEN each side decodes the other's rising counter and hears the other's tone, the kiosk
    shows the text line and the rating, and the session's moves, journal and the request's
    history show every step; through TURN every selected candidate pair is relay."""
    mode = "relay" if relay else "direct"
    shots = screenshots_dir(tmp_path)
    shell: Shell = make_shell(
        token=calls.device_token,
        central_url=calls.base,
        terminal_id=TERMINAL,
        **kiosk_device_overrides(tmp_path / "kiosk-devices"),
    )
    shell.sessions.relay_only = relay
    shell.start()  # the whole network side, inside the namespace: started from this thread
    username = f"notary-{mode}"
    add_notary(calls.db, username)
    devices = FakeDevices.make(tmp_path / "browser", COUNTER_START["staff"], TONES["staff"])
    notary = BrowserNotary(calls.base, username, relay, devices)
    loop = calls.staff.loop.loop
    w = shell.window
    seen: dict[str, Any] = {"mode": mode}
    try:
        wait_on(qtbot, loop, notary.open())
        qtbot.waitUntil(lambda: w.strip.link is Link.CONNECTED, timeout=30_000)  # heartbeats
        to_waiting_room(qtbot, shell)
        qtbot.waitUntil(lambda: w.session_wait.position.isVisible(), timeout=30_000)
        sid = shell.sessions.session_id
        assert sid is not None
        seen["call_url"] = wait_on(qtbot, loop, notary.claim(sid))
        call = w.session_call
        qtbot.waitUntil(lambda: w.stack.currentWidget() is call, timeout=90_000)
        kiosk_counters: set[int] = set()
        qtbot.waitUntil(lambda: decoded(shell, kiosk_counters), timeout=90_000)
        kiosk_tone: list[float] = []
        qtbot.waitUntil(lambda: kiosk_hears(shell, kiosk_tone), timeout=90_000)
        seen["kiosk"] = {"counters": sorted(kiosk_counters), "tone_hz": kiosk_tone[0]}
        seen["browser"] = wait_on(qtbot, loop, notary.sees_the_kiosk())
        # both see each other now
        w.grab().save(str(shots / f"kiosk-call-{mode}.png"))
        wait_on(qtbot, loop, notary.screenshot(shots / f"console-call-{mode}.png"))
        seen["kiosk"]["pairs"] = kiosk_pairs(qtbot, shell)
        seen["browser"]["pairs"] = wait_on(qtbot, loop, notary.pairs())

        wait_on(qtbot, loop, notary.type_caption(CAPTION))
        qtbot.waitUntil(lambda: call.caption.text() == CAPTION, timeout=30_000)
        assert call.caption.isVisible()
        assert (call.staff_name.text(), call.staff_role.text()) == ("Ana Notary", "公证员")
        w.grab().save(str(shots / f"kiosk-caption-{mode}.png"))
        seen["ended"] = wait_on(qtbot, loop, notary.end("completed"))
        qtbot.waitUntil(lambda: w.stack.currentWidget() is w.session_rating, timeout=30_000)
        qtbot.mouseClick(w.session_rating.faces[5], CLICK)
        assert w.stack.currentWidget() is w.attract and shell.session.empty
        qtbot.waitUntil(lambda: calls.kept(sid) == ("completed", 5), timeout=30_000)
        qtbot.waitUntil(lambda: not shell.sessions.busy, timeout=30_000)
    finally:
        wait_on(qtbot, loop, notary.close())
    record = session_record(calls.db, sid)
    (shots / f"figures-{mode}.json").write_text(json.dumps(seen, ensure_ascii=False, indent=1))

    kiosk, browser = seen["kiosk"], seen["browser"]
    # the notary's counter (40000 up) decoded from the frames the kiosk's call screen shows
    assert len(kiosk["counters"]) >= 5 and all(40000 <= c < 40200 for c in kiosk["counters"])
    # the kiosk's camera counter (1000 up) read from the call page's <video> through a canvas
    assert len(set(browser["counters"])) >= 5, browser
    assert all(1000 <= c < 1000 + 60 for c in browser["counters"]), browser
    assert abs(kiosk["tone_hz"] - TONES["staff"]) <= TONE_TOLERANCE_HZ
    assert abs(browser["tone_hz"] - TONES["kiosk"]) <= TONE_TOLERANCE_HZ
    assert "通话中" in browser["status"]
    assert kiosk["pairs"] and browser["pairs"], seen
    if relay:
        assert "?ice=relay" in seen["call_url"]
        assert all(local == "relay" for local, _ in kiosk["pairs"]), kiosk
        assert all(local == "relay" for local, _ in browser["pairs"]), browser
    else:
        assert all(local == "host" for local, _ in browser["pairs"]), browser

    assert record["moves"] == MOVES, record
    assert record["journal"] == [f"session.{m}" for m in MOVES] + ["session.rated"], record
    # the outcome moved the request through the request workflow to completed
    assert record["history"][-10:] == [f"session.{m}" for m in MOVES] + [
        "session_outcome.completed",
        "accept",
        "complete",
    ], record
    assert record["rating"] == 5
    assert "已办结" in seen["ended"]["status"]
    assert "outcome: completed" in seen["ended"]["history"]  # the page says its steps in words
