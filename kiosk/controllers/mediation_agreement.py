"""The agreement inside the terminal's mediation call (issue 18): each poll of the call also
looks at the agreement (its JSON only; the PDF is fetched when the resident opens it). Once the
mediator has filled it in, the call screen's button says so ("ready: read and sign"); a new
version after the resident read it says "changed", and on the agreement screen the change is
fetched at once (the screen asks to read and sign again). When every party signed and the
service sealed it, the agreement screen comes up and the copy is printed there (once).

The call goes on behind the agreement screen: the media runner, the state poll and the idle
pause belong to the call, not to the screen on top; "Back to the call" returns to it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from api_client.client import CentralRejected
from api_client.schemas.agreement import AgreementOut
from kiosk.controllers.agreement import AgreementController
from kiosk.controllers.context import Voice
from kiosk.controllers.router import Router
from kiosk.flows.agreement import AgreementNote, note_for
from kiosk.flows.journey import MEDIATION_AGREEMENT, MEDIATION_CALL, Journey
from kiosk.net.calls import CentralCalls
from kiosk.screens.mediation_agreement import AgreementScreen
from kiosk.screens.mediation_call import MediationCallScreen

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MediationAgreementContext:
    call: MediationCallScreen
    screen: AgreementScreen
    agreement: AgreementController
    journey: Journey
    calls: CentralCalls
    voice: Voice


class MediationAgreement:
    def __init__(self, ctx: MediationAgreementContext, router: Router) -> None:
        self.ctx = ctx
        self.session_id: str | None = None
        self.latest: AgreementOut | None = None
        ctx.call.agreement_requested.connect(self.open)
        ctx.screen.back_requested.connect(self.back)
        ctx.screen.read_requested.connect(lambda: ctx.voice.say(ctx.screen.spoken_text()))
        router.register(MEDIATION_AGREEMENT, enter=lambda _id: self._say_screen())

    def _say_screen(self) -> None:
        self.ctx.voice.say(self.ctx.screen.spoken_text())

    def watch(self, session_id: str) -> None:
        """One look at the agreement of the call's session (called on each state poll)."""
        self.session_id = session_id
        if self.ctx.calls.busy_with("mediation_agreement"):
            return
        self.ctx.calls.run(
            "mediation_agreement", lambda client: client.agreement(session_id), self._seen
        )

    def _seen(self, result: object) -> None:
        if isinstance(result, CentralRejected) and result.status_code == 404:
            return  # not filled in yet
        if not isinstance(result, AgreementOut) or result.session_id != self.session_id:
            return  # a missed look: the next poll tries again
        self.latest = result
        agreement, navigator = self.ctx.agreement, self.ctx.journey.navigator
        shown = agreement.shown
        if result.state == "sealed" and result.agreement_id not in agreement.printed_copies:
            if navigator.current == MEDIATION_CALL:
                self.ctx.journey.go(MEDIATION_AGREEMENT)  # the copy prints: shown where it is
            agreement.refresh()  # the sealed PDF, printed on arrival
        elif navigator.current == MEDIATION_AGREEMENT and _differs(shown, result):
            agreement.refresh()  # a change, or another party's signature
        self._announce(note_for(result, shown.version if shown is not None else None))

    def _announce(self, note: AgreementNote) -> None:
        call = self.ctx.call
        if note is call.agreement:
            return
        call.show_agreement(note)
        if self.ctx.journey.navigator.current == MEDIATION_CALL and note in (
            AgreementNote.READY,
            AgreementNote.CHANGED,
        ):
            self.ctx.voice.say(call.agreement_text())

    def open(self) -> None:
        """The resident pressed the call screen's agreement button."""
        if self.session_id is None:
            return
        self.ctx.journey.go(MEDIATION_AGREEMENT)
        self.ctx.agreement.refresh()

    def back(self) -> None:
        if self.ctx.journey.navigator.current == MEDIATION_AGREEMENT:
            self.ctx.journey.back()
        latest, shown = self.latest, self.ctx.agreement.shown
        if latest is not None:
            self._announce(note_for(latest, shown.version if shown is not None else None))

    def reset(self) -> None:
        self.session_id = None
        self.latest = None
        self.ctx.agreement.reset()
        self.ctx.call.show_agreement(AgreementNote.NONE)


def _differs(shown: AgreementOut | None, latest: AgreementOut) -> bool:
    return shown is None or (shown.version, shown.state, shown.signatures) != (
        latest.version,
        latest.state,
        latest.signatures,
    )
