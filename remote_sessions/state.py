"""The states a call reports to whoever shows it."""

from __future__ import annotations

from enum import Enum


class CallState(Enum):
    IDLE = "idle"
    CONNECTING = "connecting"
    CONNECTED = "connected"  # publishing; remote feeds come and go
    INTERRUPTED = "interrupted"  # the media path or Janus went away
    RECONNECTING = "reconnecting"
    FAILED = "failed"  # refused (a token) or could not connect; see `error`
    CLOSED = "closed"
