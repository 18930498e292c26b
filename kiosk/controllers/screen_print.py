"""Printing the PDF shown on the pushed-document screen (the notary's pushed document, the
mediation agreement): the printer's readiness checked first, the job run on a worker, the
screen's status following it ("printing", "printed", "print_failed") and said aloud, a failed
job noted so the printer's problem says the paper did not print. One place for both screens,
which had a copy each."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from config.settings import TerminalSettings
from devices.printer.port import Printer
from devices.xfs import Completion
from kiosk.receipts import PRINT_TIMEOUT_S, ReceiptPrinter
from kiosk.screens.pushed_document import PushedDocumentScreen
from kiosk.tasks import Tasks

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScreenPrint:
    screen: PushedDocumentScreen
    printer: Printer | None
    settings: TerminalSettings
    tasks: Tasks
    say: Callable[[str], None]
    what: str  # for the log line: "pushed document", "agreement copy"
    hold: Callable[[], None] = lambda: None  # e.g. the idle clock stands still meanwhile
    release: Callable[[], None] = lambda: None

    def start(self, pdf: Path, title: str, keep: str) -> None:
        """Print `pdf`; once printed, a screen that was in state `keep` (signed) goes back to
        it, so the signature stays said."""
        device = self.printer
        if self.tasks.busy_with("print"):
            return
        printer = ReceiptPrinter(device, self.settings)
        if not printer.ready() or device is None:
            self.screen.set_state("print_failed")
            self.say(printer.problem())
            return
        before = self.screen.state
        self.hold()
        self.screen.set_state("printing")
        self.tasks.run(
            "print",
            lambda: device.print_pdf(pdf, title, PRINT_TIMEOUT_S),
            lambda done: self._printed(printer, before == keep, keep, done),
        )

    def _printed(self, printer: ReceiptPrinter, kept: bool, keep: str, done: object) -> None:
        self.release()
        ok = isinstance(done, Completion) and done.ok
        if not ok:
            code = done.code.value if isinstance(done, Completion) else type(done).__name__
            log.warning("%s not printed: %s", self.what, code)
            printer.note_failure()
        self.screen.set_state("printed" if ok else "print_failed")
        # what went wrong in plain words (paper out, printer down), or "printed: take it"
        self.say(self.screen.status.text() if ok else printer.problem())
        if ok and kept:
            self.screen.set_state(keep)
