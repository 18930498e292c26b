"""The kiosk's call screens, driven by clicks, against real processes inside a network
namespace the test creates: `lexkiosk-central serve` with media settings, Janus and coturn,
the shell (offscreen) with its network loop, and a scripted notary (aiortc) who claims,
connects, publishes the counter pattern, types in the text line and ends the call.

The test's thread enters the namespace for the module (tests/helpers/netns_enter.py), so the
shell's network loop and every process started from it run inside; no packet leaves it."""

from __future__ import annotations

import threading
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from devices.audio.port import AudioClip
from devices.audio.sim import WavSpeaker
from devices.idcard.emulator import synthetic_card
from devices.xfs import DeviceFamily
from kiosk.flows.identity import from_card
from kiosk.flows.idle import IdlePhase
from kiosk.qt import QCoreApplication, Qt
from kiosk.shell import Shell
from tests.helpers.call_scene import TERMINAL, CallScene, call_scene
from tests.helpers.kiosk_call import decoded, to_waiting_room
from tests.helpers.media import require_media
from tests.helpers.netns import Namespace
from tests.helpers.path_cut import path_cut
from tests.media_scenario import TONES, dominant_hz
from tests.session_scenario import _kiosk_endpoints

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(600)]
CLICK = Qt.MouseButton.LeftButton
PHONE = "13800138000"


@pytest.fixture(scope="module")
def calls(netns: Namespace, tmp_path_factory: pytest.TempPathFactory) -> Iterator[CallScene]:
    require_media()
    with call_scene(netns, tmp_path_factory.mktemp("calls")) as scene:
        yield scene


@pytest.fixture
def kiosk(make_shell, calls: CallScene, tmp_path: Path) -> Shell:
    shell: Shell = make_shell(
        token=calls.device_token, central_url=calls.base, terminal_id=TERMINAL
    )
    shell.network.start()  # inside the namespace: started from this (the test's) thread
    return shell


def slots_answered(qtbot, shell: Shell) -> None:
    """The booking screen's call for free times has come back (the shell may stop now)."""
    calls = shell.controllers.booking.calls
    qtbot.waitUntil(lambda: not calls.busy_with("slots"), timeout=30_000)


def port_played(shell: Shell, clips: int = 5) -> np.ndarray:
    """The last `clips` pieces of the call the kiosk's (emulated) loudspeaker played: 48 kHz
    clips, not the speech's; the emulator keeps only its last few on disk."""
    port = shell.devices.speaker()
    assert isinstance(port, WavSpeaker)
    pieces: list[np.ndarray] = []
    for path in list(port.played)[::-1]:
        try:
            clip = AudioClip.from_wav(path)
        except (FileNotFoundError, wave.Error):  # the emulator dropped it meanwhile
            continue
        if clip.rate == 48_000 and clip.channels == 1:
            pieces.insert(0, np.frombuffer(clip.pcm, dtype="<i2"))
        if len(pieces) == clips:
            break
    return np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int16)


def hears_staff(shell: Shell, louder_than: int = 0) -> int | None:
    """The peak of the staff's tone in what the loudspeaker played last, or None."""
    samples = port_played(shell)
    if len(samples) < 48_000 // 4 or abs((dominant_hz(samples, 48_000) or 0) - TONES["staff"]) > 15:
        return None
    peak = int(np.abs(samples).max())
    return peak if peak > louder_than else None


