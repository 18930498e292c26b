"""The document staff push during the call: when the session's status names a new version,
it is fetched (its hash checked), drawn page by page and shown full screen over the call;
the resident turns pages, has a page read aloud, prints it, and signs on the pad. The ink
(points with timing) and its image go back to the central service, which stamps them into
the PDF. A new version pushed meanwhile clears the signature and is shown again.

The call's media go on underneath (kiosk.controllers.session owns them); "back to the call"
returns to the call screen."""

from __future__ import annotations

import base64
import hashlib
import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from api_client.client import CentralRejected
from api_client.schemas.session_documents import DocumentShown, SignedDocument
from api_client.schemas.sessions import SessionStatus
from config.settings import TerminalSettings
from devices.printer.port import Printer
from kiosk.controllers.context import Voice
from kiosk.controllers.documents import PDF_PREFIX, page_images
from kiosk.controllers.router import Router
from kiosk.controllers.screen_print import ScreenPrint
from kiosk.flows.journey import SESSION_CALL, SESSION_DOCUMENT, Journey
from kiosk.flows.signing import PushedDocument
from kiosk.qt import QImage
from kiosk.qt_quick import QPdfDocument
from kiosk.screens.pushed_document import PushedDocumentScreen
from kiosk.tasks import Tasks

log = logging.getLogger(__name__)
PRINTING = "printing"  # the idle guard's pause reason


class DocumentLink(Protocol):
    """The two calls to the central service (kiosk.net.documents; blocking, from a worker)."""

    def fetch(self, session_id: str, version: int) -> bytes: ...

    def sign(self, session_id: str, version: int, body: SignedDocument) -> DocumentShown: ...


@dataclass(frozen=True)
class SessionDocumentContext:
    screen: PushedDocumentScreen
    journey: Journey
    link: DocumentLink
    session_id: Callable[[], str | None]  # the running session's id (the runner knows it)
    printer: Printer | None
    settings: TerminalSettings
    tasks: Tasks
    voice: Voice
    clock: Callable[[], float]


def page_texts(pdf: Path) -> list[str]:
    """Each page's text, for reading aloud."""
    document = QPdfDocument()
    try:
        document.load(str(pdf))
        return [document.getAllText(n).text() for n in range(document.pageCount())]
    finally:
        document.close()


