"""Media errors: each carries one plain line a person can act on (a busy port, a missing
package), never a traceback."""

from __future__ import annotations


class MediaError(Exception):
    """Janus or coturn could not be configured, started or used; `str()` is one plain line."""


class MediaRefused(MediaError):
    """Janus refused a request (a wrong key, an unknown room, a token it did not issue)."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code
