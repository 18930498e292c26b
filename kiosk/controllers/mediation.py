"""Remote mediation at a terminal (issue 18).

The other party, invited: home -> "I was invited to a mediation" -> the card flow (consent,
ID card) -> the code (typed, or the slip's QR code at the scanner) -> the mediation consent ->
the central service redeems the invitation for this card's ID number -> the call screen. A
refused code goes back to the code screen with the service's own message (tries left, locked,
expired).

During a mediation call (either party) the state is polled on the network thread: the tiles
and notes follow it, a kiosk_print invitation of the session is fetched once and printed as
a slip, the agreement is looked at (kiosk.controllers.mediation_agreement), and a removal ends
the call.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from api_client.client import CentralRejected
from api_client.mediation import Mediation
from api_client.schemas.mediation import Admission, InvitationSlip, MediationState, TerminalRedeem
from devices.printer.port import Printer
from devices.scanner.port import DocumentScanner, ScanResult
from kiosk.camera_feed import to_image
from kiosk.controllers.context import Voice
from kiosk.controllers.mediation_agreement import MediationAgreement
from kiosk.controllers.mediation_runner import MediationRunner
from kiosk.controllers.router import Router
from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.flows import mediation as flow
from kiosk.flows.journey import (
    MEDIATION_AGREEMENT,
    MEDIATION_CALL,
    MEDIATION_CODE,
    MEDIATION_CONSENT,
    Journey,
)
from kiosk.mediation_slip import print_slip
from kiosk.net.calls import CentralCalls
from kiosk.qt import QCoreApplication, QTimer
from kiosk.screens.mediation_call import MediationCallScreen
from kiosk.screens.mediation_code import MediationCodeScreen
from kiosk.screens.mediation_consent import MediationConsentScreen
from kiosk.tasks import Tasks

log = logging.getLogger(__name__)
SCAN_S = 20.0
IN_CALL = "mediation-call"  # the idle guard's pause reason
OFFLINE = QT_TRANSLATE_NOOP(
    "Mediation", "The service cannot be reached right now. Please try again in a moment."
)
NOT_READ = QT_TRANSLATE_NOOP(
    "Mediation", "No QR code was read. Hold the slip flat under the scanner, or type the code."
)


@dataclass(frozen=True)
class MediationContext:
    code: MediationCodeScreen
    consent: MediationConsentScreen
    call: MediationCallScreen
    journey: Journey
    calls: CentralCalls
    scanner: DocumentScanner | None
    printer: Printer | None
    zone: ZoneInfo
    tasks: Tasks
    voice: Voice
    poll_ms: int = 1000
    runner: MediationRunner | None = None  # None: the state is followed, no media (tests)
    preview_ms: int = 100
    clock: Callable[[], float] = time.monotonic  # the idle guard's clock
    agreement: MediationAgreement | None = None  # looked at on each poll of the call


class MediationController:
    def __init__(self, ctx: MediationContext, router: Router) -> None:
        self.ctx = ctx
        journey = ctx.journey
        ctx.code.code_entered.connect(self.code_entered)
        ctx.code.scan_requested.connect(self.scan)
        ctx.code.back_requested.connect(journey.back)
        ctx.consent.agreed.connect(self.agreed)
        ctx.consent.back_requested.connect(journey.back)
        ctx.call.leave_requested.connect(self.leave)
        journey.ended.connect(lambda _reason: self.reset())
        self.session_id: str | None = None
        self.printed: set[str] = set()  # invitation ids whose slip was asked for
        self._timer = QTimer()
        self._timer.setInterval(ctx.poll_ms)
        self._timer.timeout.connect(self._poll)
        self._frames = QTimer()
        self._frames.setInterval(ctx.preview_ms)
        self._frames.timeout.connect(self.poll_frames)
        self._shown: dict[str, tuple[int, int]] = {}  # participant id -> (feed, seq) shown
        self._shown_own = -1
        if ctx.runner is not None:
            ctx.runner.signals.over.connect(self._over)
        router.register(MEDIATION_CODE, prepare=lambda _id: self._prepare_code())
        router.register(MEDIATION_CONSENT, enter=lambda _id: self._say(ctx.consent.spoken_text()))
        router.register(MEDIATION_CALL, enter=lambda _id: self._say(ctx.call.spoken_text()))

    def _say(self, text: str) -> None:
        self.ctx.voice.say(text)

    def _prepare_code(self) -> None:
        if self.ctx.journey.session.get("mediation_code") is None:
            self.ctx.code.reset(scanner=self.ctx.scanner is not None)

    def code_entered(self, code: str) -> None:
        self.ctx.journey.session.put("mediation_code", code)
        self.ctx.journey.go(MEDIATION_CONSENT)

    def scan(self) -> None:
        scanner = self.ctx.scanner
        if scanner is None or self.ctx.tasks.busy_with("mediation_scan"):
            return
        self.ctx.tasks.run("mediation_scan", lambda: scanner.scan(SCAN_S), self._scanned)

    def _scanned(self, result: object) -> None:
        if self.ctx.journey.navigator.current != MEDIATION_CODE:
            return
        if isinstance(result, ScanResult) and result.kind == "qr":
            self.ctx.code.scanned(result.text)
        else:
            self.ctx.code.show_problem(QCoreApplication.translate("Mediation", NOT_READ))

    def agreed(self) -> None:
        journey = self.ctx.journey
        code, identity = journey.session.get("mediation_code"), journey.identity
        if not isinstance(code, str) or identity is None or self.ctx.calls.busy_with("redeem"):
            return
        redeem = TerminalRedeem(
            code=code,
            id_number=identity.id_number,
            consent=True,
            consent_version=flow.CONSENT_VERSION,
        )
        self.ctx.consent.agree_button.setEnabled(False)
        self.ctx.calls.run(
            "redeem", lambda client: Mediation(client).redeem_invitation(redeem), self._redeemed
        )

    def _redeemed(self, result: object) -> None:
        self.ctx.consent.agree_button.setEnabled(True)
        journey = self.ctx.journey
        if journey.navigator.current != MEDIATION_CONSENT:
            return
        if isinstance(result, Admission):
            log.info("invitation redeemed: joining as %s", result.role)
            journey.session.put("mediation_code", None)  # the code is spent
            journey.done_at(MEDIATION_CALL)
            self.follow(result.session_id)
            return
        if isinstance(result, CentralRejected):
            problem = result.detail  # the service's own words: what was wrong, tries left
        else:
            problem = QCoreApplication.translate("Mediation", OFFLINE)
        log.info("invitation refused: %s", type(result).__name__)
        journey.session.put("mediation_code", None)
        journey.back()
        self.ctx.code.show_problem(problem)
        self._say(self.ctx.code.spoken_text())

    def claimed(self, session_id: str) -> None:
        """The resident's own mediation session (asked for through the video session path)
        was claimed by a mediator: the mediation call screen follows it."""
        journey = self.ctx.journey
        if journey.navigator.current not in (MEDIATION_CALL, MEDIATION_AGREEMENT):
            journey.done_at(MEDIATION_CALL)
        self.follow(session_id)

    def follow(self, session_id: str) -> None:
        """Show the mediation call of `session_id` and keep it current (either party); the
        runner joins the rooms each polled state lists."""
        self.session_id = session_id
        runner = self.ctx.runner
        if runner is not None:
            self.ctx.journey.idle.pause(IN_CALL)  # a resident listening is not idle
            runner.start(session_id)
            self._frames.start()
        self._poll()
        self._timer.start()

    def poll_frames(self) -> None:
        """The newest picture of each participant and the camera's own, at the preview's
        rate (no signal crosses threads per frame)."""
        runner = self.ctx.runner
        if runner is None:
            return
        fresh = {
            who: frame
            for who, frame in runner.pictures().items()
            if self._shown.get(who) != (frame.feed, frame.seq)
        }
        if fresh:
            self._shown.update({who: (f.feed, f.seq) for who, f in fresh.items()})
            self.ctx.call.show_pictures({who: to_image(f.pixels) for who, f in fresh.items()})
        own = runner.camera.latest()
        if own is not None and own.seq != self._shown_own:
            self._shown_own = own.seq
            self.ctx.call.show_own(to_image(own.pixels))

    def _over(self, outcome: str) -> None:
        """The call ended on its side: removed by the mediator, the session over, offline."""
        log.info("mediation call over: %s", outcome)
        self._frames.stop()
        self.ctx.journey.idle.resume(IN_CALL, self.ctx.clock())
        if outcome == "ended" and self.session_id is not None:
            self.leave()  # the journey ends: the resident's data is wiped
        # removed: the screen's note says so until the resident leaves (or idles out)

    def _poll(self) -> None:
        session_id = self.session_id
        if session_id is None or self.ctx.calls.busy_with("mediation_state"):
            return
        self.ctx.calls.run(
            "mediation_state",
            lambda client: Mediation(client).mediation_state(session_id),
            self._state,
        )
        if self.ctx.agreement is not None:
            self.ctx.agreement.watch(session_id)

    def _state(self, result: object) -> None:
        if not isinstance(result, MediationState) or result.session_id != self.session_id:
            return  # a missed poll: the next one tries again
        self.ctx.call.show_view(flow.view_of(result))
        if self.ctx.runner is not None:
            self.ctx.runner.follow(result)
        for invitation_id in flow.slips_to_print(result, self.printed):
            self._fetch_slip(result.session_id, invitation_id)
        if result.removed:
            self._timer.stop()
            if self.ctx.journey.navigator.current == MEDIATION_AGREEMENT:
                self.ctx.journey.back()  # the call screen says what happened
            self._say(self.ctx.call.spoken_text())

    def _fetch_slip(self, session_id: str, invitation_id: str) -> None:
        self.printed.add(invitation_id)  # the service answers a slip once: asked once
        printer = self.ctx.printer
        if printer is None:
            return

        def fetched(result: object) -> None:
            if isinstance(result, InvitationSlip):
                zone = self.ctx.zone
                self.ctx.tasks.run("slip", lambda: print_slip(printer, result, zone), _printed)

        self.ctx.calls.run(
            f"slip-{invitation_id}",
            lambda client: Mediation(client).invitation_slip(session_id, invitation_id),
            fetched,
        )

    def leave(self) -> None:
        self.reset()
        self.ctx.journey.finish()

    def reset(self) -> None:
        self._timer.stop()
        self._frames.stop()
        runner = self.ctx.runner
        if runner is not None and self.session_id is not None:
            runner.stop()
            runner.camera.stop()
            self.ctx.journey.idle.resume(IN_CALL, self.ctx.clock())
        self._shown.clear()
        self._shown_own = -1
        self.session_id = None
        self.printed.clear()
        if self.ctx.agreement is not None:
            self.ctx.agreement.reset()  # the agreement names both parties: dropped
        self.ctx.call.show_view(flow.MediationView((), ()))


def _printed(result: object) -> None:
    log.info("invitation slip printed: %s", result is True)
