"""One error type for the request rules; the routers turn it into an HTTP answer."""

from __future__ import annotations


class RequestError(Exception):
    """Refused; `status` is the HTTP status to answer with, the message is safe to show."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def not_found(tracking_number: str) -> RequestError:
    return RequestError(404, f"no request {tracking_number} in your organisations")
