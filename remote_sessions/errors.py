"""Errors of the call client; `str()` is one plain line."""

from __future__ import annotations


class CallError(Exception):
    """Janus could not be reached, or the call could not be set up."""


class CallRefused(CallError):
    """Janus refused a request (an unknown or expired token, a token of another room)."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code
