"""The mediation as a resident lives it at the kiosk shell (issue 18), driven by clicks and touch
against a real central service over HTTP (served on loopback, SQLite) and Certomancer as a real
HTTP server for the seal:

- the way in: home -> notarisation and mediation -> "Mediation" -> "Mediation by video now" ->
  the notice with a phone number -> the queue; a mediator claims it and the shell shows the
  mediation call;
- the agreement in the call: the mediator fills it in and the call screen's button says it is
  ready; the resident opens it (the call goes on behind it), the mediator changes it, the
  screen says so and asks again, the resident signs by touch and sees each party's signature
  state; the others sign, the service seals it, and the shell brings the agreement up and
  prints the copy: with no paper the failure is shown and spoken, with paper the sealed PDF
  comes out of the printer emulator and pyHanko finds its seal.
The screens are rendered to PNG (MEDIATION_PNG_DIR keeps them) for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from central.app import create_app
from central.evidence.signer import load_roots
from central.mediation.agreement_seal import seal_pending_agreements
from central.migrate import upgrade
from central.settings import CentralSettings
from devices.xfs import DeviceFamily
from kiosk.flows import agreement as agreement_flow
from kiosk.flows.journey import (
    MEDIATION_AGREEMENT,
    MEDIATION_CALL,
    SESSION_CONSENT,
    SESSION_WAIT,
)
from kiosk.qt import QCoreApplication, Qt
from kiosk.screens.mediation_agreement import WAITING
from kiosk.shell import Shell
from tests.central.sessions.support import Headers, Scene
from tests.helpers.agreement import (
    VALUES,
    add_participant,
    committee_evidence,
    committee_orgs,
    ink_png,
    kiosk_id,
)
from tests.helpers.certomancer_pki import CertomancerPki, running_pki
from tests.helpers.fits import png_dir
from tests.helpers.kiosk_call import sign_by_touch
from tests.helpers.thread_server import served_in_thread

CLICK = Qt.MouseButton.LeftButton
TIMEOUT_MS = 20_000
PHONE = "13800138000"


@dataclass
class Served:
    base: str
    http: httpx.Client
    scene: Scene
    settings: CentralSettings
    mediator: Headers
    resident: Headers
    other: Headers


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CertomancerPki]:
    with running_pki(tmp_path_factory.mktemp("pki")) as running:
        yield running


@pytest.fixture
def served(pki: CertomancerPki, tmp_path: Path) -> Iterator[Served]:
    """GIVEN a mediation committee whose mediator is available, the agreement template seeded,
    the resident's terminal K001 and the other party's K002 enrolled."""
    data = tmp_path / "central"
    data.mkdir()
    url = f"sqlite:///{data / 'central.sqlite3'}"
    upgrade(url)
    evidence = committee_evidence(pki, network_timeout_s=5.0)
    settings = CentralSettings(db_url=url, data_dir=data, evidence=evidence)
    app = create_app(settings)
    with served_in_thread(app) as base, httpx.Client(base_url=base, timeout=30) as http:
        scene = Scene(http, app.state.db)
        committee_orgs(scene)
        mediator = scene.staff("mia", "mediator", "committee")
        scene.available(mediator)
        resident = scene.terminal("K001", "district")
        other = scene.terminal("K002", "district")
        yield Served(base, http, scene, settings, mediator, resident, other)


def _ask_for_mediation(qtbot, shell: Shell, pngs: Path) -> None:
    """The resident's clicks from the attract screen to the queue."""
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["notary_mediation"], CLICK)
    qtbot.mouseClick(w.booking.kinds["mediation"], CLICK)
    assert w.booking.video_button.text() == "现在视频调解"
    w.grab().save(str(pngs / "booking-mediation-zh.png"))
    qtbot.mouseClick(w.booking.video_button, CLICK)
    assert shell.journey.navigator.current == SESSION_CONSENT
    assert "调解员" in w.session_consent.who.text()
    w.session_consent.phone_edit.setFocus()
    qtbot.keyClicks(w.session_consent.phone_edit, PHONE)
    qtbot.mouseClick(w.session_consent.agree_button, CLICK)


