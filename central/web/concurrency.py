"""A cap on HTTP requests in flight, below both the thread pool and the connection pool.

A sync route holds its database connection from the first query in its dependencies until
the session dependency's teardown, and each of those steps waits for a pool thread. With more
requests in flight than connections, the waiting requests take every thread and the
teardowns that would free a connection never run: the service stalls (seen with 64 wrk
connections). Requests beyond the cap wait here, in the event loop, holding nothing.
"""

from __future__ import annotations

import anyio
from starlette.types import ASGIApp, Receive, Scope, Send

IN_FLIGHT = 32  # < AnyIO's 40 threads and < central.db's 50 connections


class InFlightLimit:
    def __init__(self, app: ASGIApp, limit: int = IN_FLIGHT) -> None:
        self.app = app
        self._slots = anyio.Semaphore(limit)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # WebSockets hold no session while they wait for events
            await self.app(scope, receive, send)
            return
        async with self._slots:
            await self.app(scope, receive, send)
