"""Calls a resident waits for (free slots, a booking, a progress query) on the network thread.

The UI thread hands over a coroutine factory and a callback and never waits: the answer, or the
exception the call raised (CentralUnreachable when the service cannot be reached), comes back
through a queued Qt signal on the main thread, so a slow network never freezes the screen.
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path

from api_client.client import CentralClient, CentralUnreachable
from kiosk.net.loop import NetworkThread
from kiosk.qt import QObject, Signal

log = logging.getLogger(__name__)

Call = Callable[[CentralClient], Awaitable[object]]
Done = Callable[[object], None]
CALL_TIMEOUT_S = 8.0


class _Answer(QObject):
    arrived = Signal(object)


class CentralCalls:
    """The latest call of a name wins (an older answer is dropped); a terminal without a
    device token is simply offline."""

    def __init__(
        self,
        network: NetworkThread,
        url: str,
        token: str | None,
        ca_file: Path | None = None,
        timeout_s: float = CALL_TIMEOUT_S,
    ) -> None:
        self._network = network
        self._url = url
        self._token = token
        self._ca_file = ca_file
        self._timeout_s = timeout_s
        self._pending: dict[str, _Answer] = {}

    def busy_with(self, name: str) -> bool:
        return name in self._pending

    def run(self, name: str, call: Call, done: Done) -> None:
        """Start `call` with a connected client; `done` gets its result on the main thread."""
        answer = _Answer()
        self._pending[name] = answer

        def finish(result: object) -> None:
            if self._pending.get(name) is not answer:
                return  # a newer call of this name replaced it (the resident changed course)
            del self._pending[name]
            done(result)

        answer.arrived.connect(finish)
        if self._token is None:
            answer.arrived.emit(CentralUnreachable("this terminal is not enrolled"))
            return
        try:
            future = self._network.submit(self._with_client(call))
        except RuntimeError as err:  # the network thread is not running
            answer.arrived.emit(CentralUnreachable(str(err)))
            return
        future.add_done_callback(lambda f: answer.arrived.emit(_outcome(name, f)))

    async def _with_client(self, call: Call) -> object:
        async with CentralClient(
            self._url, self._token, timeout_s=self._timeout_s, ca_file=self._ca_file
        ) as client:
            return await call(client)


def _outcome(name: str, future: concurrent.futures.Future[object]) -> object:
    """Runs on the network thread: the result, or the error as a value for the screen."""
    if future.cancelled():
        return CentralUnreachable("the call was cancelled")
    error = future.exception()
    if error is None:
        return future.result()
    log.info("central call %s failed: %s", name, type(error).__name__)
    return error
