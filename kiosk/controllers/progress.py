"""Progress query: the number typed or read from the receipt's QR code, asked of the central
service on the network thread, the status shown and read aloud."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

from devices.scanner.port import DocumentScanner, ScanResult
from kiosk.controllers.context import Voice, online
from kiosk.controllers.router import Router
from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.flows import progress as flow
from kiosk.flows.journey import HOTLINE, PROGRESS, Journey
from kiosk.net.calls import CentralCalls
from kiosk.qt import QCoreApplication
from kiosk.screens.progress import ProgressScreen
from kiosk.tasks import Tasks

log = logging.getLogger(__name__)
SCAN_S = 20.0
QR_UNREADABLE = QT_TRANSLATE_NOOP(
    "Progress", "No tracking number was found in that code. Please type the number instead."
)


def tracking_from_qr(payload: str) -> str | None:
    """The receipt's QR code holds the progress page's address, `.../public/progress?n=NUMBER`
    (a bare number, or one at the end of the path, is taken too)."""
    parts = urlsplit(payload.strip())
    given = parse_qs(parts.query).get("n", [])
    raw = given[0] if given else payload.strip().rstrip("/").rsplit("/", 1)[-1]
    candidate = flow.normalise(raw)
    return candidate if flow.tracking_ok(candidate) else None


@dataclass(frozen=True)
class ProgressContext:
    screen: ProgressScreen
    journey: Journey
    scanner: DocumentScanner | None
    calls: CentralCalls
    timezone: str  # the service point's, for the dates of the steps
    tasks: Tasks
    voice: Voice


class ProgressController:
    def __init__(self, ctx: ProgressContext, router: Router) -> None:
        self.ctx = ctx
        self.calls = ctx.calls
        journey = ctx.journey
        self.screen = ctx.screen
        self.screen.zone = ZoneInfo(ctx.timezone)
        self.screen.back_requested.connect(journey.back)
        self.screen.done.connect(journey.finish)
        self.screen.query_requested.connect(self.query)
        self.screen.scan_requested.connect(self.scan)
        self.screen.hotline_requested.connect(lambda: journey.go(HOTLINE))
        journey.ended.connect(lambda _reason: self.screen.reset())
        router.register(PROGRESS, prepare=self._prepare, enter=self._enter)

    def _prepare(self, _screen_id: str) -> None:
        self.screen.set_scan_available(online(self.ctx.scanner))

    def _enter(self, _screen_id: str) -> None:
        self.screen.tracking_edit.setFocus()
        self.ctx.voice.say(self.screen.title.text())

    def query(self, tracking: str, last4: str) -> None:
        if not (flow.tracking_ok(tracking) and flow.last4_ok(last4)):
            return
        wire = flow.query(tracking, last4)
        lang = self.ctx.journey.language
        self.calls.run("progress", lambda client: client.progress(wire, lang), self._answered)

    def _answered(self, result: object) -> None:
        if self.ctx.journey.navigator.current != PROGRESS:
            return  # the resident left meanwhile
        answer = flow.answer_from(result)
        log.info("progress query answered: %s", answer.outcome.value)
        self.screen.show_answer(answer)
        self.ctx.voice.say(self.screen.spoken_text())

    def scan(self) -> None:
        scanner = self.ctx.scanner
        if scanner is None or self.ctx.tasks.busy_with("scan"):
            return
        self.ctx.tasks.run("scan", lambda: scanner.scan(SCAN_S), self._scanned)

    def _scanned(self, result: object) -> None:
        if self.ctx.journey.navigator.current != PROGRESS:
            return
        tracking = None
        if isinstance(result, ScanResult) and result.kind == "qr":
            tracking = tracking_from_qr(result.text)
        if tracking is None:
            self.screen.show_scan_problem(QCoreApplication.translate("Progress", QR_UNREADABLE))
            return
        self.screen.set_tracking(tracking)
        self.screen.last4_edit.setFocus()
