"""The request workflow: every status change is an action allowed by this one table.

`transfer` leaves the request `transferred` until the receiving organisation answers the
transfer order: `transfer_accept` (it now holds the request) or `transfer_return` (back to the
sender, `returned`, with a reason). `closed` and `rejected` are final.
"""

from __future__ import annotations

from typing import Final

from api_client.schemas import RequestAction, RequestStatus
from central.requests.errors import RequestError

# status -> {action: next status}
TRANSITIONS: Final[dict[RequestStatus, dict[RequestAction, RequestStatus]]] = {
    "submitted": {"accept": "accepted", "reject": "rejected", "transfer": "transferred"},
    "accepted": {
        "start": "in_progress",
        "complete": "completed",
        "transfer": "transferred",
        "reject": "rejected",
    },
    "in_progress": {"complete": "completed", "transfer": "transferred"},
    "transferred": {"transfer_accept": "accepted", "transfer_return": "returned"},
    "returned": {
        "accept": "accepted",
        "transfer": "transferred",
        "reject": "rejected",
        "close": "closed",
    },
    "completed": {"close": "closed"},
    "closed": {},
    "rejected": {},
}
FINAL: Final[frozenset[RequestStatus]] = frozenset({"closed", "rejected"})
DONE: Final[frozenset[str]] = frozenset({"completed", "closed", "rejected"})


def allowed(status: str) -> list[RequestAction]:
    return list(TRANSITIONS.get(status, {}))  # type: ignore[call-overload]


def next_status(tracking_number: str, status: str, action: RequestAction) -> RequestStatus:
    """The status `action` leads to, or a 409 naming the current status and what is allowed."""
    targets = TRANSITIONS.get(status, {})  # type: ignore[call-overload]
    if action in targets:
        return targets[action]  # type: ignore[no-any-return]
    options = ", ".join(targets) if targets else "nothing (it is final)"
    raise RequestError(
        409,
        f"request {tracking_number} is {status!r}: {action!r} is not allowed; "
        f"from {status!r} the workflow allows {options}",
    )
