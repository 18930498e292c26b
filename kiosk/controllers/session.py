"""The video session's screens: the consent notice, the waiting room, the call and the call's
rating, driven by the SessionRunner on the network loop. The idle clock keeps its normal rules
on the notice; it stands still while the resident waits in the queue (their place is kept; the
central service ends a session waited past its own limit) and during the call, and runs again
as soon as the queue or the call is over. While the call is connected the loudspeaker is the
staff member's: spoken prompts stop and the screen's words are read, not said (a drop, the
coming back and the end are said again, when no call audio plays)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from api_client.schemas import AppointmentPayload
from api_client.schemas.sessions import IdentifiedBy, Language, SessionKind, SessionStatus
from kiosk.camera_feed import PREVIEW_FPS, to_image
from kiosk.controllers.context import Voice
from kiosk.controllers.messages import NOT_STORED
from kiosk.controllers.router import Router
from kiosk.controllers.session_runner import CameraMailbox, SessionAsk, SessionRunner
from kiosk.controllers.session_view import CallView, Phase
from kiosk.flows.applicant import applicant, outbox_item
from kiosk.flows.journey import (
    BOOKING,
    HOTLINE,
    SESSION_CALL,
    SESSION_CONSENT,
    SESSION_RATING,
    SESSION_REPROOF,
    SESSION_WAIT,
    EndReason,
    Journey,
)
from kiosk.qt import QCoreApplication, QTimer
from kiosk.screens.session_call import SessionCallScreen
from kiosk.screens.session_consent import SessionConsentScreen
from kiosk.screens.session_rating import SessionRatingScreen
from kiosk.screens.session_wait import SessionWaitScreen
from remote_sessions.state import CallState

if TYPE_CHECKING:
    from api_client.outbox.store import OutboxStore

log = logging.getLogger(__name__)
SESSION_SCREENS = frozenset(
    {SESSION_CONSENT, SESSION_WAIT, SESSION_CALL, SESSION_RATING, SESSION_REPROOF}
)
QUEUE, CALL = "queue", "call"  # the idle guard's pause reasons
_IDENTIFIED_BY: dict[str, IdentifiedBy] = {
    "id_card": "id_card",
    "id_card_face": "face_check",
    "passport_mrz": "passport",
    "passport_mrz_face": "face_check",
    "typed_number": "declared",
}


@dataclass(frozen=True)
class SessionContext:
    consent: SessionConsentScreen
    wait: SessionWaitScreen
    call: SessionCallScreen
    rating: SessionRatingScreen
    journey: Journey
    outbox: Callable[[], OutboxStore]  # the request a session from the home screen is for
    runner: SessionRunner
    camera: CameraMailbox
    voice: Voice
    clock: Callable[[], float]


class SessionController:
    def __init__(self, ctx: SessionContext, router: Router) -> None:
        self.ctx = ctx
        self._shown_remote = (-1, -1)  # (feed, seq) of the frame on screen
        self._shown_own = -1
        self._active = False  # a session runs on the network loop
        ctx.consent.agreed.connect(self.agree)
        ctx.consent.back_requested.connect(ctx.journey.back)
        ctx.wait.leave_requested.connect(self.leave)
        ctx.wait.callback_requested.connect(lambda: self._instead(HOTLINE))
        ctx.wait.appointment_requested.connect(lambda: self._instead(BOOKING))
        ctx.call.end_requested.connect(self.hang_up)
        ctx.call.volume_changed.connect(self._volume)
        ctx.call.finish_requested.connect(self._after_call)
        ctx.rating.rated.connect(self.rate)
        ctx.rating.skipped.connect(lambda: ctx.journey.end(EndReason.FINISHED))
        signals = ctx.runner.signals
        signals.status.connect(self._status)
        signals.call.connect(self._call_state)
        signals.over.connect(self._over)
        self.frames = QTimer()
        self.frames.setInterval(1000 // PREVIEW_FPS)
        self.frames.timeout.connect(self.poll_frames)
        ctx.journey.ended.connect(lambda _reason: self.reset())
        router.register(SESSION_CONSENT, enter=lambda _id: ctx.voice.say(ctx.consent.spoken_text()))
        router.register(SESSION_WAIT, enter=lambda _id: ctx.voice.say(ctx.wait.spoken_text()))
        router.register(SESSION_CALL, enter=lambda _id: self._enter_call())
        router.register(SESSION_RATING, enter=lambda _id: ctx.voice.say(ctx.rating.spoken_text()))

    @property
    def view(self) -> CallView | None:
        value = self.ctx.journey.session.get("video_session")
        return value if isinstance(value, CallView) else None

    def offer(self, kind: str, tracking: str = "") -> None:
        """An entry point (notarisation, consultation, legal aid) with the request it made;
        without one (the home screen's notarisation) the notice asks for a phone number and
        the request is made through the outbox when the resident continues."""
        view = CallView(kind, tracking)
        self.ctx.journey.session.put("video_session", view)
        self.ctx.consent.show_kind(kind, needs_phone=not tracking)
        self.ctx.wait.show_view(view)
        self.ctx.call.show_view(view)
        self.ctx.journey.go(SESSION_CONSENT)

    def agree(self, phone: str = "") -> None:
        view, journey = self.view, self.ctx.journey
        if view is None or self._active:
            return
        if not view.tracking:
            try:
                view.tracking = self._request(phone)
            except Exception as err:  # a bad number, the device key or the disk
                log.error("no request for the video session: %s", type(err).__name__)
                self.ctx.consent.rights.setText(QCoreApplication.translate("Devices", NOT_STORED))
                return
            journey.session.put("request_tracking", view.tracking)
        identity = journey.identity
        method = identity.method.value if identity is not None else ""
        lang = journey.language if journey.language in ("zh", "en", "mn") else "zh"
        ask = SessionAsk(
            view.tracking,
            cast(SessionKind, view.kind),
            _IDENTIFIED_BY.get(method, "none"),
            cast(Language, lang),
            identity.masked if identity is not None else "",
        )
        self._active = True
        journey.idle.pause(QUEUE)
        self.ctx.wait.show_view(view)
        journey.go(SESSION_WAIT)
        self.ctx.runner.start(ask)

    def _request(self, phone: str) -> str:
        """A notarisation (or mediation) request through the outbox (delivered before the
        session is asked for): the applicant as the journey knows them, with the phone typed in."""
        view = self.view
        payload = AppointmentPayload(
            applicant=applicant(self.ctx.journey.identity, phone), summary="video session"
        )
        kind = "mediation" if view is not None and view.kind == "mediation" else "notarisation"
        return str(self.ctx.outbox().add(kind, outbox_item(payload)).tracking_number)

    # --- what the network loop reports (queued signals: the UI thread) ------------------

    def _status(self, status: object) -> None:
        view = self.view
        if view is None or not isinstance(status, SessionStatus):
            return
        before, was_recording = view.phase, view.recording
        phase = view.apply_status(status)
        self._show(view)
        current = self.ctx.journey.navigator.current
        if view.recording and not was_recording and current == SESSION_CALL:
            self.ctx.voice.say(self.ctx.call.recording.text())  # heard as well as seen
        if phase.calling and current == SESSION_WAIT:
            self.ctx.journey.done_at(SESSION_CALL)
        elif phase is not before and current == SESSION_WAIT:
            self.ctx.voice.say(self.ctx.wait.spoken_text())
        elif phase is not before and current == SESSION_CALL:
            # a hand-over is said (no staff voice plays); the colleague's voice is not talked over
            if phase is Phase.HANDING_OVER:
                self.ctx.voice.say(self.ctx.call.spoken_text())
            elif phase is Phase.IN_CALL:
                self.ctx.voice.stop()

    def _call_state(self, state: object) -> None:
        view = self.view
        if view is None or not isinstance(state, CallState):
            return
        before = view.phase
        phase = view.apply_call(state)
        self._show(view)
        if phase is Phase.IN_CALL:
            self.ctx.voice.stop()  # the staff member's voice, not a prompt over it
        elif phase is not before and self.ctx.journey.navigator.current == SESSION_CALL:
            self.ctx.voice.say(self.ctx.call.spoken_text())

    def _over(self, outcome: str) -> None:
        self._active = False
        view = self.view
        idle, now = self.ctx.journey.idle, self.ctx.clock()
        idle.resume(QUEUE, now)
        if view is None or outcome == "mediation":
            return  # a mediator claimed it: the mediation controller follows the call
        log.info("video session over: %s", outcome)
        view.end(
            {
                "ended": Phase.ENDED,
                "left": Phase.LEFT,
                "unavailable": Phase.UNAVAILABLE,
                "offline": Phase.OFFLINE,
            }.get(outcome, Phase.FAILED)
        )
        self._show(view)
        if self.ctx.journey.navigator.current == SESSION_REPROOF:  # ended while re-proving
            self.ctx.journey.back()
        current = self.ctx.journey.navigator.current
        if current == SESSION_CALL:
            self._stop_media()
            idle.resume(CALL, now)
            if view.phase is Phase.ENDED:
                self.ctx.journey.done_at(SESSION_RATING)
            else:
                self.ctx.voice.say(self.ctx.call.spoken_text())
        elif current == SESSION_WAIT:
            self.ctx.voice.say(self.ctx.wait.spoken_text())

    # --- the resident ---------------------------------------------------------------------

    def leave(self) -> None:
        """Leave the queue (or, once it is over, go back to where the video call was offered)."""
        self._stop_session()
        self._back_to_origin()

    def _instead(self, screen_id: str) -> None:
        """A call-back or an appointment instead of waiting: the existing journeys."""
        self._stop_session()
        self._back_to_origin()
        if self.ctx.journey.navigator.current != screen_id:
            self.ctx.journey.go(screen_id)

    def hang_up(self) -> None:
        """The resident ends the call: a call they ended is not rated as the staff's."""
        self._stop_session()
        self._stop_media()
        self.ctx.journey.idle.resume(CALL, self.ctx.clock())
        self.ctx.journey.finish()

    def _after_call(self) -> None:
        view = self.view
        if view is not None and view.phase is Phase.ENDED:
            self.ctx.journey.done_at(SESSION_RATING)
        else:
            self.ctx.journey.finish()

    def rate(self, score: int) -> None:
        self.ctx.runner.rate(score)
        self.ctx.journey.end(EndReason.FINISHED)

    def _stop_session(self) -> None:
        view = self.view
        if self._active:
            self.ctx.runner.leave()
            self._active = False
        if view is not None:
            view.end(Phase.LEFT)
        self.ctx.journey.idle.resume(QUEUE, self.ctx.clock())

    def _back_to_origin(self) -> None:
        navigator = self.ctx.journey.navigator
        while navigator.current in SESSION_SCREENS and navigator.depth > 1:
            navigator.pop()

    # --- the call screen ------------------------------------------------------------------

    def _enter_call(self) -> None:
        self.ctx.journey.idle.pause(CALL)
        self.ctx.camera.start()
        self.frames.start()
        self._volume(self.ctx.call.volume)
        view = self.view
        if view is None or view.phase is not Phase.IN_CALL:  # connected: the staff speaks
            self.ctx.voice.say(self.ctx.call.spoken_text())

    def _volume(self, volume: int) -> None:
        """The call screen's quieter/louder, applied to what the loudspeaker plays."""
        speaker = self.ctx.runner.speaker
        if speaker is not None:
            speaker.set_volume(volume)

    def poll_frames(self) -> None:
        """The newest decoded frame from the staff member and the camera's own picture, at the
        preview's rate (no signal crosses threads per frame)."""
        remote = self.ctx.runner.remote
        frame = remote.latest() if remote is not None else None
        if frame is not None and (frame.feed, frame.seq) != self._shown_remote:
            self._shown_remote = (frame.feed, frame.seq)
            self.ctx.call.show_remote(to_image(frame.pixels))
        own = self.ctx.camera.latest()
        if own is not None and own.seq != self._shown_own:
            self._shown_own = own.seq
            self.ctx.call.show_own(to_image(own.pixels))

    def _stop_media(self) -> None:
        self.frames.stop()
        self.ctx.camera.stop()
        self._shown_remote, self._shown_own = (-1, -1), -1

    def _show(self, view: CallView) -> None:
        self.ctx.wait.show_view(view)
        self.ctx.call.show_view(view)

    def reset(self) -> None:
        """The journey ended (finished, or idle after the call): nothing stays on screen."""
        if self._active:
            self.ctx.runner.leave()
            self._active = False
        self._stop_media()
        self.ctx.wait.show_view(None)
        self.ctx.call.show_view(None)
