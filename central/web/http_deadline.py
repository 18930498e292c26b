"""uvicorn's HTTP protocol with a deadline for a request's headers.

uvicorn closes idle keep-alive connections but waits forever for the rest of a request line
and headers once the first byte has come, or for the first byte of a new connection. A client
that sends headers one byte at a time holds its connection (and a file descriptor) for as long
as it likes. This protocol answers 408 and closes the connection when the headers are not
complete `seconds` after the connection opened or the request began. The body has its own
deadline (central.web.body_gate).

It subclasses uvicorn's httptools protocol, the one `uvicorn[standard]` runs; the hooks used
(`connection_made`, `on_message_begin`, `on_headers_complete`, `connection_lost`) are the
parser callbacks of that class, covered by tests/central/attacks/test_slow_bodies.py.
"""

from __future__ import annotations

import asyncio

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

_TIMEOUT = b"HTTP/1.1 408 Request Timeout\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"


def with_header_deadline(seconds: float) -> type[asyncio.Protocol]:
    """The protocol class to hand uvicorn (`http=`), closing slow headers after `seconds`."""

    class HeaderDeadlineProtocol(HttpToolsProtocol):
        _header_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def on_message_begin(self) -> None:
            super().on_message_begin()
            if self._header_timer is None:  # the next request on a kept-alive connection
                self._arm()

        def on_headers_complete(self) -> None:
            self._disarm()
            super().on_headers_complete()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def _arm(self) -> None:
            self._disarm()
            self._header_timer = self.loop.call_later(seconds, self._headers_late)

        def _disarm(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _headers_late(self) -> None:
            self._header_timer = None
            if not self.transport.is_closing():
                self.transport.write(_TIMEOUT)
                self.transport.close()

    return HeaderDeadlineProtocol
