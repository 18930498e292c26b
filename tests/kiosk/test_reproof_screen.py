"""Identity re-proof after a dropped notarisation call (issue 17), at the kiosk: the shell with
its real card driver on the emulator's pseudo-terminal and its network loop, against a real
`lexkiosk-central serve` process. The drop itself (and the runner holding the call until the
re-proof) needs Janus: here the session is put in the dropped state the way the terminal's
report puts it there, and the runner's "re-proof needed" signal is what the call says."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from central.clock import utcnow
from central.db import Database
from central.migrate import upgrade
from central.sessions.models import VideoSession
from central.sessions.transitions import move
from devices.idcard.emulator import synthetic_card
from devices.xfs import DeviceFamily
from kiosk.flows.journey import SESSION_CALL, SESSION_REPROOF
from kiosk.flows.reproof import ReproofStep
from kiosk.qt import Qt
from kiosk.shell import Shell
from tests.central.sessions.support import Headers, Scene
from tests.helpers.journeys import to_identify
from tests.helpers.server import live_service

CLICK = Qt.MouseButton.LeftButton
TERMINAL = "K017"


@dataclass
class Office:
    base: str
    http: httpx.Client
    scene: Scene
    ana: Headers
    kiosk: Headers


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    """GIVEN a real central process with a notary office, notary Ana and terminal K017."""
    root = tmp_path_factory.mktemp("reproof-kiosk")
    url = f"sqlite:///{root / 'central.sqlite3'}"
    upgrade(url)
    with live_service(url, data_dir=root / "data") as service:
        http = httpx.Client(base_url=service.base, timeout=30)
        database = Database(url)
        scene = Scene(http, database)
        scene.org("root", "150000")
        scene.org("city-notary", "150100", parent="root")
        scene.org("district", "150102", kind="justice_bureau", parent="root")
        ana = scene.staff("ana", "notary", "city-notary")
        scene.available(ana)
        kiosk = scene.terminal(TERMINAL, "district")
        try:
            yield Office(service.base, http, scene, ana, kiosk)
        finally:
            http.close()
            database.dispose()


def _dropped_call(office: Office) -> str:
    """A notarisation of K017, claimed by Ana, in the call, then dropped (K017's report)."""
    number = office.scene.delivered_request(TERMINAL, office.kiosk)
    sid: str = office.scene.ask(office.kiosk, number)["session_id"]
    office.http.post(f"/api/v1/sessions/{sid}/claim", headers=office.ana).raise_for_status()
    with office.scene.database.session() as session:
        vs = session.scalars(select(VideoSession).where(VideoSession.public_id == sid)).one()
        move(session, vs, "connecting", "test", room_id=1, room_secret="x")
        move(session, vs, "in_call", "test", started_at=utcnow())
    office.http.post(
        f"/api/v1/kiosk/sessions/{sid}/report", json={"event": "dropped"}, headers=office.kiosk
    ).raise_for_status()
    return sid


def test_after_a_drop_the_same_card_brings_the_call_back_and_the_notary_sees_it(
    qtbot, make_shell, office: Office, tmp_path: Path
) -> None:
    """GIVEN a resident identified by card at the start, in a notarisation call that dropped
    WHEN the call asks for the re-proof THEN the screen asks for the same card; another
    person's card is refused on screen and reported as failed; the resident's own card passes,
    the call screen comes back, and the notary reads one drop, re-proved, masked."""
    token = office.kiosk["Authorization"].removeprefix("Bearer ")
    shell: Shell = make_shell(token=token, central_url=office.base, terminal_id=TERMINAL)
    shell.network.start()
    w = shell.window
    reader = shell.devices.devices[DeviceFamily.ID_READER]
    resident, stranger = synthetic_card(5), synthetic_card(8)
    to_identify(qtbot, shell)
    reader.place(resident)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: shell.journey.identity is not None)
    reader.take_off()  # type: ignore[attr-defined]

    sid = _dropped_call(office)
    shell.sessions.session_id = sid  # the runner's session (asked for through the queue)
    shell.journey.go(SESSION_CALL)
    with qtbot.waitSignal(w.stack.currentChanged):
        shell.sessions.signals.reproof.emit()
    assert shell.journey.navigator.current == SESSION_REPROOF
    screen = w.session_reproof
    assert "身份证" in screen.status.text() and "读卡器" in screen.status.text()
    w.grab().save(str(tmp_path / "reproof-zh.png"))

    with qtbot.waitSignal(shell.sessions.signals.proved, timeout=15_000) as told:
        reader.place(stranger)  # type: ignore[attr-defined]
    assert told.args == [True]
    assert screen.step is ReproofStep.WRONG_CARD
    assert "不是您开始时使用的身份证" in screen.status.text()
    assert shell.journey.navigator.current == SESSION_REPROOF
    w.grab().save(str(tmp_path / "reproof-wrong-zh.png"))
    reader.take_off()  # type: ignore[attr-defined]

    with qtbot.waitSignal(w.stack.currentChanged, timeout=15_000):
        reader.place(resident)  # type: ignore[attr-defined]
    assert shell.journey.navigator.current == SESSION_CALL

    proofs = office.http.get(f"/api/v1/sessions/{sid}/identity-proofs", headers=office.ana)
    body = proofs.json()
    assert (body["drops"], body["reproof_needed"]) == (1, False)
    assert [(p["result"], p["subject_masked"]) for p in body["proofs"]] == [
        ("failed", stranger.id_number[:6] + "*" * 12),
        ("passed", resident.id_number[:6] + "*" * 12),
    ]
    assert resident.id_number not in proofs.text


def test_the_screen_offline_says_the_notary_was_not_told(qtbot, offline_shell: Shell) -> None:
    """GIVEN a terminal whose central service does not answer WHEN the resident's own card
    is read again THEN the screen says the notary could not be told and asks again; the call
    screen does not come back."""
    shell = offline_shell
    reader = shell.devices.devices[DeviceFamily.ID_READER]
    card = synthetic_card(5)
    to_identify(qtbot, shell)
    reader.place(card)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: shell.journey.identity is not None)
    reader.take_off()  # type: ignore[attr-defined]
    shell.sessions.session_id = "vs_nosuchsession000000"
    shell.journey.go(SESSION_CALL)
    shell.sessions.signals.reproof.emit()
    qtbot.waitUntil(lambda: shell.journey.navigator.current == SESSION_REPROOF)
    with qtbot.waitSignal(shell.sessions.signals.proved, timeout=30_000) as told:
        reader.place(card)  # type: ignore[attr-defined]
    assert told.args == [False]
    assert shell.window.session_reproof.step is ReproofStep.NOT_SENT
    assert shell.journey.navigator.current == SESSION_REPROOF


def test_the_screen_in_mongolian_and_its_way_out(qtbot, make_shell, tmp_path: Path) -> None:
    """The screen in Mongolian (rendered for a look); "End the call" ends it from there."""
    shell: Shell = make_shell()
    w = shell.window
    qtbot.mouseClick(w.attract.lang_buttons["mn"], CLICK)
    w.stack.setCurrentWidget(w.session_reproof)
    screen = w.session_reproof
    screen.show_step(ReproofStep.WAITING)
    assert any("\u1820" <= c <= "\u18af" for c in screen.status.text())
    w.grab().save(str(tmp_path / "reproof-mn.png"))
    with qtbot.waitSignal(screen.end_requested):
        qtbot.mouseClick(screen.end_button, CLICK)
