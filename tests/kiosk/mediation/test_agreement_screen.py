"""The resident's agreement screen (the pushed-document screen driven by
kiosk.controllers.agreement) against a real central service over HTTP: the current version is
shown, signed on the pad with touch strokes; a change by the mediator clears the signature and
the screen says "the agreement was changed, please read it again"; once signed, the pad and
Sign are disabled and the screen says (and speaks) that the others are awaited, until a change
brings them back; the printed copy comes out of the cups-pdf queue."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api_client.client import CentralClient
from central.app import create_app
from central.migrate import upgrade
from central.settings import CentralSettings
from config.settings import TerminalSettings
from devices.printer.cups import CupsPrinter
from kiosk.controllers.agreement import AgreementContext, AgreementController
from kiosk.net.agreement import CentralAgreementLink
from kiosk.net.loop import NetworkThread
from kiosk.qt import QCoreApplication, Qt
from kiosk.screens.mediation_agreement import WAITING, AgreementScreen
from kiosk.tasks import Tasks
from tests.central.sessions.support import Scene
from tests.helpers.agreement import VALUES, Mediation, mediation
from tests.helpers.kiosk_call import sign_by_touch
from tests.helpers.thread_server import served_in_thread

CLICK = Qt.MouseButton.LeftButton
PDF_OUT = Path.home() / "PDF"


@pytest.fixture
def med(tmp_path: Path) -> Iterator[tuple[str, Mediation]]:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    upgrade(url)
    app = create_app(CentralSettings(db_url=url, data_dir=tmp_path))
    with served_in_thread(app) as base, httpx.Client(base_url=base, timeout=30) as http:
        scene = Scene(http, app.state.db)
        scene.org("root", "150000", kind="justice_bureau")
        yield base, mediation(scene)


def test_the_resident_reads_signs_is_told_of_a_change_and_prints(
    qtbot, med: tuple[str, Mediation], tmp_path: Path, cups_queue: str
) -> None:
    base, m = med
    token = m.resident["Authorization"].removeprefix("Bearer ")
    network = NetworkThread()
    network.start()
    tasks = Tasks()
    screen = AgreementScreen()
    qtbot.addWidget(screen)
    screen.resize(1080, 1800)
    screen.show()
    printer = CupsPrinter(cups_queue)
    printer.refresh()  # the queue's state now, as the device manager's first poll reads it
    said: list[str] = []
    controller = AgreementController(
        AgreementContext(
            screen=screen,
            link=CentralAgreementLink(lambda: network, lambda: CentralClient(base, token)),
            session_id=lambda: m.sid,
            printer=printer,
            settings=TerminalSettings.model_validate(
                {"devices": {"printer": {"driver": "cups", "queue": cups_queue}}}
            ),
            tasks=tasks,
            say=said.append,
        )
    )
    try:
        m.put()
        controller.refresh()
        qtbot.waitUntil(lambda: screen.state == "reading", timeout=15_000)
        assert screen.title.text() == "人民调解协议书"
        screen.grab().save(str(tmp_path / "agreement-kiosk.png"))

        # WHEN the mediator changes it while the resident reads version 1 THEN the signature
        # sent for version 1 is refused and the screen asks to read it again
        assert m.put({**VALUES, "agreed_terms": "一、改为一次付清。"}).json()["version"] == 2
        sign_by_touch(qtbot, screen.pad)
        qtbot.mouseClick(screen.sign, CLICK)
        qtbot.waitUntil(lambda: controller.shown is not None and controller.shown.version == 2)
        qtbot.waitUntil(lambda: screen.state == "changed", timeout=15_000)
        assert "read it again" in screen.status.text() or "重新阅读" in screen.status.text()
        screen.grab().save(str(tmp_path / "agreement-kiosk-changed.png"))

        # THEN the resident signs version 2 with a finger
        screen.pad.clear()
        sign_by_touch(qtbot, screen.pad)
        qtbot.mouseClick(screen.sign, CLICK)
        qtbot.waitUntil(lambda: screen.state == "agreement_signed", timeout=15_000)
        # the screen fetches the agreement again: its PDF now carries the resident's ink
        qtbot.waitUntil(
            lambda: (
                controller.shown is not None
                and any(s.signed for s in controller.shown.signatures if s.role == "resident")
            ),
            timeout=15_000,
        )
        qtbot.waitUntil(lambda: screen.state == "agreement_signed", timeout=15_000)
        screen.grab().save(str(tmp_path / "agreement-kiosk-signed.png"))
        # THEN nothing is left to sign: the pad, Clear and Sign are disabled, and the screen
        # says and speaks that the others are awaited (a second signature would be refused)
        waiting = QCoreApplication.translate("PushedDocument", WAITING)
        assert not screen.sign.isEnabled() and not screen.pad.isEnabled()
        assert not screen.clear.isEnabled()
        assert screen.status.text() == waiting and said[-1] == waiting
        sign_by_touch(qtbot, screen.pad)
        assert not screen.pad.ink.strokes  # no ink on a finished pad

        before = set(PDF_OUT.glob("*.pdf")) if PDF_OUT.exists() else set()
        qtbot.mouseClick(screen.print_button, CLICK)
        qtbot.waitUntil(
            lambda: screen.state in ("agreement_signed", "print_failed"), timeout=60_000
        )
        assert screen.state == "agreement_signed"
        qtbot.waitUntil(lambda: bool(set(PDF_OUT.glob("*.pdf")) - before), timeout=30_000)
        [printed] = set(PDF_OUT.glob("*.pdf")) - before
        text = subprocess.run(
            ["pdftotext", str(printed), "-"], capture_output=True, text=True, check=True
        ).stdout
        # cups-pdf re-renders the copy (its Chinese loses its text layer there): the printed
        # page carries this agreement's number and the party's signing date
        assert controller.shown is not None
        assert controller.shown.agreement_id in text
        assert not screen.sign.isEnabled()  # printing did not bring Sign back

        # WHEN the mediator changes the signed agreement THEN every signature is cleared and
        # the pad and Sign come back for the new version
        assert m.put({**VALUES, "agreed_terms": "一、分两次付清。"}).json()["version"] == 3
        controller.refresh()  # in the call, the call's poll does this
        qtbot.waitUntil(lambda: screen.state == "changed", timeout=15_000)
        assert screen.sign.isEnabled() and screen.pad.isEnabled()
        assert screen.status.text() != waiting and said[-1] == screen.status.text()
        sign_by_touch(qtbot, screen.pad)
        assert screen.pad.ink.signed() and screen.clear.isEnabled()
    finally:
        controller.reset()
        tasks.close()
        network.stop()
