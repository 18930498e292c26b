"""One refusal for the update rules, carrying the HTTP status it is answered with."""

from __future__ import annotations


class UpdateError(Exception):
    """A rule refused; the message is plain and safe to show the caller (never a key or a
    token). `status`: 404 not found for this caller, 409 conflicts with the state, 422 a report
    the service cannot place."""

    def __init__(self, message: str, status: int = 409) -> None:
        super().__init__(message)
        self.status = status
