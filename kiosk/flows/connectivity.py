"""Whether the central service is reachable, as the status strip shows it."""

from __future__ import annotations

import enum


class Link(enum.Enum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    OFFLINE = "offline"
    NOT_ENROLLED = "not_enrolled"
    REJECTED = "rejected"
