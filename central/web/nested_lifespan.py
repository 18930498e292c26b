"""One start and one stop of the service's background work, however many lifespans run.

A server runs the application's lifespan once. A test harness may run a second one on the
same application while the first is still running (schemathesis reaches the app over ASGI and
starts its own lifespan beside the test client's): without this, the heartbeat task was
started twice on one object (its second start rebound the stop event to the second loop, and
the first loop's task died on "bound to a different event loop"), and the inner lifespan's end
disposed of the database the outer one was still serving. Here the first lifespan to enter
starts the work and the last to leave stops it; lifespans nest (the later one ends first).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import TypeVar

App = TypeVar("App")
Lifespan = Callable[[App], AbstractAsyncContextManager[None]]


def nested(lifespan: Lifespan[App]) -> Lifespan[App]:
    """`lifespan`, entered by the first of several overlapping runs and left by the last."""
    inner: AbstractAsyncContextManager[None] | None = None
    users = 0

    @asynccontextmanager
    async def shared(app: App) -> AsyncIterator[None]:
        nonlocal inner, users
        if users == 0:
            inner = lifespan(app)
            await inner.__aenter__()
        users += 1
        try:
            yield
        finally:
            users -= 1
            if users == 0 and inner is not None:
                started, inner = inner, None
                await started.__aexit__(None, None, None)

    return shared
