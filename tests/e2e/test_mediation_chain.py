"""Issue 18's three-party acceptance chain, every part a real process inside one test network
namespace: `lexkiosk-central serve` with media (Janus recording, coturn) and evidence settings
(Certomancer's CA, time-stamp authority and OCSP as a real HTTP server); the resident's kiosk
shell offscreen, driven by clicks, its emulated camera showing a counter and its emulated
microphone a 440 Hz tone; the mediator in one headless Chromium on the console's mediation
page (fake camera: counters from 40000, 660 Hz) and the other party in another, joining by the
link the FileNotifier wrote, with the code and the last four and the consent (counters from
20000, 550 Hz). Both pages run janus.js against the real Janus (rooms.js).

Everyone receives the others' frames and tones; in the mediator's side talk with the resident
the other party's page, modified to subscribe to every publisher it can list and to try the
side room, receives nothing of either and is refused; afterwards media flows again. Both
parties sign the agreement, the mediator confirms, it is sealed and pyHanko validates the seal;
the recording holds all three participants and the side talk as its own segment."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from central.auth.staff import organisation_by_code
from central.db import Database
from central.seed.load import load_seed
from kiosk.flows.journey import MEDIATION_CALL
from kiosk.qt import Qt
from kiosk.shell import Shell
from remote_sessions.pattern import read_counter
from tests.central.sessions.support import Headers, Scene
from tests.helpers.agreement import VALUES
from tests.helpers.browser import require_chromium, screenshots_dir
from tests.helpers.call_stack import central_with_media
from tests.helpers.certomancer_pki import CertomancerPki, running_pki
from tests.helpers.fake_capture import write_counter_y4m, write_tone_wav
from tests.helpers.kiosk_call import sign_by_touch
from tests.helpers.media import namespace_media, require_media
from tests.helpers.mediation_browser import (
    RoomsPage,
    console_mediation_page,
    invite_and_join,
    launch,
    mediator_with_password,
    played_tones,
)
from tests.helpers.mediation_seal import listed_segments, recording_of, validated
from tests.helpers.netns import Namespace
from tests.helpers.netns_enter import inside
from tests.helpers.sealed_acts import evidence_settings_file
from tests.media_scenario import COUNTER_START, TONES
from tests.session_call_full_scenario import kiosk_device_overrides

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(400)]
CLICK = Qt.MouseButton.LeftButton
TERMINAL = "K001"
PASSWORD = "correct horse battery staple"
LAST4 = "123X"
# whose counter: [low, high) of each participant's camera
RANGE = {
    "resident": (COUNTER_START["kiosk"], COUNTER_START["kiosk"] + 1000),
    "party": (20000, 21000),
    "mediator": (40000, 41000),
}
CONSOLE: list[str] = []  # the pages' console lines, kept with the screenshots on failure
TONE = {"resident": TONES["kiosk"], "party": 550.0, "mediator": 660.0}


@dataclass
class Chain:
    base: str
    http: httpx.Client
    data: Path
    db: Database
    pki: CertomancerPki
    scene: Scene
    mediator: Headers
    device_token: str
    browsers: dict[str, Any]


@pytest.fixture(scope="module")
def chain(netns: Namespace, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chain]:
    """Everything inside `netns`: this thread enters it for the module, so Certomancer, the
    service, Janus, coturn, Playwright's Chromiums and the shell's network loop do too."""
    require_media()
    require_chromium()
    from playwright.sync_api import sync_playwright

    data = tmp_path_factory.mktemp("mediation-chain")
    with ExitStack() as stack:
        stack.enter_context(inside(netns))
        pki = stack.enter_context(running_pki(data / "pki"))
        media = namespace_media(data / "media", netns.address_a, netns.address_b, netns.address_a)
        evidence = evidence_settings_file(pki, data)
        base, db = stack.enter_context(
            central_with_media(data, media, "--evidence-settings", str(evidence))
        )
        http = stack.enter_context(httpx.Client(base_url=base, timeout=60))
        scene = Scene(http, db)
        scene.org("root", "150000", kind="justice_bureau")
        scene.org("committee", "150100", kind="mediation_committee", parent="root")
        scene.org("district", "150102", kind="justice_bureau", parent="root")
        with db.session() as session:
            load_seed(session, organisation_by_code(session, "root").id, "test")
        mediator = mediator_with_password(scene, db, "mia", PASSWORD)
        scene.available(mediator)
        kiosk = scene.terminal(TERMINAL, "district")
        driver = stack.enter_context(sync_playwright())
        browsers = {}
        for who in ("mediator", "party"):
            folder = data / who
            folder.mkdir()
            video = write_counter_y4m(folder / "camera.y4m", RANGE[who][0], size=(320, 240))
            audio = write_tone_wav(folder / "microphone.wav", TONE[who])
            browsers[who] = launch(driver, video, audio)
            stack.callback(browsers[who].close)
        token = kiosk["Authorization"].split(" ", 1)[1]
        yield Chain(base, http, data, db, pki, scene, mediator, token, browsers)


def _until(check: Any, timeout_s: float, what: str, qtbot: Any) -> Any:
    """Wait (processing Qt events) until `check()` answers something truthy."""
    found: list[Any] = []

    def done() -> bool:
        got = check()
        if got:
            found.append(got)
        return bool(got)

    try:
        qtbot.waitUntil(done, timeout=int(timeout_s * 1000))
    except AssertionError as err:
        raise AssertionError(f"{what} did not happen within {timeout_s} s") from err
    return found[-1]


def _kiosk_counters(shell: Shell, pid: str, who: str) -> set[int]:
    runner = shell.controllers.mediation.ctx.runner
    frame = runner.pictures().get(pid) if runner is not None else None
    value = None if frame is None else read_counter(frame.pixels)
    low, high = RANGE[who]
    return {value} if value is not None and low <= value < high else set()


def _from(
    page: RoomsPage, pid: str, who: str, room: str = "main", since: dict[str, int] | None = None
) -> set[int]:
    return page.counters(*RANGE[who], since=since).get(f"{pid}|{room}", set())


def _new_counters(qtbot: Any, read: Any, above: int, n: int, what: str) -> set[int]:
    """`n` distinct counters above `above` from `read()` (called repeatedly)."""
    seen: set[int] = set()

    def enough() -> bool:
        seen.update(c for c in read() if c > above)
        return len(seen) >= n

    _until(enough, 60, what, qtbot)
    return seen


def _kiosk_into_call(qtbot: Any, make_shell: Any, chain: Chain, tmp_path: Path) -> Shell:
    """The resident asks for the mediation at the kiosk, by clicks; the mediator claims it."""
    kiosk = {"Authorization": f"Bearer {chain.device_token}"}
    number = chain.scene.delivered_request(TERMINAL, kiosk, kind="mediation")
    shell: Shell = make_shell(
        token=chain.device_token,
        central_url=chain.base,
        terminal_id=TERMINAL,
        **kiosk_device_overrides(tmp_path / "kiosk-devices"),
    )
    shell.start()
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, CLICK)
    shell.controllers.session.offer("mediation", number)  # the request's video session entry
    qtbot.mouseClick(w.session_consent.agree_button, CLICK)
    qtbot.waitUntil(lambda: shell.sessions.session_id is not None, timeout=30_000)
    return shell


def test_three_parties_a_side_talk_a_signed_sealed_agreement_and_the_recording(
    qtbot: Any, make_shell: Any, chain: Chain, tmp_path: Path
) -> None:
    """GIVEN a resident's mediation asked for at the kiosk, claimed by the mediator, the other
    party invited WHEN all three are in the call, the mediator holds a side talk with the
    resident, ends it, and the agreement is signed and confirmed THEN each receives the others'
    frames and tones, the other party's modified page receives nothing of the side talk and is
    refused its room, the agreement is sealed (pyHanko: valid, trusted) and the recording holds
    three participants and a side-talk segment marked so."""
    began = time.monotonic()
    shots = screenshots_dir(tmp_path)
    http, med = chain.http, chain.mediator
    shell = _kiosk_into_call(qtbot, make_shell, chain, tmp_path)
    sid = shell.sessions.session_id
    assert sid is not None
    assert http.post(f"/api/v1/sessions/{sid}/claim", headers=med).status_code == 200
    assert http.post(f"/api/v1/sessions/{sid}/connect", headers=med).status_code == 200
    recording = http.post(
        f"/api/v1/sessions/{sid}/recording",
        json={"consent_read_aloud": True, "consent_spoken": True},
        headers=med,
    )
    assert recording.status_code == 200, recording.text
    mediator = console_mediation_page(
        chain.browsers["mediator"], chain.base, sid, ("mia", PASSWORD), CONSOLE
    )
    party = invite_and_join(
        mediator, chain.browsers["party"], chain.data / "invitations.jsonl", LAST4, CONSOLE
    )
    qtbot.waitUntil(lambda: shell.journey.navigator.current == MEDIATION_CALL, timeout=30_000)
    view = http.get(f"/api/v1/staff/sessions/{sid}/mediation", headers=med).json()
    pid = {p["role"]: p["participant_id"] for p in view["participants"]}
    ids = {"resident": pid["resident"], "party": pid["other_party"], "mediator": pid["mediator"]}
    joined = {p["role"]: p["joined_by"] for p in view["participants"]}
    assert joined["other_party"] == "code_and_id_last4", joined
    # THEN the mediator's open page (refreshed) lists both parties' consent to the recording:
    # the resident's by voice (the recording started), the other party's on joining
    consented = mediator.page.locator("#recording-consented")
    consented.filter(has_text="加入时同意").wait_for(timeout=30_000)
    assert "口头同意" in consented.inner_text(), consented.inner_text()
    assert "申请人" not in mediator.page.locator("#recording-not-consented").inner_text()
    pages = {"mediator": mediator, "party": party}
    try:
        _the_call(qtbot, chain, sid, shell, pages, ids, tmp_path, began)
    finally:
        for who, page in pages.items():
            page.page.screenshot(path=str(shots / f"chain-{who}-last.png"), full_page=True)
        runner = shell.controllers.mediation.ctx.runner
        said = {w: p.page.inner_text("body")[:600] for w, p in pages.items()}
        (shots / "chain-last.json").write_text(
            json.dumps(
                {
                    "ids": ids,
                    "pages": said,
                    "kiosk": sorted(runner.pictures()) if runner else None,
                    "console": CONSOLE[-80:],
                },
                ensure_ascii=False,
            )
        )


def _the_call(
    qtbot: Any,
    chain: Chain,
    sid: str,
    shell: Shell,
    pages: dict[str, RoomsPage],
    ids: dict[str, str],
    tmp_path: Path,
    began: float,
) -> None:
    http, med = chain.http, chain.mediator
    shots = screenshots_dir(tmp_path)
    mediator, party = pages["mediator"], pages["party"]

    # everyone receives the others' frames and tones
    for who in ("party", "mediator"):
        _new_counters(
            qtbot, lambda w=who: _kiosk_counters(shell, ids[w], w), -1, 3, f"kiosk<-{who}"
        )
    for me, page in pages.items():
        for who in set(RANGE) - {me}:
            _new_counters(qtbot, lambda p=page, w=who: _from(p, ids[w], w), -1, 5, f"{me}<-{who}")
            _until(
                lambda p=page, w=who: abs((p.tones().get(f"{ids[w]}|main") or 0) - TONE[w]) < 15,
                30,
                f"{me} hears {who}",
                qtbot,
            )
    heard = _until(
        lambda: (
            set(played_tones(tmp_path / "audio", (TONE["party"], TONE["mediator"])))
            == {TONE["party"], TONE["mediator"]}
        ),
        30,
        "the kiosk's loudspeaker plays both tones",
        qtbot,
    )
    assert heard
    joined_s = time.monotonic() - began

    # the side talk: the mediator's button, the server moves the two into the side room
    mediator.page.locator(
        f'form[action$="/side-talk"]:has(input[value="{ids["resident"]}"]) button'
    ).click()
    mediator.page.locator("#mediation-now", has_text="单独谈话中").wait_for(timeout=30_000)
    _new_counters(
        qtbot, lambda: _from(mediator, ids["resident"], "resident", "side"), -1, 5, "side: med<-res"
    )
    runner = shell.controllers.mediation.ctx.runner
    assert runner is not None
    _until(
        lambda: runner.call is not None and set(runner.call.rooms) == {"main", "side"},
        30,
        "the kiosk in the side room",
        qtbot,
    )
    # the kiosk subscribes in the side room (require_pvtid: with its side publisher's id)
    side_media = runner.call.rooms["side"].remote  # type: ignore[union-attr]
    _until(
        lambda: any(
            RANGE["mediator"][0] <= (read_counter(f.pixels) or 0) < RANGE["mediator"][1]
            for f in side_media.frames().values()
        ),
        30,
        "the kiosk receives the mediator in the side room",
        qtbot,
    )
    side_room = http.get(
        f"/api/v1/staff/sessions/{sid}/grant", params={"room": "side"}, headers=med
    ).json()["room_id"]
    tried = party.subscribe_everything(
        f"/api/v1/guest/sessions/{sid}/grant?room=main", int(side_room)
    )
    assert tried["sideGrant"] == 403, tried
    assert tried["refusals"] and not any(r.startswith("ADMITTED") for r in tried["refusals"]), tried
    assert {ids["resident"], ids["mediator"]} <= set(tried["listed"]["main"]), tried
    assert {ids["resident"], ids["mediator"]} <= set(tried["listed"]["side"]), tried  # it tried
    qtbot.wait(1000)  # what was in flight when the side talk began drains (no poll here)
    before, mark, heard_mark = party.received(), party.mark(), mediator.mark()
    # a <video> keeps showing its last frame: counters already seen are not news
    shown = {who: _from(party, ids[who], who) for who in ("resident", "mediator")}
    _side_talk_shown(party, mediator, ids)
    mediator.page.screenshot(path=str(shots / "chain-mediator-side-talk.png"), full_page=True)
    party.page.screenshot(path=str(shots / "chain-party-side-talk.png"), full_page=True)
    assert party.page.locator("#side-note").is_visible()
    qtbot.wait(4000)  # the window in which the other party must receive nothing of the two
    after = party.received()
    for who in ("resident", "mediator"):
        got = {
            k: after.get(ids[who], {}).get(k, 0) - before.get(ids[who], {}).get(k, 0)
            for k in ("bytes", "frames", "audioBytes")
        }
        assert got == {"bytes": 0, "frames": 0, "audioBytes": 0}, (who, got, tried)
        assert not _from(party, ids[who], who, since=mark) - shown[who], who
    # the other party itself is still seen by the mediator in the main room meanwhile
    assert len(_from(mediator, ids["party"], "party", since=heard_mark)) >= 5

    # the side talk ends: media flows to the other party again
    mark = party.mark()
    mediator.page.locator('form[action$="/side-talk/end"] button').click()
    mediator.page.locator("#mediation-now", has_text="单独谈话结束").wait_for(timeout=30_000)
    for who in ("resident", "mediator"):
        _new_counters(
            qtbot,
            lambda w=who: _from(party, ids[w], w, since=mark),
            -1,
            5,
            f"party<-{who} after the side talk",
        )
    # media flows again: no tile of either page is covered or marked any more
    for page in (party, mediator):
        page.page.wait_for_function(
            "() => [...document.querySelectorAll('figure.tile .tile-note')]"
            ".every((n) => n.dataset.note === '')",
            timeout=30_000,
        )

    _agreement_signed_and_sealed(qtbot, chain, sid, pages, shell, tmp_path)
    ended = http.post(f"/api/v1/sessions/{sid}/end", json={"outcome": "completed"}, headers=med)
    assert ended.status_code == 200, ended.text
    assert ended.json()["state"] == "completed", ended.text  # the call had begun
    _until(lambda: len(listed_segments(http, sid, med)) >= 2, 60, "both segments listed", qtbot)
    recording = recording_of(http, chain.db, chain.data, sid, med)
    listed = recording["segments"]
    assert sorted((s["kind"], s["number"]) for s in listed) == [
        ("main", 1),
        ("side_talk", 1),
    ], listed
    [side] = [s for s in listed if s["kind"] == "side_talk"]
    assert {(p["participant_id"], p["role"]) for p in side["participants"]} == {
        (ids["resident"], "resident"),
        (ids["mediator"], "mediator"),
    }, side
    assert side["file_sha256"] and side["duration_s"] > 1.0, side
    # all three in the main room's record, the side room's two (not the other party) in its
    feeds = {s["kind"]: recording["feeds"][str(s["index"])] for s in listed}
    assert feeds == {"main": 3, "side_talk": 2}, recording["feeds"]
    played = recording["side_file"]
    assert played["status"] == 200 and played["frames"] >= 15 and played["audio_frames"] > 0
    assert recording["verify"] == [], recording["verify"]
    assert joined_s < 120, joined_s


def _tile_note(page: RoomsPage, pid: str, room: str = "main") -> Any:
    return page.page.locator(
        f'figure.tile[data-room="{room}"][data-participant="{pid}"] .tile-note'
    )


def _side_talk_shown(party: RoomsPage, mediator: RoomsPage, ids: dict[str, str]) -> None:
    """The other party's page covers the two away with 单独谈话中 · 请稍候 (real text, spoken
    politely) instead of their frozen frames; the mediator's page covers the resident's frozen
    main-room tile, marks the other party as waiting in the main room and shows the resident's
    side-room picture unmarked. (The pages look at the state every 2 s.)"""
    for who in ("resident", "mediator"):
        note = _tile_note(party, ids[who])
        note.and_(party.page.locator("[data-note=away]")).wait_for(timeout=10_000)
        assert note.is_visible() and "单独谈话中 · 请稍候" in note.inner_text(), who
        assert note.get_attribute("aria-live") == "polite"
    _tile_note(mediator, ids["resident"]).and_(
        mediator.page.locator("[data-note=with_us]")
    ).wait_for(timeout=10_000)
    waiting = _tile_note(mediator, ids["party"])
    waiting.and_(mediator.page.locator("[data-note=waiting]")).wait_for(timeout=10_000)
    assert "在主会场等候" in waiting.inner_text()
    side = _tile_note(mediator, ids["resident"], "side")
    assert side.get_attribute("data-note") == "" and not side.is_visible()


def _agreement_signed_and_sealed(
    qtbot: Any, chain: Chain, sid: str, pages: dict[str, RoomsPage], shell: Shell, tmp_path: Path
) -> None:
    """The mediator fills the agreement in; the other party signs on the guest page's canvas
    by mouse, the resident on the kiosk's agreement screen by touch, the mediator confirms
    with the button of the console's panel; the seal validates."""
    http, med = chain.http, chain.mediator
    party, mediator = pages["party"], pages["mediator"]
    filled = http.put(f"/api/v1/sessions/{sid}/agreement", json={"values": VALUES}, headers=med)
    assert filled.status_code == 200, filled.text
    page = party.page.context.new_page()  # the guest's cookie
    page.goto(f"{chain.base}/guest/sessions/{sid}/agreement")
    box = page.locator("#pad").bounding_box()
    x, y = box["x"] + 40, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    for i in range(1, 30):
        page.mouse.move(x + i * 15, y + (25 if i % 2 else -25), steps=2)
    page.mouse.up()
    page.click("#sign")
    page.wait_for_selector("#sign-message[data-result=signed]", timeout=30_000)
    # the resident opens the agreement from the call screen and signs with a finger
    w = shell.window
    call = w.mediation_call
    qtbot.waitUntil(lambda: call.agreement_button.isVisible(), timeout=30_000)
    qtbot.mouseClick(call.agreement_button, CLICK)
    screen = w.mediation_agreement
    qtbot.waitUntil(lambda: screen.state == "reading", timeout=30_000)
    sign_by_touch(qtbot, screen.pad)
    qtbot.mouseClick(screen.sign, CLICK)
    qtbot.waitUntil(lambda: screen.state == "agreement_signed", timeout=30_000)
    # the other party's and the resident's signatures given, the mediator's still missing
    qtbot.waitUntil(lambda: screen.parties.text().count("未签名") == 1, timeout=30_000)
    w.grab().save(str(screenshots_dir(tmp_path) / "chain-kiosk-agreement-signed.png"))
    qtbot.mouseClick(screen.back, CLICK)
    # the mediator confirms with the panel's button (the panel is fetched anew every 5 s)
    confirm = mediator.page.locator("#agreement-confirm")
    confirm.wait_for(state="visible", timeout=30_000)
    confirm.click()
    mediator.page.locator("#agreement-confirmed").wait_for(timeout=30_000)
    sealed_url = f"/api/v1/sessions/{sid}/agreement/sealed"
    pdf = _until(
        lambda: (r := http.get(sealed_url, headers=med)).status_code == 200 and r.content,
        60,
        "the agreement's seal",
        qtbot,
    )
    with ThreadPoolExecutor(1) as own_loop:  # pyHanko runs asyncio; Playwright holds this one
        status = own_loop.submit(validated, pdf, chain.pki.cert_file("root")).result()
    assert status.bottom_line, status.pretty_print_details()