def _agreement_text(note: agreement_flow.AgreementNote) -> str:
    return QCoreApplication.translate("Mediation", agreement_flow.NOTES[note])


def test_a_resident_asks_for_a_mediation_signs_the_agreement_and_gets_the_sealed_copy(
    qtbot, make_shell, served: Served, pki: CertomancerPki, tmp_path: Path
) -> None:
    pngs = png_dir(tmp_path)
    token = served.resident["Authorization"].removeprefix("Bearer ")
    shell: Shell = make_shell(token=token, central_url=served.base, terminal_id="K001")
    shell.network.start()
    w, http, nav = shell.window, served.http, shell.journey.navigator
    _ask_for_mediation(qtbot, shell, pngs)

    # WHEN the mediator claims the session from the queue THEN the shell shows the mediation call
    runner = shell.sessions
    qtbot.waitUntil(lambda: runner.session_id is not None, timeout=TIMEOUT_MS)
    sid = runner.session_id
    assert sid is not None
    assert nav.current == SESSION_WAIT
    status = http.get(f"/api/v1/kiosk/sessions/{sid}", headers=served.resident).json()
    assert status["kind"] == "mediation", status  # asked for as a mediation, not a notarisation
    claimed = http.post(f"/api/v1/sessions/{sid}/claim", headers=served.mediator)
    assert claimed.status_code == 200, claimed.text
    # Starting the call makes its rooms on Janus, which this fast test does not run (the
    # network-namespace tests do): the shell is handed the claimed session as the session
    # runner's "mediation" outcome hands it (kiosk.controllers.wiring).
    shell.controllers.mediation.claimed(sid)
    qtbot.waitUntil(lambda: nav.current == MEDIATION_CALL, timeout=TIMEOUT_MS)
    call = w.mediation_call
    assert not call.agreement_button.isVisible()  # nothing filled in yet
    database = served.scene.database
    add_participant(database, sid, "other_party", kiosk_id(database, "K002"))

    def put(values: dict[str, str]) -> int:
        reply = http.put(
            f"/api/v1/sessions/{sid}/agreement", json={"values": values}, headers=served.mediator
        )
        assert reply.status_code == 200, reply.text
        return int(reply.json()["version"])

    # WHEN the mediator fills the agreement in THEN the call screen's button says it is ready
    put(VALUES)
    ready = _agreement_text(agreement_flow.AgreementNote.READY)
    qtbot.waitUntil(lambda: call.agreement_button.isVisible(), timeout=TIMEOUT_MS)
    assert call.agreement_button.text() == ready
    assert shell.controllers.voice.last is not None and ready in shell.controllers.voice.last.text
    w.grab().save(str(pngs / "mediation-call-agreement-ready-zh.png"))

    # WHEN the resident opens it THEN it is read with each party's signature state, the call
    # still followed behind it
    qtbot.mouseClick(call.agreement_button, CLICK)
    assert nav.current == MEDIATION_AGREEMENT
    screen = w.mediation_agreement
    qtbot.waitUntil(lambda: screen.state == "reading", timeout=TIMEOUT_MS)
    assert screen.parties.text().count("未签名") == 3
    assert shell.controllers.mediation.session_id == sid
    assert shell.controllers.mediation._timer.isActive()  # the call's poll goes on

    # WHEN the mediator changes it while the resident reads THEN the screen says so
    put({**VALUES, "agreed_terms": "一、改为一次付清。"})
    qtbot.waitUntil(lambda: screen.state == "changed", timeout=TIMEOUT_MS)
    assert "重新阅读" in screen.status.text()
    w.grab().save(str(pngs / "mediation-agreement-changed-zh.png"))

    # THEN the resident signs the new version with a finger and sees their signature given
    sign_by_touch(qtbot, screen.pad)
    qtbot.mouseClick(screen.sign, CLICK)
    qtbot.waitUntil(lambda: screen.state == "agreement_signed", timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: screen.parties.text().count("未签名") == 2, timeout=TIMEOUT_MS)
    w.grab().save(str(pngs / "mediation-agreement-signed-zh.png"))
    # nothing left to sign: said and shown, Sign and the pad disabled while the others sign
    waiting = QCoreApplication.translate("PushedDocument", WAITING)
    assert screen.status.text() == waiting == "您已签名。请等待其他各方签名。"
    assert shell.controllers.voice.last is not None and waiting in shell.controllers.voice.last.text
    assert not screen.sign.isEnabled() and not screen.pad.isEnabled()
    qtbot.mouseClick(screen.back, CLICK)
    assert nav.current == MEDIATION_CALL
    signed = _agreement_text(agreement_flow.AgreementNote.SIGNED)
    qtbot.waitUntil(lambda: call.agreement_button.text() == signed, timeout=TIMEOUT_MS)

    # WHEN the other party and the mediator sign and the seal round runs, with the printer out
    # of paper THEN the agreement comes up, the failed print is shown and said
    printer = shell.devices.devices[DeviceFamily.PRINTER]
    printer.load_paper(0)  # type: ignore[attr-defined]
    base = f"/api/v1/kiosk/sessions/{sid}/agreement/signature"
    body = {"version": 2, "signature_png_b64": ink_png(2)}
    assert http.post(base, json=body, headers=served.other).status_code == 200
    body = {"version": 2, "signature_png_b64": ink_png(3)}
    done = http.post(f"/api/v1/sessions/{sid}/agreement/signature", json=body,
                     headers=served.mediator)  # fmt: skip
    assert done.json()["state"] == "sealing_pending", done.text
    roots = load_roots(served.settings.evidence.trust_roots)
    assert seal_pending_agreements(database, served.settings.evidence, roots) == 1
    qtbot.waitUntil(lambda: nav.current == MEDIATION_AGREEMENT, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: screen.state == "print_failed", timeout=TIMEOUT_MS)
    spoken = shell.controllers.voice.last
    assert spoken is not None and "纸" in spoken.text  # the paper is out, in plain words
    assert screen.status.isVisible() and screen.status.text()
    assert "未签名" not in screen.parties.text()
    w.grab().save(str(pngs / "mediation-agreement-print-failed-zh.png"))

    # WHEN paper is loaded and the resident presses Print THEN the sealed copy is printed
    printer.load_paper(50)  # type: ignore[attr-defined]
    qtbot.mouseClick(screen.print_button, CLICK)
    printed_dir = tmp_path / "printed"
    qtbot.waitUntil(lambda: any(printed_dir.glob("*.pdf")), timeout=TIMEOUT_MS)
    [copy] = list(printed_dir.glob("*.pdf"))
    with copy.open("rb") as handle:
        assert PdfFileReader(handle).embedded_signatures  # the seal is in the printed copy
    qtbot.mouseClick(screen.back, CLICK)
    sealed = _agreement_text(agreement_flow.AgreementNote.SEALED)
    qtbot.waitUntil(lambda: call.agreement_button.text() == sealed, timeout=TIMEOUT_MS)
    w.grab().save(str(pngs / "mediation-call-agreement-sealed-zh.png"))

    qtbot.mouseClick(call.leave_button, CLICK)
    calls = shell.controllers.mediation.ctx.calls
    qtbot.waitUntil(
        lambda: (
            not calls.busy_with("mediation_state") and not calls.busy_with("mediation_agreement")
        ),
        timeout=TIMEOUT_MS,
    )
    assert nav.current != MEDIATION_CALL
    assert shell.controllers.agreement.pdf is None  # the agreement's names are not kept
