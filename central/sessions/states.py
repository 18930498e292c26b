"""The session state machine as one table; pure (no database, no HTTP).

requested -> queued -> claimed -> connecting -> in_call -> (interrupted -> reconnecting ->
in_call) -> completing -> completed | abandoned | failed; claimed -> queued when staff release
it or hand it over; queued -> abandoned when the resident leaves or waits past the limit.

A call is handed over too (connecting, in_call, interrupted, reconnecting -> queued): the room
stays with the resident in it, the staff member who let go is no longer admitted, and the
colleague who claims it next joins the same room (central.sessions.calls).
"""

from __future__ import annotations

from typing import Final, get_args

from api_client.schemas.sessions import SessionState

STATES: Final[tuple[SessionState, ...]] = get_args(SessionState)

# Every transition allowed, and only these. The ends of a live call (the resident leaves, the
# connection fails for good) reach abandoned or failed from wherever the call is.
TRANSITIONS: Final[dict[SessionState, frozenset[SessionState]]] = {
    "requested": frozenset({"queued", "abandoned"}),
    "queued": frozenset({"claimed", "abandoned"}),
    "claimed": frozenset({"queued", "connecting", "abandoned", "failed"}),
    "connecting": frozenset({"queued", "in_call", "abandoned", "failed"}),
    "in_call": frozenset({"queued", "interrupted", "completing", "abandoned", "failed"}),
    "interrupted": frozenset({"queued", "reconnecting", "completing", "abandoned", "failed"}),
    "reconnecting": frozenset(
        {"queued", "in_call", "interrupted", "completing", "abandoned", "failed"}
    ),
    "completing": frozenset({"completed", "failed"}),
    "completed": frozenset(),
    "abandoned": frozenset(),
    "failed": frozenset(),
}

ENDED: Final[frozenset[SessionState]] = frozenset({"completed", "abandoned", "failed"})
# States in which a room exists (or is being made) and participants may fetch their grant.
IN_ROOM: Final[frozenset[SessionState]] = frozenset(
    {"connecting", "in_call", "interrupted", "reconnecting"}
)
# States in which a room kept from a handed-over call may still hold the resident: they may
# fetch a grant (to reconnect) while a colleague takes over.
ROOM_KEPT: Final[frozenset[SessionState]] = frozenset({"queued", "claimed"})
WITH_STAFF: Final[frozenset[SessionState]] = frozenset({"claimed", *IN_ROOM, "completing"})


class TransitionRefused(Exception):
    """The move is not in the table; `str()` says which moves are."""

    def __init__(self, current: str, wanted: str) -> None:
        allowed = sorted(TRANSITIONS.get(current, frozenset()))  # type: ignore[call-overload]
        nexts = ", ".join(allowed) if allowed else "nothing (it has ended)"
        super().__init__(f"a session {current} cannot become {wanted}; from {current}: {nexts}")
        self.current = current
        self.wanted = wanted


def allowed(current: str, wanted: str) -> bool:
    return wanted in TRANSITIONS.get(current, frozenset())  # type: ignore[call-overload]


def check(current: str, wanted: str) -> None:
    if not allowed(current, wanted):
        raise TransitionRefused(current, wanted)


def state_after_report(current: str, event: str) -> SessionState | None:
    """Where a participant's call report takes the session; None: nothing changes (a repeat,
    or a report that no longer applies)."""
    wanted: dict[str, SessionState] = {
        "joined": "in_call",
        "dropped": "interrupted",
        "reconnecting": "reconnecting",
        "failed": "failed",
    }
    target = wanted.get(event)
    if target is None or target == current or not allowed(current, target):
        return None
    return target
