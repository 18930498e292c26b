"""The mediation agreement at the terminal (issue 18): the current version is fetched with its
PDF, drawn page by page on the pushed-document screen and signed on its pad; "print my copy"
prints what the central service answers (the sealed agreement once every party signed).

When the mediator changes the agreement, every signature is cleared: the next refresh shows
the new version and says "the agreement was changed, please read it again"; a signature sent
for the old version is refused (409) and answered the same way.

Which screen the journey shows and when `refresh` runs is kiosk.controllers.mediation_agreement's
business (on the mediation call's poll); once the agreement is sealed its copy is printed here
on arrival, once. A change, a print and a print failure are said as well as shown.
"""

from __future__ import annotations

import base64
import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from api_client.client import CentralRejected
from api_client.schemas.agreement import AgreementOut, AgreementSign
from config.settings import TerminalSettings
from devices.printer.port import Printer
from kiosk.controllers.documents import PDF_PREFIX, page_images
from kiosk.controllers.screen_print import ScreenPrint
from kiosk.flows.signing import PushedDocument
from kiosk.qt import QImage
from kiosk.screens.mediation_agreement import AgreementScreen
from kiosk.tasks import Tasks

log = logging.getLogger(__name__)


class AgreementLink(Protocol):
    """kiosk.net.agreement (blocking, from a worker)."""

    def read(self, session_id: str) -> tuple[AgreementOut, bytes]: ...

    def sign(self, session_id: str, body: AgreementSign) -> AgreementOut: ...


@dataclass(frozen=True)
class AgreementContext:
    screen: AgreementScreen
    link: AgreementLink
    session_id: Callable[[], str | None]
    printer: Printer | None
    settings: TerminalSettings
    tasks: Tasks
    say: Callable[[str], None] = lambda _text: None  # the terminal's voice


class AgreementController:
    def __init__(self, ctx: AgreementContext) -> None:
        self.ctx = ctx
        self.shown: AgreementOut | None = None
        self.document: PushedDocument | None = None
        self.images: list[QImage] = []
        self.pdf: Path | None = None
        self._folder: Path | None = None
        self.printed_copies: set[str] = set()  # sealed agreements whose copy was printed here
        self._read_again = False  # a read was running when the signature was accepted
        screen = ctx.screen
        screen.turn_requested.connect(self.turn)
        screen.print_requested.connect(self.print_copy)
        screen.sign_requested.connect(self.sign)

    # --- fetching -------------------------------------------------------------------------

    def refresh(self) -> None:
        session_id = self.ctx.session_id()
        if not session_id:
            return
        if self.ctx.tasks.busy_with("agreement-read"):
            self._read_again = True  # that read may have started before the latest change
            return
        self.ctx.tasks.run("agreement-read", lambda: self.ctx.link.read(session_id), self._loaded)

    def _loaded(self, result: object) -> None:
        if not isinstance(result, tuple):
            log.error("agreement not fetched: %s", type(result).__name__)
            self.ctx.screen.set_state("failed")
            return
        shown, pdf = result
        assert isinstance(shown, AgreementOut) and isinstance(pdf, bytes)
        if shown.session_id != self.ctx.session_id():
            return  # the call ended meanwhile: its agreement (names) is not kept
        if self._read_again:
            self._read_again = False
            self.refresh()  # this answer may predate the signature: the next one shows it
        before = self.shown
        self.shown = shown
        self.ctx.screen.show_signatures(shown)
        mine = self.ctx.screen.signed_by_me()
        sealed_now = shown.state == "sealed" and (before is None or before.state != "sealed")
        if before is not None and before.version == shown.version and self.images:
            if sealed_now or (mine and self.ctx.screen.state != "agreement_signed"):
                self._show_pdf(shown, pdf)  # the PDF now carries my signature, or the seal
                self.ctx.screen.set_state("agreement_signed")
        else:
            self._show_pdf(shown, pdf)
            if mine:
                self.ctx.screen.set_state("agreement_signed")
            elif before is not None and before.version != shown.version:
                self.ctx.screen.set_state("changed")
                self.ctx.say(self.ctx.screen.status.text())
        if shown.state == "sealed" and shown.agreement_id not in self.printed_copies:
            self.printed_copies.add(shown.agreement_id)  # the party's copy: printed once
            self.print_copy()

    def _show_pdf(self, shown: AgreementOut, pdf: bytes) -> None:
        self._drop_pdf()
        self._folder = Path(tempfile.mkdtemp(prefix=PDF_PREFIX))
        self.pdf = self._folder / "agreement.pdf"
        self.pdf.write_bytes(pdf)
        self.images = page_images(self.pdf)
        document = PushedDocument(shown.session_id)
        document.announce(shown.version, shown.title, "", False)
        document.loaded(pdf, len(self.images))
        self.document = document
        self.ctx.screen.show_document(document)
        self.ctx.screen.show_page(self.images[0] if self.images else None)

    # --- the resident -----------------------------------------------------------------------

    def turn(self, step: int) -> None:
        if self.document is not None and self.images:
            self.ctx.screen.show_page(self.images[self.document.turn(step)])

    def sign(self) -> None:
        shown, session_id, pad = self.shown, self.ctx.session_id(), self.ctx.screen.pad
        if (
            shown is None
            or not session_id
            or self.ctx.screen.state not in ("reading", "changed", "empty_pad", "failed")
        ):
            return  # fmt: skip
        if not pad.ink.signed():
            self.ctx.screen.set_state("empty_pad")
            return
        body = AgreementSign(
            version=shown.version, signature_png_b64=base64.b64encode(pad.png()).decode()
        )
        self.ctx.screen.set_state("sending")
        self.ctx.tasks.run(
            "agreement-sign", lambda: self.ctx.link.sign(session_id, body), self._signed
        )

    def _signed(self, result: object) -> None:
        if isinstance(result, AgreementOut):
            screen = self.ctx.screen
            screen.signed_version = result.version  # Sign and the pad are done with
            screen.show_signatures(result)
            self.shown = None  # fetch again: the PDF now shows this signature
            self.refresh()
            screen.set_state("agreement_signed")
            self.ctx.say(screen.status.text())  # "signed: waiting for the others"
            return
        if isinstance(result, CentralRejected) and result.status_code == 409:
            log.info("agreement signature refused: it changed")
            self.refresh()  # shows the new version, then says "changed"
            self.ctx.screen.set_state("changed")
            return
        log.error("agreement signature not sent: %s", type(result).__name__)
        self.ctx.screen.set_state("failed")

    def print_copy(self) -> None:
        pdf, shown = self.pdf, self.shown
        if pdf is None or shown is None:
            return
        ctx = self.ctx
        ScreenPrint(
            ctx.screen, ctx.printer, ctx.settings, ctx.tasks, ctx.say, "agreement copy"
        ).start(pdf, shown.title, keep="agreement_signed")

    # --- the end ----------------------------------------------------------------------------

    def _drop_pdf(self) -> None:
        """The agreement holds both parties' names: removed when not needed any more."""
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
        self._folder = self.pdf = None

    def reset(self) -> None:
        self._drop_pdf()
        self.shown, self.document, self.images = None, None, []
        self.printed_copies.clear()
        self._read_again = False
        self.ctx.screen.signed_version = None
        self.ctx.screen.show_document(None)
        self.ctx.screen.show_signatures(None)
