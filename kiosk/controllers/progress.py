"""Progress query: the number typed or read from the receipt's QR code, asked of the central
service on the network thread, the status shown and read aloud."""

from __future__ import annotations

import logging
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

from devices.scanner.port import ScanResult
from devices.xfs import DeviceFamily
from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.flows import progress as flow
from kiosk.flows.journey import HOTLINE, PROGRESS
from kiosk.journeys import JourneyController
from kiosk.net.calls import CentralCalls
from kiosk.qt import QCoreApplication

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


class ProgressController:
    def __init__(self, ctl: JourneyController, calls: CentralCalls) -> None:
        self.ctl = ctl
        self.calls = calls
        self.screen = ctl.window.progress
        self.screen.zone = ZoneInfo(ctl.settings.timezone)
        self.screen.back_requested.connect(ctl.journey.back)
        self.screen.done.connect(ctl.journey.finish)
        self.screen.query_requested.connect(self.query)
        self.screen.scan_requested.connect(self.scan)
        self.screen.hotline_requested.connect(lambda: ctl.journey.go(HOTLINE))
        ctl.journey.ended.connect(lambda _reason: self.screen.reset())

    def show(self) -> None:
        self.screen.set_scan_available(self.ctl.online(DeviceFamily.SCANNER))
        self.ctl.window.stack.setCurrentWidget(self.screen)
        self.screen.tracking_edit.setFocus()
        self.ctl.speak(self.screen.title.text())

    def query(self, tracking: str, last4: str) -> None:
        if not (flow.tracking_ok(tracking) and flow.last4_ok(last4)):
            return
        wire = flow.query(tracking, last4)
        lang = self.ctl.journey.language
        self.calls.run("progress", lambda client: client.progress(wire, lang), self._answered)

    def _answered(self, result: object) -> None:
        if self.ctl.journey.navigator.current != PROGRESS:
            return  # the resident left meanwhile
        answer = flow.answer_from(result)
        log.info("progress query answered: %s", answer.outcome.value)
        self.screen.show_answer(answer)
        self.ctl.speak(self.screen.spoken_text())

    def scan(self) -> None:
        scanner = self.ctl.device(DeviceFamily.SCANNER)
        read = getattr(scanner, "scan", None)
        if read is None or self.ctl.tasks.busy_with("scan"):
            return
        self.ctl.tasks.run("scan", lambda: read(SCAN_S), self._scanned)

    def _scanned(self, result: object) -> None:
        if self.ctl.journey.navigator.current != PROGRESS:
            return
        tracking = None
        if isinstance(result, ScanResult) and result.kind == "qr":
            tracking = tracking_from_qr(result.text)
        if tracking is None:
            self.screen.show_scan_problem(QCoreApplication.translate("Progress", QR_UNREADABLE))
            return
        self.screen.set_tracking(tracking)
        self.screen.last4_edit.setFocus()