def test_home_to_queue_to_call_to_rating_then_wiped(qtbot, kiosk: Shell, calls, clock) -> None:
    """GIVEN an available notary WHEN the resident asks for a video call from the home screen
    THEN the waiting room shows the place in the queue; once the notary claims and connects,
    the call screen shows the notary's frames, name, role and typed words; the idle clock
    stands still during the call; the notary ends it, the resident rates it, and the journey
    ends with the resident's data wiped."""
    w = kiosk.window
    calls.set_available(True)
    to_waiting_room(qtbot, kiosk)
    wait = w.session_wait
    qtbot.waitUntil(lambda: wait.position.isVisible(), timeout=30_000)
    assert "1" in wait.position.text() and wait.wait.text()
    assert kiosk.idle.phase is not IdlePhase.EXPIRED
    clock.now += kiosk.idle.timeout_s * 3  # the queue keeps the resident's place
    kiosk.check_idle()
    assert w.stack.currentWidget() is wait and not w.idle_warning.isVisible()
    sid = kiosk.sessions.session_id
    assert sid is not None

    calls.staff.claim_and_join(sid)
    calls.staff.caption(sid, "请把身份证放在读卡器上")
    call = w.session_call
    qtbot.waitUntil(lambda: w.stack.currentWidget() is call, timeout=60_000)
    seen: set[int] = set()
    qtbot.waitUntil(lambda: decoded(kiosk, seen), timeout=60_000)
    qtbot.waitUntil(lambda: call.caption.text() == "请把身份证放在读卡器上", timeout=30_000)
    assert call.caption.isVisible() and call.caption.font().pixelSize() != 0
    assert call.staff_name.text() == "Ana"
    assert call.staff_role.text() == QCoreApplication.translate("Session", "Notary") == "公证员"
    assert call.own.pixmap() is not None and not call.own.pixmap().isNull()  # the self-view

    # the notary's tone comes out of the kiosk's loudspeaker (the audio port), at the
    # screen's volume: louder plays it louder, quieter down to 0 silences it
    assert call.volume == 60
    qtbot.waitUntil(lambda: hears_staff(kiosk) is not None, timeout=30_000)
    at_60 = hears_staff(kiosk) or 0
    qtbot.mouseClick(call.louder, CLICK)
    qtbot.mouseClick(call.louder, CLICK)
    assert call.volume == 100
    louder = at_60 * 4 // 3  # 100 % against 60 %: 5/3 of the peak
    qtbot.waitUntil(lambda: hears_staff(kiosk, louder_than=louder) is not None, timeout=30_000)
    while call.volume:
        qtbot.mouseClick(call.quieter, CLICK)
    qtbot.waitUntil(lambda: not port_played(kiosk).any(), timeout=30_000)

    clock.now += kiosk.idle.timeout_s * 3  # no touch for long: the call is not cut
    kiosk.check_idle()
    assert kiosk.idle.phase is IdlePhase.ACTIVE and not w.idle_warning.isVisible()
    assert w.stack.currentWidget() is call

    calls.staff.end(sid)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.session_rating, timeout=30_000)
    qtbot.waitUntil(lambda: not kiosk.idle.paused, timeout=15_000)  # the call's hold is gone
    qtbot.mouseClick(w.session_rating.faces[5], CLICK)
    assert w.stack.currentWidget() is w.attract
    assert kiosk.session.empty
    assert call.last_remote is None and call.caption.text() == ""
    qtbot.waitUntil(lambda: calls.kept(sid) == ("completed", 5), timeout=30_000)
    qtbot.waitUntil(lambda: not kiosk.sessions.busy, timeout=30_000)
    speaker = kiosk.sessions.speaker
    assert speaker is not None and speaker.held == 0  # nothing of the call waits to be played
    assert not [t for t in threading.enumerate() if t.name == "call-speaker"]


def test_the_idle_clock_runs_again_after_the_call(qtbot, kiosk: Shell, calls, clock) -> None:
    """GIVEN a call the notary ended WHEN the resident walks away from the rating THEN the
    normal idle rules apply again: the warning, then the end of the journey."""
    w = kiosk.window
    calls.set_available(True)
    to_waiting_room(qtbot, kiosk)
    qtbot.waitUntil(lambda: w.session_wait.position.isVisible(), timeout=30_000)
    sid = kiosk.sessions.session_id
    assert sid is not None
    calls.staff.claim_and_join(sid)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.session_call, timeout=60_000)
    qtbot.waitUntil(lambda: calls.kept(sid)[0] == "in_call", timeout=60_000)
    calls.staff.end(sid)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.session_rating, timeout=30_000)
    qtbot.waitUntil(lambda: not kiosk.idle.paused, timeout=15_000)
    clock.now += kiosk.idle.timeout_s - kiosk.idle.warning_s + 1
    kiosk.check_idle()
    assert w.idle_warning.isVisible()
    clock.now += kiosk.idle.warning_s
    kiosk.check_idle()
    assert w.stack.currentWidget() is w.attract and kiosk.session.empty


def test_nobody_available_says_so_and_offers_a_call_back(qtbot, kiosk: Shell, calls) -> None:
    """GIVEN no notary available WHEN the resident asks for a video call THEN the waiting room
    says so plainly (with the central service's words and hours) and offers a call-back and an
    appointment; the call-back is the hotline's existing journey."""
    w = kiosk.window
    calls.set_available(False)
    to_waiting_room(qtbot, kiosk)
    wait = w.session_wait
    qtbot.waitUntil(lambda: wait.appointment_button.isVisible(), timeout=30_000)
    assert wait.message.isVisible() and "回电" in wait.message.text()
    assert wait.callback_button.isVisible() and not wait.position.isVisible()
    qtbot.waitUntil(lambda: not kiosk.sessions.busy, timeout=30_000)
    qtbot.mouseClick(wait.callback_button, CLICK)
    assert w.stack.currentWidget() is w.hotline
    slots_answered(qtbot, kiosk)  # the booking screen passed through asked for free times


