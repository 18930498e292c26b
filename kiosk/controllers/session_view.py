"""What the call screens show, in plain Python: the phase of the resident's video session
(queued, nobody available, in the call, the connection dropped, ended) and what goes with it,
folded from the central service's `SessionStatus` and the call's own `CallState`.

The central service owns the session's state; the kiosk's call owns the media path. A drop is
seen first by the kiosk (no picture), the end first by the central service (staff ended it).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from api_client.schemas.sessions import SessionStatus
from remote_sessions.state import CallState


class Phase(enum.Enum):
    ASKING = "asking"  # the request is on its way
    QUEUED = "queued"
    UNAVAILABLE = "unavailable"  # nobody available or outside office hours
    CONNECTING = "connecting"  # staff claimed it; the call is being set up
    IN_CALL = "in_call"
    INTERRUPTED = "interrupted"  # the connection dropped
    RECONNECTING = "reconnecting"
    HANDING_OVER = "handing_over"  # staff handed the call to a colleague; the call stays up
    ENDED = "ended"  # staff ended the call
    LEFT = "left"  # the resident left the queue or the call
    FAILED = "failed"  # the call could not be set up or continued
    OFFLINE = "offline"  # the central service could not be reached

    @property
    def over(self) -> bool:
        return self in _OVER

    @property
    def calling(self) -> bool:
        """The call screen is up (the idle clock stands still)."""
        return self in _CALLING


_OVER = frozenset({Phase.UNAVAILABLE, Phase.ENDED, Phase.LEFT, Phase.FAILED, Phase.OFFLINE})
_CALLING = frozenset(
    {
        Phase.CONNECTING,
        Phase.IN_CALL,
        Phase.INTERRUPTED,
        Phase.RECONNECTING,
        Phase.HANDING_OVER,
    }
)
# The central service's states while a call that was up waits for a colleague to take over.
_TAKING_OVER = frozenset({"queued", "claimed", "connecting"})
_BY_STATE = {
    "requested": Phase.QUEUED,
    "queued": Phase.QUEUED,
    "claimed": Phase.CONNECTING,
    "connecting": Phase.CONNECTING,
    "completing": Phase.ENDED,
    "completed": Phase.ENDED,
    "failed": Phase.FAILED,
}
_BY_CALL = {
    CallState.CONNECTING: Phase.CONNECTING,
    CallState.CONNECTED: Phase.IN_CALL,
    CallState.INTERRUPTED: Phase.INTERRUPTED,
    CallState.RECONNECTING: Phase.RECONNECTING,
    CallState.FAILED: Phase.FAILED,
}


@dataclass(frozen=True)
class Hours:
    """One organisation's office hours, as the waiting room lists them."""

    organisation: str
    spans: tuple[tuple[int, str, str], ...]  # weekday (0 = Monday), opens, closes


@dataclass(repr=False)
class CallView:
    """One resident's session as the screens see it (lives in the ResidentSession)."""

    kind: str
    tracking: str
    phase: Phase = Phase.ASKING
    position: int | None = None
    wait_s: int | None = None
    staff_name: str = ""
    staff_role: str = ""
    caption: str = ""
    recording: bool = False  # the call is being recorded: the screen says so
    message: str = ""  # the central service's plain words when nobody is available
    hours: list[Hours] = field(default_factory=list)
    offers: tuple[str, ...] = ()
    in_call_once: bool = False  # the call was up at least once (then a rating is asked)

    def __repr__(self) -> str:  # the staff member's name stays out of logs
        return f"CallView({self.kind}, {self.phase.value})"

    def apply_status(self, status: SessionStatus) -> Phase:
        """The central service's view; the media phases are the call's to say. A call that was
        up and goes back to the queue is being handed over: the call screen stays, says a
        colleague takes over, and shows the colleague's name and role once they claim it."""
        # (a call still "connecting" at the service once the kiosk is connected is no hand-over:
        # only a return to the queue starts one)
        handing_over = self.in_call_once and (
            (status.state == "queued" and self.phase.calling)
            or (self.phase is Phase.HANDING_OVER and status.state in _TAKING_OVER)
        )
        if status.staff is not None:
            self.staff_name, self.staff_role = status.staff.display_name, status.staff.role
        elif handing_over:
            self.staff_name = self.staff_role = ""
        self.caption = status.caption or ""
        self.recording = status.recording
        self.position, self.wait_s = status.position, status.estimated_wait_s
        if self.phase.over:
            return self.phase
        if status.unavailable is not None:
            self.phase = Phase.UNAVAILABLE
            self.message = status.unavailable.message
            self.offers = tuple(status.unavailable.offers)
            self.hours = [
                Hours(h.organisation, tuple((s.weekday, s.opens, s.closes) for s in h.hours))
                for h in status.unavailable.hours
            ]
        elif status.state == "abandoned":
            self.phase = Phase.LEFT
        elif handing_over:
            self.phase = Phase.HANDING_OVER
        elif status.state in _BY_STATE:
            phase = _BY_STATE[status.state]
            if not (phase is Phase.CONNECTING and self.phase.calling):
                self.phase = phase
        elif status.state == "in_call" and self.phase in (Phase.CONNECTING, Phase.HANDING_OVER):
            self.phase = Phase.IN_CALL
        return self.phase

    def apply_call(self, state: CallState) -> Phase:
        if not self.phase.over and state in _BY_CALL:
            self.phase = _BY_CALL[state]
            self.in_call_once = self.in_call_once or self.phase is Phase.IN_CALL
        return self.phase

    def end(self, phase: Phase) -> None:
        """The session is over from the kiosk's side (left, could not reach the service)."""
        if not self.phase.over:
            self.phase = phase
