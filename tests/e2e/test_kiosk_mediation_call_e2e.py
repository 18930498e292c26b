"""The kiosk SHELL's mediation call screen in a real mediation (issue 18), inside a network
namespace the test creates: `lexkiosk-central serve`, Janus and coturn (tests/helpers/
call_scene.py); the kiosk shell offscreen with its emulated camera; a mediator who claims the
resident's mediation session over HTTP and an invited party who redeems the SMS invitation
with the code and the last four, both publishing counter patterns from aiortc on the scene's
staff loop. The shell follows the session: it shows both others' live pictures in their tiles
(named by participant id), joins the side room while the mediator talks with the resident
alone, leaves it afterwards with the main room's pictures flowing again, and leaving the call
ends the journey with the resident's data wiped."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

import httpx
import pytest

from kiosk.flows.journey import MEDIATION_CALL
from kiosk.qt import Qt
from kiosk.shell import Shell
from remote_sessions.grant import JoinGrant
from remote_sessions.pattern import counter_frame, read_counter
from remote_sessions.tracks import FrameSourceTrack, ToneTrack
from remote_sessions.videoroom import VideoRoomClient
from tests.helpers.browser import screenshots_dir
from tests.helpers.call_scene import TERMINAL, CallScene, call_scene
from tests.helpers.media import require_media
from tests.helpers.netns import Namespace
from tests.media_scenario import SIZE
from tests.session_call_full_scenario import kiosk_device_overrides, wait_on

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(300)]
CLICK = Qt.MouseButton.LeftButton
START = {"party": 20000, "mediator": 40000, "mediator_side": 60000}


@pytest.fixture(scope="module")
def mediation(netns: Namespace, tmp_path_factory: pytest.TempPathFactory):
    require_media()
    data = tmp_path_factory.mktemp("kiosk-mediation")
    with call_scene(netns, data) as scene:
        yield scene, data


async def _all(*steps: Coroutine[Any, Any, object]) -> None:
    await asyncio.gather(*steps)


def _client(grant: dict[str, Any], who: str) -> VideoRoomClient:
    counter = itertools.count(START[who])
    return VideoRoomClient(
        JoinGrant.from_dict(grant),
        video=lambda: FrameSourceTrack(lambda: counter_frame(next(counter), *SIZE), 15, SIZE),
        audio=lambda: ToneTrack(550.0),
        connect_timeout_s=60,
    )


def _seen(shell: Shell, who: str, ranges: tuple[str, ...]) -> set[int]:
    """Counters of `ranges` in the picture the kiosk holds for participant `who`."""
    frame = shell.controllers.mediation.ctx.runner.pictures().get(who)  # type: ignore[union-attr]
    value = None if frame is None else read_counter(frame.pixels)
    return {value for r in ranges if value is not None and START[r] <= value < START[r] + 10000}


def _until_counters(
    qtbot, shell: Shell, who: str, ranges: tuple[str, ...], n: int = 3, above: int = -1
) -> set[int]:
    """`n` distinct counters of `who`'s picture, each above `above` (a tile keeps showing its
    last frame until a new one arrives: counters up to `above` are that frame, not news)."""
    seen: set[int] = set()

    def enough() -> bool:
        seen.update(c for c in _seen(shell, who, ranges) if c > above)
        return len(seen) >= n

    qtbot.waitUntil(enough, timeout=60_000)
    return seen


def test_the_shell_shows_two_real_participants_and_follows_the_side_talk(
    qtbot, make_shell, mediation: tuple[CallScene, Path], tmp_path: Path
) -> None:
    """GIVEN a resident's mediation claimed by a mediator and an invited party admitted, both
    publishing WHEN the kiosk shell follows the session THEN its tiles show both pictures; in
    the mediator's side talk with the resident it joins the side room and shows the mediator's
    side picture; after it, only the main room, the pictures rising again; leaving wipes."""
    calls, data = mediation
    scene, http = calls.scene, calls.scene.http
    scene.org("committee", "150100", kind="mediation_committee")
    mediator = scene.staff("mia", "mediator", "committee")
    scene.available(mediator)
    kiosk = {"Authorization": f"Bearer {calls.device_token}"}
    number = scene.delivered_request(TERMINAL, kiosk, kind="mediation")
    shell: Shell = make_shell(
        token=calls.device_token,
        central_url=calls.base,
        terminal_id=TERMINAL,
        **kiosk_device_overrides(tmp_path / "kiosk-devices"),
    )
    shell.start()
    shots = screenshots_dir(tmp_path)
    w, screen = shell.window, shell.window.mediation_call
    controller = shell.controllers.mediation
    runner = controller.ctx.runner
    assert runner is not None
    qtbot.mouseClick(w.attract.start_button, CLICK)
    shell.controllers.session.offer("mediation", number)  # the request's video session entry
    qtbot.mouseClick(w.session_consent.agree_button, CLICK)
    qtbot.waitUntil(lambda: shell.sessions.session_id is not None, timeout=30_000)
    sid = shell.sessions.session_id
    assert sid is not None
    assert http.post(f"/api/v1/sessions/{sid}/claim", headers=mediator).status_code == 200
    assert http.post(f"/api/v1/sessions/{sid}/connect", headers=mediator).status_code == 200
    staff_url = f"/api/v1/staff/sessions/{sid}"
    invited = http.post(
        f"{staff_url}/invitations",
        json={
            "delivery": "sms",
            "display_name": "李四",
            "id_last4": "123X",
            "phone": "13900139000",
        },
        headers=mediator,
    ).json()
    message = json.loads((data / "invitations.jsonl").read_text().splitlines()[-1])
    guest = httpx.Client(base_url=calls.base, timeout=60)  # the invited party's own cookie jar
    admitted = guest.post(
        f"/api/v1/invitations/{invited['invitation_id']}/redeem",
        json={
            "code": message["code"],
            "id_last4": "123X",
            "consent": True,
            "consent_version": "2026-12",
        },
    )
    assert admitted.status_code == 200, admitted.text
    party_id = admitted.json()["participant_id"]
    view = http.get(f"/api/v1/terminal/sessions/{sid}/mediation", headers=kiosk).json()
    roles = {p["role"]: p["participant_id"] for p in view["participants"]}
    mediator_id, resident_id = roles["mediator"], view["you"]

    def grant(who: str, room: str = "main") -> dict[str, Any]:
        if who == "mediator":
            reply = http.get(f"{staff_url}/grant", params={"room": room}, headers=mediator)
        else:
            reply = guest.get(f"/api/v1/guest/sessions/{sid}/grant", params={"room": room})
        assert reply.status_code == 200, reply.text
        body: dict[str, Any] = reply.json()
        return body

    loop = calls.staff.loop.loop
    others = {
        "party": _client(grant("party"), "party"),
        "mediator": _client(grant("mediator"), "mediator"),
    }
    side_client: VideoRoomClient | None = None
    try:
        wait_on(qtbot, loop, _all(*(c.start() for c in others.values())))
        # the mediator's claim hands the session to the mediation call screen
        qtbot.waitUntil(lambda: shell.journey.navigator.current == MEDIATION_CALL, timeout=30_000)
        assert shell.journey.idle.paused  # listening in a call is not being idle
        party_seen = _until_counters(qtbot, shell, party_id, ("party",))
        mediator_seen = _until_counters(qtbot, shell, mediator_id, ("mediator",))
        assert party_seen and mediator_seen
        shown = {
            t.tile.participant_id
            for t in screen.tiles
            if t.tile is not None
            and t.picture.pixmap() is not None
            and not t.picture.pixmap().isNull()
        }
        assert {party_id, mediator_id} <= shown, shown
        w.grab().save(str(shots / "kiosk-mediation-main.png"))

        side = http.post(
            f"{staff_url}/side-talk", json={"participant_id": resident_id}, headers=mediator
        )
        assert side.status_code == 204, side.text
        side_client = _client(grant("mediator", "side"), "mediator_side")
        wait_on(qtbot, loop, side_client.start())
        qtbot.waitUntil(
            lambda: set(runner.call.rooms) == {"main", "side"} if runner.call else False,
            timeout=30_000,
        )
        _until_counters(qtbot, shell, mediator_id, ("mediator_side",))
        w.grab().save(str(shots / "kiosk-mediation-side.png"))

        frozen = set(_seen(shell, mediator_id, ("mediator",)))  # the main room's last frame
        assert http.delete(f"{staff_url}/side-talk", headers=mediator).status_code in (200, 204)
        wait_on(qtbot, loop, side_client.close())
        side_client = None
        qtbot.waitUntil(
            lambda: set(runner.call.rooms) == {"main"} if runner.call else False, timeout=30_000
        )
        after = _until_counters(
            qtbot, shell, mediator_id, ("mediator",), above=max(mediator_seen | frozen)
        )
        assert min(after) > max(mediator_seen)  # live again, not the frozen picture
        _until_counters(qtbot, shell, party_id, ("party",))

        qtbot.mouseClick(screen.leave_button, CLICK)
        assert shell.journey.navigator.current != MEDIATION_CALL and shell.session.empty
        assert not shell.journey.idle.paused
        qtbot.waitUntil(lambda: runner.call is None, timeout=30_000)
    finally:
        clients = [*others.values(), *([side_client] if side_client else [])]
        wait_on(qtbot, loop, _all(*(c.close() for c in clients)))
        guest.close()