class SessionDocumentController:
    def __init__(self, ctx: SessionDocumentContext, router: Router) -> None:
        self.ctx = ctx
        self.document: PushedDocument | None = None
        self.images: list[QImage] = []
        self.texts: list[str] = []
        self.pdf: Path | None = None
        self._folder: Path | None = None
        screen = ctx.screen
        screen.turn_requested.connect(self.turn)
        screen.read_requested.connect(self.read_page)
        screen.print_requested.connect(self.print_document)
        screen.sign_requested.connect(self.sign)
        screen.back_requested.connect(self.back_to_call)
        ctx.journey.ended.connect(lambda _reason: self.reset())
        router.register(SESSION_DOCUMENT, enter=lambda _id: self._say_screen())

    # --- the session's status (UI thread) -------------------------------------------------

    def on_status(self, status: object) -> None:
        """Connected to the runner's status signal: a new version is fetched and shown."""
        session_id = self.ctx.session_id()
        if not isinstance(status, SessionStatus) or status.document is None or not session_id:
            return
        shown = status.document
        if self.document is None or self.document.session_id != session_id:
            self.document = PushedDocument(session_id)
        document = self.document
        replaced = document.version > 0
        if not document.announce(shown.version, shown.title, shown.sha256, shown.signed):
            if document.state == "signed" and self.ctx.screen.state != "signed":
                self.ctx.screen.set_state("signed")
            return
        self.images, self.texts = [], []
        self.ctx.screen.show_document(document)
        if self.ctx.journey.navigator.current == SESSION_CALL:
            self.ctx.journey.go(SESSION_DOCUMENT)
        version = shown.version
        self.ctx.tasks.run(
            "document-fetch",
            lambda: self.ctx.link.fetch(session_id, version),
            lambda result: self._fetched(version, replaced, result),
        )

    def _fetched(self, version: int, replaced: bool, result: object) -> None:
        document = self.document
        if document is None or document.version != version:
            return  # a newer version came meanwhile
        if not isinstance(result, bytes) or hashlib.sha256(result).hexdigest() != document.sha256:
            log.error("pushed document not fetched: %s", type(result).__name__)
            self.ctx.screen.set_state("failed")
            return
        self._drop_pdf()
        self._folder = Path(tempfile.mkdtemp(prefix=PDF_PREFIX))
        self.pdf = self._folder / "pushed.pdf"
        self.pdf.write_bytes(result)
        self.images, self.texts = page_images(self.pdf), page_texts(self.pdf)
        document.loaded(result, len(self.images))
        self.ctx.screen.show_document(document)
        self.ctx.screen.show_page(self.images[0] if self.images else None)
        if replaced and document.state == "reading":
            self.ctx.screen.set_state("changed")
        self._say_screen()

    # --- the resident ---------------------------------------------------------------------

    def turn(self, step: int) -> None:
        document = self.document
        if document is None or not self.images:
            return
        self.ctx.screen.show_page(self.images[document.turn(step)])

    def read_page(self) -> None:
        document = self.document
        if document is not None and self.texts:
            self.ctx.voice.say(self.texts[document.page])

    def print_document(self) -> None:
        pdf, document = self.pdf, self.document
        if pdf is None or document is None:
            return
        ScreenPrint(
            self.ctx.screen,
            self.ctx.printer,
            self.ctx.settings,
            self.ctx.tasks,
            self.ctx.voice.say,
            "pushed document",
            hold=lambda: self.ctx.journey.idle.pause(PRINTING),
            release=lambda: self.ctx.journey.idle.resume(PRINTING, self.ctx.clock()),
        ).start(pdf, document.title, keep="signed")

    def sign(self) -> None:
        document, session_id = self.document, self.ctx.session_id()
        pad = self.ctx.screen.pad
        if document is None or not session_id or document.state != "reading":
            return  # nothing shown yet, being sent, or signed already
        if not pad.ink.signed():
            self.ctx.screen.set_state("empty_pad")
            self.ctx.voice.say(self.ctx.screen.status.text())
            return
        body = SignedDocument(
            sha256=document.sha256,
            signature_png_b64=base64.b64encode(pad.png()).decode(),
            ink=pad.ink.to_wire(),
        )
        version = document.version
        document.state = "sending"
        self.ctx.screen.set_state("sending")
        self.ctx.tasks.run(
            "document-sign",
            lambda: self.ctx.link.sign(session_id, version, body),
            lambda result: self._signed(version, result),
        )

    def _signed(self, version: int, result: object) -> None:
        document = self.document
        if document is None or document.version != version:
            return
        if isinstance(result, DocumentShown) and result.signed:
            document.state = "signed"
        else:
            if isinstance(result, CentralRejected) and result.status_code == 409:
                log.info("signature refused: the document changed")
            else:
                log.error("signature not returned: %s", type(result).__name__)
            document.state = "reading"
            self.ctx.screen.set_state("failed")
            self.ctx.voice.say(self.ctx.screen.status.text())
            return
        self.ctx.screen.set_state("signed")
        self.ctx.voice.say(self.ctx.screen.status.text())

    def back_to_call(self) -> None:
        if self.ctx.journey.navigator.current == SESSION_DOCUMENT:
            self.ctx.journey.back()

    def _say_screen(self) -> None:
        if self.ctx.journey.navigator.current == SESSION_DOCUMENT:
            self.ctx.voice.say(self.ctx.screen.spoken_text())

    # --- the end ----------------------------------------------------------------------------

    def on_over(self, _outcome: str) -> None:
        """The session ended: back to the call screen, which says so and offers the rating."""
        self.back_to_call()

    def _drop_pdf(self) -> None:
        """The PDF is the resident's business: removed when not needed any more."""
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
        self._folder = self.pdf = None

    def reset(self) -> None:
        self._drop_pdf()
        self.document, self.images, self.texts = None, [], []
        self.ctx.screen.show_document(None)