def test_leaving_the_queue(qtbot, kiosk: Shell, calls) -> None:
    """GIVEN a resident in the queue WHEN they press leave THEN the session is abandoned at the
    central service and the resident is back where the video call was offered."""
    w = kiosk.window
    calls.set_available(True)
    to_waiting_room(qtbot, kiosk)
    qtbot.waitUntil(lambda: w.session_wait.position.isVisible(), timeout=30_000)
    sid = kiosk.sessions.session_id
    assert sid is not None
    qtbot.mouseClick(w.session_wait.leave_button, CLICK)
    assert w.stack.currentWidget() is w.booking
    qtbot.waitUntil(lambda: calls.kept(sid)[0] == "abandoned", timeout=30_000)
    slots_answered(qtbot, kiosk)
    qtbot.waitUntil(lambda: not kiosk.sessions.busy, timeout=30_000)


def test_a_dropped_call_says_so_and_comes_back(qtbot, kiosk: Shell, calls) -> None:
    """GIVEN a notarisation call with frames flowing, the resident identified by ID card at
    the start WHEN the kiosk's path to Janus goes silent THEN the call screen says so in plain
    words, the central service marks the session interrupted and the kiosk asks for the same
    card again (issue 17); WHEN the path is back and the card is placed THEN the kiosk
    reconnects by itself (a new peer connection), the message goes, the notary's frames flow
    again, the notary reads the start proof and the passed re-proof, and the act completes."""
    w = kiosk.window
    calls.set_available(True)
    card = synthetic_card(5)
    qtbot.mouseClick(w.attract.start_button, CLICK)
    kiosk.journey.session.put("consent", "notary_mediation")  # the identify journey's own
    kiosk.journey.identified(from_card(card))  # tests read the card; here: read at the start
    to_waiting_room(qtbot, kiosk, started=True)
    qtbot.waitUntil(lambda: w.session_wait.position.isVisible(), timeout=30_000)
    sid = kiosk.sessions.session_id
    assert sid is not None
    calls.staff.claim_and_join(sid)
    call = w.session_call
    seen: set[int] = set()
    qtbot.waitUntil(lambda: decoded(kiosk, seen), timeout=60_000)
    qtbot.waitUntil(lambda: calls.kept(sid)[0] == "in_call", timeout=30_000)
    assert not call.banner.isVisible()
    client = kiosk.sessions.call
    assert client is not None
    dropped = QCoreApplication.translate(
        "Session", "The connection dropped. Please stay here: we are bringing it back."
    )
    with path_cut(_kiosk_endpoints(client)):
        qtbot.waitUntil(lambda: call.banner.text() != "", timeout=30_000)
        assert call.banner.text() in (
            dropped,
            QCoreApplication.translate("Session", "Reconnecting… please wait."),
        )
        assert "连接" in call.banner.text()
        qtbot.waitUntil(lambda: calls.kept(sid)[0] == "interrupted", timeout=30_000)
        qtbot.waitUntil(lambda: w.stack.currentWidget() is w.session_reproof, timeout=30_000)
    reader = kiosk.devices.devices[DeviceFamily.ID_READER]
    reader.place(card)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: w.stack.currentWidget() is call, timeout=30_000)
    reader.take_off()  # type: ignore[attr-defined]
    again: set[int] = set()
    qtbot.waitUntil(lambda: decoded(kiosk, again, above=max(seen)), timeout=120_000)
    qtbot.waitUntil(lambda: not call.banner.isVisible(), timeout=30_000)
    assert w.stack.currentWidget() is call
    proofs = calls.staff.http.get(f"/api/v1/sessions/{sid}/identity-proofs").json()
    masked = card.id_number[:6] + "*" * 12
    assert [(p["occasion"], p["result"], p["subject_masked"]) for p in proofs["proofs"]] == [
        ("start", "passed", masked),
        ("reproof", "passed", masked),
    ]
    assert (proofs["drops"], proofs["reproof_needed"]) == (1, False)
    calls.staff.end(sid)  # completed: refused without the re-proof
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.session_rating, timeout=30_000)
    qtbot.mouseClick(w.session_rating.skip_button, CLICK)
    assert kiosk.session.empty
    qtbot.waitUntil(lambda: not kiosk.sessions.busy, timeout=30_000)
