"""A document the notary pushes during the call (issue 17), on the real shell against a real
central service process: shown full screen, pages turned, a page read aloud (the speech
emulator), printed through the cups-pdf queue, signed on the pad with touch events, the
signature returned and stamped into the PDF; a changed document clears the signature.

The push reaches the kiosk the way every change of the session does: the session's status
(here fetched over HTTP as the session runner's poll does, then handed to the same signal);
the call's media are not part of this test (tests/e2e covers the call itself)."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import httpx
import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from api_client.schemas.sessions import SessionStatus
from central.db import Database
from central.settings import default_db_url
from devices.speech.sim import SimSpeech
from kiosk.demo.scripted_staff import ScriptedStaff
from kiosk.flows.journey import SESSION_CALL
from kiosk.qt import QApplication, Qt
from kiosk.shell import Shell
from tests.central.sessions.support import Headers, Scene
from tests.helpers.kiosk_call import sign_by_touch
from tests.helpers.pushed_pdf import pushed_pdf
from tests.helpers.server import CentralProcess

CLICK = Qt.MouseButton.LeftButton
PDF_OUT = Path.home() / "PDF"
pytestmark = pytest.mark.e2e  # a real central service process
_terminals = itertools.count(1)


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scene]:
    folder = tmp_path_factory.mktemp("central")
    process = CentralProcess(folder)
    process.start()
    http = httpx.Client(base_url=process.url, timeout=30)
    scene = Scene(http, Database(default_db_url(folder)))
    try:
        scene.org("city-notary", "150100")
        scene.org("district", "150102", kind="justice_bureau")
        yield scene
    finally:
        http.close()
        scene.database.dispose()
        process.stop()


class Call:
    """One claimed notarisation session: the notary's side over HTTP, the shell's status."""

    def __init__(self, scene: Scene, make_shell, **overrides: str) -> None:
        n = next(_terminals)
        self.scene, self.http = scene, scene.http
        self.notary: Headers = scene.staff(f"notary{n}", "notary", "city-notary")
        scene.available(self.notary)
        terminal = f"DOC{n:03d}"
        self.kiosk = scene.terminal(terminal, "district")
        self.sid = scene.ask(self.kiosk, scene.delivered_request(terminal, self.kiosk))[
            "session_id"
        ]
        claimed = self.http.post(f"/api/v1/sessions/{self.sid}/claim", headers=self.notary)
        assert claimed.status_code == 200, claimed.text
        token = self.kiosk["Authorization"].removeprefix("Bearer ")
        base = str(self.http.base_url).rstrip("/")
        self.shell: Shell = make_shell(token=token, central_url=base, **overrides)
        self.shell.network.start()
        self.shell.sessions.session_id = self.sid  # the runner's flow set it when asking
        self.shell.journey.start(0.0)
        self.shell.journey.done_at(SESSION_CALL)
        self.staff = ScriptedStaff(base, self.notary)  # the demo's and the drop test's notary

    def push(self, pdf: bytes, title: str = "委托书") -> int:
        return self.staff.push_document(self.sid, pdf, title)

    def status_reaches_the_kiosk(self) -> None:
        """What SessionRunner._follow does each second during the call."""
        reply = self.http.get(f"/api/v1/kiosk/sessions/{self.sid}", headers=self.kiosk)
        self.shell.sessions.signals.status.emit(SessionStatus.model_validate_json(reply.content))


def test_pushed_document_is_read_turned_printed_signed_and_a_change_clears_it(
    qtbot, make_shell, scene: Scene, cups_queue: str, pdftotext, tmp_path: Path, request
) -> None:
    """GIVEN a notary in a call with this terminal WHEN they push a two-page PDF THEN it is
    shown full screen, its pages turn, a page is read aloud and the document prints; the
    resident signs on the pad with a finger and the notary gets the PDF with the signature
    stamped in; WHEN the notary pushes a changed version THEN the pad is cleared and the
    resident is asked to read and sign again."""
    call = Call(scene, make_shell, **{"devices.printer.driver": "cups"})
    request.addfinalizer(call.staff.close)
    shell, w = call.shell, call.shell.window
    screen, speech = w.session_document, shell.devices.speech()
    assert isinstance(speech, SimSpeech)  # the voice's emulator counts what it said
    first = pushed_pdf(2)
    call.push(first)
    call.status_reaches_the_kiosk()
    assert w.stack.currentWidget() is screen  # shown over the call at once
    qtbot.waitUntil(lambda: screen.state == "reading", timeout=15_000)
    assert screen.title.text() == "委托书"
    assert screen.page_number.text() == "第 1 页，共 2 页"
    assert not screen.previous.isEnabled() and screen.next.isEnabled()
    page_one = screen.page.pixmap().toImage()
    screen.grab().save(str(tmp_path / "document-zh.png"))

    qtbot.mouseClick(screen.next, CLICK)
    assert screen.page_number.text() == "第 2 页，共 2 页" and not screen.next.isEnabled()
    assert screen.page.pixmap().toImage() != page_one
    said = speech.utterances["zh"]
    qtbot.mouseClick(screen.read, CLICK)
    qtbot.waitUntil(lambda: speech.utterances["zh"] == said + 1)
    assert "第2页" in shell.controllers.session_document.texts[1]

    before = set(PDF_OUT.glob("*.pdf")) if PDF_OUT.exists() else set()
    qtbot.mouseClick(screen.print_button, CLICK)
    qtbot.waitUntil(lambda: screen.state in ("printed", "print_failed"), timeout=60_000)
    assert "取走" in screen.status.text()
    qtbot.waitUntil(lambda: bool(set(PDF_OUT.glob("*.pdf")) - before), timeout=30_000)
    [printed] = set(PDF_OUT.glob("*.pdf")) - before
    assert "本人自愿委托" in pdftotext(printed) or printed.stat().st_size > 1000

    qtbot.mouseClick(screen.sign, CLICK)  # nothing written yet
    assert screen.state == "empty_pad" and "请先在框内签名" in screen.status.text()
    sign_by_touch(qtbot, screen.pad)
    ink = screen.pad.ink
    assert [len(s) for s in ink.strokes] == [5, 3]  # down, moves, and the lift
    times = [p.t_ms for s in ink.strokes for p in s]
    assert times == sorted(times) and times[0] == 0
    assert ink.strokes[0][1].x < ink.strokes[0][2].x  # the finger's path, in order
    screen.grab().save(str(tmp_path / "signed-zh.png"))
    qtbot.mouseClick(screen.sign, CLICK)
    qtbot.waitUntil(lambda: screen.state == "signed", timeout=15_000)
    assert "公证员已收到" in screen.status.text() and not screen.sign.isEnabled()
    listed = call.http.get(f"/api/v1/sessions/{call.sid}/documents", headers=call.notary).json()
    assert listed[0]["ink_points"] == 8
    back = call.staff.signed_document(call.sid, 1)
    assert back.startswith(first)
    assert PdfFileReader(BytesIO(back)).xrefs.total_revisions == 2

    changed = pushed_pdf(3)
    assert call.push(changed, "委托书（修改）") == 2
    call.status_reaches_the_kiosk()
    qtbot.waitUntil(lambda: screen.state == "changed", timeout=15_000)
    assert not screen.pad.ink.strokes and screen.sign.isEnabled()  # the signature is gone
    assert screen.page_number.text() == "第 1 页，共 3 页"
    assert "重新签名" in screen.status.text()
    shown = call.http.get(f"/api/v1/kiosk/sessions/{call.sid}", headers=call.kiosk).json()
    assert shown["document"]["version"] == 2 and shown["document"]["signed"] is False
    assert hashlib.sha256(changed).hexdigest() == shown["document"]["sha256"]
    shell.journey.choose_language("mn")
    qtbot.waitUntil(lambda: screen.sign.text() != "确认签名")  # the words turned
    # and the rows grew to hold the words written in columns (the layout's second pass)
    qtbot.waitUntil(lambda: screen.sign.height() >= screen.sign.minimumHeight() > 72)
    QApplication.processEvents()  # the layout's second pass: columns for the height given
    QApplication.processEvents()
    buttons = (screen.back, screen.sign, screen.clear, screen.read, screen.print_button)
    assert not any(screen.pad.geometry().intersects(b.geometry()) for b in buttons)  # no overlap
    assert screen.sign.text() == "ᠭᠠᠷ ᠤᠰᠤᠭ\u202fᠢᠶᠠᠨ ᠪᠠᠲᠤᠯᠠᠬᠤ"
    screen.grab().save(str(tmp_path / "document-mn.png"))
    qtbot.mouseClick(screen.back, CLICK)
    assert w.stack.currentWidget() is w.session_call
