"""One error type for the session rules; one handler (central.sessions.api) answers it."""

from __future__ import annotations


class SessionError(Exception):
    """Refused; `status` is the HTTP status to answer with, the message is safe to show."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
